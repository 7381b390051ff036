/**
 * Language names and codes as sources write them (`Türkisch`, `auf Türkisch`,
 * `Mandarin`, `tur`, `DE`, `de-AT`, `BSL`) into the BCP 47 tags of the catalog.
 *
 * Names come from the languages' own registries rather than a list kept
 * here: every ISO 639 code (iso-639-3: the two-letter code where one exists,
 * else the three-letter one) is named in German and English by
 * `Intl.DisplayNames` (CLDR), and by the ISO reference name (`Mandarin
 * Chinese`, `British Sign Language`, which CLDR does not name). A few names
 * people use that neither has (`Farsi`, `Kurmanji`, `Sorani`, `DGS`, `Leichte
 * Sprache`) are listed by hand. Tags are canonicalised by
 * `Intl.getCanonicalLocales`, which follows CLDR: `tur` → `tr`, `cmn`
 * (Mandarin) → `zh`, `kmr` (Kurmanji) → `ku` (CLDR's `ku` is Kurmanji, and
 * the finder names both "Kurdisch"), `tl` (Tagalog) → `fil`. Where CLDR makes
 * a language a region of another (`prs` Dari → `fa-AF`), the language named
 * is kept: the finder's language filter compares base languages, and Dari
 * speakers would find Dari under Persian.
 *
 * A value is never dropped in silence: what is not understood is `unknown`,
 * for the caller to report. No DOM.
 */
import { iso6393 } from 'iso-639-3';
import * as z from 'zod/mini';
import { languageTagSchema } from '../../catalog/schema.js';

export type LanguageResult = { kind: 'tag'; tag: string } | { kind: 'all' } | { kind: 'unknown' };

/** Lower case, umlauts as typewriters write them (`Türkisch` = `Tuerkisch`), other accents and hyphens off (`Serbo-Kroatisch`), single spaces. */
const fold = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/-/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** "Every language": an offer open to all, not a language. */
const allWords = new Set(['all', 'alle', 'alle sprachen', 'any', 'all languages', 'any language']);

/** Names and abbreviations that neither CLDR nor ISO 639-3 gives. */
const aliases = new Map(
  Object.entries({
    farsi: 'fa',
    kurmanji: 'kmr',
    sorani: 'ckb',
    romanes: 'rom',
    tigrinisch: 'ti',
    plattdeutsch: 'nds',
    asl: 'ase',
    bsl: 'bfi',
    dgs: 'gsg',
    'deutsche gebärdensprache': 'gsg',
    'leichte sprache': 'de-x-ls',
    'easy read': 'de-x-ls',
  }).map(([name, tag]) => [fold(name), tag]),
);

/** Three-letter ISO codes that are also English or German words, and so are not taken as codes (`All` ≠ Allar, `the` ≠ Chitwania Tharu). */
const ordinaryWords = new Set(
  'all and any are but can for has her how its may new nor not now one per see she the too two was yes etc tel fax bei bis das dem den der des hat ich ist mit nur sie und vor wie les las los non'.split(
    ' ',
  ),
);

/** Languages, without the special codes (`und`, `mul`, `zxx`, `qaa`–`qtz`). */
const languages = () => iso6393.filter((language) => language.type !== 'special');

let codes: Set<string> | undefined;

/** Every ISO 639-1, 639-2 (B and T) and 639-3 code. */
const isCode = (code: string) =>
  (codes ??= new Set(
    languages().flatMap((l) => [l.iso6391, l.iso6392B, l.iso6392T, l.iso6393].filter((c): c is string => !!c)),
  )).has(code);

/** The canonical form of a tag; undefined if it is no tag. A bare language that CLDR makes a region of another (`prs` → `fa-AF`) stays. */
function canonical(tag: string): string | undefined {
  try {
    const [result] = Intl.getCanonicalLocales(tag);
    if (!result || !z.safeParse(languageTagSchema, result).success) return undefined;
    return !tag.includes('-') && new Intl.Locale(result).region ? tag.toLowerCase() : result;
  } catch {
    return undefined; // RangeError: not a well-formed tag
  }
}

interface NameIndex {
  /** Folded name → ISO code (canonicalised when found: doing it for all 7,800 codes would double the build time). */
  names: Map<string, string>;
  /** The first word of names of two or more words → their code, or null when names of different languages start with it. */
  firstWords: Map<string, string | null>;
}

let nameIndex: NameIndex | undefined;

/** Built on first use: naming all 7,800 languages in two languages takes about a quarter of a second. */
function buildIndex(): NameIndex {
  const names = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name && fold(name);
    if (key && !names.has(key)) names.set(key, code);
  };
  const all = languages().map((language) => ({ language, code: language.iso6391 ?? language.iso6393 }));
  // First the ISO names: `Filipino` is `fil`, although CLDR names `tl` Filipino too.
  for (const { language, code } of all) add(language.name, code);
  // CLDR's names, two-letter codes first: theirs win a clash (`Akan` is `ak`, not `tw`).
  const de = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' });
  const en = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (const { code } of [...all].sort((a, b) => Number(!a.language.iso6391) - Number(!b.language.iso6391))) {
    add(de.of(code), code);
    add(en.of(code), code);
  }
  // ISO names without their qualifier, last: `Oriya (macrolanguage)`, `Modern Greek (1453-)`.
  for (const { language, code } of all) add(language.name.replace(/\s*\(.*\)$/, ''), code);

  // `Mandarin` for `Mandarin Chinese`; not for sign languages, which a nationality alone (`British`) never means.
  const firstWords = new Map<string, string | null>();
  for (const [name, code] of names) {
    const [first, ...rest] = name.split(' ');
    if (!first || rest.length === 0 || /sign language|gebaerdensprache/.test(name)) continue;
    firstWords.set(first, firstWords.has(first) && firstWords.get(first) !== code ? null : code);
  }
  return { names, firstWords };
}

/** `auf Türkisch`, `in türkischer Sprache`, `the English language` → `tuerkisch`, `english` (folded). */
const plainName = (key: string) =>
  key
    .replace(/^(?:(?:auf|in|im|die|der|the)\s+)+/, '')
    .replace(/\s+(?:sprache|language)$/, '')
    .replace(/sch(?:e|er|en|es)$/, 'sch');

/** A code written all in lower or upper case (`tr`, `TUR`, `de-AT`, `sr-Latn`), not an ordinary word. */
function codeTag(text: string): string | undefined {
  const match = /^([a-z]{2,3}|[A-Z]{2,3})((?:-[A-Za-z0-9]{1,8})*)$/.exec(text);
  const primary = match?.[1]!.toLowerCase();
  if (!match || !primary || ordinaryWords.has(primary) || !isCode(primary)) return undefined;
  return canonical(primary + match[2]);
}

/**
 * The tag of a language name or code (`Türkisch`, `turkish`, `tur`, `DE`,
 * `Mandarin` → `zh`), `all` for "all languages", or `unknown`.
 */
export function languageTag(value: string): LanguageResult {
  const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  const key = fold(text);
  if (!key) return { kind: 'unknown' };
  if (allWords.has(key)) return { kind: 'all' };
  const found = (tag: string | undefined): LanguageResult => (tag ? { kind: 'tag', tag } : { kind: 'unknown' });
  const candidates = [key, plainName(key)];
  const alias = candidates.map((name) => aliases.get(name)).find(Boolean);
  if (alias) return found(canonical(alias));
  const coded = codeTag(text);
  if (coded) return found(coded);
  nameIndex ??= buildIndex();
  const { names, firstWords } = nameIndex;
  const code =
    candidates.map((name) => names.get(name)).find(Boolean) ?? (key.includes(' ') ? undefined : firstWords.get(key));
  return found(code ? canonical(code) : undefined);
}

/**
 * The languages in a cell, as written, for `languageTag`: `Deutsch, Englisch
 * und Türkisch`, `English/Polish`, `Arabic; Urdu`, one per line or list item.
 */
export function splitLanguages(cell: string): string[] {
  return cell
    .split(/[,;/|\n•]|\s(?:und|and|oder|or|sowie|&|\+)\s/i)
    .map((piece) => piece.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean);
}
