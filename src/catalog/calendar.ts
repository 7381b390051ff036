/**
 * The calendar of the city: "today", opening hours, ages and the age of an
 * entry all count in Berlin wall-clock time and in calendar days, whatever
 * the reader's device says. One module, so that every one of them asks
 * `Intl` the same way (one `formatToParts` call per instant) and counts days
 * the same way (calendar arithmetic at UTC midnight, so no clock change can
 * add or lose an hour). No DOM, no date library.
 */
import type { Weekday } from './schema.js';

/** A day of the calendar; `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** An instant as the clock in Berlin shows it. */
export interface BerlinTime {
  /** The Berlin calendar date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Minutes since midnight by the clock (hour × 60 + minute), not elapsed minutes. */
  minutes: number;
}

/** In the order of `Date.prototype.getUTCDay`. */
const weekdays: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
const dayMs = 86_400_000;

let berlinFormat: Intl.DateTimeFormat | undefined;

/** The Berlin date, weekday and clock time of an instant. */
export function berlinTime(at: Date): BerlinTime {
  berlinFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = berlinFormat.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  const date = `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
  return { date, weekday: weekdayOf(date), minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** The Berlin calendar date of an instant: "today" is today in Kamen. */
export function calendarDateIn(at: Date): CalendarDate {
  return dateOf(berlinTime(at).date);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `2026-03-01` → a calendar date; undefined for anything else, including `2026-02-30`. */
export function parseCalendarDate(value: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** `YYYY-MM-DD`, as `<input type="date">` takes it for `min` and `max`, and as the catalog writes dates. */
export function formatCalendarDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from `from` to `to` (negative when `to` is earlier); pure calendar arithmetic, no clock changes. */
export function daysBetween(from: CalendarDate | string, to: CalendarDate | string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}

/** The date `days` days after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * dayMs).toISOString().slice(0, 10);
}

/** The weekday of a calendar date `YYYY-MM-DD`. */
export function weekdayOf(date: string): Weekday {
  return weekdays[new Date(utcMidnight(date)).getUTCDay()]!;
}

/** The date `months` calendar months before `today` (YYYY-MM-DD), the day clamped to the month's end. */
export function monthsBefore(today: string, months: number): string {
  const { year, month, day } = dateOf(today);
  const total = year * 12 + (month - 1) - months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatCalendarDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** The parts of a well-formed `YYYY-MM-DD` (the date part of a date-time too). */
function dateOf(date: string): CalendarDate {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** A calendar date as the instant of its UTC midnight; `setUTCFullYear`, since `Date.UTC` reads years below 100 as 19xx. */
function utcMidnight(date: CalendarDate | string): number {
  const { year, month, day } = typeof date === 'string' ? dateOf(date) : date;
  const value = new Date(0);
  value.setUTCFullYear(year, month - 1, day);
  return value.getTime();
}
