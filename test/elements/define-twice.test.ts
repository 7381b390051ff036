// Registration must never throw on a webmaster's page: the script tag may be
// there twice, two copies of the library may be loaded (a CMS plugin and a
// theme), and another library may already own one of our tag names. Nothing
// of ours is registered before the first test: this file imports the
// registration modules itself, in order.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../../src/elements/shared/define.js';
import { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import { OfferSearch } from '../../src/elements/offer-search/offer-search.js';

/** Another library's element that holds the name `offer-search` before we load. */
class ForeignSearch extends HTMLElement {}

/** Runs `action` with console.error recorded instead of printed. */
async function consoleErrors(action: () => unknown): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.error = original;
  }
  return errors;
}

const ourElements = ['milestone-timeline', 'contact-card', 'offer-finder'];

describe('registration (guarded define)', () => {
  let firstLoad: string[];

  before(async () => {
    expect(customElements.get('offer-search'), 'nothing registered yet').to.equal(undefined);
    customElements.define('offer-search', ForeignSearch);
    firstLoad = await consoleErrors(() => import('../../src/define.js'));
  });

  it('another library’s element under our name: one clear console.error naming the tag, and that element stays', () => {
    expect(customElements.get('offer-search')).to.equal(ForeignSearch);
    expect(firstLoad).to.have.length(1);
    expect(firstLoad[0]).to.contain('<offer-search>');
    expect(firstLoad[0]).to.contain('already registered');
  });

  it('the other elements still register', () => {
    for (const name of ourElements) expect(customElements.get(name), name).to.not.equal(undefined);
    expect(customElements.get('contact-card')).to.equal(ContactCard);
  });

  it('the other elements still work', async () => {
    const card = await fixture<ContactCard>(
      html`<contact-card name="Erika Beispiel" phone="030 23125 401"></contact-card>`,
    );
    await waitUntil(() => card.shadowRoot?.querySelector('[part="card"]'), 'the card renders', { timeout: 8000 });
    expect(card.shadowRoot!.textContent).to.contain('Erika Beispiel');

    const timeline = await fixture<HTMLElement>(
      html`<milestone-timeline src="/demo/public/angebote.json"></milestone-timeline>`,
    );
    await waitUntil(
      () => timeline.shadowRoot?.querySelector('[part~="milestone"]'),
      'the timeline renders its milestones',
      { timeout: 8000 },
    );
  });

  it('<offer-finder> still shows its own search: its parts come from a registry of its own', async () => {
    const finder = await fixture<HTMLElement>(html`<offer-finder src="/demo/public/angebote.json"></offer-finder>`);
    const search = finder.shadowRoot!.querySelector('offer-search')!;
    expect(search).to.be.instanceOf(OfferSearch);
    await waitUntil(() => search.shadowRoot?.querySelector('[part="card"]'), 'the inner search shows offers', {
      timeout: 8000,
    });
  });

  it('loading the registration modules again (the script tag twice) neither throws nor logs', async () => {
    const errors = await consoleErrors(async () => {
      await import('../../src/define.js');
      await import('../../src/elements/contact-card/define.js');
      await import('../../src/elements/offer-finder/define.js');
    });
    expect(errors).to.deep.equal([]);
  });

  it('a second copy of the library (its own classes, the shared marker) neither throws nor logs, and the first copy stays', async () => {
    // A second copy runs the same define() with classes of its own.
    class ContactCardCopy extends ContactCard {}
    class OfferFinderCopy extends (customElements.get('offer-finder') as CustomElementConstructor) {}
    const errors = await consoleErrors(() => {
      define('contact-card', ContactCardCopy);
      define('offer-finder', OfferFinderCopy);
    });
    expect(errors).to.deep.equal([]);
    expect(customElements.get('contact-card')).to.equal(ContactCard);
    expect(customElements.get('offer-finder')).to.not.equal(OfferFinderCopy);
  });

  it('the marker is a global symbol, so copies recognise each other', () => {
    // Another copy checks `Symbol.for('offer-finder.element') in existing`.
    expect(Symbol.for('offer-finder.element') in (customElements.get('contact-card') as object)).to.equal(true);
    expect(Symbol.for('offer-finder.element') in (customElements.get('offer-search') as object)).to.equal(false);
  });

  it('our define() on a name held by another library logs again and does not throw', async () => {
    const errors = await consoleErrors(() => define('offer-search', OfferSearch));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<offer-search>');
    expect(customElements.get('offer-search')).to.equal(ForeignSearch);
  });
});
