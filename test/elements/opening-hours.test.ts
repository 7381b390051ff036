// Opening hours, freshness and "Fehler melden" as families see them:
// "Jetzt geöffnet, bis 11:00" on the card, the "Heute geöffnet" filter, the
// periods in the details, "Stand: …" and the mark of an entry not checked
// for long (with the maintainers' event and console notice), the report
// e-mail, the same in <contact-card> and on paper. The time is pinned
// (`now`), so every test is independent of the clock and the machine's zone.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/offer-search/define.js';
import '../../src/elements/contact-card/define.js';
import type { CatalogStaleDetail, OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import { fillPrintDocument } from '../../src/elements/offer-search/print.js';
import { openingStatusText, openingPeriodLines } from '../../src/elements/shared/opening-hours.js';
import { localization } from '../../src/i18n/i18n.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { endpoint } from '../support/endpoint.js';
import { catalog, offer } from '../support/catalogs.js';
import type { CatalogInput, OpeningHours } from '../../src/catalog/schema.js';

/** Tuesday, 1 December 2026, 10:30 in Kamen (CET, UTC+1). */
const tuesdayMorning = new Date('2026-12-01T09:30:00Z');

const cafe: OpeningHours = [{ days: ['tu'], opens: '09:00', closes: '11:00' }];
const counselling: OpeningHours = [
  { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '14:00', closes: '17:00', note: 'nicht an Feiertagen' },
];
const weekend: OpeningHours = [{ days: ['sa'], opens: '10:00', closes: '12:00' }];

const hoursCatalog = (fields: Partial<CatalogInput> = {}) =>
  catalog({
    maintainer: { email: 'familienfinder@example.org' },
    organizations: [{ id: 'jugendamt', name: 'Jugendamt', email: 'jugendamt@example.org' }],
    contacts: [{ id: 'c1', name: 'Erika Beispiel', organization: 'jugendamt', openingHours: counselling }],
    offers: [
      offer('cafe', { title: 'Elterncafé', openingHours: cafe, updated: '2026-11-01', organization: 'jugendamt' }),
      offer('beratung', {
        title: 'Erziehungsberatung',
        openingHours: counselling,
        updated: '2025-06-15',
        contacts: ['c1'],
      }),
      offer('samstag', { title: 'Familienfrühstück', openingHours: weekend, schedule: 'Samstags 10 bis 12 Uhr' }),
      offer('ohne', { title: 'Babykorb' }),
    ],
    ...fields,
  });

const root = (element: HTMLElement) => element.shadowRoot!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const cards = (element: OfferSearch) => [...root(element).querySelectorAll<HTMLElement>('[part="card"]')];
const titles = (element: OfferSearch) => cards(element).map((c) => text(c.querySelector('h3')!));
function card(element: OfferSearch, title: string): HTMLElement {
  const found = cards(element).find((c) => text(c.querySelector('h3')!) === title);
  if (!found) throw new Error(`no card "${title}"`);
  return found;
}
/** The value of a fact (`<dt>` label, `<dd>` value) in a card. */
function fact(scope: Element, label: string): string | undefined {
  const dt = [...scope.querySelectorAll('dt')].find((d) => text(d) === label);
  return dt ? text(dt.nextElementSibling!) : undefined;
}

/** An `<offer-search>` at the pinned time, with its attributes set before it connects. */
async function search(
  body: object,
  attributes: Record<string, string> = {},
  now = tuesdayMorning,
): Promise<OfferSearch> {
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const element = document.createElement('offer-search');
  element.now = now;
  for (const [name, value] of Object.entries({ lang: 'de', src: endpoint(body), ...attributes }))
    element.setAttribute(name, value);
  container.append(element);
  await waitUntil(() => cards(element).length > 0, 'results', { timeout: 5000 });
  return element;
}

describe('opening hours in words (shared/opening-hours.ts)', () => {
  const l = localization('de');
  const at = (iso: string) => new Date(iso);

  it('open: until a time today, or a day and time when it runs past midnight', () => {
    expect(openingStatusText(cafe, tuesdayMorning, l)).to.deep.equal({ open: true, text: 'Jetzt geöffnet, bis 11:00' });
    const lateNight: OpeningHours = [{ days: ['fr'], opens: '20:00', closes: '02:00' }];
    expect(openingStatusText(lateNight, at('2026-12-04T22:00:00Z'), l).text).to.equal(
      'Jetzt geöffnet, bis morgen 02:00',
    );
    expect(
      openingStatusText([{ days: ['tu'], opens: '18:00', closes: '24:00' }], at('2026-12-01T20:00:00Z'), l).text,
    ).to.equal('Jetzt geöffnet, bis 24:00');
  });

  it('closed: opens today, tomorrow, on a weekday, or a week or more ahead with its date; or not in the next two weeks', () => {
    expect(openingStatusText(counselling, tuesdayMorning, l).text).to.equal('Jetzt geschlossen, öffnet heute 14:00');
    expect(openingStatusText(cafe, at('2026-11-30T12:00:00Z'), l).text).to.equal(
      'Jetzt geschlossen, öffnet morgen 09:00',
    );
    expect(openingStatusText(weekend, tuesdayMorning, l).text).to.equal('Jetzt geschlossen, öffnet Sa 10:00');
    // Just after it closed on Tuesday: the next Tuesday is 7 days ahead, so the date is said too.
    expect(openingStatusText(cafe, at('2026-12-01T10:30:00Z'), l).text).to.equal(
      'Jetzt geschlossen, öffnet Di., 8.12. 09:00',
    );
    const past: OpeningHours = [{ days: ['mo'], opens: '09:00', closes: '10:00', validThrough: '2026-06-30' }];
    expect(openingStatusText(past, tuesdayMorning, l)).to.deep.equal({ open: false, text: 'Zurzeit geschlossen' });
  });

  it('in English, with the clock as English writes it', async () => {
    await loadLanguage('en');
    const en = localization('en');
    expect(openingStatusText(cafe, tuesdayMorning, en).text).to.equal('Open now, until 11:00 AM');
    expect(openingStatusText(weekend, tuesdayMorning, en).text).to.equal('Closed now, opens Sat 10:00 AM');
  });

  it('periods as lines: runs of three days or more as a range, validity and note in brackets', () => {
    expect(openingPeriodLines(counselling, l)).to.deep.equal(['Mo–Fr 14:00–17:00 (nicht an Feiertagen)']);
    expect(
      openingPeriodLines(
        [
          { days: ['tu', 'th'], opens: '09:00', closes: '12:00' },
          {
            days: ['mo', 'tu', 'we', 'fr'],
            opens: '08:00',
            closes: '09:00',
            validFrom: '2026-12-01',
            validThrough: '2026-12-18',
          },
        ],
        l,
      ),
    ).to.deep.equal(['Di, Do 09:00–12:00', 'Mo–Mi, Fr 08:00–09:00 (ab 1. Dezember 2026; bis 18. Dezember 2026)']);
  });
});

describe('<offer-search>: opening hours, "Heute geöffnet", freshness, "Fehler melden"', () => {
  it('each card says whether it is open now; an offer without structured hours says nothing about it', async () => {
    const element = await search(hoursCatalog());
    expect(fact(card(element, 'Elterncafé'), 'Öffnungszeiten')).to.equal('Jetzt geöffnet, bis 11:00');
    expect(fact(card(element, 'Erziehungsberatung'), 'Öffnungszeiten')).to.equal(
      'Jetzt geschlossen, öffnet heute 14:00',
    );
    expect(fact(card(element, 'Familienfrühstück'), 'Öffnungszeiten')).to.equal('Jetzt geschlossen, öffnet Sa 10:00');
    expect(fact(card(element, 'Babykorb'), 'Öffnungszeiten')).to.equal(undefined);
    // The contact of an offer says it too.
    card(element, 'Erziehungsberatung').querySelector('details')!.open = true;
    expect(text(card(element, 'Erziehungsberatung').querySelector('[part="contact"]')!)).to.contain(
      'Jetzt geschlossen, öffnet heute 14:00',
    );
  });

  it('the details show the written times, or the structured periods where nothing is written', async () => {
    const element = await search(hoursCatalog());
    expect(fact(card(element, 'Familienfrühstück').querySelector('details')!, 'Zeiten')).to.equal(
      'Samstags 10 bis 12 Uhr',
    );
    expect(fact(card(element, 'Erziehungsberatung').querySelector('details')!, 'Öffnungszeiten')).to.equal(
      'Mo–Fr 14:00–17:00 (nicht an Feiertagen)',
    );
  });

  it('follows the time: a new `now` renders the new state', async () => {
    const element = await search(hoursCatalog());
    element.now = new Date('2026-12-01T13:15:00Z');
    await element.updateComplete;
    expect(fact(card(element, 'Erziehungsberatung'), 'Öffnungszeiten')).to.equal('Jetzt geöffnet, bis 17:00');
    expect(fact(card(element, 'Elterncafé'), 'Öffnungszeiten')).to.equal('Jetzt geschlossen, öffnet Di., 8.12. 09:00');
  });

  it('"Heute geöffnet": a filter with its count, a chip, and in the URL with url-state', async () => {
    history.replaceState(null, '', location.pathname);
    try {
      const element = await search(hoursCatalog(), { 'url-state': '' });
      const facet = [...root(element).querySelectorAll('fieldset')].find(
        (f) => text(f.querySelector('legend')!) === 'Öffnungszeiten',
      )!;
      expect(text(facet.querySelector('label')!)).to.equal('Heute geöffnet (2)');
      facet.querySelector('input')!.click();
      await element.updateComplete;
      expect(titles(element)).to.have.members(['Elterncafé', 'Erziehungsberatung']);
      expect([...root(element).querySelectorAll('[part="chip"]')].map(text)).to.deep.equal(['Heute geöffnet ✕']);
      await element.updateComplete;
      expect(location.search).to.contain('of-open-today=1');

      // Saturday: only the breakfast opens today.
      element.now = new Date('2026-12-05T08:00:00Z');
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Familienfrühstück']);

      // The link reopens the filter.
      const reopened = await search(hoursCatalog(), { 'url-state': '' });
      expect(reopened.openToday).to.equal(true);
      expect(titles(reopened)).to.have.members(['Elterncafé', 'Erziehungsberatung']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('no structured hours in the catalog: no "Heute geöffnet" filter', async () => {
    const element = await search(catalog({ offers: [offer('a', { title: 'A' })] }));
    expect([...root(element).querySelectorAll('legend')].map(text)).not.to.include('Öffnungszeiten');
  });

  it('"Stand: November 2026"; an entry older than 12 months is marked in words and by its border, not by colour alone', async () => {
    const element = await search(hoursCatalog());
    const fresh = card(element, 'Elterncafé').querySelector('[part="updated"]')!;
    expect(text(fresh)).to.equal('Stand: November 2026');
    expect(fresh.classList.contains('stale')).to.equal(false);
    const stale = card(element, 'Erziehungsberatung').querySelector('[part="updated"]')!;
    expect(text(stale)).to.equal(
      '⚠ Stand: Juni 2025. Seit über 12 Monaten nicht geprüft – bitte fragen Sie nach, ob es noch so gilt.',
    );
    expect(stale.classList.contains('stale')).to.equal(true);
    expect(getComputedStyle(stale).borderInlineStartWidth).to.equal('3px');
    expect(card(element, 'Babykorb').querySelector('[part="updated"]')).to.equal(null);
  });

  it('maintainers hear of stale entries: a catalog-stale event and one console notice; stale-after sets the period', async () => {
    const info = console.info;
    const notices: unknown[][] = [];
    console.info = (...args: unknown[]) => notices.push(args);
    try {
      const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const events: CatalogStaleDetail[] = [];
      container.addEventListener('catalog-stale', (event) => events.push(event.detail));
      const body = hoursCatalog();
      const src = endpoint(body);
      for (let i = 0; i < 2; i++) {
        const element = document.createElement('offer-search');
        element.now = tuesdayMorning;
        element.setAttribute('src', src);
        container.append(element);
        await waitUntil(() => cards(element).length > 0, 'results');
      }
      expect(events).to.have.length(2);
      expect(events[0]).to.deep.equal({ url: src, months: 12, offers: [{ id: 'beratung', updated: '2025-06-15' }] });
      expect(notices).to.have.length(1);
      expect(String(notices[0]![0])).to.contain('1 offer(s)').and.contain('12 months');
      expect(String(notices[0]![1])).to.equal('beratung (2025-06-15)');

      const lenient = await search(hoursCatalog(), { 'stale-after': '24' });
      expect(root(lenient).querySelector('[part="updated"].stale')).to.equal(null);
      const strict = await search(hoursCatalog(), { 'stale-after': '0' });
      expect(root(strict).querySelectorAll('[part="updated"].stale')).to.have.length(2);
    } finally {
      console.info = info;
    }
  });

  it('"Fehler melden" writes to the catalog\'s maintainer, else the organisation, with the title, id and link prefilled', async () => {
    history.replaceState(null, '', location.pathname);
    const element = await search(hoursCatalog(), { 'url-state': '' });
    const report = (title: string) =>
      [...card(element, title).querySelectorAll<HTMLAnchorElement>('.offer-actions a')].find((a) =>
        text(a).startsWith('Fehler melden'),
      );
    const href = new URL(report('Elterncafé')!.href);
    expect(href.protocol).to.equal('mailto:');
    expect(href.pathname).to.equal('familienfinder@example.org');
    expect(href.searchParams.get('subject')).to.equal('Fehler im Eintrag „Elterncafé“ (cafe)');
    const body = href.searchParams.get('body')!;
    expect(body).to.contain('„Elterncafé“ (ID cafe)');
    expect(body).to.contain(`${location.origin}${location.pathname}?of-offer=cafe`);
    expect(body).to.match(/\r\n/);

    const withoutMaintainer = await search(hoursCatalog({ maintainer: undefined }));
    const toOrganization = [
      ...card(withoutMaintainer, 'Elterncafé').querySelectorAll<HTMLAnchorElement>('.offer-actions a'),
    ].find((a) => text(a).startsWith('Fehler melden'));
    expect(new URL(toOrganization!.href).pathname).to.equal('jugendamt@example.org');
    // No address anywhere: no link that would lead nowhere.
    const nowhere = [...card(withoutMaintainer, 'Babykorb').querySelectorAll('.offer-actions a')].map(text);
    expect(nowhere.some((label) => label.startsWith('Fehler melden'))).to.equal(false);
  });

  it('in English', async () => {
    const element = await search(hoursCatalog(), { lang: 'en' });
    await waitUntil(() => fact(card(element, 'Elterncafé'), 'Opening hours'), 'English strings');
    expect(fact(card(element, 'Elterncafé'), 'Opening hours')).to.equal('Open now, until 11:00 AM');
    expect(text(card(element, 'Elterncafé').querySelector('[part="updated"]')!)).to.equal(
      'Last checked: November 2026',
    );
  });

  it('is accessible with the filter on and details open, in German and English', async () => {
    for (const lang of ['de', 'en']) {
      const element = await search(hoursCatalog(), { lang, 'open-today': '' });
      for (const details of root(element).querySelectorAll('details')) details.open = true;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    }
  });
});

describe("<contact-card>: a contact's structured hours", () => {
  it('shows the periods where no text is written, and whether the contact can be reached now', async () => {
    const src = endpoint(hoursCatalog());
    const element = await fixture<ContactCard>(
      html`<contact-card src=${src} contact="c1" .now=${new Date('2026-12-01T14:00:00Z')}></contact-card>`,
    );
    await waitUntil(() => root(element).querySelector('[part="card"]'), 'card');
    const hours = [...root(element).querySelectorAll('dt')].find(
      (dt) => text(dt) === 'Sprechzeiten',
    )!.nextElementSibling!;
    expect([...hours.querySelectorAll('.line')].map(text)).to.deep.equal([
      'Mo–Fr 14:00–17:00 (nicht an Feiertagen)',
      'Jetzt geöffnet, bis 17:00',
    ]);
    await expect(element).to.be.accessible();
  });
});

describe('on paper', () => {
  it('the printed offer lists its opening hours a period a line, and its date', () => {
    const doc = document.implementation.createHTMLDocument('');
    fillPrintDocument(
      doc,
      {
        lang: 'de',
        dir: 'ltr',
        heading: 'Merkliste',
        dataDate: '1. November 2026',
        viewUrl: 'https://www.example.org/',
        offers: [
          {
            title: 'Elterncafé',
            openingHours: ['Di 09:00–11:00', 'Do 15:00–17:00'],
            updated: 'Stand: November 2026',
            contacts: [],
          },
        ],
      },
      de,
    );
    const hours = [...doc.querySelectorAll('dt')].find((dt) => text(dt) === 'Öffnungszeiten')!.nextElementSibling!;
    expect(hours.textContent).to.equal('Di 09:00–11:00\nDo 15:00–17:00');
    expect([...doc.querySelectorAll('article p')].map(text)).to.include('Stand: November 2026');
  });
});
