// The built-in concept list and the matcher that finds its concepts in a
// query: the data is complete and unambiguous, and the normalisation lets a
// word meet its usual spellings in every script.
import { expect } from '@open-wc/testing';
import { concepts } from '../../src/catalog/concepts.js';
import { conceptMatcherFor, ConceptMatcher, keyed } from '../../src/catalog/concepts-match.js';
import { fold, stem, stopwords } from '../../src/catalog/text.js';

const termsOf = (list: string | undefined) => (list ? list.split(',').map((term) => term.trim()) : []);
/** A term as the matcher compares it. */
const key = (term: string) =>
  keyed(term)
    .map((word) => word.key)
    .join(' ');
/** The German terms a query is expanded with, all parts together. */
const german = (query: string) =>
  conceptMatcherFor()
    .parts(query)
    .flatMap((part) => part.german);

describe('the built-in concepts', () => {
  it('has about 150 concepts, each with German terms and the words of en, tr, ar and uk', () => {
    expect(concepts.length).to.be.at.least(150);
    for (const concept of concepts) {
      for (const language of ['de', 'en', 'tr', 'ar', 'uk'] as const) {
        expect(termsOf(concept[language]).length, `${concept.de}: ${language}`).to.be.at.least(1);
      }
    }
    const covered = (language: 'ru' | 'pl' | 'fa') => concepts.filter((c) => c[language]).length / concepts.length;
    expect(covered('ru')).to.be.above(0.95);
    expect(covered('pl')).to.be.above(0.95);
    expect(covered('fa')).to.be.above(0.95);
  });

  it('has no term that is empty once function words are gone, and none twice in one language of a concept', () => {
    for (const concept of concepts) {
      for (const [language, list] of Object.entries(concept)) {
        const keys = termsOf(list).map(key);
        for (const [i, k] of keys.entries())
          expect(k, `${concept.de}: ${language} ${termsOf(list)[i]}`).not.to.equal('');
        expect(new Set(keys).size, `${concept.de}: ${language}`).to.equal(keys.length);
      }
    }
  });

  it('names each concept by its own words: no word or phrase stands for two concepts but the one known ambiguity', () => {
    // حضانة is both a nursery and custody in Arabic: a query for it searches both.
    const ambiguous = new Set([key('حضانة')]);
    const owners = new Map<string, Set<string>>();
    for (const concept of concepts) {
      for (const term of Object.values(concept).flatMap(termsOf)) {
        const k = key(term);
        owners.set(k, (owners.get(k) ?? new Set()).add(concept.de));
      }
    }
    const shared = [...owners]
      .filter(([k, of]) => of.size > 1 && !ambiguous.has(k))
      .map(([k, of]) => `${k}: ${[...of]}`);
    expect(shared).to.deep.equal([]);
  });
});

describe('normalisation of the other scripts', () => {
  const same = (a: string, b: string) => expect(stem(fold(a)), `${a} ~ ${b}`).to.equal(stem(fold(b)));

  it('folds Arabic alef and hamza forms, ta marbuta, alef maqsura, tatweel and vowel signs, and drops the article', () => {
    same('أطفال', 'اطفال');
    same('إعاقة', 'اعاقه');
    same('آباء', 'اباء');
    same('مسؤول', 'مسوول');
    same('قابلة', 'قابله');
    same('مستشفى', 'مستشفي');
    same('قـــابلة', 'قابلة');
    same('قَابِلَة', 'قابلة');
    same('القابلة', 'قابلة');
    same('للأطفال', 'أطفال');
    same('والأطفال', 'أطفال');
    same('الألمانية', 'ألمانية');
  });

  it('folds Persian ی and ک to their Arabic letters', () => {
    same('کودک', 'كودك');
    same('بازی', 'بازي');
  });

  it('folds Cyrillic ё, ї, є and ґ, and the Ukrainian apostrophe ʼ', () => {
    same('ёлка', 'елка');
    same('її', 'іі');
    same('європа', 'европа');
    same('ґанок', 'ганок');
    expect(fold('сімʼя')).to.equal('сімя');
    expect(fold('йод')).to.equal('йод');
  });

  it('stems one Cyrillic ending of case or number', () => {
    same('акушерка', 'акушерки');
    same('консультація', 'консультації');
    same('консультация', 'консультации');
    same('борги', 'боргів');
    expect(stem('сон')).to.equal('сон');
  });

  it('folds Turkish ı and Polish ł with the other Latin diacritics', () => {
    same('danışmanlık', 'danismanlik');
    same('kreş', 'kres');
    same('żłobek', 'zlobek');
  });

  it('drops function words of the families’ languages', () => {
    for (const word of ['için', 'ile', 'для', 'або', 'dla', 'في', 'على', 'برای'])
      expect(stopwords.has(fold(word)), word).to.equal(true);
  });
});

describe('ConceptMatcher', () => {
  it('expands the interface’s example words of every language to their German terms', () => {
    expect(german('kreş')).to.include.members(['Kita', 'Kindergarten', 'Kindertagesstätte']);
    expect(german('акушерка')).to.include('Hebamme');
    expect(german('дитячий садок')).to.include('Kita');
    expect(german('قابلة')).to.include('Hebamme');
    expect(german('روضة أطفال')).to.include('Kita');
    expect(german('استشارة')).to.include('Beratung');
    expect(german('midwife')).to.include('Hebamme');
    expect(german('debt advice')).to.include('Schuldnerberatung');
    expect(german('borç danışmanlığı')).to.include('Schuldnerberatung');
    expect(german('ديون')).to.include('Schuldnerberatung');
    expect(german('борги')).to.include('Schuldnerberatung');
    for (const refugees of ['refugees', 'mülteci', 'لاجئين', 'біженці', 'беженцы', 'uchodźcy', 'پناهنده'])
      expect(german(refugees), refugees).to.include.members(['Geflüchtete', 'Flucht', 'Asyl']);
  });

  it('meets a word in its usual spellings: diacritics, article, letter forms, case endings', () => {
    expect(german('kres')).to.deep.equal(german('kreş'));
    expect(german('القابلة')).to.deep.equal(german('قابلة'));
    expect(german('قابله')).to.deep.equal(german('قابلة'));
    expect(german('акушерки')).to.deep.equal(german('акушерка'));
    expect(german('ДИТЯЧИЙ САДОК')).to.deep.equal(german('дитячий садок'));
    expect(german('сім’я')).to.deep.equal(german('сімʼя'));
    expect(german('kreşler')).to.deep.equal(german('kreş'));
  });

  it('links German synonyms', () => {
    expect(german('Flüchtlinge')).to.include('Geflüchtete');
    expect(german('Kindergarten')).to.include('Kita');
    expect(german('Tagesmutter')).to.include('Kindertagespflege');
    expect(german('schwanger')).to.include.members(['Schwangerschaft', 'werdende Eltern']);
    expect(german('werdende Eltern')).to.include('Schwangerschaft');
  });

  it('takes the longest phrase that starts at a word', () => {
    const parts = conceptMatcherFor().parts('debt counselling Methler');
    expect(parts.map((part) => part.words)).to.deep.equal([['debt', 'counselling'], ['methler']]);
    expect(parts[0]!.german).to.include('Schuldnerberatung');
    expect(parts[0]!.german).not.to.include('Beratung');
    expect(parts[1]!.german).to.deep.equal([]);
  });

  it('expands an unrelated word to nothing', () => {
    for (const word of ['Raumfahrt', 'xylophone', 'Methler', 'ракета', 'صاروخ'])
      expect(german(word), word).to.deep.equal([]);
    expect(german('')).to.deep.equal([]);
  });

  it('adds a catalog’s thesaurus to the built-in concepts', () => {
    const matcher = conceptMatcherFor([{ terms: { de: ['Familienbüro'], tr: ['aile ofisi'], ar: ['مكتب العائلة'] } }]);
    const german = (query: string) => matcher.parts(query).flatMap((part) => part.german);
    expect(german('aile ofisi')).to.deep.equal(['Familienbüro']);
    expect(german('مكتب العائلة')).to.deep.equal(['Familienbüro']);
    expect(german('kreş')).to.include('Kita');
    expect(
      conceptMatcherFor()
        .parts('aile ofisi')
        .flatMap((part) => part.german),
    ).not.to.include('Familienbüro');
  });

  it('is one matcher for every catalog without a thesaurus', () => {
    expect(conceptMatcherFor()).to.equal(conceptMatcherFor([]));
    expect(new ConceptMatcher().add(['Kita'], ['kreş']).parts('kreş')).to.deep.equal([
      { words: ['kreş'], german: ['Kita'] },
    ]);
  });
});
