/**
 * Opening hours as people write them, German and English (`Mo–Fr 8:00–16:00 Uhr`,
 * `Montag bis Freitag von 8 bis 12 Uhr`, `Mon-Fri 9am-5pm`), into the
 * catalog's structured periods. Written by hand: the OSM `opening_hours`
 * parsers read OSM's syntax, not the prose of a Kita list.
 *
 * The text is cut into segments at line breaks and `;`. A segment with days
 * or times must be understood entirely, or the hours are not made: periods
 * that are half right would make "jetzt geöffnet" lie. Then the segments not
 * understood come back for the caller to report. Decisions:
 * - A segment without days and times is an addition kept in the text
 *   (`nach Vereinbarung`, `Bitte vorher anrufen`) and does not block the
 *   others, unless it speaks of closures or exceptions (`in den Ferien
 *   geschlossen`, `außer an Feiertagen`, `term time only`): those make the
 *   weekly hours wrong on days the catalog cannot name, so they block.
 * - Days with `geschlossen`/`closed` or `nach Vereinbarung` give no period.
 * - `werktags` is Monday to Friday (what a Kita or an office means by it).
 * - Times need days (`7:00–16:30 Uhr` alone is reported); `ab 8 Uhr` has no end.
 * - `9-5` (bare hours, closing "before" opening in the morning) is refused as
 *   the UK's 9am–5pm; past midnight needs an evening start (`22-6 Uhr`) or minutes.
 * - A validity in parentheses ends a segment of one day group: `(ab 01.01.2026, bis 18.12.2026)`.
 */
import type { OpeningPeriod, Weekday } from '../../catalog/schema.js';
import { parseDate } from './dates.js';
import { week } from './hours-format.js';

export { formatOpeningHours, parseTime, periodsFromDayColumns } from './hours-format.js';

type Time = { hour: number; minute?: number; meridiem?: 'am' | 'pm' };
type Token =
  | { kind: 'day'; days: Weekday[]; single: boolean }
  | ({ kind: 'time' } & Time)
  | { kind: 'range' | 'and' | 'closed' | 'appointment' | 'unknown' };

const dayWords: Record<string, Weekday> = {};
(
  [
    ['mo', 'montag', 'mon', 'monday'],
    ['di', 'dienstag', 'tu', 'tue', 'tues', 'tuesday'],
    ['mi', 'mittwoch', 'we', 'wed', 'weds', 'wednesday'],
    ['do', 'donnerstag', 'th', 'thu', 'thur', 'thurs', 'thursday'],
    ['fr', 'freitag', 'fri', 'friday'],
    ['sa', 'samstag', 'sonnabend', 'sat', 'saturday'],
    ['so', 'sonntag', 'su', 'sun', 'sunday'],
  ] as const
).forEach((words, index) => words.forEach((word) => (dayWords[word] = week[index]!)));

const dayGroups: Record<string, Weekday[]> = {
  täglich: [...week],
  tgl: [...week],
  daily: [...week],
  werktags: week.slice(0, 5),
  wochentags: week.slice(0, 5),
  weekdays: week.slice(0, 5),
  wochenende: ['sa', 'su'],
  weekend: ['sa', 'su'],
  weekends: ['sa', 'su'],
};

const words: Record<string, 'range' | 'and' | 'closed' | 'filler'> = {
  bis: 'range',
  to: 'range',
  till: 'range',
  til: 'range',
  until: 'range',
  through: 'range',
  thru: 'range',
  und: 'and',
  and: 'and',
  sowie: 'and',
  geschlossen: 'closed',
  closed: 'closed',
  ruhetag: 'closed',
  uhr: 'filler',
  von: 'filler',
  from: 'filler',
  jeweils: 'filler',
  geöffnet: 'filler',
  open: 'filler',
  jeden: 'filler',
  jede: 'filler',
  every: 'filler',
  each: 'filler',
  am: 'filler',
  an: 'filler',
  on: 'filler',
  sonst: 'filler',
  ansonsten: 'filler',
  otherwise: 'filler',
  nur: 'filler',
  only: 'filler',
  auch: 'filler',
  also: 'filler',
};

const noon: Time = { hour: 12, minute: 0, meridiem: 'pm' };
const timeWords: Record<string, Time> = { noon, midday: noon, midnight: { hour: 12, minute: 0, meridiem: 'am' } };

/** A day word as written: `Mo.`, `Montags`, `Mondays`, `Sa`. */
function dayToken(word: string): Token | undefined {
  const day = dayWords[word] ?? dayWords[word.replace(/s$/, '')];
  if (day) return { kind: 'day', days: [day], single: true };
  const group = dayGroups[word];
  return group ? { kind: 'day', days: group, single: false } : undefined;
}

const scanners: { pattern: RegExp; token: (m: RegExpExecArray) => Token | undefined }[] = [
  { pattern: /\s+|:/y, token: () => undefined },
  {
    pattern:
      /(?:termine?\s+)?(?:nach\s+(?:telefonischer\s+|vorheriger\s+)?(?:vereinbarung|absprache)|(?:by|after)\s+appointment)/y,
    token: () => ({ kind: 'appointment' }),
  },
  // `8`, `08:00`, `8.30`, `0800`, `9am`, `9.30 p.m.`; `am` before a German day (`9-12 am Mo`) is the German word.
  {
    pattern:
      /(\d{1,2})(?:[:.](\d{2})|(\d{2}))?(?:\s?([ap])\.?m\.?(?!\p{L})(?!\s+(?:mo|di|mi|do|fr|sa|so)))?(?![\d.])/uy,
    token: (m) => {
      const minute = m[2] ?? m[3];
      return {
        kind: 'time',
        hour: Number(m[1]),
        minute: minute === undefined ? undefined : Number(minute),
        meridiem: m[4] ? (m[4] === 'a' ? 'am' : 'pm') : undefined,
      };
    },
  },
  { pattern: /-/y, token: () => ({ kind: 'range' }) },
  { pattern: /[,/&+]/y, token: () => ({ kind: 'and' }) },
  {
    pattern: /(\p{L}+)\.?/uy,
    token: (m) => {
      const word = m[1]!;
      const kind = words[word];
      if (kind === 'filler') return undefined;
      if (kind) return { kind };
      if (timeWords[word]) return { kind: 'time', ...timeWords[word] };
      return dayToken(word) ?? { kind: 'unknown' };
    },
  },
];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  scan: while (at < text.length) {
    for (const { pattern, token } of scanners) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (!match || match[0] === '') continue;
      at += match[0].length;
      const found = token(match);
      if (found) tokens.push(found);
      continue scan;
    }
    tokens.push({ kind: 'unknown' });
    at++;
  }
  return tokens;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Minutes of the day of a time in a range; the other end lends its am/pm (`9-11am`, `9-5pm` = 9am–5pm). */
function minutesOf(time: Time, meridiem: 'am' | 'pm' | undefined): number | undefined {
  const minute = time.minute ?? 0;
  if (minute > 59) return undefined;
  if (!meridiem) return time.hour > 24 || (time.hour === 24 && minute > 0) ? undefined : time.hour * 60 + minute;
  if (time.hour < 1 || time.hour > 12) return undefined;
  return ((time.hour % 12) + (meridiem === 'pm' ? 12 : 0)) * 60 + minute;
}

/** A time range as catalog times, or undefined if it is not one. */
function range(from: Time, to: Time): { opens: string; closes: string } | undefined {
  let [first, second] = [from.meridiem, to.meridiem];
  if (!first && second) first = (minutesOf(from, second) ?? 0) > (minutesOf(to, second) ?? 0) ? 'am' : second;
  if (first && !second) second = (minutesOf(to, first) ?? 0) < (minutesOf(from, first) ?? 0) ? 'pm' : first;
  const opens = minutesOf(from, first);
  let closes = minutesOf(to, second);
  if (opens === undefined || closes === undefined || opens >= 24 * 60) return undefined;
  if (closes === 0 && second) closes = 24 * 60; // `12am`, `midnight` as closing time
  if (opens === closes) return undefined;
  const bare = from.minute === undefined && to.minute === undefined && !first;
  if (bare && closes < opens && opens < 12 * 60) return undefined;
  const text = (minutes: number) => `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
  return { opens: text(opens), closes: text(closes) };
}

/** The periods of one segment's tokens, or undefined if something in it is not understood. */
function periodsOf(tokens: Token[]): { periods: Omit<OpeningPeriod, 'note'>[]; groups: number } | undefined {
  const periods: Omit<OpeningPeriod, 'note'>[] = [];
  let groups = 0;
  let i = 0;
  const at = (offset = 0) => tokens[i + offset];
  while (i < tokens.length) {
    if (at()?.kind === 'appointment' || (at()?.kind === 'and' && i > 0)) {
      i++;
      continue;
    }
    const days: Weekday[] = [];
    for (let token = at(); token?.kind === 'day'; token = at()) {
      const end = at(2);
      if (
        token.single &&
        at(1)?.kind === 'range' &&
        end?.kind === 'day' &&
        end.single &&
        end.days[0] !== token.days[0]
      ) {
        for (let day = token.days[0]!; ; day = week[(week.indexOf(day) + 1) % 7]!) {
          days.push(day);
          if (day === end.days[0]) break;
        }
        i += 3;
      } else {
        days.push(...token.days);
        i++;
      }
      if (at()?.kind === 'and' && at(1)?.kind === 'day') i++;
      else break;
    }
    if (days.length === 0) return undefined;
    groups++;
    const unique = [...new Set(days)];
    if (at()?.kind === 'closed' || at()?.kind === 'appointment') {
      i++;
      continue;
    }
    let ranges = 0;
    for (
      let from = at(), to = at(2);
      from?.kind === 'time' && at(1)?.kind === 'range' && to?.kind === 'time';
      from = at(), to = at(2)
    ) {
      const times = range(from, to);
      if (!times) return undefined;
      periods.push({ days: [...unique], ...times });
      ranges++;
      i += 3;
      if (at()?.kind === 'and' && at(1)?.kind === 'time') i++;
      else break;
    }
    if (ranges === 0) return undefined;
  }
  return { periods, groups };
}

/** A label before the hours: `Öffnungszeiten:`, `Telefonische Sprechzeiten:`, `Opening hours:`. */
const label =
  /^(?:\p{L}+\s+)?(?:öffnungszeit(?:en)?|sprechzeit(?:en)?|sprechstunden?|bürozeit(?:en)?|beratungszeit(?:en)?|servicezeit(?:en)?|geschäftszeit(?:en)?|opening\s+(?:hours|times)|office\s+hours|hours)\s*:/u;
/** `(ab 01.01.2026, bis 18.12.2026)`, `(ab 1.3.2026)`, `(bis 31.7.2026)` at the end. */
const validity = /\(\s*(?:ab\s+([\d.]+))?\s*,?\s*(?:bis\s+([\d.]+))?\s*\)$/;
/** What makes weekly hours wrong on days the catalog cannot name. */
const exception =
  /geschlossen|closed|ferien|feiertag|holiday|term[\s-]time|außer|ausser|except|entfällt|entfallen|fällt\s+aus|cancel/;

/** The periods of one segment; `[]` for an addition without days and times; undefined if not understood. */
function segmentPeriods(segment: string): Omit<OpeningPeriod, 'note'>[] | undefined {
  let text = segment
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(label, '')
    .trim();
  const valid = validity.exec(text);
  const from = valid?.[1] ? parseDate(valid[1]) : undefined;
  const through = valid?.[2] ? parseDate(valid[2]) : undefined;
  if (valid) {
    if (
      (!valid[1] && !valid[2]) ||
      (valid[1] && !from) ||
      (valid[2] && !through) ||
      (from && through && from > through)
    )
      return undefined;
    text = text.slice(0, valid.index);
  }
  const tokens = tokenize(text);
  if (!tokens.some((token) => token.kind === 'day' || token.kind === 'time'))
    return valid || exception.test(text) ? undefined : [];
  const parsed = periodsOf(tokens);
  if (!parsed || (valid && parsed.groups !== 1)) return undefined;
  return parsed.periods.map((period) => ({
    ...period,
    ...(from && { validFrom: from }),
    ...(through && { validThrough: through }),
  }));
}

/**
 * Structured opening hours from an opening text, if every segment with days
 * or times is understood (see above); `unparsed` are the segments that are not.
 */
export function parseOpeningText(text: string): { hours?: OpeningPeriod[]; unparsed: string[] } {
  const hours: OpeningPeriod[] = [];
  const unparsed: string[] = [];
  for (const line of text.split(/[\n;]/)) {
    // List markers of the text convention (`• `, `- `, `1. `) are not part of the hours.
    const segment = line.replace(/^\s*(?:[•*-]|\d+\.)\s+/, '').trim();
    if (!segment) continue;
    const periods = segmentPeriods(segment);
    if (periods) hours.push(...periods);
    else unparsed.push(segment);
  }
  return unparsed.length === 0 && hours.length > 0 ? { hours, unparsed } : { unparsed };
}
