// Every language has every string, of the right kind, and counts right.
// The languages other than German are loaded on demand (import()), where
// the type check of `Translation` does not reach a wrong or stale bundle,
// so this checks them at run time as well.
import { expect } from '@open-wc/testing';
import type { Translation } from '../../src/i18n/de.js';
import { deAll as de } from '../../src/i18n/de-all.js';
import type { Formatters } from '../../src/i18n/formatters.js';
import { localization } from '../../src/i18n/i18n.js';
import { availableLanguages, loadLanguage } from '../../src/i18n/registry.js';
import type { AgeRange } from '../../src/catalog/milestones.js';

type Key = keyof Translation;

/** The languages shipped, with the module that holds each. */
const modules: Record<string, () => Promise<Translation>> = {
  en: async () => (await import('../../src/i18n/en.js')).en,
  tr: async () => (await import('../../src/i18n/tr.js')).tr,
  ar: async () => (await import('../../src/i18n/ar.js')).ar,
  uk: async () => (await import('../../src/i18n/uk.js')).uk,
  'de-x-ls': async () => (await import('../../src/i18n/de-x-ls.js')).deXLs,
};

const ranges: AgeRange[] = [
  { kind: 'any' },
  { kind: 'pregnancy' },
  { kind: 'from-pregnancy' },
  { kind: 'pregnancy-to', to: 3 },
  { kind: 'under', to: 1 },
  { kind: 'under', to: 2 },
  { kind: 'up-to', to: 6 },
  { kind: 'between', from: 3, to: 6 },
  { kind: 'between', from: 6, to: 12 },
  { kind: 'exactly', age: 4 },
  { kind: 'from', from: 18 },
  { kind: 'from', from: 1 },
];

const counts = [0, 1, 2, 3, 5, 11, 21, 22, 100, 101, 1.5];

/**
 * Arguments to call every function string with: several counts for each
 * plural, every kind of age range, every branch of the sentences. A function
 * that German gains must be added here, or the first test fails.
 */
const calls: Record<string, unknown[][]> = {
  activeFilterCount: counts.map((n) => [n]),
  showResults: counts.map((n) => [n]),
  openNow: [['12:00'], ['Mi 02:00']],
  closedNow: [['heute 14:00'], ['Di 09:00']],
  dayAndTime: [['Di', '09:00']],
  openingPeriod: [['Di, Do', '09:00', '12:00']],
  openingValidFrom: [['1. Dezember 2026']],
  openingValidThrough: [['18. Dezember 2026']],
  updatedOn: [['März 2026']],
  updatedLongAgo: counts.map((n) => ['Juni 2024', n]),
  reportSubject: [['Familienhebammen', 'familienhebammen']],
  reportBody: [['Familienhebammen', 'familienhebammen', 'https://example.org/?of-offer=familienhebammen']],
  ageYears: counts.map((n) => [n]),
  removeFilter: [['Kita-Zeit']],
  resultCount: counts.map((n) => [n]),
  partialResults: [['Hebamme, Raumfahrt']],
  nearMeSorted: [['Heeren-Werve']],
  nearMeKilometres: [[0.3], [1.2], [12]],
  page: [
    [1, 5],
    [2, 2],
  ],
  errorHttp: [[500]],
  errorBusy: counts.map((n) => [n]),
  showingLastGood: [['1. November 2026']],
  catalogsMissing: [['Unna'], ['Unna, Bönen']],
  timelineOfferCount: counts.map((n) => [n]),
  timelineDistrictNote: [['Methler, Heeren-Werve']],
  timelineAgeRange: ranges.map((range) => [range]),
  timelineTransition: counts.map((n) => [n]),
  timelineTransitionBetween: [['Kita-Zeit', 'Grundschule']],
  timelineOffersHeading: counts.map((n) => ['Kita-Zeit', n]),
  timelineChildBorn: [
    [4, 0, 0],
    [1, 0, 0],
    [2, 0, 0],
    [11, 0, 0],
    [0, 5, 0],
    [0, 2, 0],
    [0, 1, 0],
    [0, 0, 14],
    [0, 0, 7],
    [0, 0, 3],
    [0, 0, 1],
    [0, 0, 0],
  ],
  timelineChildExpected: [
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [11, 1],
    [13, 1],
    [14, 2],
    [21, 3],
    [77, 11],
    [280, 40],
  ],
  timelineChildYears: [[-1], [0.5], [1], [2], [4], [11], [21], [4.5]],
  timelineNow: [
    ['Ihr Kind ist 4 Jahre alt', 'Kita-Zeit', 'Grundschule'],
    ['Ihr Kind ist 17 Jahre alt', 'Übergang in den Beruf', undefined],
    ['Sie erwarten ein Kind', undefined, 'Schwangerschaft & Geburt'],
    ['Ihr Kind ist 40 Jahre alt', undefined, undefined],
  ],
  contactNetworks: counts.map((n) => [n]),
  contactErrorHttp: [[404]],
  contactErrorBusy: counts.map((n) => [n]),
  contactShowingLastGood: [['1. November 2026']],
  finderContactsForOffer: [['Familienhebammen']],
  finderContactsForMilestone: [['Kita-Zeit']],
  coverageCaption: [
    ['topics', undefined],
    ['topics', 'Derne'],
    ['districts', undefined],
  ],
  coverageLocal: counts.map((n) => [n]),
  coverageLocalColumn: [['Kita-Zeit']],
  coverageCell: [
    ['Sprache', 'Kita-Zeit'],
    ['Derne', 'Grundschule'],
  ],
  coverageGaps: [
    [[]],
    [['Sprache in Kita-Zeit']],
    [['Sprache in Kita-Zeit', 'Freizeit in Schwangerschaft']],
    [['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K']],
  ],
  coverageThinList: [
    [[]],
    [['Sprache in Kita-Zeit']],
    [['Sprache in Kita-Zeit', 'Freizeit in Schwangerschaft']],
    [['A', 'B', 'C']],
  ],
  coverageWithoutTopic: counts.map((n) => [n]),
  coverageGapsHeading: counts.map((n) => [n]),
  coverageThinHeading: counts.map((n) => [n]),
  coverageWithCitywide: counts.map((n) => [n]),
  coverageOffersHeading: counts.map((n) => ['Sprache in Kita-Zeit', n]),
};

const functionKeys = (Object.keys(de) as Key[]).filter((key) => typeof de[key] === 'function');

/** Calls a function string with the arguments of the table (the formatters last, as every string takes them). */
function results(strings: Translation, key: Key, f: Formatters): string[] {
  const value = strings[key] as (...args: unknown[]) => unknown;
  return calls[key]!.map((args) => {
    const result = value(...args, f);
    expect(result, `${key}(${args.join(', ')})`).to.be.a('string');
    return result as string;
  });
}

/** The texts of a language: every plain string and every result of every function. */
function texts(strings: Translation, f: Formatters): [string, string][] {
  return (Object.keys(de) as Key[]).flatMap((key) =>
    typeof strings[key] === 'function'
      ? results(strings, key, f).map((text): [string, string] => [key, text])
      : [[key, strings[key] as string]],
  );
}

/** A text without its numbers, in any digits, to compare the words around them. */
const words = (text: string) => text.replace(/[\d\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C\u00A0\u202F]+/g, '#').trim();

describe('translations', () => {
  it('the table above calls every function German has', () => {
    expect(Object.keys(calls).sort()).to.deep.equal([...functionKeys].sort());
  });

  it('the registry offers German and every shipped language, and nothing else', () => {
    expect(availableLanguages().sort()).to.deep.equal(['de', ...Object.keys(modules)].sort());
  });

  for (const [language, load] of Object.entries(modules)) {
    describe(language, () => {
      let strings: Translation;
      let f: Formatters;
      before(async () => {
        strings = await load();
        await loadLanguage(language);
        f = localization(language).format;
      });

      it('has exactly the keys of German, each a text where German has a text and a function where German has one', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(de).sort());
        for (const key of Object.keys(de) as Key[]) {
          expect(typeof strings[key], key).to.equal(typeof de[key]);
          if (typeof strings[key] === 'string') expect((strings[key] as string).trim(), key).not.to.equal('');
        }
      });

      it('is what the registry loads for the language', () => {
        const loaded = localization(language);
        expect(loaded.language).to.equal(language);
        for (const key of Object.keys(de) as Key[]) expect(loaded.strings[key], key).to.equal(strings[key]);
      });

      it('gives a complete sentence for every argument: no undefined, NaN or object in it', () => {
        for (const [key, text] of texts(strings, f)) {
          expect(text.trim(), key).not.to.equal('');
          expect(text, key).not.to.match(/undefined|NaN|\[object|null|\$\{/);
        }
      });
    });
  }

  it('Arabic and Ukrainian are written in their own script throughout (nothing left in German)', async () => {
    await Promise.all([loadLanguage('ar'), loadLanguage('uk')]);
    const arabic = /[\u0600-\u06FF]/;
    const cyrillic = /[\u0400-\u04FF]/;
    // Strings that only arrange their arguments (`Di 09:00`, `Di, Do 09:00–12:00`) have no words of their own.
    const wordless = new Set(['dayAndTime', 'openingPeriod']);
    for (const [key, text] of texts(localization('ar').strings, localization('ar').format))
      if (!wordless.has(key)) expect(text, key).to.match(arabic);
    for (const [key, text] of texts(localization('uk').strings, localization('uk').format))
      if (!wordless.has(key)) expect(text, key).to.match(cyrillic);
  });

  it('Turkish and Leichte Sprache differ from German where it matters', async () => {
    await Promise.all([loadLanguage('tr'), loadLanguage('de-x-ls')]);
    const tr = localization('tr').strings;
    const ls = localization('de-x-ls').strings;
    expect(tr.searchLabel).to.equal('Hizmetlerde ara');
    expect(tr.resultCount(3, localization('tr').format)).to.equal('3 hizmet');
    expect(ls.searchLabel).to.equal('Angebote suchen');
    expect(ls.loading).to.equal('Wir laden die Angebote. Bitte warten Sie.');
    expect(ls.facetAge).to.equal('Alter vom Kind');
    // Leichte Sprache: short sentences. None of its texts has a sentence of more than 15 words.
    for (const [key, text] of texts(ls, localization('de-x-ls').format)) {
      for (const sentence of text.split(/[.?!:]\s/))
        expect(sentence.split(/\s+/).length, `${key}: ${sentence}`).to.be.at.most(15);
    }
  });
});

describe('plural forms', () => {
  before(() => Promise.all([loadLanguage('ar'), loadLanguage('uk'), loadLanguage('en'), loadLanguage('tr')]));

  const all = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };

  it('follow Intl.PluralRules with every CLDR category, and `other` for a category without a form', () => {
    const pick = (language: string, forms: Parameters<Formatters['plural']>[1]) => (n: number) =>
      localization(language).format.plural(n, forms);
    expect([0, 1, 2, 3, 11, 100].map(pick('ar', all))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([0, 1, 2, 3, 11, 100, 21, 22, 25, 1.5].map(pick('uk', all))).to.deep.equal([
      'many',
      'one',
      'few',
      'few',
      'many',
      'many',
      'one',
      'few',
      'many',
      'other',
    ]);
    expect([0, 1, 2, 1.5].map(pick('de', all))).to.deep.equal(['other', 'one', 'other', 'other']);
    expect([0, 1, 2].map(pick('tr', all))).to.deep.equal(['other', 'one', 'other']);
    // The calls of German and English, with `one` and `other` only, still work in every language.
    expect([0, 1, 2, 3, 11, 100].map(pick('ar', { one: 'one', other: 'other' }))).to.deep.equal([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
    ]);
    expect([1, 2].map(pick('en', { one: '1 offer', other: 'offers' }))).to.deep.equal(['1 offer', 'offers']);
  });

  it('Arabic: six different forms for 0, 1, 2, 3, 11 and 100', () => {
    const { strings: s, format: f } = localization('ar');
    for (const key of ['resultCount', 'timelineOfferCount'] as const) {
      const forms = [0, 1, 2, 3, 11, 100].map((n) => words(s[key](n, f)));
      expect(new Set(forms).size, `${key}: ${forms.join(' | ')}`).to.equal(6);
    }
    expect(s.resultCount(1, f)).to.equal('خدمة واحدة');
    expect(s.resultCount(2, f)).to.equal('خدمتان');
    // After a preposition the dual is genitive.
    expect(s.errorBusy(2, f)).to.contain('بعد ثانيتين');
    const years = [1, 2, 3, 11, 100].map((n) => words(s.timelineChildYears(n, f)));
    expect(new Set(years).size, years.join(' | ')).to.equal(5);
  });

  it('Ukrainian: one, few and many (1 · 2, 3 · 0, 11, 100), the same for 21, 22 and 25', () => {
    const { strings: s, format: f } = localization('uk');
    const form = (n: number) => words(s.resultCount(n, f));
    expect([0, 1, 2, 3, 11, 100].map((n) => s.resultCount(n, f))).to.deep.equal([
      '0 послуг',
      '1 послуга',
      '2 послуги',
      '3 послуги',
      '11 послуг',
      '100 послуг',
    ]);
    expect(new Set([form(1), form(2), form(11)]).size).to.equal(3);
    expect([form(21), form(22), form(25)]).to.deep.equal([form(1), form(2), form(11)]);
    expect(s.timelineChildYears(4, f)).to.equal('Вашій дитині 4 роки');
    expect(s.timelineChildYears(5, f)).to.equal('Вашій дитині 5 років');
    expect(s.timelineChildYears(21, f)).to.equal('Вашій дитині 21 рік');
    expect(s.errorBusy(1, f)).to.contain('через 1 секунду');
    expect(s.timelineAgeRange({ kind: 'under', to: 3 }, f)).to.equal('молодше 3 років');
    expect(s.timelineAgeRange({ kind: 'up-to', to: 1 }, f)).to.equal('до 1 року');
    expect(s.contactNetworks(21, f)).to.equal('Мережі');
  });

  it('German and English are unchanged', () => {
    const de_ = localization('de');
    const en = localization('en');
    expect([1, 2, 1234].map((n) => de_.strings.resultCount(n, de_.format))).to.deep.equal([
      '1 Angebot',
      '2 Angebote',
      '1.234 Angebote',
    ]);
    expect([1, 2, 1234].map((n) => en.strings.resultCount(n, en.format))).to.deep.equal([
      '1 offer',
      '2 offers',
      '1,234 offers',
    ]);
  });
});
