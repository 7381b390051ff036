// The elements in every language: strings, direction, re-rendering, partner overrides.
import { expect, fixture, fixtureSync, html, waitUntil, aTimeout } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { OfferSearch } from '../../src/elements/offer-search/offer-search.js';
import type { MilestoneTimeline } from '../../src/elements/milestone-timeline/milestone-timeline.js';
import type { ContactCard } from '../../src/elements/contact-card/contact-card.js';
import type { Translation } from '../../src/i18n/de.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { loadLanguage, registerLanguage, resetStrings, setStrings } from '../../src/i18n/index.js';
import { catalog, offer } from '../support/catalogs.js';
import { endpoint } from '../support/endpoint.js';

afterEach(() => resetStrings());

type Element_ = OfferSearch | MilestoneTimeline | ContactCard;
const shadow = (element: Element_) => element.shadowRoot!;
const inner = (element: Element_) => shadow(element).querySelector<HTMLElement>('.root')!;
const label = (element: OfferSearch) => shadow(element).querySelector('label.query-label')!.textContent!.trim();
const cards = (element: OfferSearch) => [...shadow(element).querySelectorAll('[part="card"]')];
const status = (element: Element_) =>
  shadow(element).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();

/** An `<offer-search>` whose catalog has loaded, inside `wrapper` (markup with `<offer-search>` in it) or alone. */
async function search(attributes: Record<string, string> = {}, src = endpoint()): Promise<OfferSearch> {
  const element = document.createElement('offer-search');
  for (const [name, value] of Object.entries({ src, ...attributes })) element.setAttribute(name, value);
  await fixture(html`${element}`);
  await waitUntil(() => cards(element).length > 0, 'results', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

/** Lets the mutation observers and the render they ask for run. */
async function settle(element: Element_) {
  await aTimeout(0);
  await element.updateComplete;
}

describe('elements in every language', () => {
  before(() => Promise.all(['en', 'tr', 'ar', 'uk', 'de-x-ls'].map(loadLanguage)));

  for (const [lang, searchLabel, count] of [
    ['de', 'Angebote durchsuchen', /^100 Angebote$/],
    ['en', 'Search offers', /^100 offers$/],
    ['tr', 'Hizmetlerde ara', /^100 hizmet$/],
    ['ar', 'البحث في الخدمات', /^(100|١٠٠) خدمة$/],
    ['uk', 'Пошук послуг', /^100 послуг$/],
    ['de-x-ls', 'Angebote suchen', /^100 Angebote$/],
  ] as const) {
    it(`<offer-search lang="${lang}">: its strings and numbers`, async () => {
      const element = await search({ lang });
      expect(label(element)).to.equal(searchLabel);
      expect(status(element)).to.match(count);
    });
  }

  it('Arabic: right to left in a left-to-right page, with no dir on the host', async () => {
    const element = await search({ lang: 'ar' });
    expect(element.hasAttribute('dir')).to.equal(false);
    expect(inner(element).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadow(element).querySelector('form')!).direction).to.equal('rtl');
    expect(inner(element).matches(':dir(rtl)')).to.equal(true);
  });

  it('Arabic: accessible (axe)', async () => {
    const element = await search({ lang: 'ar' });
    await expect(element).to.be.accessible();
  });

  it('Ukrainian: accessible (axe)', async () => {
    const element = await search({ lang: 'uk' });
    await expect(element).to.be.accessible();
  });

  it('Leichte Sprache: its strings, and catalog texts in Leichte Sprache where the catalog has them, else German', async () => {
    const body = catalog({
      offers: [
        offer('cafe', { title: { de: 'Müttercafé', en: 'Mothers’ café', 'de-x-ls': 'Café für Mütter' }, cost: 'free' }),
        offer('kurs', { title: { de: 'Geburtsvorbereitungskurs', en: 'Antenatal class' } }),
      ],
    });
    const element = await search({ lang: 'de-x-ls' }, endpoint(body));
    const titles = cards(element).map((card) => card.querySelector('h3')!.textContent!.trim());
    expect(titles).to.have.members(['Café für Mütter', 'Geburtsvorbereitungskurs']);
    expect(cards(element)[0]!.textContent).to.contain('kostet nichts');
    expect(shadow(element).querySelector('.filters-toggle')!.textContent).to.contain('Auswahl');
    // The Kita milestone has an English title only besides German: German it is.
    expect(shadow(element).querySelector('[part="facets"]')!.textContent).to.contain('Kita-Zeit');
  });

  it('<milestone-timeline lang="ar"> and <contact-card lang="ar">: right to left, in Arabic', async () => {
    const timeline = await fixture<MilestoneTimeline>(
      html`<milestone-timeline lang="ar" src=${endpoint()}></milestone-timeline>`,
    );
    await waitUntil(() => shadow(timeline).querySelector('[part="list"]'), 'timeline', { timeout: 8000 });
    expect(inner(timeline).getAttribute('dir')).to.equal('rtl');
    expect(shadow(timeline).querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('المراحل العمرية');

    const card = await fixture<ContactCard>(
      html`<contact-card lang="ar" name="Sabine Kortmann" phone="+49 2307 148-0" languages="de ar de-x-ls"></contact-card>`,
    );
    expect(inner(card).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadow(card).querySelector('[part="card"]')!).direction).to.equal('rtl');
    expect(shadow(card).querySelector('[part="save"]')!.textContent).to.contain('حفظ جهة الاتصال');
    expect(shadow(card).querySelector('[part="languages"]')!.textContent).to.contain('الألمانية المبسّطة');
  });
});

describe('direction', () => {
  before(() => loadLanguage('ar'));

  it('lang="ar" alone mirrors <offer-search>: at 1280 px the facets are the right column', async () => {
    await setViewport({ width: 1280, height: 800 });
    try {
      const element = await search({ lang: 'ar' });
      const [facets, results] = [
        ...shadow(element).querySelectorAll<HTMLElement>('.layout > .facets, .layout > .main'),
      ].map((column) => column.getBoundingClientRect());
      expect(facets!.width).to.be.greaterThan(150);
      expect(facets!.left, 'facets right of the results').to.be.at.least(results!.right - 1);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);

      // And German is left to right in the same page.
      const german = await search();
      const [dFacets, dResults] = [
        ...shadow(german).querySelectorAll<HTMLElement>('.layout > .facets, .layout > .main'),
      ].map((column) => column.getBoundingClientRect());
      expect(dFacets!.right).to.be.at.most(dResults!.left + 1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('a dir set by the page on the host, or nearer than the lang, wins; the element follows when it changes', async () => {
    const element = await search({ lang: 'ar', dir: 'ltr' });
    expect(inner(element).hasAttribute('dir')).to.equal(false);
    expect(getComputedStyle(inner(element)).direction).to.equal('ltr');
    element.removeAttribute('dir');
    await settle(element);
    expect(inner(element).getAttribute('dir')).to.equal('rtl');

    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="ar" dir="ltr"><offer-search src=${endpoint()}></offer-search></div>`,
    );
    const nested = wrapper.querySelector('offer-search')!;
    await waitUntil(() => cards(nested).length > 0, 'results', { timeout: 8000 });
    expect(label(nested)).to.equal('البحث في الخدمات');
    expect(getComputedStyle(inner(nested)).direction).to.equal('ltr');
  });

  it('a German element in a right-to-left Arabic page stays left to right', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<div lang="ar" dir="rtl"><offer-search lang="de" src=${endpoint()}></offer-search></div>`,
    );
    const element = wrapper.querySelector('offer-search')!;
    await waitUntil(() => cards(element).length > 0, 'results', { timeout: 8000 });
    expect(inner(element).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(shadow(element).querySelector('form')!).direction).to.equal('ltr');
  });

  it('no flash of the wrong direction: German and left to right until the strings arrive, then both at once', async () => {
    let arrive!: (strings: Translation) => void;
    registerLanguage('ps', () => new Promise<Translation>((resolve) => (arrive = resolve)));
    const element = await search({ lang: 'ps' });
    const seen: [string, string | null][] = [];
    const observer = new MutationObserver(() => seen.push([label(element), inner(element).getAttribute('dir')]));
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true, attributes: true });
    expect(label(element)).to.equal('Angebote durchsuchen');
    expect(inner(element).hasAttribute('dir')).to.equal(false);
    arrive({ ...de, searchLabel: 'د خدمتونو لټون' });
    await waitUntil(() => label(element) === 'د خدمتونو لټون', 'Pashto', { timeout: 3000 });
    await element.updateComplete;
    observer.disconnect();
    expect(inner(element).getAttribute('dir')).to.equal('rtl');
    // Never German right to left, never Pashto left to right.
    for (const [text, dir] of seen)
      expect(text === 'Angebote durchsuchen' ? dir !== 'rtl' : dir === 'rtl', `${text} ${dir}`).to.equal(true);
  });
});

describe('re-rendering on a change of language', () => {
  before(() => Promise.all(['en', 'uk'].map(loadLanguage)));

  it('follows a lang set on an ancestor between the host and <html>', async () => {
    const wrapper = fixtureSync<HTMLElement>(
      html`<section lang="de"><div><offer-search src=${endpoint()}></offer-search></div></section>`,
    );
    const element = wrapper.querySelector('offer-search')!;
    await waitUntil(() => cards(element).length > 0, 'results', { timeout: 8000 });
    expect(label(element)).to.equal('Angebote durchsuchen');
    wrapper.setAttribute('lang', 'uk');
    await waitUntil(() => label(element) === 'Пошук послуг', 'Ukrainian', { timeout: 3000 });
    wrapper.removeAttribute('lang');
    await waitUntil(() => label(element) === 'Angebote durchsuchen', 'German again', { timeout: 3000 });
  });

  it('follows a lang set inside a shadow root it is rendered into', async () => {
    const host = fixtureSync<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div lang="de"><offer-search src="${endpoint()}"></offer-search></div>`;
    const element = root.querySelector('offer-search')!;
    await waitUntil(() => cards(element).length > 0, 'results', { timeout: 8000 });
    root.querySelector('div')!.setAttribute('lang', 'en');
    await waitUntil(() => label(element) === 'Search offers', 'English', { timeout: 3000 });
    host.setAttribute('lang', 'uk');
    await aTimeout(50);
    expect(label(element), 'the nearer lang inside the shadow root wins').to.equal('Search offers');
  });

  it('a language that arrived while the element was out of the page shows when it is back', async () => {
    let arrive!: (strings: Translation) => void;
    registerLanguage('sq', () => new Promise<Translation>((resolve) => (arrive = resolve)));
    const element = await search({ lang: 'sq' });
    const parent = element.parentNode!;
    element.remove();
    arrive({ ...de, searchLabel: 'Kërko shërbime' });
    await loadLanguage('sq');
    await aTimeout(0);
    parent.append(element);
    await waitUntil(() => label(element) === 'Kërko shërbime', 'Albanian', { timeout: 3000 });
  });
});

describe('partner overrides', () => {
  it('setStrings: every element on the page renders again with the new strings', async () => {
    const element = await search();
    const timeline = await fixture<MilestoneTimeline>(
      html`<milestone-timeline src=${endpoint()}></milestone-timeline>`,
    );
    await waitUntil(() => shadow(timeline).querySelector('.now-title'), 'timeline', { timeout: 8000 });
    setStrings('de', {
      searchLabel: 'Angebote der Familienbande durchsuchen',
      timelineNowTitle: 'Wie alt ist Ihr Kind?',
    });
    await settle(element);
    await settle(timeline);
    expect(label(element)).to.equal('Angebote der Familienbande durchsuchen');
    expect(shadow(timeline).querySelector('.now-title')!.textContent).to.equal('Wie alt ist Ihr Kind?');
    resetStrings();
    await settle(element);
    expect(label(element)).to.equal('Angebote durchsuchen');
  });

  it('setStrings for one language leaves the others alone', async () => {
    await loadLanguage('en');
    setStrings('en', { searchLabel: 'Search the Familienbande’s offers' });
    const english = await search({ lang: 'en' });
    const german = await search();
    expect(label(english)).to.equal('Search the Familienbande’s offers');
    expect(label(german)).to.equal('Angebote durchsuchen');
  });

  it('.strings: one element’s own wording, over its language’s strings, and again when it changes', async () => {
    await loadLanguage('ar');
    const element = await search({ lang: 'ar' });
    const other = await search({ lang: 'ar' });
    element.strings = { searchLabel: 'ابحث في خدمات العائلة', resultCount: (count, f) => `${f.number(count)} عرضًا` };
    await element.updateComplete;
    expect(label(element)).to.equal('ابحث في خدمات العائلة');
    expect(status(element)).to.match(/^(100|١٠٠) عرضًا$/);
    expect(shadow(element).querySelector('.filters-toggle')!.textContent).to.contain('التصفية');
    expect(label(other)).to.equal('البحث في الخدمات');
    // The element's own strings win over the page's.
    setStrings('ar', { searchLabel: 'بحث' });
    await settle(element);
    await settle(other);
    expect(label(element)).to.equal('ابحث في خدمات العائلة');
    expect(label(other)).to.equal('بحث');
    element.strings = undefined;
    await element.updateComplete;
    expect(label(element)).to.equal('بحث');
  });

  it('.strings on <contact-card> and <milestone-timeline>', async () => {
    const card = await fixture<ContactCard>(
      html`<contact-card name="Sabine Kortmann" .strings=${{ contactSave: 'Ins Adressbuch' }}></contact-card>`,
    );
    expect(shadow(card).querySelector('[part="save"]')!.textContent).to.contain('Ins Adressbuch');
    const timeline = await fixture<MilestoneTimeline>(
      html`<milestone-timeline src=${endpoint()} .strings=${{ timelineNowTitle: 'Wie alt ist Ihr Kind?' }}></milestone-timeline>`,
    );
    await waitUntil(() => shadow(timeline).querySelector('.now-title'), 'timeline', { timeout: 8000 });
    expect(shadow(timeline).querySelector('.now-title')!.textContent).to.equal('Wie alt ist Ihr Kind?');
  });

  it('a wrong override is left out with a warning and breaks nothing', async () => {
    const original = console.warn;
    const seen: string[] = [];
    console.warn = (...args: unknown[]) => void seen.push(String(args[0]));
    try {
      const element = await search();
      element.strings = { resultCount: '5 Angebote' } as unknown as Partial<Translation>;
      await element.updateComplete;
      expect(status(element)).to.equal('100 Angebote');
      expect(seen.some((message) => message.includes('<offer-search>.strings: resultCount'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });
});
