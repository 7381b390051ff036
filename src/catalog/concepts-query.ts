/**
 * The query as the search reads it: its words, and the concepts they name
 * (`concepts-match.ts`) with the German terms to look for besides them. The
 * index (`search.ts`) matches each slot against its vocabulary.
 */
import type { ConceptMatcher } from './concepts-match.js';
import { fold, stem, stopwords, words } from './text.js';

/** At most this many slots: the ranks pack one bit per slot. */
export const maxQueryWords = 8;
/** A query stem this long is looked for inside compounds (`hebamm` in `familienhebammen`). */
export const minPartLength = 4;

export interface QueryWord {
  surface: string;
  folded: string;
  stem: string;
  /** A short word that names a concept: meant whole, not as the start of a longer word. */
  whole?: boolean;
}

/** One word typed or one concept of the query: an offer needs one of its alternatives (OR). */
export interface Slot {
  alternatives: Alternative[];
  /** The words typed (folded), for the result's `words` and `unmatched`. */
  words: string[];
}

/** Words that an offer needs all of (AND). */
export interface Alternative {
  words: QueryWord[];
  /** A concept's German term as written; undefined for the words typed. */
  term?: string;
}

/**
 * Splits a query into words to search for, without function words and
 * without single letters: the first letter typed would match nearly every
 * offer, so the list starts narrowing with the second.
 */
export function parseQuery(query: string): QueryWord[] {
  const seen = new Set<string>();
  return words(query)
    .map(queryWord)
    .filter((word) => isSearched(word, seen))
    .slice(0, maxQueryWords);
}

/**
 * The query as slots: each word typed on its own (`split` may part a
 * compound), and a word or phrase that names a concept as one slot whose
 * alternatives are the words typed and each of the concept's German terms.
 * A term that the words typed or an earlier term find anyway is left out
 * (`Hebammen` beside `Hebamme`). Without `concepts`, the words typed only.
 */
export function querySlots(
  query: string,
  concepts: ConceptMatcher | undefined,
  split: (word: QueryWord) => QueryWord[],
): Slot[] {
  const parts = concepts?.parts(query) ?? words(query).map((word) => ({ words: [word], german: [] }));
  const seen = new Set<string>();
  const slots: Slot[] = [];
  for (const part of parts) {
    const typed = part.words.map(queryWord).filter((word) => isSearched(word, seen));
    const found = [...typed];
    const alternatives: Alternative[] = [];
    for (const term of part.german) {
      const termWords = parseQuery(term);
      if (termWords.length === 0 || termWords.every((word) => found.some((known) => implies(known, word)))) continue;
      alternatives.push({ words: termWords, term });
      found.push(...termWords);
    }
    if (alternatives.length === 0) {
      for (const word of typed.flatMap(split)) slots.push({ alternatives: [{ words: [word] }], words: [word.folded] });
    } else {
      // The words typed find what they would alone (a compound by its parts); a short one is meant whole (`ebe`).
      const own = typed.flatMap(split);
      for (const word of own) word.whole = word.folded.length < minPartLength;
      if (own.length) alternatives.unshift({ words: own });
      slots.push({ alternatives, words: typed.map((word) => word.folded) });
    }
  }
  return slots.slice(0, maxQueryWords);
}

/**
 * A compound typed in the query that the catalog only has apart
 * (`Schulübergang` for "Übergang in die Grundschule") is searched as its
 * parts, when it is not a word of the catalog (`exact`) and both parts are
 * words or stems of it (`knownParts`); a linking `s` or `n` between them is
 * allowed (`Erziehungshilfe`).
 */
export function splitCompound(word: QueryWord, knownParts: ReadonlySet<string>, exact: boolean): QueryWord[] {
  const { folded } = word;
  if (folded.length < 8 || exact) return [word];
  for (let at = folded.length - 4; at >= 4; at--) {
    const left = folded.slice(0, at);
    const right = folded.slice(at);
    const head = knownParts.has(left)
      ? left
      : /[sn]$/.test(left) && knownParts.has(left.slice(0, -1))
        ? left.slice(0, -1)
        : undefined;
    if (head && knownParts.has(right)) return [head, right].map(queryWord);
  }
  return [word];
}

function queryWord(surface: string): QueryWord {
  const folded = fold(surface);
  return { surface, folded, stem: stem(folded) };
}

/** Not a function word, a single letter or a word already in `seen` (which it joins). */
function isSearched({ surface, folded }: QueryWord, seen: Set<string>): boolean {
  if (surface.length < 2 || stopwords.has(folded) || seen.has(folded)) return false;
  seen.add(folded);
  return true;
}

/** Whether searching `known` finds what `word` would: the same stem, or `word` a compound with it (`Familienhebamme`). */
function implies(known: QueryWord, word: QueryWord): boolean {
  return known.stem === word.stem || (known.stem.length >= minPartLength && word.folded.includes(known.stem));
}
