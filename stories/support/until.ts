/** Polls until `find` gives something: a play function waits for the mocked catalog like a parent waits for the page. */
export async function until<T>(find: () => T | null | undefined | false): Promise<T> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the story did not get there within 10 s: ${find.toString()}`);
}

/** The shadow root of the story's `<offer-search>`, once it shows `cards` offers. */
export async function loadedSearchWith(canvas: HTMLElement, cards: number): Promise<ShadowRoot> {
  const root = canvas.querySelector('offer-search')!.shadowRoot!;
  await until(() => root.querySelectorAll('[part="card"]').length >= cards);
  return root;
}
