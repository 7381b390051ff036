/**
 * Text analysis for the search: tokens, folding, stemming, stopwords;
 * German first, and light rules for the scripts of the families' other
 * languages (Turkish, Polish, Cyrillic, Arabic and Persian).
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

/** Where a sentence ends: `.`, `!` or `?`, then spaces or line breaks (not any white space: see `sentences`). */
const sentenceBreak = /[.!?][ \t\r\n]+/;

/**
 * The sentences of `text`, without the punctuation that ends them. Their words (`eachWord`) are the words of
 * `text`: no word spans a break, lower-casing does not look across one (Greek final sigma looks across
 * case-ignorable characters only, which spaces are not, unlike U+FEFF), and they are composed as `words`
 * composes the whole text (a text with combining marks all of it).
 */
export function sentences(text: string): string[] {
  return (combiningMarks.test(text) ? text.normalize('NFC') : text).split(sentenceBreak);
}

/**
 * A word of a text for `eachWord`: at [start, end) of `lowered` (the text as `words` lower-cases it), with
 * the FNV-1a hash of its UTF-16 code units.
 */
export type WordVisitor = (lowered: string, start: number, end: number, hash: number) => void;

/** Per code unit, once known: 1 a letter or digit (`wordPattern`), 2 not, 3 the first of a surrogate pair. */
const wordUnits = new Uint8Array(0x10000);
const wordCharacter = /^[\p{L}\p{N}]$/u;
const classify = (code: number) => (wordUnits[code] = wordCharacter.test(String.fromCharCode(code)) ? 1 : 2);
wordUnits.fill(3, 0xd800, 0xdc00);
const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/**
 * Visits the words that `words(text)` returns, in order, without creating a
 * string or an array per word: the index looks each one up by its hash and
 * needs a string only for a word it has not seen.
 */
export function eachWord(text: string, visit: WordVisitor): void {
  const lowered = (combiningMarks.test(text) ? text.normalize('NFC') : text).toLowerCase();
  const length = lowered.length;
  let start = -1;
  let hash = 0;
  for (let i = 0; i < length; i++) {
    const code = lowered.charCodeAt(i);
    const unit = wordUnits[code] || classify(code);
    if (unit === 1) {
      if (start < 0) {
        start = i;
        hash = fnvOffset;
      }
      hash = Math.imul(hash ^ code, fnvPrime);
    } else if (unit === 3 && wordCharacter.test(lowered.slice(i, i + 2))) {
      // A letter beyond the first plane (a surrogate pair, rare): two units of one word.
      if (start < 0) {
        start = i;
        hash = fnvOffset;
      }
      hash = Math.imul(Math.imul(hash ^ code, fnvPrime) ^ lowered.charCodeAt(++i), fnvPrime);
    } else if (start >= 0) {
      visit(lowered, start, i, hash);
      start = -1;
    }
  }
  if (start >= 0) visit(lowered, start, length, hash);
}

const umlauts: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/**
 * Letters that are typed one way or the other in the same word: Turkish ı
 * and Polish ł (no decomposition takes off their marks); Cyrillic ё, ї, є
 * and ґ, often typed е, і, е, г, and the Ukrainian apostrophe ʼ, a letter
 * in Unicode; Arabic ta marbuta (ة, typed ه), alef maqsura (ى, typed ي),
 * alef wasla and tatweel (ـ, a stretch, not a letter); Persian ی and ک,
 * which Arabic keyboards type ي and ك.
 */
const letterFolds: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ё: 'е',
  ї: 'і',
  є: 'е',
  ґ: 'г',
  ʼ: '',
  ة: 'ه',
  ى: 'ي',
  ٱ: 'ا',
  ـ: '',
  ی: 'ي',
  ک: 'ك',
  ۀ: 'ه',
};
const foldedLetters = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');

/**
 * Folds a lower-cased word for matching: umlauts to their base vowel, ß to
 * ss, other Latin diacritics removed (é, ç, ş), and the typewriter spellings
 * ae/oe/ue to a/o/u — so `Mütter`, `Muetter` and `Mutter` meet. The rule
 * also folds words like `neue` to `neu`; that is harmless, since both the
 * index and the query are folded the same way. Arabic loses its vowel signs
 * and the hamza on its carriers (أ إ آ to ا, ؤ to و, ئ to ي), as a search
 * typed without them expects; the letters in `letterFolds` meet their
 * usual spelling.
 */
export function fold(surface: string): string {
  let folded = surface.replace(/[äöüß]/g, (c) => umlauts[c]!);
  // eslint-disable-next-line no-control-regex -- "anything beyond ASCII": the range starts at NUL by definition
  if (/[^\x00-\x7f]/.test(folded)) {
    // Marks on Latin letters and Arabic ones: Cyrillic й is a letter of its own.
    folded = folded
      .normalize('NFD')
      .replace(/([a-z])\p{M}+/gu, '$1')
      .replace(/[\u064b-\u065f\u0670]/g, '')
      .normalize('NFC')
      .replace(foldedLetters, (c) => letterFolds[c]!);
  }
  return folded.replace(/ae|oe|ue/g, (pair) => pair[0]!);
}

/**
 * A light German stemmer after CISTEM (Weissweiler & Fraser, 2017), on a
 * folded word: it removes the endings of plural and inflection (-e, -en,
 * -er, -ern, -es, -s, -n, -t, -em, -nd) so that `Hebamme`/`Hebammen` and
 * `Familie`/`Familien` share a stem. Words in other Latin languages go
 * through the same rules: index and query meet all the same. Arabic words
 * lose the article and the particles joined to it (`ال`, `وال`, `بال`,
 * `لل` …), as Larkey's light stemmer does; Cyrillic words one ending of
 * case or number (`акушерка`/`акушерки`, `консультація`/`консультації`),
 * after Savoy's light stemmers for Russian and Ukrainian. Numbers are
 * returned as they are.
 */
export function stem(folded: string): string {
  if (arabicWord.test(folded)) return folded.replace(arabicArticle, '');
  if (cyrillicWord.test(folded)) {
    const ending = cyrillicEnding.exec(folded)?.[0].length ?? 0;
    return folded.length - ending >= 3 ? folded.slice(0, folded.length - ending) : folded;
  }
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

const arabicWord = /^[\u0620-\u064a]/;
/**
 * The article, alone or after و ب ف ك, or لل (ل + article); at least two
 * letters stay. Twice, for words that begin with ال themselves: `ألعاب` and
 * `الألعاب` meet at `عاب`.
 */
const arabicArticle = /^(?:(?:[وبفك]?ال|لل)(?=[\u0620-\u064a]{2})){1,2}/;
const cyrillicWord = /^[\u0430-\u045f]/;
/** Endings of case and number, Russian and Ukrainian; the regex finds the longest at the end. */
const cyrillicEnding =
  /(?:ами|ями|ого|его|ому|ему|ими|ыми|ах|ях|ам|ям|ов|ев|ів|ей|ой|ою|ею|ом|ем|им|ым|их|ых|ий|ій|ый|оі|ая|яя|ое|ее|ые|ие|ую|юю|а|я|о|е|и|ы|і|у|ю|ь|й)$/;

/**
 * Folded function words that carry no meaning for a search: German and
 * English, and the short ones of the families' other languages (`için`,
 * `для`, `في`, `برای` …), so that "консультація для батьків" searches two
 * words, not three.
 */
export const stopwords: ReadonlySet<string> = new Set(
  (
    'und oder aber der die das den dem des ein eine einer eines einem einen fur mit im in am an auf aus bei zu zum zur ' +
    'von vom ist sind es sie wir ich du ihr nach uber unter wie was wo auch nicht noch nur so als um bis sich ' +
    'the and or for of to a an on with at by from is are my our ' +
    've ile icin bir veya ya da de bu ' +
    'і й та або в у на з із зі до для про по як що чи ' +
    'и или с со к о об от для по как что ' +
    'dla na do od po jak czy lub oraz ze we sie ' +
    'في من على عن الي مع او ان ' +
    'و با در از به برای که را یا ها های'
  )
    .split(' ')
    .map(fold),
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
