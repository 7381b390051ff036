/**
 * Strings of `<contact-card>`. Functions take the numbers and names to put in (see ../formatters.ts).
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
  contactSave: 'Kontakt speichern',
  contactSaveHint: 'als Datei für Ihr Adressbuch (vCard)',
  /** Country in the saved address: the catalog and the phone numbers are German. */
  contactCountry: 'Deutschland',
  /** File name when a name has no usable characters. */
  contactFileName: 'Kontakt',
  contactErrorConfig: 'Die Kontaktdaten können hier gerade nicht angezeigt werden.',
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

export const contactEn: typeof contactDe = {
  contactLoading: 'Loading contact …',
  contactNotFound: 'Contact not found.',
  contactNotFoundHint: 'The details may have changed.',
  contactNetworks: (count, f) => f.plural(count, { one: 'Network', other: 'Networks' }),
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWebsite: 'Website',
  contactAddress: 'Address',
  contactMapLink: 'Show on OpenStreetMap',
  contactHours: 'Office hours',
  contactSpeaks: 'Speaks',
  contactLanguages: 'Languages',
  contactSave: 'Save contact',
  contactSaveHint: 'as a file for your address book (vCard)',
  contactCountry: 'Germany',
  contactFileName: 'Contact',
  contactErrorConfig: 'The contact details cannot be shown here at the moment.',
  contactErrorNetwork: 'The contact details could not be loaded. Please check your internet connection.',
  contactErrorTimeout: 'The server is not responding at the moment.',
  contactErrorHttp: (status) => `The contact details could not be loaded (error ${status}).`,
  contactErrorBusy: (seconds, f) =>
    `There are very many requests right now. Please try again in ${f.plural(seconds, { one: 'one second', other: `${f.number(seconds)} seconds` })}.`,
  contactErrorData: 'The contact data is faulty at the moment. Please try again later.',
  contactErrorTooLarge: 'The contact data is too large to show here.',
  contactRetry: 'Try again',
  contactShowingLastGood: (date) => `Showing the contact details loaded last (as of ${date}).`,
};
