/**
 * German strings of `<offer-search>`, the source of every translation
 * (../en.ts, ../tr.ts, ../ar.ts, ../uk.ts, ../de-x-ls.ts: one file per language,
 * so that each is loaded only when a page needs it).
 */
import type { Formatters } from '../formatters.js';

export const searchDe = {
  searchLabel: 'Angebote durchsuchen',
  searchHint: 'Ein Stichwort, zum Beispiel Hebamme, Kita oder Beratung',
  filters: 'Filter',
  activeFilterCount: (count: number, f: Formatters) =>
    f.plural(count, { one: '1 aktiv', other: `${f.number(count)} aktiv` }),
  /** At the end of the filters on a phone: closes them and takes the focus to the results. */
  showResults: (count: number, f: Formatters) => `Ergebnisse anzeigen (${f.number(count)})`,
  facetMilestone: 'Lebensphase',
  facetTopic: 'Thema',
  facetDistrict: 'Stadtteil',
  facetAge: 'Alter des Kindes',
  facetCost: 'Kosten',
  facetLanguage: 'Sprache',
  facetAccessibility: 'Barrierefreiheit',
  ageAny: 'Jedes Alter',
  ageExpecting: 'Wir erwarten ein Kind',
  ageYears: (age: number, f: Formatters) =>
    age === 0 ? 'unter 1 Jahr' : f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahre` }),
  freeOnly: 'Nur kostenlose Angebote',
  wheelchairOnly: 'Nur rollstuhlgerechte Angebote',
  activeFilters: 'Aktive Filter',
  removeFilter: (label: string) => `Filter entfernen: ${label}`,
  resetFilters: 'Alle Filter zurücksetzen',
  loading: 'Angebote werden geladen …',
  resultCount: (count: number, f: Formatters) =>
    f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` }),
  noResults: 'Keine Angebote gefunden.',
  noResultsHint: 'Versuchen Sie ein anderes Stichwort oder entfernen Sie Filter.',
  /** The catalog has no offers at all (not: none match). */
  catalogEmpty: 'Hier sind noch keine Angebote eingetragen.',
  partialResults: (words: string) => `Kein Angebot passt zu allen Wörtern (${words}). Angebote, die zu einigen passen:`,
  /** After the count, followed by a colon and the German words searched besides the query (`акушерка` → Hebamme). */
  alsoSearched: 'auch gesucht',
  resultsHeading: 'Ergebnisse',
  page: (page: number, pages: number, f: Formatters) => `Seite ${f.number(page)} von ${f.number(pages)}`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pagination: 'Seiten der Ergebnisse',
  errorConfig: 'Die Angebote können hier gerade nicht angezeigt werden.',
  errorNetwork: 'Die Angebote konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.',
  errorTimeout: 'Der Server antwortet gerade nicht.',
  errorHttp: (status: number) => `Die Angebote konnten nicht geladen werden (Fehler ${status}).`,
  errorBusy: (seconds: number, f: Formatters) =>
    `Gerade kommen sehr viele Anfragen an. Bitte versuchen Sie es in ${f.plural(seconds, { one: 'einer Sekunde', other: `${f.number(seconds)} Sekunden` })} noch einmal.`,
  errorData: 'Die Angebotsdaten sind gerade fehlerhaft. Bitte versuchen Sie es später noch einmal.',
  errorTooLarge: 'Die Angebotsdaten sind zu groß, um sie hier anzuzeigen.',
  retry: 'Erneut versuchen',
  catalogsMissing: (places: string) =>
    `Die Angebote aus ${places} können gerade nicht geladen werden. Alle anderen Angebote sehen Sie hier.`,
  showingLastGood: (date: string) => `Angezeigt werden die zuletzt geladenen Angebote (Stand ${date}).`,
  wholeCity: 'Stadtweit',
  costFree: 'kostenlos',
  costReduced: 'geringe Kosten',
  costPaid: 'kostenpflichtig',
  wheelchairYes: 'rollstuhlgerecht',
  wheelchairNo: 'nicht rollstuhlgerecht',
  offeredBy: 'Anbieter',
  milestones: 'Lebensphase',
  district: 'Stadtteil',
  cost: 'Kosten',
  languages: 'Sprachen',
  accessibility: 'Barrierefreiheit',
  details: 'Details',
  schedule: 'Zeiten',
  address: 'Adresse',
  mapLink: 'Auf OpenStreetMap zeigen',
  website: 'Website',
  contacts: 'Ansprechpersonen',
  phone: 'Telefon',
  /** On a card, before the number to call, and after it the offer's title for screen readers. */
  call: 'Anrufen',
  email: 'E-Mail',
  hours: 'Sprechzeiten',
  spokenLanguages: 'Spricht',
  allOffers: 'Alle Angebote der Stadt ansehen',

  // Merkliste: the offers a family saved. Labels of buttons get the offer's title after a colon, for screen readers.
  save: 'Merken',
  /** The pressed state of `save`. */
  saved: 'Gemerkt',
  /** The list, its heading, and the button that shows it (followed by the count: `Merkliste (3)`). */
  savedList: 'Merkliste',
  /** Announced with the offer's title after a colon. */
  savedAdded: 'Auf die Merkliste gesetzt',
  savedRemoved: 'Von der Merkliste genommen',
  savedEmpty: 'Ihre Merkliste ist leer. Mit „Merken“ kommt ein Angebot auf diese Liste.',
  /** Where the list is kept: without `persist` … */
  savedForPage: 'Die Merkliste gilt nur, solange diese Seite geöffnet ist. Sie wird nicht gespeichert.',
  /** … and with it. */
  savedOnDevice: 'Die Merkliste wird nur auf diesem Gerät gespeichert. Sie wird nicht gesendet.',
  clearList: 'Liste leeren',
  savedCleared: 'Die Merkliste ist jetzt leer.',
  undoClear: 'Rückgängig machen',
  backToResults: 'Zurück zu den Ergebnissen',
  /** A list of offers opened from a shared link (`of-list`). */
  linkList: 'Angebote aus einem Link',
  linkListHint: 'Diese Angebote wurden als Link geteilt. Mit „Merken“ kommen sie auf Ihre Merkliste.',
  saveAll: 'Alle merken',
  savedAll: 'Alle Angebote dieser Liste sind auf Ihrer Merkliste.',

  // Print and share.
  print: 'Drucken',
  mail: 'Per E-Mail senden',
  shareLink: 'Link teilen',
  shareSearch: 'Link zu dieser Suche teilen',
  /** On the share button, short for one row on a phone; `shareSearch` stays its name, so it holds this word. */
  shareSearchShort: 'Teilen',
  linkCopied: 'Link kopiert',
  /** When neither sharing nor the clipboard works: the link in a field, selected. */
  linkToCopy: 'Link zum Kopieren',
  linkCopyHint: 'Der Link steht markiert im Feld. Bitte kopieren Sie ihn.',
  /** On paper and in the e-mail, followed by the catalog's date. */
  dataDate: 'Stand der Daten',
  /** On paper, followed by the link that opens what is printed. */
  viewLink: 'Link zu dieser Ansicht',
  /** In the e-mail, when not every offer fits (mail programs cut long links). */
  mailShortened: 'Nicht alle Angebote passen in diese E-Mail.',
  /** In the e-mail, followed by the link to the list. */
  wholeList: 'Die ganze Liste',

  /** The button of "In meiner Nähe"; the strings of its panel come with it (strings/near-me.ts). */
  nearMe: 'In meiner Nähe',
  /** The panel of "In meiner Nähe" or the map could not be loaded. */
  nearMeFailed: 'Das kann gerade nicht geladen werden. Bitte versuchen Sie es noch einmal.',
};
