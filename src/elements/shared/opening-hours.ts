/**
 * Opening hours and the date of an entry as families read them, in the UI
 * language: "Jetzt geöffnet, bis 12:00", "Jetzt geschlossen, öffnet Di 09:00",
 * "Di, Do 09:00–12:00", "Stand: März 2026". The times themselves come from
 * the catalog layer (../../catalog/opening-hours.ts, freshness.ts).
 */
import { berlinTime, daysBetween } from '../../catalog/calendar.js';
import { openingStatus, type OpeningMoment } from '../../catalog/opening-hours.js';
import { freshness } from '../../catalog/freshness.js';
import { localize } from '../../catalog/localize.js';
import type { OpeningHours, Weekday } from '../../catalog/schema.js';
import type { Localization } from '../../i18n/i18n.js';

/** The days of the week from Monday, and a Monday to name them by (2024-01-01). */
const week: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const dateOfWeekday = (day: Weekday) => `2024-01-0${week.indexOf(day) + 1}`;

/** `heute 14:00`, `morgen 09:00`, `Di 09:00`, or a week or more ahead `Mo, 7.12. 09:00`; a closing today is its time alone. */
function momentText(moment: OpeningMoment, today: string, l: Localization, timeAloneToday: boolean): string {
  const s = l.strings;
  const time = l.time(moment.time);
  const days = daysBetween(today, moment.date);
  if (days === 0) return timeAloneToday ? time : s.dayAndTime(s.today, time);
  if (days === 1) return s.dayAndTime(s.tomorrow, time);
  return s.dayAndTime(l.weekday(moment.date, days >= 7), time);
}

/** Open or closed at `at`, and until when or from when. */
export function openingStatusText(hours: OpeningHours, at: Date, l: Localization): { open: boolean; text: string } {
  const s = l.strings;
  const today = berlinTime(at).date;
  const status = openingStatus(hours, at);
  if (status.open) return { open: true, text: s.openNow(momentText(status.closes, today, l, true)) };
  return { open: false, text: status.opens ? s.closedNow(momentText(status.opens, today, l, false)) : s.closedForNow };
}

/**
 * The periods as lines: `Mo–Fr 09:00–12:00`, `Di, Do 14:00–17:00 (bis 18.
 * Dezember 2026; vor Weihnachten)`. Three or more days in a row are a range.
 */
export function openingPeriodLines(hours: OpeningHours, l: Localization): string[] {
  const s = l.strings;
  return hours.map((period) => {
    const days = week.filter((day) => period.days.includes(day));
    const runs: Weekday[][] = [];
    for (const day of days) {
      const run = runs.at(-1);
      if (run && week.indexOf(run.at(-1)!) === week.indexOf(day) - 1) run.push(day);
      else runs.push([day]);
    }
    const name = (day: Weekday) => l.weekday(dateOfWeekday(day));
    const dayText = runs
      .flatMap((run) => (run.length >= 3 ? [`${name(run[0]!)}–${name(run.at(-1)!)}`] : run.map(name)))
      .join(', ');
    const extra = [
      period.validFrom && s.openingValidFrom(l.date(period.validFrom)),
      period.validThrough && s.openingValidThrough(l.date(period.validThrough)),
      period.note && localize(period.note, l.requested),
    ].filter(Boolean);
    const line = s.openingPeriod(dayText, l.time(period.opens), l.time(period.closes));
    return extra.length ? `${line} (${extra.join('; ')})` : line;
  });
}

/**
 * "Stand: März 2026", and whether it is older than `months` (then the text
 * says so, for families). No date, no text.
 */
export function updatedText(
  updated: string | undefined,
  today: string,
  months: number,
  l: Localization,
): { stale: boolean; text: string } | undefined {
  if (!updated) return undefined;
  const month = l.month(updated);
  return freshness(updated, today, months) === 'stale'
    ? { stale: true, text: l.strings.updatedLongAgo(month, months, l.format) }
    : { stale: false, text: l.strings.updatedOn(month) };
}
