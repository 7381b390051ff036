/**
 * Structured opening hours from day columns (spreadsheets with `mo_o`/`mo_c`,
 * HSDS 1.x/2.0 `regular_schedules` with a `weekday`), and the canonical
 * German text of opening hours (`Mo–Fr 08:00–16:00; Sa 10:00–13:00`) that
 * `parseOpeningText` (hours.ts) reads back to the same periods. Written by
 * hand: the catalog's periods are its own model (days, times, validity), not
 * OSM's `opening_hours` or iCalendar's. No DOM.
 */
import type { LocalizedText, OpeningPeriod, Weekday } from '../../catalog/schema.js';

/** The week from Monday, as Germans count it. */
export const week: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** German day abbreviations, as on a door. */
const germanDay: Readonly<Record<Weekday, string>> = {
  mo: 'Mo',
  tu: 'Di',
  we: 'Mi',
  th: 'Do',
  fr: 'Fr',
  sa: 'Sa',
  su: 'So',
};

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A clock time from 24-hour or 12-hour notation (`9`, `9:00`, `09:00:00`,
 * `9.30`, `0930`, `8 Uhr`, `9am`, `12pm`, `24:00`) as `HH:MM`; undefined if it is none.
 * `12am` is `00:00`; as a closing time the caller makes it `24:00`.
 */
export function parseTime(value: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.]?(\d{2})(?::\d{2})?)?\s*(?:([ap])\.?\s?m\.?|uhr)?$/i.exec(value.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (minute > 59 || hour > 24 || (hour === 24 && minute > 0)) return undefined;
  return `${two(hour)}:${two(minute)}`;
}

/**
 * Opening hours from the times of each day: days with the same times become
 * one period (`mo`–`fr` 08:00–12:00 and 13:00–16:00 → two periods of five
 * days), in week order. Times are read with `parseTime`. If one of them
 * cannot be read, or a range opens when it closes (or at `24:00`), there are
 * no periods at all, as with `parseOpeningText`: half-right hours would make
 * "jetzt geöffnet" lie. Check the cells with `parseTime` to report which.
 */
export function periodsFromDayColumns(
  days: Partial<Record<Weekday, { opens: string; closes: string }[]>>,
): OpeningPeriod[] {
  const groups = new Map<string, { days: Weekday[]; ranges: { opens: string; closes: string }[] }>();
  for (const day of week) {
    const ranges: { opens: string; closes: string }[] = [];
    for (const range of days[day] ?? []) {
      const [opens, closes] = [parseTime(range.opens), parseTime(range.closes)];
      if (!opens || !closes || opens === closes || opens === '24:00') return [];
      ranges.push({ opens, closes });
    }
    if (ranges.length === 0) continue;
    const key = JSON.stringify(ranges);
    const group = groups.get(key);
    if (group) group.days.push(day);
    else groups.set(key, { days: [day], ranges });
  }
  return [...groups.values()].flatMap((group) => group.ranges.map((range) => ({ days: [...group.days], ...range })));
}

const next = (day: Weekday) => week[(week.indexOf(day) + 1) % 7]!;

/** `Mo–Fr` for three or more days that follow each other in the list (also `Sa–Mo`), else `Mo, Mi`; in the list's order. */
function formatDays(days: readonly Weekday[]): string {
  const runs: Weekday[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && next(run.at(-1)!) === day) run.push(day);
    else runs.push([day]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${germanDay[run[0]!]}–${germanDay[run.at(-1)!]}`] : run.map((day) => germanDay[day]),
    )
    .join(', ');
}

/** `2026-01-01` → `01.01.2026`. */
const germanDate = (date: string) => date.split('-').reverse().join('.');

const noteText = (note: LocalizedText) => (typeof note === 'string' ? note : (note.de ?? Object.values(note)[0] ?? ''));

/** What a period says in parentheses: its validity (`ab 01.01.2026, bis 18.12.2026`) and its note. */
function remarks(period: OpeningPeriod): string {
  const parts = [
    period.validFrom && `ab ${germanDate(period.validFrom)}`,
    period.validThrough && `bis ${germanDate(period.validThrough)}`,
    period.note && noteText(period.note),
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * Opening hours as canonical German text: `Mo–Fr 08:00–12:00, 13:00–16:00;
 * Sa 10:00–13:00 (ab 01.01.2026, bis 18.12.2026)`. Periods follow in their
 * order, one after another with the same days and validity sharing their
 * days. `parseOpeningText` reads it back to the same periods, unless a period
 * has a note (written in the parentheses, which the parser does not read).
 */
export function formatOpeningHours(hours: OpeningPeriod[]): string {
  const segments: { days: string; times: string[]; remarks: string }[] = [];
  hours.forEach((period, index) => {
    const time = `${period.opens}–${period.closes}`;
    const previous = hours[index - 1];
    const same =
      previous &&
      !previous.note &&
      !period.note &&
      previous.validFrom === period.validFrom &&
      previous.validThrough === period.validThrough &&
      previous.days.join() === period.days.join();
    if (same) segments.at(-1)!.times.push(time);
    else segments.push({ days: formatDays(period.days), times: [time], remarks: remarks(period) });
  });
  return segments.map((segment) => `${segment.days} ${segment.times.join(', ')}${segment.remarks}`).join('; ');
}
