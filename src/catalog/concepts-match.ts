/**
 * Finds concepts in a query, in any language, and gives their German terms:
 * what the search looks for besides the words typed, so that `kreş`,
 * `дитячий садок` and `روضة أطفال` find the Kitas of a German catalog.
 *
 * The concepts are the built-in list (`concepts.ts`) and the catalog's own
 * `thesaurus`. A concept is named by a whole word or phrase of it, compared
 * as the search compares words (`text.ts`: folded, stemmed, without
 * function words), so `Flüchtlinge`/`Fluechtling`, `القابلة`/`قابله` and
 * `акушерки`/`акушерка` meet; a Latin word whose stem is shorter than five
 * letters only as written, since the German stemmer makes short words meet
 * by chance (`Tür`, `Turnen`). Where phrases of different length start at the
 * same word, the longest wins (`debt counselling` before `counselling`).
 * Turkish adds case and plural endings to a word (`kreşler`, `borçlar`):
 * a Turkish term of four letters or more also names its concept with up to
 * five letters after it.
 */
import { concepts } from './concepts.js';
import type { ThesaurusEntry } from './schema.js';
import { fold, stem, stopwords, words } from './text.js';

/** A piece of a query: one word typed, or the words of a concept's phrase with its German terms. */
export interface QueryPart {
  /** The words as typed, lower-cased. */
  words: string[];
  /** German terms of the concepts these words name; empty when they name none. */
  german: readonly string[];
}

interface Phrase {
  keys: string[];
  german: readonly string[];
}

/** The longest Turkish ending after a term: `danışmanlığı` is `danışman` + `lığı`. */
const maxSuffix = 5;
const minSuffixedTerm = 4;

/** An apostrophe inside a Cyrillic word (`сім'я`) keeps it one word, as the Ukrainian ʼ does. */
const apostrophe = /(?<=[\u0400-\u04ff])['’`](?=[\u0400-\u04ff])/g;

/**
 * A text's words with the keys the matcher compares: folded and stemmed,
 * without function words and single letters (as the search drops them).
 */
export function keyed(text: string): { word: string; folded: string; key: string }[] {
  return words(text.replace(apostrophe, '')).flatMap((word) => {
    const folded = fold(word);
    if (word.length < 2 || stopwords.has(folded)) return [];
    const stemmed = stem(folded);
    return [{ word, folded, key: stemmed.length < 5 && /^[a-z]/.test(folded) ? folded : stemmed }];
  });
}

/** Comma-separated terms of one language of a built-in concept. */
const termsOf = (list: string | undefined) => (list ? list.split(',').map((term) => term.trim()) : []);

export class ConceptMatcher {
  /** Phrases by the key of their first word. */
  private readonly phrases = new Map<string, Phrase[]>();
  /** Turkish single-word terms by folded form, for words with endings. */
  private readonly stems = new Map<string, (readonly string[])[]>();

  /** @param base a matcher whose concepts count as well (the built-in ones beside a catalog's) */
  constructor(private readonly base?: ConceptMatcher) {}

  /** Adds a concept: its German terms, and its other terms in any language (German ones name it too). */
  add(german: readonly string[], others: readonly string[], turkish: readonly string[] = []): this {
    for (const term of [...german, ...others, ...turkish]) {
      const keys = keyed(term).map((k) => k.key);
      if (keys.length === 0) continue;
      const list = this.phrases.get(keys[0]!) ?? [];
      list.push({ keys, german });
      this.phrases.set(keys[0]!, list);
    }
    for (const term of turkish) {
      const single = keyed(term);
      if (single.length !== 1 || single[0]!.folded.length < minSuffixedTerm) continue;
      const list = this.stems.get(single[0]!.folded) ?? [];
      list.push(german);
      this.stems.set(single[0]!.folded, list);
    }
    return this;
  }

  /** Splits a query into its parts, each word or phrase that names a concept with the concept's German terms. */
  parts(query: string): QueryPart[] {
    const tokens = keyed(query);
    const parts: QueryPart[] = [];
    for (let at = 0; at < tokens.length;) {
      let length = 0;
      let german: (readonly string[])[] = [];
      for (const phrase of this.candidates(tokens[at]!.key)) {
        const size = phrase.keys.length;
        if (size < length || !phrase.keys.every((key, i) => tokens[at + i]?.key === key)) continue;
        if (size > length) german = [];
        length = size;
        german.push(phrase.german);
      }
      if (length === 0) {
        german = this.withEnding(tokens[at]!.folded);
        length = 1;
      }
      parts.push({ words: tokens.slice(at, at + length).map((t) => t.word), german: [...new Set(german.flat())] });
      at += length;
    }
    return parts;
  }

  private candidates(key: string): Phrase[] {
    const own = this.phrases.get(key) ?? [];
    return this.base ? [...own, ...this.base.candidates(key)] : own;
  }

  /** The concepts of a Turkish term that `folded` starts with, followed by an ending. */
  private withEnding(folded: string): (readonly string[])[] {
    for (let end = folded.length - 1; end >= Math.max(minSuffixedTerm, folded.length - maxSuffix); end--) {
      const found = [
        ...(this.stems.get(folded.slice(0, end)) ?? []),
        ...(this.base?.stems.get(folded.slice(0, end)) ?? []),
      ];
      if (found.length) return found;
    }
    return [];
  }
}

let builtIn: ConceptMatcher | undefined;

/** The built-in concepts, made into a matcher on first use. */
function builtInMatcher(): ConceptMatcher {
  if (!builtIn) {
    builtIn = new ConceptMatcher();
    for (const concept of concepts) {
      const { de, tr, ...others } = concept;
      builtIn.add(termsOf(de), Object.values(others).flatMap(termsOf), termsOf(tr));
    }
  }
  return builtIn;
}

/** The matcher for a catalog: the built-in concepts, and the catalog's thesaurus beside them. */
export function conceptMatcherFor(thesaurus: readonly ThesaurusEntry[] = []): ConceptMatcher {
  if (thesaurus.length === 0) return builtInMatcher();
  const matcher = new ConceptMatcher(builtInMatcher());
  for (const { terms } of thesaurus) {
    const { de = [], tr = [], ...others } = terms;
    matcher.add(de, Object.values(others).flat(), tr);
  }
  return matcher;
}
