/**
 * German strings of `<contact-card>`, the source of every translation (one
 * file per language next to ../de.ts, loaded only when a page needs it).
 * Functions take the numbers and names to put in (see ../formatters.ts).
 *
 * Every key starts with `contact`: the strings of all elements are merged into
 * one object per language (../de.ts), so a plain `phone` here would silently
 * replace the one of `<offer-search>`.
 */
import type { Formatters } from '../formatters.js';

export const contactDe = {
  contactLoading: 'Kontakt wird geladen …',
  contactNotFound: 'Kontakt nicht gefunden.',
  contactNotFoundHint: 'Die Angaben wurden vielleicht geändert.',
  contactNetworks: (count: number, f: Formatters) => f.plural(count, { one: 'Netzwerk', other: 'Netzwerke' }),
  contactPhone: 'Telefon',
  contactEmail: 'E-Mail',
  contactWebsite: 'Website',
  contactAddress: 'Adresse',
  contactMapLink: 'Auf OpenStreetMap zeigen',
  contactHours: 'Sprechzeiten',
  /** For a person: the languages they speak. */
  contactSpeaks: 'Spricht',
  /** For an organisation: the languages of its advice. */
  contactLanguages: 'Sprachen',
  /** Beside `call` (Anrufen) of `<offer-search>`, the card's first actions; the name follows for screen readers. */
  contactWrite: 'E-Mail schreiben',
  contactSave: 'Kontakt speichern',
  contactSaveHint: 'als Datei für Ihr Adressbuch (vCard)',
  /** Country in the saved address: the catalog and the phone numbers are German. */
  contactCountry: 'Deutschland',
  /** File name when a name has no usable characters. */
  contactFileName: 'Kontakt',
  contactErrorConfig: 'Die Kontaktdaten können hier gerade nicht angezeigt werden.',
  /** When the file for the address book could not be made: its part of the program did not load (offline). */
  contactSaveFailed:
    'Der Kontakt konnte nicht gespeichert werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
  contactErrorNetwork: 'Die Kontaktdaten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.',
  contactErrorTimeout: 'Der Server antwortet gerade nicht.',
  contactErrorHttp: (status: number) => `Die Kontaktdaten konnten nicht geladen werden (Fehler ${status}).`,
  contactErrorBusy: (seconds: number, f: Formatters) =>
    `Gerade kommen sehr viele Anfragen an. Bitte versuchen Sie es in ${f.plural(seconds, { one: 'einer Sekunde', other: `${f.number(seconds)} Sekunden` })} noch einmal.`,
  contactErrorData: 'Die Kontaktdaten sind gerade fehlerhaft. Bitte versuchen Sie es später noch einmal.',
  contactErrorTooLarge: 'Die Kontaktdaten sind zu groß, um sie hier anzuzeigen.',
  contactRetry: 'Erneut versuchen',
  contactShowingLastGood: (date: string) => `Angezeigt werden die zuletzt geladenen Kontaktdaten (Stand ${date}).`,
};
