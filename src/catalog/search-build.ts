/**
 * What the search index (`search.ts`) searches, and how it is built: the
 * vocabulary and the posting lists of a catalog's offers, at once or in
 * slices that leave the browser free between them.
 *
 * The build is about tokenizing: 50,000 offers hold some 30 million
 * characters but only a few thousand distinct words. So each word is looked
 * up in the vocabulary by its hash and its place in the text, and only a
 * word not seen before becomes a string and gets folded and stemmed
 * (`text.ts`). Texts repeat across offers (keywords, summaries, a
 * provider's standard sentences): the terms of each text, or of each
 * sentence of a long one, are kept and looked up, as long as that pays.
 *
 * Postings are collected offer by offer as (term, fields) pairs, and sorted
 * by term into a segment: one for a build at once, one per slice otherwise,
 * so that a query typed meanwhile finds the offers indexed so far. Once
 * every offer is indexed, the segments are merged into one, a few at a time.
 */
import { browseOrder } from './browse.js';
import { conceptMatcherFor, type ConceptMatcher } from './concepts-match.js';
import { localize } from './localize.js';
import type { Catalog, LocalizedText, Offer } from './schema.js';
import { eachWord, fold, sentences, stem, stopwords, type WordVisitor } from './text.js';

/** Where a word occurs in an offer, as bits of the posting's field mask. */
export const Field = {
  Title: 1,
  Keywords: 2,
  Summary: 4,
  Organization: 8,
  Description: 16,
  /** Titles of the offer's topics and milestones. */
  Classification: 32,
} as const;
export type Field = (typeof Field)[keyof typeof Field];
/** A posting is `offer << fieldBits | fields`; a pair while building, `term << fieldBits | fields`. */
export const fieldBits = 6;
export const fieldMask = (1 << fieldBits) - 1;

/** Posting lists of a run of offers: those of term t at [start[t], start[t + 1]), each in offer order. */
export interface Segment {
  /** One more than the vocabulary had when the segment was made: later terms have no postings in it. */
  start: Int32Array;
  postings: Int32Array;
}

/** How `IndexContent.buildInSlices` leaves the browser free. */
export interface SliceOptions {
  /** Resolves when the build may go on: `scheduler.yield()`, a `setTimeout(0)`, a `MessageChannel` message. */
  pause: () => Promise<void>;
  /** About how long a slice runs, in milliseconds. */
  sliceMs?: number;
  /** Stops the build; the content stays as far as it got. */
  signal?: AbortSignal;
}

/** A slice reads the clock after every this many offers (each takes a few microseconds). */
const offersBetweenClockReads = 16;

export class IndexContent {
  /** Offers in browse order: by their first milestone, then as in the catalog. */
  readonly offers: readonly Offer[];
  /** The vocabulary: each distinct lower-cased word (no function words), with its folded form and stem. */
  readonly surfaces: string[] = [];
  readonly folded: string[] = [];
  readonly stems: string[] = [];
  /** Folded forms and stems of the vocabulary, to split a compound typed in the query. */
  readonly knownParts = new Set<string>();
  /** Words in each offer's title (in German, or its first language). */
  readonly titleLength: Uint16Array;
  /** Posting lists in offer order: one segment once complete. */
  segments: Segment[] = [];
  /** The first `indexed` offers are in `segments`. */
  indexed = 0;
  complete = false;
  readonly whenComplete: Promise<void>;

  private builder?: Builder;
  private matcher?: ConceptMatcher;
  private resolveComplete!: () => void;
  /** The requests of the series of slices under way. */
  private requests?: SliceOptions[];

  constructor(private readonly catalog: Catalog) {
    this.offers = browseOrder(catalog);
    this.titleLength = new Uint16Array(this.offers.length);
    this.whenComplete = new Promise((resolve) => (this.resolveComplete = resolve));
  }

  /**
   * The concepts (`concepts-match.ts`) of the catalog's thesaurus and the built-in ones, made by the first
   * slice of the build: the built-in ones take some 30 ms the first time, too long for the caller's task.
   */
  get concepts(): ConceptMatcher {
    return (this.matcher ??= conceptMatcherFor(this.catalog.thesaurus));
  }

  /** Builds until `deadline` (a `performance.now()` time) has passed, or to the end; queries see what is built. */
  build(deadline = Infinity): this {
    if (this.complete) return this;
    if (!this.builder) {
      this.matcher ??= conceptMatcherFor(this.catalog.thesaurus);
      this.builder = new Builder(this, this.catalog);
      if (performance.now() >= deadline) return this;
    }
    if (this.builder.work(deadline)) {
      // What only the build needs (the words of the texts seen, scratch space) goes.
      this.builder = undefined;
      this.complete = true;
      this.resolveComplete();
    }
    return this;
  }

  /**
   * Builds in slices of about `sliceMs`, awaiting `pause()` before each. One series of slices at a time: a
   * request while one is under way joins it, and it stops once the signals of all its requests have.
   */
  async buildInSlices(request: SliceOptions): Promise<void> {
    if (this.requests) {
      this.requests.push(request);
      return;
    }
    const requests = (this.requests = [request]);
    const live = () => requests.find(({ signal }) => !signal?.aborted);
    try {
      for (let next = live(); next && !this.complete; next = live()) {
        await next.pause();
        const current = live();
        if (!current) return;
        this.build(performance.now() + (current.sliceMs ?? 8));
      }
    } finally {
      this.requests = undefined;
    }
  }
}

/** Longer texts are looked up sentence by sentence: catalogs repeat sentences more than whole long texts. */
const maxWholeLength = 200;
/** The texts of a field are kept for their first lookups, and after them while one in this many is found. */
const keptOnTrial = 1024;
const minFoundShare = 8;

/** Pairs per chunk: 2^16. */
const chunkBits = 16;
const chunkMask = (1 << chunkBits) - 1;

/** The state of a build, dropped once it is complete. */
class Builder {
  /** Each word seen (function words too), with its term (-1 for a function word) and hash. */
  private readonly known: string[] = [];
  private wordTerms = new Int32Array(1 << 12);
  private wordHashes = new Int32Array(1 << 12);
  /** Open addressing by hash: a word's index + 1 in each slot it fills; at most half full. */
  private slots = new Int32Array(1 << 13);

  /**
   * Terms of texts and sentences (no function words), list after list: at a list's offset the number of
   * words of its text, the number of terms, then the terms. `texts` has the offset of each text's list.
   */
  private pool = new Int32Array(1 << 16);
  private readonly texts = new Map<string, number>();
  /** Texts looked up in `texts` per field, and found there. */
  private readonly lookups = new Int32Array(fieldMask + 1);
  private readonly found = new Int32Array(fieldMask + 1);
  /** Where `visit` writes the next term, and the words it has seen, of the text being tokenized. */
  private poolEnd = 0;
  private words = 0;
  private readonly visit: WordVisitor = (lowered, start, end, hash) => {
    this.words++;
    const term = this.termOf(lowered, start, end, hash);
    if (term < 0) return;
    if (this.poolEnd === this.pool.length) this.pool = grow(this.pool, this.poolEnd * 2);
    this.pool[this.poolEnd++] = term;
  };

  /** Terms of topic and milestone titles and organisation names, by id: they repeat across offers. */
  private readonly classification: Map<string, Int32Array>;
  private readonly organizations: Map<string, Int32Array>;

  /** Fields per term of the offer being indexed; `seen` lists the terms to clear afterwards. */
  private termFields = new Uint8Array(1 << 12);
  private seen = new Int32Array(1 << 12);
  private seenCount = 0;

  /**
   * Pairs of the offers not yet in a segment, in offer order, and where each offer's pairs end. In chunks
   * that are never copied: growing one array would allocate several times the postings, and large typed
   * arrays count as external memory, whose growth makes V8 collect the whole heap (the catalog's too).
   */
  private readonly chunks: Int32Array[] = [];
  private pairs = 0;
  private readonly pairsEnd: Int32Array;
  /** Pairs per term among them, and in all segments. */
  private termPairs = new Int32Array(1 << 12);
  private termPostings = new Int32Array(1 << 12);

  /** The merged segment while the segments are copied into it, segment by segment. */
  private merge?: { segment: Segment; next: Int32Array; copied: number };

  constructor(
    private readonly content: IndexContent,
    catalog: Catalog,
  ) {
    this.pairsEnd = new Int32Array(content.offers.length);
    const termsById = (list: { id: string; text: LocalizedText }[]) =>
      new Map(list.map(({ id, text }) => [id, this.termsOfAll(text)]));
    this.classification = termsById(
      [...catalog.topics, ...catalog.milestones].map((item) => ({ id: item.id, text: item.title })),
    );
    this.organizations = termsById(catalog.organizations.map((o) => ({ id: o.id, text: o.name })));
  }

  /** Indexes offers, then merges their segments, until `deadline`; true when all is done. */
  work(deadline: number): boolean {
    const { content } = this;
    const count = content.offers.length;
    if (content.indexed < count) {
      let offer = content.indexed;
      while (offer < count) {
        this.addOffer(content.offers[offer]!, offer);
        offer++;
        if (offer % offersBetweenClockReads === 0 && performance.now() >= deadline) break;
      }
      content.segments.push(this.segment(content.indexed, offer));
      content.indexed = offer;
      if (offer < count || performance.now() >= deadline) return false;
    }
    return content.segments.length <= 1 || this.mergeSegments(deadline);
  }

  private addOffer(offer: Offer, index: number): void {
    this.content.titleLength[index] = this.addAll(offer.title, Field.Title);
    for (const keyword of offer.keywords ?? []) this.addAll(keyword, Field.Keywords);
    this.addAll(offer.summary, Field.Summary);
    const organization = offer.organization && this.organizations.get(offer.organization);
    if (organization) this.mark(organization, 0, organization.length, Field.Organization);
    this.addAll(offer.description, Field.Description);
    for (const id of offer.topics ?? []) this.markClassification(id);
    for (const id of offer.milestones) this.markClassification(id);

    const { seen, termFields, chunks, termPairs } = this;
    for (let i = 0; i < this.seenCount; i++) {
      const term = seen[i]!;
      termPairs[term]!++;
      const chunk = this.pairs >>> chunkBits;
      if (chunk === chunks.length) chunks.push(new Int32Array(1 << chunkBits));
      chunks[chunk]![this.pairs & chunkMask] = (term << fieldBits) | termFields[term]!;
      termFields[term] = 0;
      this.pairs++;
    }
    this.pairsEnd[index] = this.pairs;
    this.seenCount = 0;
  }

  /** Marks the terms of every language of `text`; returns, for a title, its number of words in German (or first). */
  private addAll(text: LocalizedText | undefined, field: Field): number {
    if (typeof text === 'string') return this.add(text, field);
    let words = 0;
    if (text) {
      const german = field === Field.Title ? localize(text) : undefined;
      for (const value of Object.values(text)) {
        const count = this.add(value, field);
        if (value === german) words = count;
      }
    }
    return words;
  }

  /** Marks the terms of `text` as in `field` of the offer; returns its number of words. */
  private add(text: string, field: Field): number {
    if (text.length <= maxWholeLength || !this.keeps(field)) return this.addWhole(text, field);
    let words = 0;
    for (const sentence of sentences(text)) words += this.addWhole(sentence, field);
    return words;
  }

  private addWhole(text: string, field: Field): number {
    const at = this.termsOf(text, field);
    this.mark(this.pool, at + 2, at + 2 + this.pool[at + 1]!, field);
    return this.pool[at]!;
  }

  private markClassification(id: string): void {
    const terms = this.classification.get(id);
    if (terms) this.mark(terms, 0, terms.length, Field.Classification);
  }

  private mark(terms: Int32Array, from: number, to: number, field: Field): void {
    const { termFields, seen } = this;
    for (let i = from; i < to; i++) {
      const term = terms[i]!;
      if (termFields[term] === 0) seen[this.seenCount++] = term;
      termFields[term]! |= field;
    }
  }

  /** Whether texts of `field` are kept: at first, then while they repeat (a table of others slows every lookup). */
  private keeps(field: Field): boolean {
    const lookups = this.lookups[field]!;
    return lookups < keptOnTrial || this.found[field]! * minFoundShare >= lookups;
  }

  /** Where the list of `text` is in `pool`; only until the next call if the texts of `field` are not kept. */
  private termsOf(text: string, field: Field): number {
    const keep = this.keeps(field);
    if (keep) {
      this.lookups[field]!++;
      const known = this.texts.get(text);
      if (known !== undefined) {
        this.found[field]!++;
        return known;
      }
    }
    const at = this.poolEnd;
    if (at + 2 > this.pool.length) this.pool = grow(this.pool, this.pool.length * 2);
    this.poolEnd = at + 2;
    this.words = 0;
    eachWord(text, this.visit);
    this.pool[at] = this.words;
    this.pool[at + 1] = this.poolEnd - at - 2;
    if (keep) this.texts.set(text, at);
    else this.poolEnd = at;
    return at;
  }

  /** The terms of every language of `text`, in a list of their own. */
  private termsOfAll(text: LocalizedText): Int32Array {
    const values = typeof text === 'string' ? [text] : Object.values(text);
    return Int32Array.from(
      values.flatMap((value) => {
        const at = this.termsOf(value, Field.Classification);
        return [...this.pool.subarray(at + 2, at + 2 + this.pool[at + 1]!)];
      }),
    );
  }

  /** The term of the word at [start, end) of `text`, looked up without making it a string unless it is new. */
  private termOf(text: string, start: number, end: number, hash: number): number {
    const { slots, known, wordHashes } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = slots[slot]! - 1;
      if (word < 0) return this.addWord(text.slice(start, end), hash, slot);
      const surface = known[word]!;
      if (wordHashes[word] === hash && surface.length === end - start && text.startsWith(surface, start)) {
        return this.wordTerms[word]!;
      }
    }
  }

  private addWord(surface: string, hash: number, slot: number): number {
    const word = this.known.length;
    const term = this.addTerm(surface);
    this.known.push(surface);
    if (word === this.wordTerms.length) {
      this.wordTerms = grow(this.wordTerms, word * 2);
      this.wordHashes = grow(this.wordHashes, word * 2);
    }
    this.wordTerms[word] = term;
    this.wordHashes[word] = hash;
    this.slots[slot] = word + 1;
    if (this.known.length * 2 > this.slots.length) this.rehash();
    return term;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let word = 0; word < this.known.length; word++) {
      let slot = this.wordHashes[word]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = word + 1;
    }
    this.slots = slots;
  }

  private addTerm(surface: string): number {
    const { content } = this;
    const folded = fold(surface);
    const term = stopwords.has(folded) ? -1 : content.surfaces.length;
    if (term < 0) return term;
    const termStem = stem(folded);
    content.surfaces.push(surface);
    content.folded.push(folded);
    content.stems.push(termStem);
    content.knownParts.add(folded).add(termStem);
    if (term === this.termFields.length) {
      this.termFields = grow(this.termFields, term * 2);
      this.seen = grow(this.seen, term * 2);
      this.termPairs = grow(this.termPairs, term * 2);
      this.termPostings = grow(this.termPostings, term * 2);
    }
    return term;
  }

  /** The pending pairs of offers [from, to) as a segment, by a counting sort by term: each list in offer order. */
  private segment(from: number, to: number): Segment {
    const { chunks, pairsEnd, termPairs, termPostings } = this;
    const terms = this.content.surfaces.length;
    const start = new Int32Array(terms + 1);
    for (let t = 0; t < terms; t++) {
      start[t + 1] = start[t]! + termPairs[t]!;
      termPostings[t]! += termPairs[t]!;
    }
    termPairs.fill(0);
    const next = start.slice(0, terms);
    const postings = new Int32Array(this.pairs);
    for (let offer = from, i = 0; offer < to; offer++) {
      for (const end = pairsEnd[offer]!; i < end; i++) {
        const pair = chunks[i >>> chunkBits]![i & chunkMask]!;
        postings[next[pair >>> fieldBits]!++] = (offer << fieldBits) | (pair & fieldMask);
      }
    }
    this.pairs = 0;
    return { start, postings };
  }

  /** Copies segments into one until `deadline`; queries read the segments until the last is copied. */
  private mergeSegments(deadline: number): boolean {
    const { segments } = this.content;
    if (!this.merge) {
      const terms = this.content.surfaces.length;
      const start = new Int32Array(terms + 1);
      for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + this.termPostings[t]!;
      const postings = new Int32Array(start[terms]!);
      this.merge = { segment: { start, postings }, next: start.slice(0, terms), copied: 0 };
    }
    const { segment, next } = this.merge;
    do {
      const { start, postings } = segments[this.merge.copied++]!;
      for (let t = 0; t < start.length - 1; t++) {
        for (let p = start[t]!, end = start[t + 1]!; p < end; p++) segment.postings[next[t]!++] = postings[p]!;
      }
    } while (this.merge.copied < segments.length && performance.now() < deadline);
    if (this.merge.copied < segments.length) return false;
    this.content.segments = [segment];
    return true;
  }
}

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (size: number) => T)(size);
  grown.set(array);
  return grown;
}
