// Drives an <offer-search> as a family would, through what the element shows
// and the events it fires (material-web's harnesses are the model): no test
// reads the element's private state.
import { aTimeout, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OfferSearch, OfferSearchChangeDetail } from '../../../src/elements/offer-search/offer-search.js';

const harnesses = new WeakMap<OfferSearch, OfferSearchHarness>();

/** The harness of an element, made on first use. */
export function harnessFor(element: OfferSearch): OfferSearchHarness {
  let harness = harnesses.get(element);
  if (!harness) harnesses.set(element, (harness = new OfferSearchHarness(element)));
  return harness;
}

export class OfferSearchHarness {
  /** The search as the element last announced it (`offer-search-change`). */
  lastChange?: OfferSearchChangeDetail;

  constructor(readonly element: OfferSearch) {
    element.addEventListener('offer-search-change', (event) => (this.lastChange = event.detail));
  }

  /** An element on `src`, with `attributes` (`name=value;…`) set once it is there, and its first results (or message) shown. */
  static async create(src: string, attributes = ''): Promise<OfferSearchHarness> {
    const harness = harnessFor(await fixture<OfferSearch>(html`<offer-search src=${src}></offer-search>`));
    for (const [name, value] of attributes ? attributes.split(';').map((pair) => pair.split('=')) : []) {
      harness.element.setAttribute(name!, value ?? '');
    }
    // A network error is told after the loader's retries: up to 3.5 s of backoff by design, more on a busy machine.
    await waitUntil(
      () => harness.cards().length > 0 || harness.status().includes('Keine') || harness.alert(),
      'results',
      { timeout: 10_000 },
    );
    return harness;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  cards(): Element[] {
    return [...this.root.querySelectorAll('[part="card"]')];
  }

  titles(): string[] {
    return this.cards().map((card) => card.querySelector('h3')!.textContent!.trim());
  }

  /** What the status region says, whitespace collapsed. */
  status(): string {
    return this.root.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
  }

  alert(): Element | null {
    return this.root.querySelector('[role="alert"]');
  }

  input(): HTMLInputElement {
    return this.root.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  /** Types `text` over what is in the field, waits until its results are shown and the live region has spoken. */
  async type(text: string): Promise<void> {
    this.input().focus();
    this.input().select();
    await sendKeys({ type: text });
    await waitUntil(() => this.lastChange?.query === text, `results for "${text}"`, { timeout: 2000 });
    // The live region speaks once typing pauses.
    await aTimeout(600);
    await this.element.updateComplete;
  }

  /** The checkbox labelled `label` in the filter group whose legend contains `legend`. */
  checkbox(legend: string, label: string): HTMLInputElement {
    const fieldset = [...this.root.querySelectorAll('fieldset')].find((f) =>
      f.querySelector('legend')!.textContent!.includes(legend),
    )!;
    const choice = [...fieldset.querySelectorAll('label')].find((l) => l.textContent!.includes(label))!;
    return choice.querySelector('input')!;
  }
}
