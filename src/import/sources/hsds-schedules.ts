/**
 * HSDS schedules (RFC 5545 recurrence rules: `freq`, `byday`, `opens_at`,
 * `closes_at`) and the older Open Referral `regular_schedules` (a
 * `weekday` per row) as the catalog's opening hours and opening text.
 */
import type { OpeningHours, OpeningPeriod, Weekday } from '../../catalog/schema.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

const germanDay: Record<string, string> = { MO: 'Mo', TU: 'Di', WE: 'Mi', TH: 'Do', FR: 'Fr', SA: 'Sa', SU: 'So' };
const weekOrder = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const catalogDay: Record<string, Weekday> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };

/** `10:00:00` or `9:30` → `10:00`, `09:30`. */
export const timeOf = (value: unknown) => {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})/.exec(value.trim()) : null;
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
};

/** `MO,TU,WE,TH,FR` → `Mo–Fr`, `TH,FR` → `Do, Fr`; an ordinal day of a monthly schedule (`1MO`) → `1. Mo`. */
export function germanDays(byday: string): string | undefined {
  const days = byday
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter(Boolean);
  if (days.length === 0) return undefined;
  if (!days.every((d) => d in germanDay)) {
    const parts = days
      .map((d) => /^([+-]?\d{1,2})([A-Z]{2})$/.exec(d))
      .map((m) =>
        m && germanDay[m[2]!] ? `${Number(m[1]) < 0 ? 'letzter' : `${Number(m[1])}.`} ${germanDay[m[2]!]}` : undefined,
      );
    return parts.every(Boolean) ? parts.join(', ') : undefined;
  }
  const sorted = [...new Set(days)].sort((a, b) => weekOrder.indexOf(a) - weekOrder.indexOf(b));
  const runs: string[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && weekOrder.indexOf(day) === weekOrder.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length >= 3 ? `${germanDay[run[0]!]}–${germanDay[run.at(-1)!]}` : run.map((d) => germanDay[d]).join(', '),
    )
    .join(', ');
}

/**
 * Schedules as an opening text: `Do, Fr 10:00–18:00` (German, made here); a
 * schedule without days and times gives its description (in the source's
 * language), and then `generated` is false.
 */
export function scheduleText(schedules: Json[]): { text: string; generated: boolean } | undefined {
  const parts: string[] = [];
  let generated = true;
  for (const schedule of schedules) {
    const opens = timeOf(schedule.opens_at);
    const closes = timeOf(schedule.closes_at);
    const freq = text(schedule.freq)?.toUpperCase();
    const days = text(schedule.byday) ? germanDays(text(schedule.byday)!) : undefined;
    const hours = opens && closes ? `${opens}–${closes}` : opens ? `ab ${opens}` : closes ? `bis ${closes}` : undefined;
    let part: string | undefined;
    if ((freq === undefined || freq === 'WEEKLY' || freq === 'MONTHLY') && (days || hours)) {
      part = [days, hours].filter(Boolean).join(' ');
      if (freq === 'MONTHLY' && days && !/\d\./.test(days)) part = `monatlich ${part}`;
    } else {
      part = text(schedule.description);
      if (part) generated = false;
    }
    if (part && !parts.includes(part)) parts.push(part);
  }
  return parts.length ? { text: parts.join('; '), generated } : undefined;
}

/** The date of `2005-01-01` or `2005-01-01T00:00:00Z`. */
const dateOf = (value: unknown) => /^\d{4}-\d{2}-\d{2}/.exec(text(value) ?? '')?.[0];

/**
 * Schedules as structured opening hours, when every one of them is a plain
 * weekly rule with days and both times; `valid_from`/`dtstart` and
 * `valid_to`/`until` limit the dates. Anything else (monthly, every other
 * week, a number of occurrences, only a description) would make "open now"
 * wrong, so then there are none and the text says it alone. Times are taken
 * as local time.
 */
export function openingHoursFromSchedules(schedules: Json[]): OpeningHours | undefined {
  const hours: OpeningPeriod[] = [];
  for (const schedule of schedules) {
    const freq = text(schedule.freq)?.toUpperCase();
    const days = (text(schedule.byday) ?? '').split(',').map((day) => catalogDay[day.trim().toUpperCase()]);
    const opens = timeOf(schedule.opens_at);
    const closes = timeOf(schedule.closes_at);
    const weekly =
      (freq === undefined || freq === 'WEEKLY') &&
      (schedule.interval === undefined || schedule.interval === null || Number(schedule.interval) === 1) &&
      (schedule.count === undefined || schedule.count === null);
    if (!weekly || !days.every((day) => day !== undefined) || !opens || !closes || opens === closes) return undefined;
    const period: OpeningPeriod = { days: [...new Set(days as Weekday[])], opens, closes };
    const validFrom = [dateOf(schedule.valid_from), dateOf(schedule.dtstart)]
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
    const validThrough = [dateOf(schedule.valid_to), dateOf(schedule.until)].filter((d) => d !== undefined).sort()[0];
    if (validFrom) period.validFrom = validFrom;
    if (validThrough) period.validThrough = validThrough;
    hours.push(period);
  }
  return hours.length ? hours : undefined;
}

const weekdayNames: Record<string, Weekday> = {
  monday: 'mo',
  tuesday: 'tu',
  wednesday: 'we',
  thursday: 'th',
  friday: 'fr',
  saturday: 'sa',
  sunday: 'su',
  mon: 'mo',
  tue: 'tu',
  wed: 'we',
  thu: 'th',
  fri: 'fr',
  sat: 'sa',
  sun: 'su',
};
/** HSDS 1.x numbers the week from Sunday (0 or 7) or Monday (1). */
const weekdayNumbers: Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** The weekday of a `regular_schedules` row: `Monday`, `mon`, `1`, or a one-day `byday`. */
export function weekdayOf(schedule: Json): Weekday | undefined {
  const value = schedule.weekday;
  if (typeof value === 'number' || (typeof value === 'string' && /^\d$/.test(value.trim())))
    return weekdayNumbers[Number(value)];
  if (typeof value === 'string') return weekdayNames[value.trim().toLowerCase()];
  return undefined;
}
