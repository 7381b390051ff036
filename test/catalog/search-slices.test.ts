// The search index built in slices (searchIndexInSlices): a query while it
// grows finds the offers indexed so far, exactly as an index of only those
// would; once complete it answers as an index built at once; no slice runs
// long; a stopped build stays partial until searchIndexFor finishes it. And
// the build's tokenizer finds the words that words() finds.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SearchIndex, searchIndexFor, searchIndexInSlices, type SearchResult } from '../../src/catalog/search.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { Catalog, CatalogInput } from '../../src/catalog/schema.js';
import { eachWord, sentences, words } from '../../src/catalog/text.js';

/** Queries of every kind: compounds, typos, umlauts, prefixes, several words, concepts in other languages. */
const queries = [
  'Hebamme',
  'hebame',
  'Mütter',
  'Muetter',
  'ambulanz',
  'Schulübergang',
  'Schwanger',
  'Be',
  'Beratung Erziehung',
  'Hebamme Raumfahrt',
  'Kita',
  'kreş',
  'акушерка',
  'Flüchtlinge',
];

/** A result as plain data, so that chai compares all of it and shows a difference readably. */
const plain = (result: SearchResult) => ({
  ...result,
  offers: [...result.offers],
  scores: [...result.scores],
  coverage: [...result.coverage],
  matchedTerms: [...result.matchedTerms],
});

const answers = (index: SearchIndex) => queries.map((query) => plain(index.search(query)));

/** A pause as a page would make one: the next task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('SearchIndex built in slices', () => {
  /** The sample’s offers 60 times over with new ids: 6,000 offers. */
  let large: Catalog;
  /** A catalog of its own per test: indexes are shared per catalog. */
  const fresh = (): Catalog => ({ ...large });
  before(async () => {
    const sample = (await (await fetch('/demo/public/angebote.json')).json()) as CatalogInput;
    const offers = Array.from({ length: 60 }, (_, copy) =>
      sample.offers.map((offer) => ({ ...offer, id: `${offer.id}-${copy}` })),
    ).flat();
    large = parseCatalog({ ...sample, offers }).catalog;
  });

  it('answers as an index built at once, once complete, and shares it per catalog', async () => {
    const catalog = fresh();
    const index = searchIndexInSlices(catalog, { pause: nextTask });
    expect(index.complete).to.equal(false);
    expect(index.indexedOffers).to.equal(0);
    expect(searchIndexInSlices(catalog, { pause: nextTask })).to.equal(index);
    await index.whenComplete;
    expect(index.complete).to.equal(true);
    expect(index.indexedOffers).to.equal(large.offers.length);
    expect(searchIndexFor(catalog)).to.equal(index);
    expect(answers(index)).to.deep.equal(answers(new SearchIndex(catalog)));
  });

  it('answers meanwhile from the first offers indexed, as an index of only those would', async () => {
    const catalog = fresh();
    const indexed: number[] = [];
    const pause = async () => {
      await nextTask();
      // Between two slices, as a keystroke would come (while the segments are merged too).
      const count = index.indexedOffers;
      if (count === 0) return;
      indexed.push(count);
      const partial = answers(index);
      for (const result of partial) expect(result.offers.every((offer) => offer < count)).to.equal(true);
      const first = new SearchIndex({ ...catalog, offers: index.offers.slice(0, count) });
      expect(partial, `after ${count} offers`).to.deep.equal(answers(first));
    };
    const index = searchIndexInSlices(catalog, { pause, sliceMs: 2 });
    await index.whenComplete;
    expect(indexed.length).to.be.greaterThan(2);
    expect(indexed).to.deep.equal([...indexed].sort((a, b) => a - b));
    // The same index, its cache of matches kept through the build, answers in full now.
    expect(answers(index)).to.deep.equal(answers(new SearchIndex(catalog)));
  });

  it('pauses between slices, and no slice runs much longer than asked', async () => {
    let pauses = 0;
    let longest = 0;
    let resumed: number | undefined;
    const pause = async () => {
      pauses++;
      if (resumed !== undefined) longest = Math.max(longest, performance.now() - resumed);
      await nextTask();
      resumed = performance.now();
    };
    const index = searchIndexInSlices(fresh(), { pause, sliceMs: 8 });
    await index.whenComplete;
    longest = Math.max(longest, performance.now() - resumed!);
    expect(pauses).to.be.greaterThan(1);
    // Generous: a slow CI machine, a garbage collection within a slice.
    expect(longest).to.be.lessThan(100);
  });

  it('stays partial when stopped, until searchIndexFor completes it', async () => {
    const catalog = fresh();
    const controller = new AbortController();
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 3) controller.abort();
      await nextTask();
    };
    const index = searchIndexInSlices(catalog, { pause, sliceMs: 1, signal: controller.signal });
    for (let i = 0; i < 5; i++) await nextTask();
    const indexed = index.indexedOffers;
    expect(indexed).to.be.greaterThan(0).and.lessThan(large.offers.length);
    for (let i = 0; i < 5; i++) await nextTask();
    expect(index.indexedOffers).to.equal(indexed);
    expect(index.complete).to.equal(false);
    expect(pauses).to.equal(3);

    expect(searchIndexFor(catalog)).to.equal(index);
    expect(index.complete).to.equal(true);
    expect(index.indexedOffers).to.equal(large.offers.length);
    await index.whenComplete;
    expect(answers(index)).to.deep.equal(answers(new SearchIndex(catalog)));
  });

  it('goes on with a stopped build when asked to build in slices again', async () => {
    const catalog = fresh();
    const controller = new AbortController();
    const index = searchIndexInSlices(catalog, { pause: nextTask, sliceMs: 1, signal: controller.signal });
    await nextTask();
    await nextTask();
    controller.abort();
    await nextTask();
    expect(index.complete).to.equal(false);
    expect(searchIndexInSlices(catalog, { pause: nextTask, sliceMs: 1 })).to.equal(index);
    await index.whenComplete;
    expect(answers(index)).to.deep.equal(answers(new SearchIndex(catalog)));
  });

  it('lists every offer without a query, indexed or not', () => {
    const index = searchIndexInSlices(fresh(), { pause: () => new Promise(() => {}) });
    expect(index.indexedOffers).to.equal(0);
    expect(index.search('').offers).to.have.length(large.offers.length);
    expect(index.search('Hebamme').offers).to.have.length(0);
  });
});

describe('The tokenizer of the index build', () => {
  /**
   * Words, and what could set the build's tokenizer apart from words(): decomposed umlauts, İ (lower-cased
   * with a mark), Greek final sigma, क़ (which NFC decomposes, in a text that has marks to compose), marks and
   * surrogates on their own, sentence ends.
   */
  const pieces = [
    'Kita',
    'Straße',
    '٣٤',
    'Mu\u0308tter',
    'İstanbul',
    'ΟΔΟΣ',
    'σ',
    '\u0958',
    'e\u0301',
    '𝐀𝐁',
    '\ud800',
    'ـ',
  ];
  const breaks = [' ', '-', '. ', '! ', '?\n', '.\uFEFF'];
  const text = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(fc.constantFrom(...pieces, ...breaks)).map((parts) => parts.join('')),
  );

  it('finds the words of words(), sentence by sentence, with one hash per word', () => {
    const hashes = new Map<string, number>();
    fc.assert(
      fc.property(text, (value) => {
        const found: string[] = [];
        for (const sentence of sentences(value)) {
          eachWord(sentence, (lowered, start, end, hash) => {
            const word = lowered.slice(start, end);
            found.push(word);
            expect(hashes.get(word) ?? hash, word).to.equal(hash);
            hashes.set(word, hash);
          });
        }
        expect(found).to.deep.equal(words(value));
      }),
      { numRuns: 2000 },
    );
  });
});
