/**
 * Leichte Sprache (`lang="de-x-ls"`): the UI in plain German for people who
 * read with difficulty. One object with every key of the German source
 * (../de.ts and strings/*.ts, where the keys are explained); loaded on demand
 * by registry.ts. Catalog texts use their `de-x-ls` translation where the
 * catalog has one, else German (src/catalog/localize.ts).
 *
 * REVIEW BEFORE RELEASE: written by a developer after the rules of the
 * Netzwerk Leichte Sprache, not yet checked. Leichte Sprache is checked by
 * readers of the target group (Prüferinnen und Prüfer); the city should have
 * it checked, like its other texts in Leichte Sprache, before release.
 *
 * The rules followed here: short sentences with one statement each; common
 * words, the same word for the same thing throughout; no Genitiv (`Alter vom
 * Kind`), no passive (`Wir laden die Angebote`), no Konjunktiv; hard words
 * explained (`Server`); long compound words split with a hyphen
 * (`Lebens-Phase`); numbers as digits; the reader addressed as `Sie`.
 * Where plain German already is plain (`Telefon`, `Kosten`), it is the same.
 */
import type { Translation } from './de.js';
import type { Formatters } from './formatters.js';

const offers = (count: number, f: Formatters) =>
  f.plural(count, { one: '1 Angebot', other: `${f.number(count)} Angebote` });
const years = (age: number, f: Formatters) => f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahre` });
const yearsDative = (age: number, f: Formatters) => f.plural(age, { one: '1 Jahr', other: `${f.number(age)} Jahren` });
const wait = (seconds: number, f: Formatters) =>
  `Bitte warten Sie ${f.plural(seconds, { one: '1 Sekunde', other: `${f.number(seconds)} Sekunden` })}. Dann versuchen Sie es noch einmal.`;
const server = 'Ein Server ist ein Computer im Internet.';

export const deXLs: Translation = {
  // Everywhere
  languagePlainGerman: 'Leichte Sprache',

  // <offer-search>
  searchLabel: 'Angebote suchen',
  searchHint: 'Schreiben Sie ein Wort. Zum Beispiel: Hebamme, Kita oder Beratung.',
  filters: 'Auswahl',
  activeFilterCount: (count, f) => `${f.number(count)} gewählt`,
  showResults: (count, f) => `Ergebnisse zeigen (${f.number(count)})`,
  facetMilestone: 'Lebens-Phase',
  facetTopic: 'Thema',
  facetDistrict: 'Stadt-Teil',
  facetAge: 'Alter vom Kind',
  facetCost: 'Kosten',
  facetLanguage: 'Sprache',
  facetAccessibility: 'Barriere-frei',
  ageAny: 'Jedes Alter',
  ageExpecting: 'Wir bekommen ein Baby',
  ageYears: (age, f) => (age === 0 ? 'jünger als 1 Jahr' : years(age, f)),
  freeOnly: 'Nur Angebote ohne Kosten',
  wheelchairOnly: 'Nur Angebote für Menschen im Roll-Stuhl',
  activeFilters: 'Ihre Auswahl',
  removeFilter: (label) => `Aus der Auswahl löschen: ${label}`,
  resetFilters: 'Die ganze Auswahl löschen',
  loading: 'Wir laden die Angebote. Bitte warten Sie.',
  resultCount: offers,
  noResults: 'Wir haben kein Angebot gefunden.',
  noResultsHint: 'Versuchen Sie ein anderes Wort. Oder löschen Sie etwas aus Ihrer Auswahl.',
  catalogEmpty: 'Hier gibt es noch keine Angebote.',
  partialResults: (words) =>
    `Kein Angebot passt zu allen Wörtern. Ihre Wörter sind: ${words}. Diese Angebote passen zu einigen Wörtern:`,
  alsoSearched: 'Wir haben auch nach diesen Wörtern gesucht',
  resultsHeading: 'Gefundene Angebote',
  page: (page, pages, f) => `Seite ${f.number(page)} von ${f.number(pages)}`,
  previousPage: 'Seite davor',
  nextPage: 'Nächste Seite',
  pagination: 'Mehr Seiten mit Angeboten',
  errorConfig: 'Wir können die Angebote hier gerade nicht zeigen.',
  errorNetwork: 'Wir können die Angebote gerade nicht laden. Bitte prüfen Sie: Hat Ihr Gerät Internet?',
  errorTimeout: `Der Server antwortet gerade nicht. ${server} Auf dem Server sind die Angebote.`,
  errorHttp: (status) => `Wir können die Angebote gerade nicht laden. Die Fehler-Nummer ist: ${status}.`,
  errorBusy: (seconds, f) => `Gerade sind sehr viele Menschen auf dieser Internet-Seite. ${wait(seconds, f)}`,
  errorData: 'In den Angeboten ist gerade ein Fehler. Bitte versuchen Sie es später noch einmal.',
  errorTooLarge: 'Es sind zu viele Angebote. Wir können sie hier nicht zeigen.',
  retry: 'Noch einmal versuchen',
  catalogsMissing: (places) =>
    `Die Angebote aus ${places} können wir gerade nicht laden. Alle anderen Angebote sehen Sie hier.`,
  showingLastGood: (date) => `Sie sehen hier die Angebote vom ${date}. Neue Angebote können wir gerade nicht laden.`,
  wholeCity: 'In der ganzen Stadt',
  costFree: 'kostet nichts',
  costReduced: 'kostet wenig',
  costPaid: 'kostet Geld',
  wheelchairYes: 'gut mit Roll-Stuhl',
  wheelchairNo: 'nicht gut mit Roll-Stuhl',
  offeredBy: 'Wer macht das Angebot?',
  milestones: 'Lebens-Phase',
  district: 'Stadt-Teil',
  cost: 'Kosten',
  languages: 'Sprachen',
  accessibility: 'Barriere-frei',
  details: 'Mehr lesen',
  schedule: 'Wann?',
  address: 'Adresse',
  mapLink: 'Auf der Karte zeigen',
  website: 'Internet-Seite',
  contacts: 'Ansprech-Personen',
  phone: 'Telefon',
  call: 'Anrufen',
  email: 'E-Mail',
  hours: 'Sprech-Zeiten',
  spokenLanguages: 'Spricht diese Sprachen',
  allOffers: 'Alle Angebote in der Stadt ansehen',
  save: 'Merken',
  saved: 'Gemerkt',
  savedList: 'Merk-Liste',
  savedAdded: 'Jetzt auf der Merk-Liste',
  savedRemoved: 'Nicht mehr auf der Merk-Liste',
  savedEmpty:
    'Ihre Merk-Liste ist leer. Drücken Sie bei einem Angebot auf: Merken. Dann kommt das Angebot auf die Merk-Liste.',
  savedForPage: 'Die Merk-Liste ist nur da, solange diese Seite offen ist. Wir speichern die Merk-Liste nicht.',
  savedOnDevice: 'Wir speichern die Merk-Liste nur auf diesem Gerät. Wir schicken die Merk-Liste an niemanden.',
  clearList: 'Liste löschen',
  savedCleared: 'Die Merk-Liste ist jetzt leer.',
  undoClear: 'Liste zurück-holen',
  backToResults: 'Zurück zu den gefundenen Angeboten',
  linkList: 'Angebote aus einem Link',
  linkListHint:
    'Diese Angebote kommen aus einem Link. Drücken Sie auf: Merken. Dann kommt das Angebot auf Ihre Merk-Liste.',
  saveAll: 'Alle merken',
  savedAll: 'Alle Angebote von dieser Liste sind jetzt auf Ihrer Merk-Liste.',
  print: 'Drucken',
  mail: 'Als E-Mail schicken',
  shareLink: 'Link teilen',
  shareSearch: 'Link zu dieser Suche teilen',
  shareSearchShort: 'Teilen',
  linkCopied: 'Link ist kopiert',
  linkToCopy: 'Link zum Kopieren',
  linkCopyHint: 'Der Link steht im Feld. Bitte kopieren Sie den Link.',
  dataDate: 'Datum von den Angaben',
  viewLink: 'Link zu dieser Seite',
  mailShortened: 'Nicht alle Angebote passen in diese E-Mail.',
  wholeList: 'Die ganze Liste',

  // In meiner Nähe und die Karte.
  nearMe: 'In meiner Nähe',
  nearMeHint: 'Die Angebote in Ihrer Nähe kommen zuerst. Ihr Standort bleibt auf Ihrem Gerät. Niemand bekommt ihn.',
  nearMeLocate: 'Meinen Standort nehmen',
  nearMePlace: 'Oder einen Ort aussuchen',
  nearMeNoPlace: 'Kein Ort ausgesucht',
  nearMeDistricts: 'Stadtteile',
  nearMeAddresses: 'Adressen',
  nearMeDevice: 'Ihrem Standort',
  nearMeLocating: 'Wir suchen Ihren Standort …',
  nearMeDenied: 'Sie haben Ihren Standort nicht freigegeben. Sie können einen Ort aussuchen.',
  nearMeUnavailable: 'Ihr Standort geht gerade nicht. Sie können einen Ort aussuchen.',
  nearMeSorted: (place) => `Die nahen Angebote kommen zuerst. Gemessen ab ${place}`,
  nearMeOff: 'Nicht mehr nach Nähe ordnen',
  nearMeDistance: 'So weit weg',
  nearMeKilometres: (km, f) => `${f.number(km)} Kilometer`,
  nearMeMapShow: 'Karte zeigen',
  nearMeMapHide: 'Karte nicht mehr zeigen',
  nearMeMapLabel: 'Karte mit den Angeboten auf dieser Seite',
  nearMeMapZoomIn: 'Karte größer machen',
  nearMeMapZoomOut: 'Karte kleiner machen',
  nearMeFailed: 'Das geht gerade nicht. Bitte versuchen Sie es noch einmal.',

  // <milestone-timeline>
  timelineListLabel: 'Lebens-Phasen',
  timelineLoading: 'Wir laden die Lebens-Phasen und die Angebote. Bitte warten Sie.',
  timelineEmpty: 'Hier gibt es noch keine Lebens-Phasen.',
  timelineOfferCount: offers,
  timelineGap: 'Noch keine Angebote',
  timelineDistrictNote: (districts) =>
    `Wir zählen nur diese Angebote: Angebote in ${districts}. Und Angebote für die ganze Stadt.`,
  timelineAgeRange: (range, f) => {
    switch (range.kind) {
      case 'any':
        return 'Jedes Alter';
      case 'pregnancy':
        return 'Schwangerschaft';
      case 'from-pregnancy':
        return 'Ab der Schwangerschaft';
      case 'pregnancy-to':
        return `Schwangerschaft bis ${years(range.to, f)}`;
      case 'under':
        return `jünger als ${years(range.to, f)}`;
      case 'up-to':
        return `bis ${years(range.to, f)}`;
      case 'between':
        return `${f.number(range.from)} bis ${f.number(range.to)} Jahre`;
      case 'exactly':
        return years(range.age, f);
      case 'from':
        return `ab ${yearsDative(range.from, f)}`;
    }
  },
  timelineNowBadge: 'Jetzt',
  timelineNextBadge: 'Danach',
  timelineTransition: (count, f) => `Wechsel: ${offers(count, f)}`,
  timelineTransitionGap: 'Wechsel: noch keine Angebote',
  timelineTransitionBetween: (from, to) => `von ${from} zu ${to}`,
  timelineOffersHeading: (milestone, count, f) => `${milestone}: ${offers(count, f)}`,
  timelineNowTitle: 'Wie alt ist Ihr Kind?',
  timelineNowHint: 'Ihre Angabe bleibt auf diesem Gerät. Wir speichern sie nicht. Wir schicken sie nicht weg.',
  timelineNowKind: 'Was möchten Sie eingeben?',
  timelineKindBirth: 'Geburts-Tag vom Kind',
  timelineKindDue: 'Termin für die Geburt',
  timelineKindYears: 'Alter in Jahren',
  timelineNowSubmit: 'Lebens-Phase zeigen',
  timelineNowSubmitOffers: 'Angebote zeigen',
  timelineNowClear: 'Angabe löschen',
  timelineProblemMissing: 'Bitte schreiben Sie ein Datum.',
  timelineProblemInvalid:
    'Dieses Datum gibt es nicht. Bitte schreiben Sie ein richtiges Datum. Zum Beispiel: 14.03.2022',
  timelineProblemBirthInFuture:
    'Dieser Geburts-Tag ist noch nicht gewesen. Ist Ihr Baby noch nicht da? Dann wählen Sie: Termin für die Geburt.',
  timelineProblemDueInPast:
    'Dieser Termin für die Geburt ist schon vorbei. Bitte schreiben Sie den Geburts-Tag von Ihrem Kind.',
  timelineProblemYears: 'Bitte schreiben Sie das Alter als Zahl. Die Zahl muss zwischen 0 und 99 sein.',
  timelineChildBorn: (years_, months, days, f) => {
    if (years_ >= 1) return `Ihr Kind ist ${years(years_, f)} alt`;
    if (months >= 1)
      return `Ihr Kind ist ${f.plural(months, { one: '1 Monat', other: `${f.number(months)} Monate` })} alt`;
    if (days >= 7)
      return `Ihr Kind ist ${f.plural(Math.floor(days / 7), { one: '1 Woche', other: `${f.number(Math.floor(days / 7))} Wochen` })} alt`;
    if (days >= 1) return `Ihr Kind ist ${f.plural(days, { one: '1 Tag', other: `${f.number(days)} Tage` })} alt`;
    return 'Ihr Kind ist heute geboren';
  },
  timelineChildExpected: (days, weeks, f) => {
    if (days === 0) return 'Ihr Baby kommt wahrscheinlich heute';
    if (days === 1) return 'Ihr Baby kommt wahrscheinlich morgen';
    if (days < 14) return `Ihr Baby kommt wahrscheinlich in ${f.number(days)} Tagen`;
    return `Ihr Baby kommt wahrscheinlich in ${f.number(weeks)} Wochen`;
  },
  timelineChildYears: (years_, f) => {
    if (years_ < 0) return 'Sie bekommen ein Baby';
    if (years_ < 1) return 'Ihr Kind ist jünger als 1 Jahr';
    return `Ihr Kind ist ${years(years_, f)} alt`;
  },
  timelineNow: (child, current, next) => {
    if (current && next) return `${child}. Die Lebens-Phase jetzt: ${current}. Die nächste Lebens-Phase: ${next}.`;
    if (current) return `${child}. Die Lebens-Phase jetzt: ${current}. Das ist die letzte Lebens-Phase hier.`;
    if (next) return `${child}. Die nächste Lebens-Phase: ${next}.`;
    return `${child}. Für dieses Alter zeigen wir keine Lebens-Phase.`;
  },

  // <contact-card>
  contactLoading: 'Wir laden den Kontakt. Bitte warten Sie.',
  contactNotFound: 'Wir haben den Kontakt nicht gefunden.',
  contactNotFoundHint: 'Vielleicht haben sich die Angaben geändert.',
  contactNetworks: (count, f) => f.plural(count, { one: 'Netzwerk', other: 'Netzwerke' }),
  contactPhone: 'Telefon',
  contactEmail: 'E-Mail',
  contactWebsite: 'Internet-Seite',
  contactAddress: 'Adresse',
  contactMapLink: 'Auf der Karte zeigen',
  contactHours: 'Sprech-Zeiten',
  contactSpeaks: 'Spricht diese Sprachen',
  contactLanguages: 'Sprachen',
  contactWrite: 'E-Mail schreiben',
  contactSave: 'Kontakt speichern',
  contactSaveHint: 'Sie bekommen eine Datei. Die Datei können Sie in Ihrem Adress-Buch speichern.',
  contactCountry: 'Deutschland',
  contactFileName: 'Kontakt',
  contactErrorConfig: 'Wir können den Kontakt hier gerade nicht zeigen.',
  contactSaveFailed:
    'Das Speichern hat nicht geklappt. Bitte prüfen Sie: Hat Ihr Gerät Internet? Dann versuchen Sie es noch einmal.',
  contactErrorNetwork: 'Wir können den Kontakt gerade nicht laden. Bitte prüfen Sie: Hat Ihr Gerät Internet?',
  contactErrorTimeout: `Der Server antwortet gerade nicht. ${server}`,
  contactErrorHttp: (status) => `Wir können den Kontakt gerade nicht laden. Die Fehler-Nummer ist: ${status}.`,
  contactErrorBusy: (seconds, f) => `Gerade sind sehr viele Menschen auf dieser Internet-Seite. ${wait(seconds, f)}`,
  contactErrorData: 'In den Kontakt-Daten ist gerade ein Fehler. Bitte versuchen Sie es später noch einmal.',
  contactErrorTooLarge: 'Die Kontakt-Daten sind zu groß. Wir können sie hier nicht zeigen.',
  contactRetry: 'Noch einmal versuchen',
  contactShowingLastGood: (date) =>
    `Sie sehen hier die Kontakt-Daten vom ${date}. Neue Daten können wir gerade nicht laden.`,

  // <offer-finder>
  finderSkipToResults: 'Zu den Angeboten',
  finderTimelineToggle: 'Alter angeben. Alle Lebens-Phasen.',
  finderSearchHeading: 'Angebote suchen',
  finderContactsHeading: 'Ansprech-Personen',
  finderContactsForOffer: (title) => `Ansprech-Personen für das Angebot: ${title}`,
  finderContactsForMilestone: (title) => `Ansprech-Personen für die Lebens-Phase: ${title}`,

  // <offer-coverage>
  coverageLoading: 'Wir laden die Übersicht. Bitte warten Sie.',
  coverageEmpty: 'Hier sind noch keine Lebens-Phasen eingetragen.',
  coverageViewLabel: 'Ansicht',
  coverageViewTopics: 'Themen für jede Lebens-Phase',
  coverageViewDistricts: 'Stadt-Teile für jede Lebens-Phase',
  coverageAllDistricts: 'Alle Stadt-Teile',
  coverageCaption: (view, district) =>
    view === 'districts'
      ? 'Angebote nach Stadt-Teil und Lebens-Phase'
      : district
        ? `Angebote nach Thema und Lebens-Phase in ${district}`
        : 'Angebote nach Thema und Lebens-Phase in allen Stadt-Teilen',
  coverageTopicsNote:
    'Ein Angebot kann mehrere Themen haben. Dann zählt es bei jedem Thema. Lücke heißt: Es gibt kein Angebot. Dünn heißt: Es gibt nur 1 Angebot.',
  coverageDistrictsNote:
    'Wir zählen die Angebote im Stadt-Teil. Und die Angebote für die ganze Stadt. Lücke heißt: Im Stadt-Teil selbst gibt es kein Angebot. Dünn heißt: Es gibt nur 1 Angebot.',
  coverageTotal: 'Alle Angebote',
  coverageGap: 'Lücke',
  coverageThin: 'dünn',
  coverageLocal: (count, f) => `${f.number(count)} im Stadt-Teil`,
  coverageLocalColumn: (milestone) => `${milestone}: im Stadt-Teil`,
  coverageCell: (row, column) => `${row} in ${column}`,
  coverageGaps: (cells, f) =>
    cells.length
      ? `${f.plural(cells.length, { one: '1 Lücke', other: `${f.number(cells.length)} Lücken` })}: ${cells.join(', ')}.`
      : 'Es gibt keine Lücken.',
  coverageThinList: (cells, f) =>
    cells.length
      ? `Hier gibt es nur 1 Angebot (${f.number(cells.length)}-mal): ${cells.join(', ')}.`
      : 'Überall gibt es mehr als 1 Angebot.',
  coverageGapsHeading: (count, f) =>
    count ? `${f.plural(count, { one: '1 Lücke', other: `${f.number(count)} Lücken` })}:` : 'Es gibt keine Lücken.',
  coverageThinHeading: (count, f) =>
    count ? `Hier gibt es nur 1 Angebot (${f.number(count)}-mal):` : 'Überall gibt es mehr als 1 Angebot.',
  coverageWithCitywide: (count, f) => `${f.number(count)} mit Angeboten für die ganze Stadt`,
  coverageWithoutTopic: (count, f) =>
    f.plural(count, {
      one: '1 Angebot hat kein Thema. Es steht in keiner Zeile.',
      other: `${f.number(count)} Angebote haben kein Thema. Sie stehen in keiner Zeile.`,
    }),
  coverageOffersHeading: (cell, count, f) => `${cell}: ${offers(count, f)}`,
  coverageClose: 'Liste schließen',
  coverageDownload: 'Tabelle herunterladen (als CSV-Datei)',
  coverageFileName: 'angebote-uebersicht',

  // Öffnungs-Zeiten, Datum vom Eintrag, Fehler melden
  openNow: (until) => `Jetzt offen. Bis ${until}.`,
  closedNow: (next) => `Jetzt zu. Wieder offen: ${next}.`,
  closedForNow: 'Zurzeit zu.',
  today: 'heute',
  tomorrow: 'morgen',
  dayAndTime: (day, time) => `${day} ${time}`,
  openingHours: 'Öffnungs-Zeiten',
  openTodayOnly: 'Heute offen',
  openingPeriod: (days, opens, closes) => `${days} ${opens} bis ${closes}`,
  openingValidFrom: (date) => `ab ${date}`,
  openingValidThrough: (date) => `bis ${date}`,
  updatedOn: (month) => `Geprüft: ${month}`,
  updatedLongAgo: (month, months, f) =>
    `Geprüft: ${month}. Das ist lange her. Mehr als ${f.number(months)} Monate. Bitte fragen Sie nach: Gibt es das Angebot noch?`,
  reportError: 'Fehler melden',
  reportSubject: (title, id) => `Fehler bei „${title}“ (${id})`,
  reportBody: (title, id, link) =>
    `Guten Tag,\n\nbei „${title}“ (ID ${id}) stimmt etwas nicht:\n\n\n\nDer Eintrag: ${link}`,
};
