// The Merkliste (saved offers), printing and sharing in <offer-search>:
// saving, one list per group, storage only with `persist`, the list view,
// the printed page, share sheet / clipboard / field, the e-mail, and the
// links that reopen an offer, a list or a search.
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/offer-search/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import { fillPrintDocument, type PrintedPage } from '../../src/elements/offer-search/print.js';
import { mailtoList, maxMailtoLength } from '../../src/elements/offer-search/share.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { catalog, offer } from '../support/catalogs.js';
import { endpoint, sample } from '../support/endpoint.js';

// Elements with url-state write the view into the URL (`of-view=saved` …); the next test starts without it.
afterEach(() => history.replaceState(null, '', location.pathname));

const root = (element: OfferSearch) => element.shadowRoot!;
const cards = (element: OfferSearch) => [...root(element).querySelectorAll<HTMLElement>('[part="card"]')];
const status = (element: OfferSearch) =>
  root(element).querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim();
const announcement = (element: OfferSearch) => root(element).querySelector('[aria-live="polite"]')!.textContent!.trim();
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function loaded(element: OfferSearch) {
  await waitUntil(() => cards(element).length > 0, 'results', { timeout: 5000 });
  return element;
}

/** An element with its attributes set before it joins the page (`url-state` is read on connecting). */
async function search(src: string, attributes: Record<string, string> = {}, lang = 'de'): Promise<OfferSearch> {
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('offer-search');
  for (const [name, value] of Object.entries({ lang, src, ...attributes })) element.setAttribute(name, value);
  container.append(element);
  return loaded(element);
}

/** The card whose title is `title`. */
function card(element: OfferSearch, title: string): HTMLElement {
  const found = cards(element).find((c) => c.querySelector('h3')!.textContent!.trim() === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found;
}

const saveButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('[part="save"]')!;

/** A button by its name: its `aria-label` ("Teilen" is named "Link zu dieser Suche teilen"), else its text. */
function button(scope: ParentNode, label: string | RegExp): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a.button')];
  const name = (b: HTMLElement) => b.getAttribute('aria-label') ?? text(b);
  const found = all.find((b) =>
    typeof label === 'string' ? name(b) === label || name(b).startsWith(`${label}:`) : label.test(name(b)),
  );
  if (!found) throw new Error(`no button "${label}" among ${all.map(name).join(' | ')}`);
  return found;
}

async function save(element: OfferSearch, ...titles: string[]) {
  for (const title of titles) {
    saveButton(card(element, title)).click();
    await element.updateComplete;
  }
}

async function openSaved(element: OfferSearch) {
  root(element).querySelector<HTMLButtonElement>('#saved-toggle')!.click();
  await waitUntil(() => root(element).querySelector('[part="saved"]'), 'saved view');
  await element.updateComplete;
}

/** A small catalog with three offers with contacts, addresses and times. */
const three = () =>
  catalog({
    title: 'Angebote für Familien in Kamen',
    updated: '2026-11-01',
    contacts: [
      {
        id: 'c1',
        name: 'Erika Beispiel',
        role: 'Familienhebamme',
        organization: 'jugendamt',
        phone: '030 23125 401',
        email: 'erika@example.org',
        hours: 'Mo–Do 9–12 Uhr',
      },
    ],
    offers: [
      offer('a', {
        title: 'Familienhebammen',
        summary: 'Begleitung im ersten Jahr.',
        schedule: 'Di 9–11 Uhr',
        organization: 'jugendamt',
        contacts: ['c1'],
        address: { street: 'Rathausplatz 1', postalCode: '59174', city: 'Kamen' },
        url: 'https://example.org/hebammen',
      }),
      offer('b', { title: 'Elterncafé', organization: 'jugendamt' }),
      offer('c', { title: 'Krabbelgruppe' }),
    ],
  });

describe('Merkliste', () => {
  it('saves an offer with a pressed toggle, announces it and counts it', async () => {
    const element = await search(endpoint(three()));
    const toggle = saveButton(card(element, 'Familienhebammen'));
    expect(toggle.tagName).to.equal('BUTTON');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(text(toggle)).to.equal('☆ Merken: Familienhebammen');
    const changed = oneEvent(element, 'saved-offers-change');
    toggle.click();
    expect((await changed).detail.ids).to.deep.equal(['a']);
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(text(toggle)).to.equal('★ Gemerkt: Familienhebammen');
    expect(text(button(root(element), /Merkliste/))).to.equal('★ Merkliste (1)');
    expect(announcement(element)).to.equal('Auf die Merkliste gesetzt: Familienhebammen. Merkliste: 1 Angebot');
    await expect(element).to.be.accessible();

    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(announcement(element)).to.equal('Von der Merkliste genommen: Familienhebammen. Merkliste: 0 Angebote');
  });

  it('is operable with the keyboard: Tab to the toggle, Space saves', async () => {
    const element = await search(endpoint(three()));
    const details = card(element, 'Familienhebammen').querySelector('summary')!;
    const toggle = saveButton(card(element, 'Familienhebammen'));
    // The toggle comes right before the details' summary.
    details.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(root(element).activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('is one list for every element of a group, and apart for other groups', async () => {
    const src = endpoint(three());
    const page = fixtureSync(html`
      <div>
        <offer-search id="a" src=${src}></offer-search>
        <offer-search id="b" src=${src}></offer-search>
        <offer-search id="c" src=${src} group="andere"></offer-search>
      </div>
    `);
    const [a, b, c] = [...page.querySelectorAll<OfferSearch>('offer-search')] as [
      OfferSearch,
      OfferSearch,
      OfferSearch,
    ];
    await Promise.all([a, b, c].map(loaded));
    await save(a, 'Elterncafé');
    await b.updateComplete;
    expect(saveButton(card(b, 'Elterncafé')).getAttribute('aria-pressed')).to.equal('true');
    expect(saveButton(card(c, 'Elterncafé')).getAttribute('aria-pressed')).to.equal('false');
    // Saved in b, it shows in a's open list view.
    await openSaved(a);
    await save(b, 'Krabbelgruppe');
    await a.updateComplete;
    expect(cards(a).map((x) => x.querySelector('h3')!.textContent)).to.deep.equal(['Elterncafé', 'Krabbelgruppe']);
  });

  describe('storage', () => {
    const keysOf = () => Object.keys(localStorage).sort();
    afterEach(() => {
      for (const key of keysOf()) if (key.startsWith('offer-finder:saved:')) localStorage.removeItem(key);
    });

    it('without persist, nothing is stored, ever', async () => {
      const before = JSON.stringify(Object.entries(localStorage));
      const element = await search(endpoint(three()));
      await save(element, 'Familienhebammen', 'Elterncafé');
      await openSaved(element);
      expect(text(root(element).querySelector('.list .hint')!)).to.contain('wird nicht gespeichert');
      button(root(element), 'Liste leeren').click();
      await element.updateComplete;
      expect(JSON.stringify(Object.entries(localStorage))).to.equal(before);
    });

    it('with persist, the ids are kept under the catalog URL, come back on the next visit and leave no entry when cleared', async () => {
      const src = endpoint(three());
      const key = `offer-finder:saved:${src}`;
      const element = await search(src, { persist: '' });
      await save(element, 'Krabbelgruppe', 'Familienhebammen');
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(['c', 'a']);
      element.remove();

      const next = await search(src, { persist: '' });
      await next.updateComplete;
      expect(saveButton(card(next, 'Krabbelgruppe')).getAttribute('aria-pressed')).to.equal('true');
      await openSaved(next);
      expect(text(root(next).querySelector('.list .hint')!)).to.contain('nur auf diesem Gerät gespeichert');
      button(root(next), 'Liste leeren').click();
      await next.updateComplete;
      expect(localStorage.getItem(key)).to.equal(null);
    });

    it('drops, quietly, saved ids the catalog no longer has, and ignores what is not an id', async () => {
      const src = endpoint(three());
      const key = `offer-finder:saved:${src}`;
      localStorage.setItem(key, JSON.stringify(['a', 'gibt-es-nicht', '<script>', 42]));
      const element = await search(src, { persist: '' });
      await waitUntil(() => localStorage.getItem(key) === '["a"]', 'pruned');
      expect(text(button(root(element), /Merkliste/))).to.equal('★ Merkliste (1)');
    });

    it('takes over a change made in another tab', async () => {
      const src = endpoint(three());
      const key = `offer-finder:saved:${src}`;
      const element = await search(src, { persist: '' });
      localStorage.setItem(key, JSON.stringify(['b', 'c']));
      window.dispatchEvent(
        new StorageEvent('storage', { key, newValue: localStorage.getItem(key), storageArea: localStorage }),
      );
      await element.updateComplete;
      expect(text(button(root(element), /Merkliste/))).to.equal('★ Merkliste (2)');
      expect(saveButton(card(element, 'Elterncafé')).getAttribute('aria-pressed')).to.equal('true');
    });

    it('keeps working when storage is blocked', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const element = await search(endpoint(three()), { persist: '' });
        await save(element, 'Elterncafé');
        expect(text(button(root(element), /Merkliste/))).to.equal('★ Merkliste (1)');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('the list view', () => {
    /** Chromium's limit of session history entries per tab. */
    const maxHistoryLength = 50;

    it("with url-state it is a history entry: Back closes it (a phone's Back button), Forward opens it again", async () => {
      history.replaceState(null, '', location.pathname);
      try {
        const element = await search(endpoint(three()), { 'url-state': '' });
        await save(element, 'Familienhebammen', 'Krabbelgruppe');
        const before = history.length;
        await openSaved(element);
        await element.updateComplete;
        expect(new URL(location.href).searchParams.get('of-view')).to.equal('saved');
        // One entry more; Chromium keeps at most 50 per tab (the oldest goes), which this test page may have reached.
        expect(history.length).to.equal(Math.min(before + 1, maxHistoryLength));

        const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        let pop = popped();
        history.back();
        await pop;
        await element.updateComplete;
        expect(root(element).querySelector('[part="saved"]')).to.equal(null);
        expect(cards(element)).to.have.length(3);

        pop = popped();
        history.forward();
        await pop;
        await element.updateComplete;
        expect(root(element).querySelector('[part="saved"]')).not.to.equal(null);
        expect(status(element)).to.equal('Merkliste: 2 Angebote');

        // Closing with the button leaves the list out of the URL again.
        button(root(element), 'Zurück zu den Ergebnissen').click();
        await element.updateComplete;
        await element.updateComplete;
        expect(new URL(location.href).searchParams.get('of-view')).to.equal(null);
      } finally {
        history.replaceState(null, '', location.pathname);
      }
    });

    it('shows the saved offers with their actions, moves focus to its heading and back, in German', async () => {
      const element = await search(endpoint(three()), { 'url-state': '' });
      await save(element, 'Familienhebammen', 'Elterncafé', 'Krabbelgruppe');
      const toggle = button(root(element), /Merkliste/);
      toggle.click();
      await waitUntil(() => root(element).querySelector('#list-heading'));
      await element.updateComplete;
      const heading = root(element).querySelector('#list-heading')!;
      expect(root(element).activeElement).to.equal(heading);
      expect(heading.textContent).to.equal('Merkliste: 3 Angebote');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(status(element)).to.equal('Merkliste: 3 Angebote');
      const actions = [...root(element).querySelectorAll('.list-actions .button')].map(text);
      expect(actions).to.deep.equal([
        'Drucken: Merkliste',
        'Per E-Mail senden: Merkliste',
        'Link teilen: Merkliste',
        'Liste leeren',
      ]);
      expect(cards(element)).to.have.length(3);
      await expect(element).to.be.accessible();

      // Removed in the view, an offer stays in view, unpressed, so that it can be saved again.
      await save(element, 'Elterncafé');
      expect(cards(element)).to.have.length(3);
      expect(status(element)).to.equal('Merkliste: 2 Angebote');

      button(root(element), 'Zurück zu den Ergebnissen').click();
      await waitUntil(() => !root(element).querySelector('[part="saved"]'));
      await element.updateComplete;
      expect(root(element).activeElement).to.equal(root(element).querySelector('#saved-toggle'));
      expect(status(element)).to.equal('3 Angebote');
    });

    it('in English', async () => {
      const element = await search(endpoint(three()), { 'url-state': '' }, 'en');
      await waitUntil(() => text(saveButton(cards(element)[0]!)).includes('Save'), 'English', { timeout: 5000 });
      await save(element, 'Familienhebammen');
      expect(text(saveButton(card(element, 'Familienhebammen')))).to.equal('★ Saved: Familienhebammen');
      await openSaved(element);
      // One heading with the count; the status says the same to screen readers, and is not shown meanwhile.
      expect(root(element).querySelector('#list-heading')!.textContent).to.equal('Saved offers: 1 offer');
      expect(status(element)).to.equal('Saved offers: 1 offer');
      expect(root(element).querySelector('[role="status"]')!.classList.contains('visually-hidden')).to.equal(true);
      expect([...root(element).querySelectorAll('.list-actions .button')].map(text)).to.deep.equal([
        'Print: Saved offers',
        'Send by email: Saved offers',
        'Share link: Saved offers',
        'Clear list',
      ]);
      await expect(element).to.be.accessible();
    });

    it('"Liste leeren" empties it, says so, and can be undone', async () => {
      const element = await search(endpoint(three()));
      await save(element, 'Familienhebammen', 'Krabbelgruppe');
      await openSaved(element);
      button(root(element), 'Liste leeren').click();
      await element.updateComplete;
      await element.updateComplete;
      expect(root(element).activeElement).to.equal(root(element).querySelector('#list-heading'));
      expect(announcement(element)).to.equal('Die Merkliste ist jetzt leer.');
      expect(text(root(element).querySelector('.list .empty')!)).to.contain('Ihre Merkliste ist leer');
      expect(cards(element)).to.have.length(0);
      await expect(element).to.be.accessible();
      button(root(element), 'Rückgängig machen').click();
      await element.updateComplete;
      expect(cards(element).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
        'Familienhebammen',
        'Krabbelgruppe',
      ]);
      expect(announcement(element)).to.equal('Merkliste: 2 Angebote');
    });

    it('reflows at 320 px: no horizontal scrolling in the list view with details open', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const element = await search(endpoint(three()), { 'url-state': '' });
        await save(element, 'Familienhebammen', 'Krabbelgruppe');
        await openSaved(element);
        for (const details of root(element).querySelectorAll('details')) details.open = true;
        await element.updateComplete;
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const target of root(element).querySelectorAll<HTMLElement>('.button')) {
          // The filters' "Ergebnisse anzeigen" is in the closed filters.
          if (target.checkVisibility()) expect(target.getBoundingClientRect().height, text(target)).to.be.at.least(44);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('a search typed while the list shows brings the results back', async () => {
      const element = await search(endpoint(three()));
      await save(element, 'Krabbelgruppe');
      await openSaved(element);
      const input = root(element).querySelector<HTMLInputElement>('#query')!;
      input.focus();
      await sendKeys({ type: 'Eltern' });
      await waitUntil(() => !root(element).querySelector('[part="saved"]'), 'results again');
    });
  });
});

/** Replaces `print()` of every frame's window, since a real print dialog would block the test. */
function stubFramePrint() {
  const printed: Document[] = [];
  const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const view = descriptor.get!.call(this) as Window | null;
      if (view) view.print = () => printed.push(view.document);
      return view;
    },
  });
  return { printed, restore: () => Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', descriptor) };
}

describe('Drucken', () => {
  const page = (fields: Partial<PrintedPage> = {}): PrintedPage => ({
    lang: 'de',
    dir: 'ltr',
    heading: 'Merkliste',
    catalogTitle: 'Angebote für Familien in Kamen',
    dataDate: '1. November 2026',
    viewUrl: 'https://www.example.org/angebote?of-list=a,b',
    offers: [
      {
        title: 'Familienhebammen',
        provider: 'Jugendamt',
        summary: 'Begleitung im ersten Jahr.',
        schedule: 'Di 9–11 Uhr',
        address: 'Rathausplatz 1, 59174 Kamen',
        website: 'https://example.org/hebammen',
        contacts: [
          {
            name: 'Erika Beispiel',
            role: 'Familienhebamme',
            phone: '030 23125 401',
            email: 'erika@example.org',
            hours: 'Mo–Do 9–12 Uhr',
          },
        ],
      },
      { title: 'Krabbelgruppe', contacts: [] },
    ],
    ...fields,
  });

  it('builds a page with the catalog, its date, the link back, and per offer its texts, address and contacts', () => {
    const doc = document.implementation.createHTMLDocument('');
    fillPrintDocument(doc, page(), de);
    const lines = [...doc.body.querySelectorAll('h1, h2, h3, p, dt, dd')].map(text);
    expect(lines).to.deep.equal([
      'Merkliste',
      'Angebote für Familien in Kamen',
      'Stand der Daten: 1. November 2026',
      'Link zu dieser Ansicht: https://www.example.org/angebote?of-list=a,b',
      'Familienhebammen',
      'Begleitung im ersten Jahr.',
      'Anbieter',
      'Jugendamt',
      'Zeiten',
      'Di 9–11 Uhr',
      'Adresse',
      'Rathausplatz 1, 59174 Kamen',
      'Website',
      'https://example.org/hebammen',
      'Ansprechpersonen',
      'Erika Beispiel, Familienhebamme',
      'Telefon: 030 23125 401',
      'E-Mail: erika@example.org',
      'Sprechzeiten: Mo–Do 9–12 Uhr',
      'Krabbelgruppe',
    ]);
    expect(doc.title).to.equal('Merkliste');
    expect(doc.documentElement.lang).to.equal('de');
    expect(doc.querySelector('button, a, input, iframe')).to.equal(null);
  });

  it('keeps markup in the data as text', () => {
    const attack = '<img src=x onerror="window.hacked=1"><script>window.hacked=1</script>';
    const doc = document.implementation.createHTMLDocument('');
    fillPrintDocument(
      doc,
      page({ heading: attack, offers: [{ title: attack, summary: attack, contacts: [{ name: attack }] }] }),
      de,
    );
    expect(doc.querySelector('img, script')).to.equal(null);
    expect(doc.querySelector('h2')!.textContent).to.equal(attack);
  });

  it('prints the saved offers from a hidden frame with a constructed stylesheet, and removes the frame afterwards', async () => {
    const stub = stubFramePrint();
    try {
      const element = await search(endpoint(three()), { 'finder-url': 'https://www.example.org/angebote' });
      await save(element, 'Familienhebammen', 'Krabbelgruppe');
      await openSaved(element);
      button(root(element), 'Drucken').click();
      // print.ts is loaded on the first click.
      await waitUntil(() => stub.printed.length > 0, 'printed');
      expect(stub.printed).to.have.length(1);
      const doc = stub.printed[0]!;
      expect(doc.querySelector('h1')!.textContent).to.equal('Merkliste');
      expect([...doc.querySelectorAll('h2')].map(text)).to.deep.equal(['Familienhebammen', 'Krabbelgruppe']);
      expect(text(doc.body)).to.contain('Angebote für Familien in Kamen');
      expect(text(doc.body)).to.contain('Stand der Daten: 1. November 2026');
      expect(text(doc.body)).to.contain('Link zu dieser Ansicht: https://www.example.org/angebote?of-list=a%2Cc');
      expect(text(doc.body)).to.contain('Telefon: 030 23125 401');
      expect(doc.adoptedStyleSheets).to.have.length(1);
      expect(doc.querySelector('style, button')).to.equal(null);
      const frame = root(element).querySelector('iframe.print-frame')!;
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      doc.defaultView!.dispatchEvent(new Event('afterprint'));
      expect(root(element).querySelector('iframe')).to.equal(null);
    } finally {
      stub.restore();
    }
  });

  it('the whole page printed shows the offers without the search, the filters and the buttons', async () => {
    const element = await search(endpoint(three()), { 'url-state': '' });
    await save(element, 'Elterncafé');
    await emulateMedia({ media: 'print' });
    try {
      const shown = (selector: string) =>
        [...root(element).querySelectorAll(selector)].some((node) => node.checkVisibility());
      for (const hidden of ['form', '[part="facets"]', '[part="toolbar"]', '[part="save"]', '.offer-actions'])
        expect(shown(hidden), hidden).to.equal(false);
      expect(shown('[part="card"]')).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints one offer from its details', async () => {
    const stub = stubFramePrint();
    try {
      const element = await search(endpoint(three()));
      const offerCard = card(element, 'Elterncafé');
      offerCard.querySelector('details')!.open = true;
      button(offerCard, 'Drucken').click();
      await waitUntil(() => stub.printed.length > 0, 'printed');
      const doc = stub.printed[0]!;
      expect(doc.querySelector('h1')!.textContent).to.equal('Angebote für Familien in Kamen');
      expect([...doc.querySelectorAll('h2')].map(text)).to.deep.equal(['Elterncafé']);
    } finally {
      stub.restore();
    }
  });
});

describe('Link teilen', () => {
  /** Puts `value` on navigator for the test (or hides what the browser has). */
  function stubNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown) {
    Object.defineProperty(navigator, name, { value, configurable: true });
    return () => delete (navigator as unknown as Record<string, unknown>)[name];
  }
  const restores: (() => void)[] = [];
  afterEach(() => restores.splice(0).forEach((restore) => restore()));
  afterEach(() =>
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]of-[^&]*/g, '').replace(/^&/, '?')),
  );

  it("uses the system's share sheet where there is one: a link to the offer", async () => {
    const shared: ShareData[] = [];
    restores.push(
      stubNavigator('share', async (data: ShareData) => void shared.push(data)),
      stubNavigator('canShare', () => true),
    );
    const element = await search(endpoint(three()), { 'url-state': '' });
    const offerCard = card(element, 'Familienhebammen');
    offerCard.querySelector('details')!.open = true;
    button(offerCard, 'Link teilen').click();
    await waitUntil(() => shared.length === 1);
    expect(shared[0]!.title).to.equal('Familienhebammen');
    const url = new URL(shared[0]!.url!);
    expect(url.searchParams.get('of-offer')).to.equal('a');
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    // The share sheet gives its own feedback.
    expect(root(element).querySelector('.confirmation')).to.equal(null);
  });

  it('else copies to the clipboard and shows and announces "Link kopiert"', async () => {
    const copied: string[] = [];
    restores.push(
      stubNavigator('share', undefined),
      stubNavigator('clipboard', { writeText: async (value: string) => void copied.push(value) }),
    );
    const element = await search(endpoint(sample), { 'url-state': '' });
    element.milestone = 'kita';
    await element.updateComplete;
    button(root(element), 'Link zu dieser Suche teilen').click();
    await waitUntil(() => root(element).querySelector('.confirmation'), 'confirmation');
    expect(text(root(element).querySelector('[part="toolbar"] .confirmation')!)).to.equal('✓ Link kopiert');
    expect(announcement(element)).to.equal('Link kopiert');
    expect(new URL(copied[0]!).searchParams.get('of-milestone')).to.equal('kita');
    await expect(element).to.be.accessible();

    // The link reopens the same view.
    history.replaceState(null, '', copied[0]!);
    const reopened = await search(endpoint(sample), { 'url-state': '' });
    expect(reopened.milestone).to.equal('kita');
    expect(status(reopened)).to.equal('33 Angebote');
  });

  it('else shows the link in a field, focused and selected', async () => {
    restores.push(
      stubNavigator('share', undefined),
      stubNavigator('clipboard', { writeText: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) }),
    );
    const element = await search(endpoint(three()), { 'finder-url': 'https://www.example.org/angebote' });
    await save(element, 'Elterncafé');
    await openSaved(element);
    button(root(element), 'Link teilen').click();
    await waitUntil(() => root(element).querySelector('#link-to-copy'), 'field');
    await element.updateComplete;
    const field = root(element).querySelector<HTMLInputElement>('#link-to-copy')!;
    expect(field.value).to.equal('https://www.example.org/angebote?of-list=b');
    expect(root(element).activeElement).to.equal(field);
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);
    expect(announcement(element)).to.equal('Der Link steht markiert im Feld. Bitte kopieren Sie ihn.');
    await expect(element).to.be.accessible();
  });

  it('is not offered where no page would read the link (neither url-state nor finder-url)', async () => {
    const element = await search(endpoint(three()));
    expect(text(root(element).querySelector('[part="toolbar"]')!)).not.to.contain('teilen');
    await save(element, 'Elterncafé');
    await openSaved(element);
    expect([...root(element).querySelectorAll('.list-actions .button')].map(text)).to.deep.equal([
      'Drucken: Merkliste',
      'Per E-Mail senden: Merkliste',
      'Liste leeren',
    ]);
  });
});

describe('Per E-Mail senden', () => {
  it('is a mailto: link with the saved offers in plain text and the link to the list', async () => {
    const element = await search(endpoint(three()), { 'finder-url': 'https://www.example.org/angebote' });
    await save(element, 'Familienhebammen', 'Krabbelgruppe');
    await openSaved(element);
    const href = button(root(element), 'Per E-Mail senden').getAttribute('href')!;
    expect(href).to.match(/^mailto:\?subject=/);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).to.equal('Merkliste: Angebote für Familien in Kamen');
    expect(url.searchParams.get('body')!.split('\r\n')).to.deep.equal([
      'Merkliste: Angebote für Familien in Kamen',
      'Stand der Daten: 1. November 2026',
      '',
      '1. Familienhebammen',
      'Telefon: 030 23125 401',
      'E-Mail: erika@example.org',
      'Adresse: Rathausplatz 1, 59174 Kamen',
      '',
      '2. Krabbelgruppe',
      '',
      'Die ganze Liste: https://www.example.org/angebote?of-list=a%2Cc',
    ]);
  });

  it('stays below 1,800 characters: offers that do not fit are left out, with a note and the link', () => {
    const offers = Array.from({ length: 40 }, (_, i) => ({
      title: `Angebot Nummer ${i + 1} mit einem recht langen Titel über Familienbildung`,
      phone: '030 23125 401',
      email: 'familienbildung@example.org',
      address: 'Rathausplatz 1, 59174 Kamen',
    }));
    const href = mailtoList(
      { subject: 'Merkliste', intro: ['Merkliste'], offers, listUrl: 'https://www.example.org/?of-list=a,b' },
      de,
    );
    expect(href.length).to.be.at.most(maxMailtoLength);
    const text = new URL(href).searchParams.get('body')!;
    expect(text).to.contain('1. Angebot Nummer 1 ');
    expect(text).not.to.contain('40. Angebot');
    expect(text).to.contain(
      'Nicht alle Angebote passen in diese E-Mail.\r\nDie ganze Liste: https://www.example.org/?of-list=a,b',
    );
    // Everything encoded: no raw line break or space, ampersand or hash from the data.
    const hrefOf = (title: string) => mailtoList({ subject: 'S', intro: [], offers: [{ title }] }, de);
    expect(new URL(hrefOf('Kochen & Backen #1')).searchParams.get('body')).to.equal('1. Kochen & Backen #1');
    expect(hrefOf('a b\nc')).not.to.match(/[\s]/);
  });
});

describe('links that reopen a view (url-state)', () => {
  afterEach(() =>
    history.replaceState(null, '', location.pathname + location.search.replace(/[?&]of-[^&]*/g, '').replace(/^&/, '?')),
  );

  function visit(params: Record<string, string>) {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    history.replaceState(null, '', url);
  }

  it('of-offer opens that offer on its page, its details open and in view, with focus on them', async () => {
    const target = sample.offers[45]!;
    visit({ 'of-offer': target.id });
    const element = fixtureSync<OfferSearch>(html`<offer-search url-state src=${endpoint()}></offer-search>`);
    const selected = oneEvent(element, 'offer-select');
    expect((await selected).detail.offer.id).to.equal(target.id);
    const heading = root(element).querySelector(`#offer-${target.id}`)!;
    expect(heading.closest('article')!.querySelector('details')!.open).to.equal(true);
    expect(text(root(element).querySelector('[part="pagination"] span')!)).to.equal('Seite 3 von 5');
    const box = heading.getBoundingClientRect();
    expect(box.top).to.be.within(-1, window.innerHeight);
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(heading.closest('article')!.querySelector('summary'));
  });

  it('of-list opens the shared offers, which can be saved at once', async () => {
    visit({ 'of-list': 'c,a,gibt-es-nicht' });
    const element = await search(endpoint(three()), { 'url-state': '' });
    await element.updateComplete;
    expect(root(element).querySelector('#list-heading')!.textContent).to.equal('Angebote aus einem Link: 2 Angebote');
    expect(cards(element).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
      'Krabbelgruppe',
      'Familienhebammen',
    ]);
    expect(status(element)).to.equal('Angebote aus einem Link: 2 Angebote');
    await expect(element).to.be.accessible();
    button(root(element), 'Alle merken').click();
    await element.updateComplete;
    expect(text(button(root(element), /Merkliste/))).to.equal('★ Merkliste (2)');
    button(root(element), 'Zurück zu den Ergebnissen').click();
    await waitUntil(() => !new URL(location.href).searchParams.has('of-list'), 'link left the URL');
  });

  it('a link to the saved list, opened, shows the same offers', async () => {
    const first = await fixture<OfferSearch>(html`<offer-search url-state src=${endpoint(three())}></offer-search>`);
    await loaded(first);
    await save(first, 'Elterncafé', 'Familienhebammen');
    await openSaved(first);
    const mail = new URL(button(root(first), 'Per E-Mail senden').getAttribute('href')!);
    const listUrl = mail.searchParams.get('body')!.split('Die ganze Liste: ')[1]!;
    history.replaceState(null, '', listUrl);
    const second = await search(endpoint(three()), { 'url-state': '' });
    await second.updateComplete;
    expect(cards(second).map((c) => c.querySelector('h3')!.textContent)).to.deep.equal([
      'Elterncafé',
      'Familienhebammen',
    ]);
  });
});
