/** Shared by every copy of the library on a page, so copies recognise each other. */
const marker = Symbol.for('offer-finder.element');

/**
 * Registers an element unless its name is taken: loading the script twice,
 * or two copies of the library, must not throw. If another library's element
 * holds the name, say so in the console, since ours will not appear there.
 */
export function define(name: string, element: CustomElementConstructor): void {
  if (!(marker in element)) Object.defineProperty(element, marker, { value: true });
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (!(marker in existing)) {
    console.error(
      `offer-finder: <${name}> is already registered by other code, so offer-finder cannot show it on this page.`,
    );
  }
}
