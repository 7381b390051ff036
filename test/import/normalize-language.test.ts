import { describe, it } from 'node:test';
import { expect } from 'chai';
import { languageTag, splitLanguages } from '../../src/import/normalize/language.js';

/** The tag, or the kind when there is none. */
const tag = (value: string) => {
  const result = languageTag(value);
  return result.kind === 'tag' ? result.tag : result.kind;
};
const tags = (values: string[]) => Object.fromEntries(values.map((value) => [value, tag(value)]));

describe('languageTag', () => {
  it('names in German and English, as Kita lists and UK feeds write them', () => {
    expect(
      tags([
        'Deutsch',
        'Englisch',
        'English',
        'Ukrainisch',
        'Arabisch',
        'Polish',
        'Russisch',
        'Rumänisch',
        'Tuerkisch',
        'Paschtu',
        'Somali',
        'Urdu',
        'Vietnamesisch',
        'Cantonese',
        'Tagalog',
      ]),
    ).to.deep.equal({
      Deutsch: 'de',
      Englisch: 'en',
      English: 'en',
      Ukrainisch: 'uk',
      Arabisch: 'ar',
      Polish: 'pl',
      Russisch: 'ru',
      Rumänisch: 'ro',
      Tuerkisch: 'tr',
      Paschtu: 'ps',
      Somali: 'so',
      Urdu: 'ur',
      Vietnamesisch: 'vi',
      Cantonese: 'yue',
      // CLDR: `tl` is a legacy code of Filipino.
      Tagalog: 'fil',
    });
  });

  it('German phrasing around the name', () => {
    expect(
      tags(['Türkisch', 'türkische Sprache', 'auf Türkisch', 'in türkischer Sprache', 'the English language']),
    ).to.deep.equal({
      Türkisch: 'tr',
      'türkische Sprache': 'tr',
      'auf Türkisch': 'tr',
      'in türkischer Sprache': 'tr',
      'the English language': 'en',
    });
  });

  it('names that neither CLDR nor ISO 639-3 gives, and the languages of Afghanistan and Kurdistan', () => {
    expect(tags(['Farsi', 'Persisch', 'Dari', 'Kurdisch', 'Kurmanji', 'Sorani', 'Tigrinisch'])).to.deep.equal({
      Farsi: 'fa',
      Persisch: 'fa',
      // CLDR would make it `fa-AF`; the language named is kept.
      Dari: 'prs',
      Kurdisch: 'ku',
      // CLDR's `ku` is Kurmanji (`kmr` is an alias of it).
      Kurmanji: 'ku',
      Sorani: 'ckb',
      Tigrinisch: 'ti',
    });
  });

  it('a single word that starts one known name (`Mandarin Chinese`), but no nationality alone for a sign language', () => {
    expect(tags(['Mandarin', 'Iranian', 'British', 'American', 'Min'])).to.deep.equal({
      Mandarin: 'zh',
      Iranian: 'fa',
      British: 'unknown',
      American: 'unknown',
      // Min Nan, Min Dong, Min Bei …
      Min: 'unknown',
    });
  });

  it('sign languages and easy-to-read language', () => {
    expect(
      tags([
        'American Sign Language',
        'ASL',
        'British Sign Language',
        'BSL',
        'Deutsche Gebärdensprache',
        'DGS',
        'Leichte Sprache',
        'Easy Read',
      ]),
    ).to.deep.equal({
      'American Sign Language': 'ase',
      ASL: 'ase',
      'British Sign Language': 'bfi',
      BSL: 'bfi',
      'Deutsche Gebärdensprache': 'gsg',
      DGS: 'gsg',
      'Leichte Sprache': 'de-x-ls',
      'Easy Read': 'de-x-ls',
    });
  });

  it('codes and tags, canonicalised', () => {
    expect(
      tags(['de', 'DE', 'tur', 'ENG', 'ger', 'ukr', 'de-AT', 'de-at', 'sr-Latn', 'zh-Hant', 'de-x-ls', 'it', 'am']),
    ).to.deep.equal({
      de: 'de',
      DE: 'de',
      tur: 'tr',
      ENG: 'en',
      ger: 'de',
      ukr: 'uk',
      'de-AT': 'de-AT',
      'de-at': 'de-AT',
      'sr-Latn': 'sr-Latn',
      'zh-Hant': 'zh-Hant',
      'de-x-ls': 'de-x-ls',
      it: 'it',
      am: 'am',
    });
  });

  it('all languages is `all`, never the language `all` (Allar)', () => {
    for (const value of ['All', 'all', 'ALL', 'alle', 'Alle Sprachen', 'any', 'All languages'])
      expect(languageTag(value), value).to.deep.equal({ kind: 'all' });
  });

  it('ordinary words, codes in mixed case, special codes and what is not a language are unknown', () => {
    for (const value of [
      'and',
      'und',
      'the',
      'oder',
      'per',
      'für',
      'Tur',
      'xx',
      'mul',
      'und',
      'Mehrsprachig',
      'Dolmetscher',
      'Gebärdensprache',
      '',
      '  ',
    ])
      expect(languageTag(value), value).to.deep.equal({ kind: 'unknown' });
  });
});

describe('splitLanguages', () => {
  it('splits at commas, slashes, semicolons, line breaks, bullets and the words for "and"', () => {
    expect(splitLanguages('Deutsch, Englisch und Türkisch')).to.deep.equal(['Deutsch', 'Englisch', 'Türkisch']);
    expect(splitLanguages('English/Polish')).to.deep.equal(['English', 'Polish']);
    expect(splitLanguages('Arabic; Urdu')).to.deep.equal(['Arabic', 'Urdu']);
    expect(splitLanguages('Deutsch\r\nArabisch\nFarsi')).to.deep.equal(['Deutsch', 'Arabisch', 'Farsi']);
    expect(splitLanguages('• Deutsch\n• Leichte Sprache\n- Deutsche Gebärdensprache')).to.deep.equal([
      'Deutsch',
      'Leichte Sprache',
      'Deutsche Gebärdensprache',
    ]);
    expect(splitLanguages('English & Bengali and Sylheti')).to.deep.equal(['English', 'Bengali', 'Sylheti']);
    expect(splitLanguages('')).to.deep.equal([]);
  });

  it('gives pieces that languageTag reads, each on its own', () => {
    expect(splitLanguages('Deutsch, Englisch und auf Wunsch Türkisch').map(tag)).to.deep.equal(['de', 'en', 'unknown']);
  });
});
