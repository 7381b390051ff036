/**
 * Structured opening hours (`openingHours` of offers and contacts): is it
 * open now, when does it close or open next, does it open on a given day.
 *
 * Everything is in Berlin wall-clock time, the time on the door: a period
 * `09:00`–`12:00` means 9 to 12 by the clock in Kamen, whatever the reader's
 * time zone, summer or winter time. Instants become Berlin dates and clock
 * times once (calendar.ts); after that only calendar dates and
 * minutes of the day are compared, so the clock change needs no arithmetic
 * on instants. On the day the clocks go forward a time in the skipped hour
 * is simply never shown by the clock (a period that opens at 02:30 opens at
 * 03:00); on the day they go back, the repeated hour counts by the clock both
 * times. No DOM, no date library.
 */
import { addDays, berlinTime, weekdayOf } from './calendar.js';
import type { OpeningHours, OpeningPeriod, Weekday } from './schema.js';

/** A day and clock time at which something opens or closes. */
export interface OpeningMoment {
  weekday: Weekday;
  /** `YYYY-MM-DD`, Berlin. */
  date: string;
  /** `HH:MM`; a closing at midnight is `24:00` of the day that ends. */
  time: string;
}

export type OpeningStatus = { open: true; closes: OpeningMoment } | { open: false; opens?: OpeningMoment };

/** How far ahead `openingStatus` looks for the next opening: today and this many days after it. */
export const openingLookAheadDays = 14;

const dayMinutes = 24 * 60;

/**
 * The state of `hours` at the instant `at`. Open: when it closes, with
 * periods that follow on without a gap (09:00–12:00 and 12:00–18:00, or one
 * that runs to 24:00 and one that opens at 00:00) taken as one, as far as
 * the look-ahead reaches. Closed: the next opening today or in the next
 * `openingLookAheadDays` days, if any.
 */
export function openingStatus(hours: OpeningHours, at: Date): OpeningStatus {
  const now = berlinTime(at);
  // From yesterday: a period that opened then may run past midnight into today.
  const spans = openSpans(hours, now.date, -1, openingLookAheadDays);
  const current = spans.find((span) => span.start <= now.minutes && now.minutes < span.end);
  if (current) {
    let end = current.end;
    for (const span of spans) {
      if (span.start > end) break;
      if (span.end > end) end = span.end;
    }
    return { open: true, closes: momentOf(now.date, end, 'closes') };
  }
  const next = spans.find((span) => span.start > now.minutes);
  return next ? { open: false, opens: momentOf(now.date, next.start, 'opens') } : { open: false };
}

/**
 * Whether `hours` open on the Berlin date `date` (`YYYY-MM-DD`), at any time
 * of it ("heute geöffnet"), including the hours already past. A period counts
 * on the day it opens only: the part after midnight of one that opened the
 * evening before does not make the next day an opening day.
 */
export function opensOn(hours: OpeningHours, date: string): boolean {
  const weekday = weekdayOf(date);
  return hours.some((period) => opensOnDay(period, date, weekday));
}

/** An opening span in clock minutes counted from the reference date's midnight. */
interface Span {
  start: number;
  end: number;
}

/** The spans of the periods that open on the dates from `date + first` to `date + last` days, by start. */
function openSpans(hours: OpeningHours, date: string, first: number, last: number): Span[] {
  const spans: Span[] = [];
  for (let offset = first; offset <= last; offset++) {
    const day = addDays(date, offset);
    const weekday = weekdayOf(day);
    for (const period of hours) {
      if (!opensOnDay(period, day, weekday)) continue;
      const opens = clockMinutes(period.opens);
      const closes = clockMinutes(period.closes);
      const start = offset * dayMinutes + opens;
      spans.push({ start, end: start + (closes > opens ? closes - opens : closes + dayMinutes - opens) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Validity is about the date a period opens on. */
function opensOnDay(period: OpeningPeriod, date: string, weekday: Weekday): boolean {
  return (
    period.days.includes(weekday) &&
    (period.validFrom === undefined || period.validFrom <= date) &&
    (period.validThrough === undefined || date <= period.validThrough)
  );
}

function momentOf(date: string, minutes: number, kind: 'opens' | 'closes'): OpeningMoment {
  let days = Math.floor(minutes / dayMinutes);
  let clock = minutes - days * dayMinutes;
  if (kind === 'closes' && clock === 0) {
    days -= 1;
    clock = dayMinutes;
  }
  const day = addDays(date, days);
  const time = `${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock % 60).padStart(2, '0')}`;
  return { weekday: weekdayOf(day), date: day, time };
}

/** `09:30` → 570, `24:00` → 1440. */
const clockMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
