/**
 * Dates as sources write them, into the catalog's `YYYY-MM-DD`: ISO dates and
 * date-times (HSDS `last_modified`), German dates of a Jugendamt's list
 * (`1.3.2026`, `Stand: 12.03.2026`, `März 2026`), English ones of UK feeds
 * (`7 May 2024`). Written by hand: a date library would parse `5/7/2024` as
 * the 7th of May or the 5th of July by locale, and the point here is to refuse
 * what is ambiguous and what does not exist (`31.02.2026`). No DOM.
 */

/**
 * Month names and the short forms people write (`Mrz`, `Sept`, `Jänner`),
 * German and English by their stem; Intl gives only the standard forms.
 */
const monthPatterns: readonly RegExp[] = [
  /^(jan(uar|uary)?|jän(ner)?)$/,
  /^(feb(ruar|ruary)?|feber)$/,
  /^(mär(z)?|maerz|mrz|mar(ch)?)$/,
  /^apr(il)?$/,
  /^(mai|may)$/,
  /^jun(i|e)?$/,
  /^jul(i|y)?$/,
  /^aug(ust)?$/,
  /^sep(t|tember)?$/,
  /^(okt(ober)?|oct(ober)?)$/,
  /^nov(ember)?$/,
  /^(dez(ember)?|dec(ember)?)$/,
];

/** 1–12 for a month name (`März`, `Sept.`, `december`), else undefined. */
function monthOf(word: string): number | undefined {
  const stem = word.toLowerCase().replace(/\.$/, '');
  const index = monthPatterns.findIndex((pattern) => pattern.test(stem));
  return index < 0 ? undefined : index + 1;
}

/** Whether the date exists, by the proleptic Gregorian calendar (as the catalog's date pattern). */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A label before the date: `Stand:`, `zuletzt aktualisiert am`, `Last updated:`. */
const label =
  /^(?:stand|(?:zuletzt\s+)?(?:aktualisiert|geändert)|(?:last\s+)?(?:updated|modified|reviewed)|as\s+of)(?:\s+(?:am|vom|on))?\s*:?\s*/i;
/** A time after the date (`12.03.2026, 14:30 Uhr`), ignored. */
const time = String.raw`(?:,?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*uhr)?)?`;
/** A two-digit year is this century (`01.03.26`). */
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

const formats: readonly {
  pattern: RegExp;
  date: (m: RegExpExecArray) => [year: number, month: number | undefined, day: number];
}[] = [
  // ISO date, date-time (`T` or a space; the date as written, whatever the offset), `2024/05/07`, ISO month `2026-03`.
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/, date: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, date: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  { pattern: /^(\d{4})-(\d{2})$/, date: (m) => [Number(m[1]), Number(m[2]), 1] },
  // German `1.3.2026`, `01.03.26`.
  {
    pattern: new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${time}$`, 'i'),
    date: (m) => [fullYear(m[3]!), Number(m[2]), Number(m[1])],
  },
  // Month and year: `03/2026`, `3.2026`.
  { pattern: /^(\d{1,2})[/.](\d{4})$/, date: (m) => [Number(m[2]), Number(m[1]), 1] },
  // `7 May 2024`, `7th May 2024`, `1. März 2026`.
  {
    pattern: /^(\d{1,2})(?:\.|st|nd|rd|th)?\s+(\p{L}+\.?)\s+(\d{4})$/iu,
    date: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])],
  },
  // `May 7, 2024`: unambiguous, since the month is a name.
  {
    pattern: /^(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu,
    date: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])],
  },
  // `März 2026`, `Sept. 2026`.
  { pattern: /^(\p{L}+\.?)\s+(\d{4})$/u, date: (m) => [Number(m[2]), monthOf(m[1]!), 1] },
];

/**
 * `YYYY-MM-DD` for a date as written, or undefined if it is none, does not
 * exist, or is ambiguous: `5/7/2024` (US month first or UK day first) is
 * refused rather than guessed. A month alone (`März 2026`, `03/2026`) gives
 * its first day. A date-time keeps the date as written (no time zone shift).
 */
export function parseDate(value: string): string | undefined {
  const text = value.trim().replace(/\s+/g, ' ').replace(label, '');
  for (const { pattern, date } of formats) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, month, day] = date(match);
    if (month === undefined || !exists(year, month, day)) return undefined;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}
