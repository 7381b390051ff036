/**
 * Full-text search over the offers of a catalog, for German first.
 *
 * An index of our own rather than MiniSearch, FlexSearch, Orama or Fuse.js:
 * none of them finds the part inside a German compound (`Hebamme` in
 * `Familienhebammen`, `ambulanz` in `Schreiambulanz`), and the benchmark
 * (`npm run bench`) shows this index building faster and answering faster
 * than MiniSearch on the same synthetic catalogs, with a better hit rate on
 * our labelled German queries.
 *
 * How it works:
 * - Every text of an offer (all languages) is split into words; each
 *   distinct lower-cased word is a vocabulary term with its folded form and
 *   stem (`text.ts`), and a posting list of the offers that contain it,
 *   with a bit per field (title, keywords, …) in which it occurs.
 * - A query word is matched against the whole vocabulary, not against the
 *   offers. The vocabulary is small (a few thousand words even for 50,000
 *   offers written from the same language), so each query word can afford
 *   checks a term dictionary could not: exact form, folded form, stem,
 *   prefix (while typing), **compound part** — the query's stem found inside
 *   a longer word, at its end (the head of a German compound: `Amt` in
 *   `Jugendamt`) or in its middle (`Beratung` in
 *   `Erziehungsberatungsstelle`) — and one typo for words of five or more
 *   letters. Each kind of match has a weight; exact forms weigh most.
 * - An offer's score for a query word is the best (match weight × field
 *   weight) among its terms; several words must all match (AND), and when
 *   they cannot, the offers with most of the words are shown instead and the
 *   result says so (`partial`).
 * - A word or phrase that names a concept (`kreş`, `дитячий садок`, `Flüchtlinge`; `concepts-query.ts`) also
 *   finds its German terms (OR), weighing less than the words typed; the result names those that found something.
 * - The vocabulary and posting lists are built in `search-build.ts`, at once
 *   or in slices; a query during a build in slices finds the offers indexed so far.
 */
import { browseResult } from './browse.js';
import { maxQueryWords, minPartLength, querySlots, splitCompound } from './concepts-query.js';
import type { Alternative, QueryWord } from './concepts-query.js';
import { Field, fieldBits, fieldMask, IndexContent, type SliceOptions } from './search-build.js';
import { startsWithinOneEdit, typoMatcher, withinOneEdit, type TypoMatcher } from './typos.js';

// What offer-search needs once it has loaded this module, which it loads on demand.
export { highlight } from './text.js';
import type { Catalog, Offer } from './schema.js';

/** title > keywords > summary > organisation > description > classification */
const fieldWeights: [Field, number][] = [
  [Field.Title, 10],
  [Field.Keywords, 7],
  [Field.Summary, 5],
  [Field.Organization, 3],
  [Field.Description, 2],
  [Field.Classification, 1],
];

/** Score of a field mask: the best field counts fully, the others a little. */
const fieldScore = Float32Array.from({ length: fieldMask + 1 }, (_, mask) => {
  const weights = fieldWeights.filter(([field]) => mask & field).map(([, weight]) => weight);
  const best = Math.max(0, ...weights);
  return best + 0.25 * (weights.reduce((sum, w) => sum + w, 0) - best);
});

/** Kinds of match between a query word and a vocabulary term, strongest first. */
const weight = {
  exact: 1,
  /** Typed as written at the start of a longer word: `Mütter` in `Müttercafé`. */
  exactPrefix: 0.85,
  /** Same word but for umlauts or ß: `Mutter` for `Mütter`. */
  folded: 0.8,
  stem: 0.8,
  prefix: 0.75,
  compoundHead: 0.65,
  compoundPart: 0.6,
  typo: 0.5,
  typoAtStart: 0.45,
  typoInWord: 0.4,
  startOfLonger: 0.3,
} as const;

/** A concept's German term counts this much of what the words typed would: those come first. */
const expansionWeight = 0.5;

/** Only matches at least this good count for the short-title bonus. */
const titleBonusWeight = weight.compoundPart;
/** Divided by the title's length in words: `Familienhebammen` before a long title that mentions Hebammen. */
const titleBonus = 4;

/** Ranks are packed with the offer's index into one float64: rank × offerLimit + offer < 2^53. */
const offerLimit = 2 ** 22;
const rankLimit = (maxQueryWords + 1) * 1000 * 100;
const minHeadLength = 3;
const minTypoLength = 5;
/** A typo inside a longer word is only looked for in long query words, where it is rarely chance. */
const minTypoInWordLength = 7;

export interface SearchResult {
  /**
   * Matching offers as indices into `SearchIndex.offers`, best first; without
   * a query every offer in browse order. Typed arrays: a keystroke on 50,000
   * offers must not create 50,000 objects.
   */
  offers: Int32Array;
  /** The score of each offer in `offers`, in the same order. */
  scores: Float32Array;
  /** How many of the query's words each offer in `offers` matched. */
  coverage: Uint8Array;
  /** The query's words after dropping function words (folded, as searched). */
  words: string[];
  /** True when no offer had every word and `offers` holds those with the most. */
  partial: boolean;
  /** Query words that matched nothing at all. */
  unmatched: string[];
  /** Lower-cased words in the offers' texts that matched, for highlighting. */
  matchedTerms: ReadonlySet<string>;
  /** German terms searched besides the query's words that found something (`Hebamme` for `акушерка`). */
  expansions?: string[];
}

interface TermMatches {
  terms: number[];
  weights: number[];
  /** Whether any term matches as typed, not only with a typo. */
  exact: boolean;
}

export class SearchIndex {
  /** Offers in browse order: by their first milestone, then as in the catalog. */
  readonly offers: readonly Offer[];

  /** Vocabulary and posting lists, complete or growing in slices. */
  private readonly content: IndexContent;

  /** Scratch space for one query at a time, allocated once per index. */
  private readonly scratch: ReturnType<typeof scratchFor>;

  private readonly cache = new Map<string, TermMatches>();
  /** The vocabulary's size when `cache` was filled: new terms can match words cached before them. */
  private cachedVocabulary = 0;

  /** Builds the index of `catalog` at once; `content` instead is built elsewhere (`searchIndexInSlices`). */
  constructor(catalog: Catalog, content = new IndexContent(catalog).build()) {
    this.content = content;
    this.offers = content.offers;
    this.scratch = scratchFor(this.offers.length);
  }

  /** Whether every offer is indexed; until then `search()` finds only the first `indexedOffers`. */
  get complete(): boolean {
    return this.content.complete;
  }

  /** Resolves once the index is complete. */
  get whenComplete(): Promise<void> {
    return this.content.whenComplete;
  }

  /** How many offers are indexed: the first ones of `offers`. */
  get indexedOffers(): number {
    return this.content.indexed;
  }

  /** Number of distinct words in the index. */
  get vocabularySize(): number {
    return this.content.surfaces.length;
  }

  /**
   * The offers for `query`, among those indexed so far; `expand: false` searches only the words typed, without
   * concepts. Without words every offer, in browse order: that needs no index.
   */
  search(query: string, { expand = true }: { expand?: boolean } = {}): SearchResult {
    if (this.cachedVocabulary !== this.vocabularySize) {
      this.cache.clear();
      this.cachedVocabulary = this.vocabularySize;
    }
    const split = (word: QueryWord) => splitCompound(word, this.content.knownParts, this.matchTerms(word).exact);
    const slots = querySlots(query, expand ? this.content.concepts : undefined, split);
    if (slots.length === 0) return browseResult(this.offers.length);

    const { slotScore, total, matchedWords, titleWords, titleTerms } = this.scratch;
    const touched: number[] = [];
    const matchedTerms = new Set<string>();
    const unmatched: string[] = [];
    const expansions = new Set<string>();
    /** Slots that match at least one term (bits by position). */
    let findable = 0;

    slots.forEach((slot, slotIndex) => {
      const bit = 1 << slotIndex;
      const hits: number[] = [];
      for (const alternative of slot.alternatives) {
        if (!this.scoreAlternative(alternative, bit, hits, matchedTerms)) continue;
        findable |= bit;
        if (alternative.term) expansions.add(alternative.term);
      }
      if (!(findable & bit)) unmatched.push(...slot.words);
      for (const offer of hits) {
        if (matchedWords[offer] === 0) touched.push(offer);
        matchedWords[offer]!++;
        total[offer]! += slotScore[offer]!;
        slotScore[offer] = 0;
      }
    });

    const all = slots.length;
    let complete = 0;
    for (const offer of touched) {
      // A short title that holds every word that can be found is the best answer (`Familienhebammen` for `Hebamme`),
      // and weighs as German terms do where they found it.
      const bonus = titleBonus / Math.max(1, this.content.titleLength[offer]!);
      if (titleWords[offer] === findable) total[offer]! += bonus;
      else if ((titleWords[offer]! | titleTerms[offer]!) === findable) total[offer]! += bonus * expansionWeight;
      if (matchedWords[offer] === all) complete++;
    }
    // When no offer has every word, the offers with most of them, and the result says so.
    const partial = complete === 0 && all > 1;
    // Rank by words matched, then score, then browse order: packed into one number per offer, so that the
    // native numeric sort does the work (a comparator sort of 50,000 offers costs a keystroke's budget).
    const ranked = new Float64Array(partial ? touched.length : complete);
    let at = 0;
    for (const offer of touched) {
      if (!partial && matchedWords[offer] !== all) continue;
      const rank = Math.min(rankLimit, Math.round((matchedWords[offer]! * 1000 + total[offer]!) * 100));
      ranked[at++] = (rankLimit - rank) * offerLimit + offer;
    }
    ranked.sort();
    const offers = new Int32Array(ranked.length);
    const scores = new Float32Array(ranked.length);
    const coverage = new Uint8Array(ranked.length);
    ranked.forEach((packed, i) => {
      const offer = packed % offerLimit;
      offers[i] = offer;
      scores[i] = total[offer]!;
      coverage[i] = matchedWords[offer]!;
    });
    for (const offer of touched) {
      total[offer] = 0;
      matchedWords[offer] = 0;
      titleWords[offer] = 0;
      titleTerms[offer] = 0;
    }
    const typed = slots.flatMap((slot) => slot.words);
    return { offers, scores, coverage, words: typed, partial, unmatched, matchedTerms, expansions: [...expansions] };
  }

  /** Scores the offers with every word of `alternative` into `slotScore` (new ones to `hits`); false if a word finds nothing. */
  private scoreAlternative(alternative: Alternative, bit: number, hits: number[], matchedTerms: Set<string>): boolean {
    const matches = alternative.words.map((word) => this.matchTerms(word));
    if (matches.some((match) => match.terms.length === 0)) return false;
    const { wordScore, alternativeScore, alternativeWords, alternativeTitle, slotScore } = this.scratch;
    const factor = alternative.term ? expansionWeight : 1;
    const title = alternative.term ? this.scratch.titleTerms : this.scratch.titleWords;
    const { surfaces, segments } = this.content;
    const reached: number[] = [];
    for (const { terms, weights } of matches) {
      const hitOffers: number[] = [];
      for (let m = 0; m < terms.length; m++) {
        const term = terms[m]!;
        matchedTerms.add(surfaces[term]!);
        const w = weights[m]!;
        // Segments (while the index is built in slices) follow each other in offer order.
        for (const { start, postings } of segments) {
          if (term >= start.length - 1) continue;
          for (let p = start[term]!, end = start[term + 1]!; p < end; p++) {
            const posting = postings[p]!;
            const offer = posting >>> fieldBits;
            const fields = posting & fieldMask;
            const score = w * fieldScore[fields]!;
            if (wordScore[offer] === 0) hitOffers.push(offer);
            if (score > wordScore[offer]!) wordScore[offer] = score;
            if (fields & Field.Title && w >= titleBonusWeight) alternativeTitle[offer] = 1;
          }
        }
      }
      for (const offer of hitOffers) {
        if (alternativeWords[offer] === 0) reached.push(offer);
        alternativeWords[offer]!++;
        alternativeScore[offer]! += wordScore[offer]!;
        wordScore[offer] = 0;
      }
    }
    const count = matches.length;
    for (const offer of reached) {
      if (alternativeWords[offer] === count) {
        const score = (alternativeScore[offer]! / count) * factor;
        if (slotScore[offer] === 0) hits.push(offer);
        if (score > slotScore[offer]!) slotScore[offer] = score;
        if (alternativeTitle[offer]) title[offer]! |= bit;
      }
      alternativeWords[offer] = 0;
      alternativeScore[offer] = 0;
      alternativeTitle[offer] = 0;
    }
    return true;
  }

  /** Vocabulary terms that a query word matches, with the weight of the best kind of match. */
  private matchTerms(word: QueryWord): TermMatches {
    const key = word.whole ? `\0${word.surface}` : word.surface;
    const cached = this.cache.get(key);
    if (cached) {
      // Keep recently used entries: delete and set moves the key to the end.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const terms: number[] = [];
    const weights: number[] = [];
    const typo = word.folded.length >= minTypoInWordLength ? typoMatcher(word.folded) : undefined;
    let exactEnough = false;
    for (let term = 0; term < this.vocabularySize; term++) {
      let w = this.matchWeight(word, term, typo);
      // A short word that names a concept is meant whole; in a longer word it is chance: `ebe` (midwife) in `ebeveyn`.
      if (word.whole && w > 0 && w !== weight.exact && w !== weight.folded && w !== weight.stem)
        w = weight.startOfLonger;
      if (w > 0) {
        terms.push(term);
        weights.push(w);
        if (w > weight.typo) exactEnough = true;
      }
    }
    // Typos only count for a word that is found nowhere as typed: `Schulden` finds `Schuldnerberatung`, not
    // `Grundschulen` one letter away. (`startOfLonger` weighs less than a typo but is none.)
    const keep = weights.map((w) => !exactEnough || w > weight.typo || w < weight.typoInWord);
    const matches = {
      terms: terms.filter((_, i) => keep[i]),
      weights: weights.filter((_, i) => keep[i]),
      exact: exactEnough,
    };
    this.cache.set(key, matches);
    if (this.cache.size > 500) this.cache.delete(this.cache.keys().next().value!);
    return matches;
  }

  private matchWeight(word: QueryWord, term: number, typo: TypoMatcher | undefined): number {
    // Checks run from the strongest kind of match to the weakest; the first that holds decides.
    const folded = this.content.folded[term]!;
    const surface = this.content.surfaces[term]!;
    if (surface === word.surface) return weight.exact;
    if (surface.startsWith(word.surface)) return weight.exactPrefix;
    if (folded === word.folded) return weight.folded;
    const termStem = this.content.stems[term]!;
    if (termStem === word.stem) return weight.stem;
    if (folded.startsWith(word.folded) || (word.stem.length >= minPartLength && folded.startsWith(word.stem))) {
      return weight.prefix;
    }
    // The head of a compound is its last part: `amt` in `jugendamt`, `hebamm` in `familienhebamm`.
    if (
      word.stem.length >= minHeadLength &&
      folded.length > word.folded.length + 2 &&
      (folded.endsWith(word.folded) || termStem.endsWith(word.stem))
    ) {
      return weight.compoundHead;
    }
    if (word.stem.length >= minPartLength && folded.indexOf(word.stem, 3) > 0) return weight.compoundPart;
    const length = word.folded.length;
    if (length >= minTypoLength) {
      if (withinOneEdit(folded, word.folded)) return weight.typo;
      if (folded.length > length && startsWithinOneEdit(folded, word.folded)) return weight.typoAtStart;
      if (typo && folded.length > length && typo(folded)) return weight.typoInWord;
    }
    return 0;
  }
}

/** Per offer, for one query at a time (zero between queries): the best score of the word being scored, … */
function scratchFor(count: number) {
  return {
    wordScore: new Float32Array(count),
    /** Sum of word scores, words matched and a match in the title, for the alternative being scored. */
    alternativeScore: new Float32Array(count),
    alternativeWords: new Uint8Array(count),
    alternativeTitle: new Uint8Array(count),
    /** The best alternative's score in the slot being scored. */
    slotScore: new Float32Array(count),
    total: new Float32Array(count),
    matchedWords: new Uint8Array(count),
    /** Slots (bits) found in the title by the words typed, and by German terms. */
    titleWords: new Uint8Array(count),
    titleTerms: new Uint8Array(count),
  };
}

/** The index of each catalog, shared by every element that shows it, with its content, which may still grow. */
const indexes = new WeakMap<Catalog, { index: SearchIndex; content: IndexContent }>();

function shared(catalog: Catalog): { index: SearchIndex; content: IndexContent } {
  let entry = indexes.get(catalog);
  if (!entry) {
    const content = new IndexContent(catalog);
    indexes.set(catalog, (entry = { index: new SearchIndex(catalog, content), content }));
  }
  return entry;
}

/** The index of a catalog, complete: built at once, or the rest of a build in slices (under way or stopped) at once. */
export function searchIndexFor(catalog: Catalog): SearchIndex {
  const { index, content } = shared(catalog);
  content.build();
  return index;
}

/**
 * The index of `catalog`, shared per catalog like `searchIndexFor`, built in slices of about
 * `sliceMs` (default 8) milliseconds; between slices it awaits `pause()` (the caller passes
 * scheduler.yield / setTimeout(0) / MessageChannel), so that no task of the build is long.
 * Returned at once: `search()` answers from the offers indexed so far (in browse order, the
 * first ones first), `complete` says whether it is done, `whenComplete` resolves when it is.
 * `signal` stops the build (once the signals of all callers meanwhile have; the index then stays partial,
 * and a later searchIndexFor() finishes it, or a later searchIndexInSlices() goes on with it).
 */
export function searchIndexInSlices(catalog: Catalog, options: SliceOptions): SearchIndex {
  const { index, content } = shared(catalog);
  void content.buildInSlices(options);
  return index;
}
