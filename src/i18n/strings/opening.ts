/**
 * German strings for opening hours, the date of an entry and "Fehler melden":
 * shared by `<offer-search>` and `<contact-card>` (../../elements/shared/opening-hours.ts).
 */
import type { Formatters } from '../formatters.js';

export const openingDe = {
  /** Open at this moment; `until` is a time (`12:00`) or a day and time (`Mi 02:00`). */
  openNow: (until: string) => `Jetzt geöffnet, bis ${until}`,
  /** Closed at this moment; `next` is `heute 14:00`, `morgen 09:00`, `Di 09:00` or `Mo, 7.12. 09:00`. */
  closedNow: (next: string) => `Jetzt geschlossen, öffnet ${next}`,
  /** Closed, and no opening in the next two weeks. */
  closedForNow: 'Zurzeit geschlossen',
  today: 'heute',
  tomorrow: 'morgen',
  /** A day and a clock time, as in `closedNow`. */
  dayAndTime: (day: string, time: string) => `${day} ${time}`,
  /** The heading of the structured hours, and of the facet. */
  openingHours: 'Öffnungszeiten',
  openTodayOnly: 'Heute geöffnet',
  /** One period of the structured hours: `Di, Do 09:00–12:00`. */
  openingPeriod: (days: string, opens: string, closes: string) => `${days} ${opens}–${closes}`,
  /** A period valid for a while only: `ab 1. Dezember 2026`, `bis 18. Dezember 2026`. */
  openingValidFrom: (date: string) => `ab ${date}`,
  openingValidThrough: (date: string) => `bis ${date}`,
  /** When the entry was last checked: `Stand: März 2026`. */
  updatedOn: (month: string) => `Stand: ${month}`,
  /** … and when that is longer ago than the catalog's period (12 months by default). */
  updatedLongAgo: (month: string, months: number, f: Formatters) =>
    `Stand: ${month}. Seit über ${f.plural(months, { one: 'einem Monat', other: `${f.number(months)} Monaten` })} nicht geprüft – bitte fragen Sie nach, ob es noch so gilt.`,
  /** A link that writes an e-mail about a wrong entry. */
  reportError: 'Fehler melden',
  reportSubject: (title: string, id: string) => `Fehler im Eintrag „${title}“ (${id})`,
  /** The e-mail's text; `link` opens the entry. */
  reportBody: (title: string, id: string, link: string) =>
    `Guten Tag,\n\nim Eintrag „${title}“ (ID ${id}) stimmt etwas nicht:\n\n\n\nDer Eintrag: ${link}`,
};
