/**
 * Registration that never throws on a webmaster's page: the script tag may
 * be there twice, two copies of the library may be loaded (a CMS plugin and a
 * theme), and another library may own one of our tag names. Tags and events
 * keep their plain names (`<contact-card>`, `offer-select`); the reasons, and
 * what a page does about a name another library took, are in
 * docs/architecture.md ("Names").
 */

/** Shared by every copy of the library on a page, so copies recognise each other: a static of every element class. */
export const libraryMarker = Symbol.for('offer-finder.element');

/**
 * Registers an element unless its name is taken. If another library's element
 * holds the name, say so in the console, since ours will not appear there.
 */
export function define(name: string, element: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (!existing) customElements.define(name, element);
  else if (!(libraryMarker in existing)) {
    console.error(
      `offer-finder: <${name}> is already registered by other code, so offer-finder cannot show it on this page.`,
    );
  }
}

/**
 * A registry of an element's own for the elements it renders in its shadow
 * root (scoped custom element registries: current Chromium and Safari), so
 * that another library's element under one of those names on the page
 * cannot take their place; undefined where the browser has none, and the
 * page's registry serves.
 */
export function scopedRegistry(elements: Record<string, CustomElementConstructor>): CustomElementRegistry | undefined {
  let registry: CustomElementRegistry;
  try {
    registry = new CustomElementRegistry();
  } catch {
    return undefined;
  }
  for (const [name, element] of Object.entries(elements)) registry.define(name, element);
  return registry;
}
