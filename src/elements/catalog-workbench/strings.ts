/**
 * The words of `<catalog-workbench>`, in German and English. A table of its
 * own, not part of `Translation`: the workbench is for the Jugendamt's and
 * the partners' staff, who work in German or English, and its words must not
 * weigh on the families' bundle or on their six languages.
 */
export const workbenchDe = {
  heading: 'Angebotsliste einlesen',
  intro:
    'Wählen Sie Ihre Liste: eine Excel-Tabelle (xlsx), eine LibreOffice-Tabelle (ods), eine CSV-Datei, GeoJSON, HSDS, Open Referral UK oder einen Katalog. Die Dateien bleiben auf diesem Computer: Nichts wird hochgeladen.',
  chooseFiles: 'Dateien auswählen',
  dropHere: 'oder hierher ziehen',
  base: (title: string) => `Lebensphasen, Themen, Stadtteile und Träger aus: ${title}`,
  baseLoading: 'Der Grundkatalog wird geladen …',
  starter: 'der Grundstruktur des Beispielkatalogs',
  chooseBase: 'Anderen Grundkatalog aus einer Datei wählen (JSON, optional)',
  baseFailed: (message: string) => `Diese Datei ist kein Katalog: ${message}`,
  reading: (files: number) => (files === 1 ? 'Die Datei wird gelesen …' : `${files} Dateien werden gelesen …`),
  cancel: 'Abbrechen',
  cancelled: 'Das Einlesen wurde abgebrochen.',
  failed: (message: string) => `Das Einlesen ist fehlgeschlagen: ${message}`,
  filesRead: 'Gelesene Dateien',
  sourceLine: (file: string, format: string, records: number) =>
    `${file}: ${format}, ${records === 1 ? '1 Eintrag' : `${records} Einträge`}`,
  unknownFormat: 'Format nicht erkannt',
  reportHeading: 'Was beim Einlesen passiert ist',
  severity: {
    fatal: 'Nicht lesbar',
    error: 'Übersprungen',
    warning: 'Warnungen',
    info: 'Hinweise',
  },
  more: (count: number) => `und ${count} weitere anzeigen`,
  downloadsHeading: 'Dateien zum Veröffentlichen',
  downloadCatalog: 'Katalog herunterladen (JSON)',
  downloadXlsx: 'Als Excel-Tabelle herunterladen',
  downloadHsds: 'Als Open Data herunterladen (HSDS 3.0)',
  exportFailed: (message: string) => `Die Datei konnte nicht erstellt werden: ${message}`,
  nothingToDownload: 'Es ist kein Angebot übernommen worden, also gibt es nichts herunterzuladen.',
  diffHeading: 'Vergleich mit dem veröffentlichten Katalog',
  diffSummary: (added: number, changed: number, removed: number, unchanged: number) =>
    `${added} neu, ${changed} geändert, ${removed} nicht mehr in der Liste, ${unchanged} unverändert.`,
  diffAdded: 'Neu',
  diffChanged: 'Geändert (mit den geänderten Feldern)',
  diffRemoved: 'Nicht mehr in der Liste: Mit dem neuen Katalog verschwinden sie von der Website',
  diffStale: 'Seit über 12 Monaten nicht geprüft',
  diffUpdated: (date: string) => `Stand ${date}`,
  previewHeading: 'Vorschau: So sehen Familien die Angebote',
  coverageHeading: 'Vorschau: Die Übersicht für die Planung',
  defaultsSummary: (chosen: number) =>
    chosen ? `Einordnung für Einträge ohne Angabe (${chosen} gewählt)` : 'Einordnung für Einträge ohne Angabe',
  defaultsHint:
    'Nennt Ihre Liste keine Lebensphase oder kein Thema (eine Kita-Liste zum Beispiel), bekommen die Einträge die hier gewählten.',
  defaultMilestones: 'Lebensphasen',
  defaultTopics: 'Themen',
  readAgain: 'Neu einlesen',
  mapHeading: 'Zuordnen, was nicht gelesen wurde',
  mapHint:
    'Spalten, die der Import nicht kennt, und die Kategorien der Liste (eine Spalte, die Sie als „kategorie“ lesen lassen, liefert sie). Ordnen Sie sie Lebensphasen und Themen zu und lesen Sie neu ein. „Zuordnung speichern“ gibt die Datei für die Kommandozeile (--mapping).',
  mapColumns: 'Unbekannte Spalten',
  mapColumn: (column: string) => `Spalte „${column}“`,
  mapIgnore: 'nicht lesen',
  mapNothing: '– nicht zugeordnet –',
  mapTerms: 'Kategorien und Begriffe der Liste',
  mapTermMilestone: (term: string, count: number) => `${term} (${count}×): Lebensphase`,
  mapTermTopic: (term: string) => `${term}: Thema`,
  saveMapping: 'Zuordnung speichern (für die Kommandozeile)',
};

export type WorkbenchStrings = typeof workbenchDe;

export const workbenchEn: WorkbenchStrings = {
  heading: 'Import a list of offers',
  intro:
    'Choose your list: an Excel workbook (xlsx), a LibreOffice spreadsheet (ods), a CSV file, GeoJSON, HSDS, Open Referral UK or a catalog. The files stay on this computer: nothing is uploaded.',
  chooseFiles: 'Choose files',
  dropHere: 'or drop them here',
  base: (title: string) => `Milestones, topics, districts and providers from: ${title}`,
  baseLoading: 'Loading the base catalog …',
  starter: 'the structure of the sample catalog',
  chooseBase: 'Choose another base catalog from a file (JSON, optional)',
  baseFailed: (message: string) => `This file is no catalog: ${message}`,
  reading: (files: number) => (files === 1 ? 'Reading the file …' : `Reading ${files} files …`),
  cancel: 'Cancel',
  cancelled: 'The import was cancelled.',
  failed: (message: string) => `The import failed: ${message}`,
  filesRead: 'Files read',
  sourceLine: (file: string, format: string, records: number) =>
    `${file}: ${format}, ${records === 1 ? '1 record' : `${records} records`}`,
  unknownFormat: 'format not recognised',
  reportHeading: 'What happened during the import',
  severity: {
    fatal: 'Not readable',
    error: 'Skipped',
    warning: 'Warnings',
    info: 'Notes',
  },
  more: (count: number) => `show ${count} more`,
  downloadsHeading: 'Files to publish',
  downloadCatalog: 'Download the catalog (JSON)',
  downloadXlsx: 'Download as an Excel workbook',
  downloadHsds: 'Download as open data (HSDS 3.0)',
  exportFailed: (message: string) => `The file could not be made: ${message}`,
  nothingToDownload: 'No offer was taken over, so there is nothing to download.',
  diffHeading: 'Compared with the published catalog',
  diffSummary: (added: number, changed: number, removed: number, unchanged: number) =>
    `${added} new, ${changed} changed, ${removed} no longer in the list, ${unchanged} unchanged.`,
  diffAdded: 'New',
  diffChanged: 'Changed (with the fields that changed)',
  diffRemoved: 'No longer in the list: with the new catalog they disappear from the website',
  diffStale: 'Not checked for over 12 months',
  diffUpdated: (date: string) => `last checked ${date}`,
  previewHeading: 'Preview: the offers as families see them',
  coverageHeading: 'Preview: the overview for planners',
  defaultsSummary: (chosen: number) =>
    chosen
      ? `Classification for records that give none (${chosen} chosen)`
      : 'Classification for records that give none',
  defaultsHint:
    'If your list names no milestone or topic (a list of Kitas, say), its records get the ones chosen here.',
  defaultMilestones: 'Milestones',
  defaultTopics: 'Topics',
  readAgain: 'Import again',
  mapHeading: 'Assign what was not read',
  mapHint:
    'Columns the import does not know, and the categories of the list (a column read as "kategorie" gives them). Assign them to milestones and topics and import again. "Save the mapping" gives the file for the command line (--mapping).',
  mapColumns: 'Unknown columns',
  mapColumn: (column: string) => `Column “${column}”`,
  mapIgnore: 'do not read',
  mapNothing: '– not assigned –',
  mapTerms: 'Categories and terms of the list',
  mapTermMilestone: (term: string, count: number) => `${term} (${count}×): milestone`,
  mapTermTopic: (term: string) => `${term}: topic`,
  saveMapping: 'Save the mapping (for the command line)',
};

export const workbenchStrings = (language: string): WorkbenchStrings => (language === 'en' ? workbenchEn : workbenchDe);
