// Which language an element speaks, and which direction it writes in.
import { expect } from '@open-wc/testing';
import type { Translation } from '../../src/i18n/de.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import { languageOf, localization, rootDirection } from '../../src/i18n/i18n.js';
import { loadLanguage, registerLanguage, resetStrings, setStrings, uiLanguageOf } from '../../src/i18n/registry.js';
import { localize } from '../../src/catalog/localize.js';
import { warnings } from '../support/console.js';

/** Builds a tree from markup and returns the element marked `id="target"` (searching open shadow roots). */
function tree(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  after(() => container.remove());
  return container.querySelector('#target')!;
}

describe('language of an element', () => {
  it('is its own lang, else the nearest ancestor’s across shadow roots, else <html lang>, else German', () => {
    const own = tree('<section lang="tr"><p id="target" lang="uk"></p></section>');
    expect(languageOf(own)).to.equal('uk');
    const inherited = tree('<section lang="tr"><div><p id="target"></p></div></section>');
    expect(languageOf(inherited)).to.equal('tr');

    const host = tree('<section lang="ar"><div id="target"></div></section>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><span></span></div>';
    expect(languageOf(shadow.querySelector('span')!)).to.equal('ar');

    const html = document.documentElement;
    const before = html.getAttribute('lang');
    try {
      const plain = tree('<div><p id="target"></p></div>');
      html.setAttribute('lang', 'en-GB');
      expect(languageOf(plain)).to.equal('en-GB');
      html.removeAttribute('lang');
      expect(languageOf(plain)).to.equal('de');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});

describe('fallback chain', () => {
  before(() => loadLanguage('en'));

  it('region and private-use tags use their base language: de-AT → de, en-GB → en', () => {
    expect(localization('de-AT')).to.include({ requested: 'de-AT', language: 'de' });
    expect(localization('en-GB')).to.include({ requested: 'en-GB', language: 'en' });
    expect(localization('en-GB').strings.searchLabel).to.equal('Search offers');
    // British dates with English strings; German ones for Austria.
    expect(localization('en-GB').date('2026-11-01T12:00:00Z')).to.equal('1 November 2026');
    expect(localization('en').date('2026-11-01T12:00:00Z')).to.equal('November 1, 2026');
    expect(localization('de-AT').date('2026-11-01T12:00:00Z')).to.equal('1. November 2026');
  });

  it('a language without strings, or no language at all, gets German: fr, malformed tags', () => {
    for (const tag of ['fr', 'fr-CA', 'xx', '!!', 'not a language tag', '123', 'de--AT', ' ']) {
      expect(localization(tag).language, tag).to.equal('de');
      expect(localization(tag).strings, tag).to.equal(localization('de').strings);
      expect(localization(tag).dir, tag).to.equal('ltr');
    }
  });

  it('German strings get German plural rules, even where the page asks for French (which counts 0 as singular)', () => {
    const { strings, format } = localization('fr');
    expect(strings.resultCount(0, format)).to.equal('0 Angebote');
    expect(format.number(1234.5)).to.equal('1.234,5');
  });

  it('is forgiving about case and underscores, and keeps the tag for catalog texts in canonical case', () => {
    expect(uiLanguageOf('EN')).to.equal('en');
    expect(uiLanguageOf('en_GB')).to.equal('en');
    expect(uiLanguageOf('DE-X-LS')).to.equal('de-x-ls');
    expect(localization('EN-gb').requested).to.equal('en-GB');
    expect(localization('AR').requested).to.equal('ar');
  });

  it('Leichte Sprache has its own strings; its catalog texts fall back to German', async () => {
    await loadLanguage('de-x-ls');
    const l = localization('de-x-ls');
    expect(l).to.include({ requested: 'de-x-ls', language: 'de-x-ls', dir: 'ltr' });
    expect(l.strings.searchLabel).to.equal('Angebote suchen');
    expect(l.format.number(1234)).to.equal('1.234');
    expect(l.languageName('de-x-ls')).to.equal('Leichte Sprache');
    expect(l.languageName('tr')).to.equal('Türkisch');
    expect(localization('de').languageName('de-x-ls')).to.equal('Leichte Sprache');
    expect(localization('en').languageName('de-x-ls')).to.equal('Easy-to-read German');
    expect(localize({ de: 'Müttercafé', en: 'Mothers’ café', 'de-x-ls': 'Café für Mütter' }, l.requested)).to.equal(
      'Café für Mütter',
    );
    expect(localize({ de: 'Müttercafé', en: 'Mothers’ café' }, l.requested)).to.equal('Müttercafé');
  });

  it('while the strings of a language load, it is German, left to right; then the language with its direction', async () => {
    let arrive!: (strings: Translation) => void;
    registerLanguage('fa', () => new Promise<Translation>((resolve) => (arrive = resolve)));
    expect(localization('fa')).to.include({ requested: 'fa', language: 'de', dir: 'ltr' });
    expect(localization('fa').strings.searchLabel).to.equal('Angebote durchsuchen');
    arrive({ ...de, searchLabel: 'جستجوی خدمات' });
    await loadLanguage('fa');
    expect(localization('fa')).to.include({ language: 'fa', dir: 'rtl' });
    expect(localization('fa').strings.searchLabel).to.equal('جستجوی خدمات');
  });

  it('a language that cannot be loaded stays German, says so once, and may be tried again', async () => {
    let attempts = 0;
    registerLanguage('ru', () => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new Error('offline'))
        : Promise.resolve({ ...de, searchLabel: 'Поиск услуг' });
    });
    const original = console.warn;
    const seen: unknown[] = [];
    console.warn = (...args: unknown[]) => void seen.push(args[0]);
    try {
      expect(localization('ru').language).to.equal('de');
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(localization('ru').language).to.equal('de');
      expect(attempts).to.equal(1);
      expect(seen).to.have.length(1);
    } finally {
      console.warn = original;
    }
    await loadLanguage('ru');
    expect(localization('ru').strings.searchLabel).to.equal('Поиск услуг');
  });
});

describe('partner strings', () => {
  afterEach(() => resetStrings());

  it('setStrings changes strings of one language, adds up, and is taken back by resetStrings', () => {
    setStrings('de', { searchLabel: 'Angebote der Familienbande durchsuchen' });
    setStrings('de', {
      resultCount: (count, f) =>
        f.plural(count, {
          one: 'ein Angebot der Familienbande',
          other: `${f.number(count)} Angebote der Familienbande`,
        }),
    });
    const { strings, format } = localization('de');
    expect(strings.searchLabel).to.equal('Angebote der Familienbande durchsuchen');
    expect(strings.resultCount(1, format)).to.equal('ein Angebot der Familienbande');
    expect(strings.filters).to.equal('Filter');
    expect(localization('de-AT').strings.searchLabel).to.equal('Angebote der Familienbande durchsuchen');
    resetStrings('de');
    expect(localization('de').strings.searchLabel).to.equal('Angebote durchsuchen');
  });

  it('leaves out, with a warning, keys that do not exist and values of the wrong kind', () => {
    const seen = warnings(() =>
      setStrings('de', {
        searchLabel: 'Suchen',
        serchLabel: 'Tippfehler',
        resultCount: '5 Angebote',
      } as unknown as Partial<Translation>),
    );
    expect(seen.join('\n')).to.contain('serchLabel, resultCount');
    const { strings, format } = localization('de');
    expect(strings.searchLabel).to.equal('Suchen');
    expect(strings.resultCount(5, format)).to.equal('5 Angebote');
  });

  it('warns about a language that has no strings, and applies once it is registered', () => {
    const seen = warnings(() => setStrings('pl', { searchLabel: 'Szukaj ofert' }));
    expect(seen.join('\n')).to.contain('setStrings("pl")');
    expect(localization('pl').language).to.equal('de');
    registerLanguage('pl', { ...de, searchLabel: 'Wyszukaj oferty', filters: 'Filtry' });
    expect(localization('pl').strings.searchLabel).to.equal('Szukaj ofert');
    expect(localization('pl').strings.filters).to.equal('Filtry');
  });

  it('registerLanguage rejects what is no language tag, and German', () => {
    expect(() => registerLanguage('not a tag', de)).to.throw(RangeError);
    expect(() => registerLanguage('de', de)).to.throw(RangeError);
  });

  it('a registered translation with missing keys shows German there, with a warning', () => {
    const { searchLabel: _, ...incomplete } = de;
    const seen = warnings(() =>
      registerLanguage('nl', { ...incomplete, filters: 'Filters' } as unknown as Translation),
    );
    expect(seen.join('\n')).to.contain('have no searchLabel');
    expect(localization('nl').strings.searchLabel).to.equal('Angebote durchsuchen');
    expect(localization('nl').strings.filters).to.equal('Filters');
  });
});

describe('direction of the inner root', () => {
  const direction = (markup: string, language: 'ltr' | 'rtl') => rootDirection(tree(markup), language);

  it('the language decides where the page sets no dir nearer than the lang: Arabic in a left-to-right page', () => {
    expect(direction('<div id="target" lang="ar"></div>', 'rtl')).to.equal('rtl');
    expect(direction('<div dir="ltr"><div id="target" lang="ar"></div></div>', 'rtl')).to.equal('rtl');
    expect(direction('<div dir="rtl" lang="ar"><div id="target" lang="de"></div></div>', 'ltr')).to.equal('ltr');
  });

  it('the page decides where it sets dir on the element or nearer than the lang', () => {
    expect(direction('<div id="target" lang="ar" dir="ltr"></div>', 'rtl')).to.equal(undefined);
    expect(direction('<div lang="ar" dir="ltr"><div id="target"></div></div>', 'rtl')).to.equal(undefined);
    expect(direction('<div lang="ar"><div dir="ltr"><div id="target"></div></div></div>', 'rtl')).to.equal(undefined);
    expect(direction('<div dir="rtl"><div id="target"></div></div>', 'ltr')).to.equal(undefined);
  });

  it('no attribute where the direction inherited is the language’s anyway', () => {
    expect(direction('<div id="target" lang="de"></div>', 'ltr')).to.equal(undefined);
    expect(direction('<div dir="rtl"><div id="target" lang="ar"></div></div>', 'rtl')).to.equal(undefined);
  });
});
