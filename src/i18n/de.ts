/**
 * German UI strings: the source every other language is checked against
 * (`Translation` is this object's type). Functions take the numbers and
 * names to put in; `format` formats numbers for the language.
 */
export interface Formatters {
  number: (value: number) => string;
  /** `plural(n, {one, other})` after the language's plural rules. */
  plural: (count: number, forms: { one: string; other: string }) => string;
}

export const de = {
  searchLabel: 'Angebote durchsuchen',
  searchHint: 'Ein Stichwort, zum Beispiel Hebamme, Kita oder Beratung',
  filters: 'Filter',
  activeFilterCount: (count: number, f: Formatters) => f.plural(count, { one: '1 aktiv', other: `${f.number(count)} aktiv` }),
  facetMilestone: 'Lebensphase',
  facetTopic: 'Thema',
  facetDistrict: 'Stadtteil',
  facetAge: 'Alter des Kindes',
  facetCost: 'Kosten',
  facetLanguage: 'Sprache',
  facetAccessibility: 'Barrierefreiheit',
  ageAny: 'Jedes Alter',
  ageExpecting: 'Wir erwarten ein Kind',
  ageYears: (age: number, f: Formatters) => (age === 0 ? 'unter 1 Jahr' : f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahre` })),
  freeOnly: 'Nur kostenlose Angebote',
  wheelchairOnly: 'Nur rollstuhlgerechte Angebote',
  facetCount: (count: number, f: Formatters) => f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` }),
  activeFilters: 'Aktive Filter',
  removeFilter: (label: string) => `Filter entfernen: ${label}`,
  resetFilters: 'Alle Filter zurücksetzen',
  loading: 'Angebote werden geladen …',
  resultCount: (count: number, f: Formatters) => f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` }),
  noResults: 'Keine Angebote gefunden.',
  noResultsHint: 'Versuchen Sie ein anderes Stichwort oder entfernen Sie Filter.',
  partialResults: (words: string) => `Kein Angebot passt zu allen Wörtern (${words}). Angebote, die zu einigen passen:`,
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
  email: 'E-Mail',
  hours: 'Sprechzeiten',
  spokenLanguages: 'Spricht',
  allOffers: 'Alle Angebote der Stadt ansehen',
};

export type Translation = typeof de;
