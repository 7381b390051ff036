/**
 * German text analysis for the search: tokens, folding, stemming, stopwords.
 *
 * Written here rather than taken from a library because the usual search
 * libraries fold and stem for English, and the German cases that matter to
 * families (Mütter/Muetter/Mutter, Hebamme/Hebammen, ß/ss) need a few rules
 * that fit in a page. Compound words are handled by the index (see
 * `search.ts`), not by splitting words here.
 */

/** A word in a text, with its position, so that matches can be highlighted. */
export interface Token {
  /** Lower-cased, as written (umlauts kept). */
  surface: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/** Splits text into words; hyphens, slashes and punctuation separate words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const normalized = text.normalize('NFC');
  for (const match of normalized.matchAll(wordPattern)) {
    tokens.push({ surface: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const combiningMarks = /[\u0300-\u036f]/;

/** Words of a text, lower-cased, for indexing (positions not needed). */
export function words(text: string): string[] {
  // Normalising costs a quarter of indexing time; only decomposed umlauts (u + ¨) need it.
  const composed = combiningMarks.test(text) ? text.normalize('NFC') : text;
  return composed.toLowerCase().match(wordPattern) ?? [];
}

const umlauts: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * Folds a lower-cased word for matching: umlauts to their base vowel, ß to
 * ss, other Latin diacritics removed (é, ç, ş), and the typewriter spellings
 * ae/oe/ue to a/o/u — so `Mütter`, `Muetter` and `Mutter` meet. The rule
 * also folds words like `neue` to `neu`; that is harmless, since both the
 * index and the query are folded the same way.
 */
export function fold(surface: string): string {
  let folded = surface.replace(/[äöüß]/g, (c) => umlauts[c]!);
  // eslint-disable-next-line no-control-regex -- "anything beyond ASCII": the range starts at NUL by definition
  if (/[^\x00-\x7f]/.test(folded)) {
    // Only marks on Latin letters: Cyrillic й or Arabic vowel signs are letters of their own.
    folded = folded
      .normalize('NFD')
      .replace(/([a-z])\p{M}+/gu, '$1')
      .normalize('NFC');
  }
  return folded.replace(/ae|oe|ue/g, (pair) => pair[0]!);
}

/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser, 2017), on a
 * folded word: it removes the endings of plural and inflection (-e, -en,
 * -er, -ern, -es, -s, -n, -t, -em, -nd) so that `Hebamme`/`Hebammen` and
 * `Familie`/`Familien` share a stem. Words in other scripts and numbers are
 * returned as they are.
 */
export function stem(folded: string): string {
  if (folded.length <= 3 || !/^[a-z]+$/.test(folded)) return folded;
  // Letter groups that must not be cut apart, and doubled letters, get placeholders.
  let word = folded.replace(/sch/g, '$').replace(/ei/g, '%').replace(/ie/g, '&').replace(/(.)\1/g, '$1*');
  while (word.length > 3) {
    if (word.length > 5 && /(?:em|er|nd)$/.test(word)) word = word.slice(0, -2);
    else if (/[esnt]$/.test(word)) word = word.slice(0, -1);
    else break;
  }
  return word.replace(/(.)\*/g, '$1$1').replace(/\$/g, 'sch').replace(/%/g, 'ei').replace(/&/g, 'ie');
}

/** Folded function words that carry no meaning for a search (German and English). */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'und oder aber der die das den dem des ein eine einer eines einem einen fur mit im in am an auf aus bei zu zum zur ' +
    'von vom ist sind es sie wir ich du ihr nach uber unter wie was wo auch nicht noch nur so als um bis sich ' +
    'the and or for of to a an on with at by from is are'
  ).split(' '),
);

/** A piece of a text, marked when it is a word the search matched. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into plain and matched pieces for highlighting. Returns data,
 * not markup: the view renders each piece as text, so catalog content can
 * never become HTML.
 */
export function highlight(text: string, matchedTerms: ReadonlySet<string>): TextSegment[] {
  if (matchedTerms.size === 0) return [{ text, match: false }];
  const normalized = text.normalize('NFC');
  const segments: TextSegment[] = [];
  let position = 0;
  for (const token of tokenize(normalized)) {
    if (!matchedTerms.has(token.surface)) continue;
    if (token.start > position) segments.push({ text: normalized.slice(position, token.start), match: false });
    segments.push({ text: normalized.slice(token.start, token.end), match: true });
    position = token.end;
  }
  if (position < normalized.length) segments.push({ text: normalized.slice(position), match: false });
  return segments;
}
