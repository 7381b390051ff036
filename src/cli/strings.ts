/**
 * The command line's own texts, in German (the default) and English
 * (`--lang en`). Messages about the data are in `src/catalog/messages.ts`,
 * the gap list in the element's strings (`src/i18n`), so that the command
 * line and `<offer-coverage>` name gaps alike.
 */
import type { MessageLanguage } from '../import/messages.js';

const usageDe = `offer-finder – Werkzeuge für den Angebotskatalog (Format v1)

Aufruf:
  offer-finder import <datei|ordner>… --base <katalog.json> [--mapping <zuordnung.json>] [--out <datei>]
      Macht aus den Dateien, die ein Jugendamt hat, einen gültigen Katalog.
      Das Format wird am Inhalt erkannt: Excel (.xlsx), LibreOffice (.ods),
      CSV/TSV in jeder Kodierung (UTF-8, Windows-1252, „Unicode-Text“,
      mit „sep=“-Zeile), GeoJSON, Open Referral HSDS 3.0, HSDS 1.x/2.0,
      Open Referral UK, das HSDS-Datenpaket (Ordner mit datapackage.json)
      und Kataloge im Format v1. Mehrere Dateien ergeben einen Katalog;
      aus einem Ordner werden .json, .geojson, .csv, .tsv, .txt, .xlsx und
      .ods gelesen. Lebensphasen, Themen, Stadtteile, Träger und Kontakte
      kommen aus dem Basiskatalog.
        --milestones <id,…>  Lebensphasen für Einträge ohne Einordnung
        --topics <id,…>      Themen für Einträge ohne Thema
        --mapping <datei>    Zuordnung von Begriffen, Spalten und Werten
                             (schema/import-mapping.schema.json)
        --country <DE>       Land für Telefonnummern ohne Vorwahl des Landes
        --verbose            jeden Hinweis einzeln auflisten
  offer-finder from-csv …, offer-finder from-hsds …
      Alte Namen für import.

  offer-finder terms <datei|ordner>… [--base <katalog.json>] [--mapping <zuordnung.json>]
      Listet Spalten, Taxonomie-Begriffe und die Werte einordnender Spalten
      mit ihrer Anzahl: die Grundlage der Zuordnungsdatei. Nennt Schlüssel
      der Zuordnungsdatei, die zu nichts passen.

  offer-finder export <katalog.json> --format xlsx|csv|hsds [--out <datei>]
      Der Katalog als Tabelle zum Pflegen in Excel oder LibreOffice (mit
      Auswahllisten; import liest sie zurück) oder als Open Referral
      HSDS 3.0 (offene Daten). xlsx braucht --out.

  offer-finder validate <katalog.json> [--strict] [--json]
      Prüft einen Katalog wie die Angebotssuche im Browser, mit jedem
      Problem und seinem JSON-Pfad. Exit-Code 1, wenn ein Eintrag
      übersprungen würde, der Katalog nicht lesbar oder zu groß ist; mit
      --strict auch bei Warnungen.

  offer-finder stats <katalog.json> [weitere.json …] [--stale-months 12] [--district <id>] [--json]
      Zählt Angebote je Lebensphase, Thema und Stadtteil, nennt veraltete
      Einträge und die Lücken. Mehrere Kataloge (je Kommune einer) werden
      zusammen gezählt, wie die Angebotssuche sie zusammen zeigt.

Optionen:
  --out <datei>        in eine Datei schreiben (sonst auf stdout)
  --keep-offers        die Angebote des Basiskatalogs behalten (gleiche IDs werden ersetzt)
  --strict             auch Warnungen führen zu Exit-Code 1
  --json               Ausgabe für Programme (JSON)
  --lang de|en         Sprache der Meldungen (Standard: de)
  --today JJJJ-MM-TT   Stichtag statt heute (für Berichte)
  --help, --version

Exit-Codes: 0 in Ordnung, 1 Probleme in den Daten, 2 falscher Aufruf oder Datei nicht lesbar.
`;

const usageEn = `offer-finder – tools for the offer catalog (format v1)

Usage:
  offer-finder import <file|folder>… --base <catalog.json> [--mapping <mapping.json>] [--out <file>]
      Turns the files a youth welfare office has into a valid catalog. The
      format is told from the content: Excel (.xlsx), LibreOffice (.ods),
      CSV/TSV in any encoding (UTF-8, Windows-1252, "Unicode Text", with a
      "sep=" line), GeoJSON, Open Referral HSDS 3.0, HSDS 1.x/2.0, Open
      Referral UK, the HSDS data package (a folder with datapackage.json)
      and catalogs of format v1. Several files make one catalog; from a
      folder, .json, .geojson, .csv, .tsv, .txt, .xlsx and .ods files are
      read. Milestones, topics, districts, providers and contacts come from
      the base catalog.
        --milestones <id,…>  milestones for records without a classification
        --topics <id,…>      topics for records without a topic
        --mapping <file>     mapping of terms, columns and values
                             (schema/import-mapping.schema.json)
        --country <GB>       country for phone numbers without a country code
        --verbose            list every note
  offer-finder from-csv …, offer-finder from-hsds …
      Old names of import.

  offer-finder terms <file|folder>… [--base <catalog.json>] [--mapping <mapping.json>]
      Lists columns, taxonomy terms and the values of classifying columns
      with their counts: the basis of a mapping file. Names mapping keys
      that match nothing.

  offer-finder export <catalog.json> --format xlsx|csv|hsds [--out <file>]
      The catalog as a spreadsheet to maintain in Excel or LibreOffice
      (with drop-downs; import reads it back) or as Open Referral HSDS 3.0
      (open data). xlsx needs --out.

  offer-finder validate <catalog.json> [--strict] [--json]
      Checks a catalog as the finder in the browser does, every problem
      with its JSON path. Exit code 1 when a record would be skipped, or
      the catalog cannot be read or is too large; with --strict also for
      warnings.

  offer-finder stats <catalog.json> [more.json …] [--stale-months 12] [--district <id>] [--json]
      Counts offers per milestone, topic and district, lists stale entries
      and the gaps. Several catalogs (one per commune) are counted
      together, as the finder shows them together.

Options:
  --out <file>         write to a file (else to stdout)
  --keep-offers        keep the base catalog's offers (the same ids are replaced)
  --strict             warnings also give exit code 1
  --json               output for programs (JSON)
  --lang de|en         language of the messages (default: de)
  --today YYYY-MM-DD   reference date instead of today (for reports)
  --help, --version

Exit codes: 0 fine, 1 problems in the data, 2 wrong usage or file not readable.
`;

const formatNames: Record<'de' | 'en', Record<string, string>> = {
  de: {
    catalog: 'Katalog v1',
    geojson: 'GeoJSON',
    'hsds-package': 'HSDS-Datenpaket',
    'hsds-3': 'HSDS 3.0',
    'hsds-legacy': 'HSDS 1.x/2.0',
    oruk: 'Open Referral UK',
    csv: 'CSV',
    xlsx: 'Excel (xlsx)',
    ods: 'LibreOffice (ods)',
  },
  en: {
    catalog: 'catalog v1',
    geojson: 'GeoJSON',
    'hsds-package': 'HSDS data package',
    'hsds-3': 'HSDS 3.0',
    'hsds-legacy': 'HSDS 1.x/2.0',
    oruk: 'Open Referral UK',
    csv: 'CSV',
    xlsx: 'Excel (xlsx)',
    ods: 'LibreOffice (ods)',
  },
};
/** `1 Thema`, `2 Themen`. */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
type SourceLine = { file: string; format?: string; records: number };
const sourceList = (lang: 'de' | 'en', sources: SourceLine[]) =>
  sources
    .map(
      (s) =>
        `${s.file} (${s.format ? formatNames[lang][s.format] : lang === 'de' ? 'nicht lesbar' : 'not readable'}, ${s.records})`,
    )
    .join('; ');

export const cliStrings = {
  de: {
    usage: usageDe,
    unknownCommand: (command: string) => `Unbekannter Befehl '${command}'.`,
    missingFile: 'Es fehlt die Datei.',
    missingOption: (option: string) => `Es fehlt --${option}.`,
    badOption: (message: string) => `Falscher Aufruf: ${message}`,
    seeHelp: 'Hilfe: offer-finder --help',
    cannotRead: (file: string, reason: string) => `${file}: kann nicht gelesen werden (${reason}).`,
    notJson: (file: string, where: string, reason: string) => `${file}${where}: kein gültiges JSON (${reason}).`,
    lineColumn: (line: number, column: number) => `, Zeile ${line}, Spalte ${column}`,
    jsonEnd: 'die Datei endet mitten im JSON',
    jsonUnexpected: (char: string) => `unerwartetes Zeichen ${JSON.stringify(char)}`,
    unknownOption: (option: string) => `unbekannte Option ${option}`,
    optionValue: (option: string) => `${option} braucht einen Wert`,
    envelope: (file: string) => `${file}: kein Katalog im Format v1 – nichts kann angezeigt werden:`,
    unknownField: (suggestion: string | undefined) =>
      `unbekanntes Feld; wird ignoriert${suggestion ? ` (gemeint: '${suggestion}'?)` : ''}`,
    valid: (file: string) => `${file}: gültig.`,
    problems: (file: string, errors: number, warnings: number) =>
      `${file}: ${errors === 1 ? '1 Fehler' : `${errors} Fehler`}, ${warnings === 1 ? '1 Warnung' : `${warnings} Warnungen`}.`,
    errorsHeading: 'Fehler (diese Einträge fehlen in der Anzeige):',
    warningsHeading: 'Warnungen (repariert; der Rest des Eintrags wird angezeigt):',
    counts: (c: Counts) =>
      `${n(c.milestones, 'Lebensphase', 'Lebensphasen')}, ${n(c.topics, 'Thema', 'Themen')}, ${n(c.districts, 'Stadtteil', 'Stadtteile')}, ${c.organizations} Träger, ${n(c.contacts, 'Kontakt', 'Kontakte')}, ${c.offers === 1 ? '1 Angebot wird' : `${c.offers} Angebote werden`} angezeigt.`,
    strictFailed: 'Mit --strict zählen auch Warnungen: Exit-Code 1.',
    sources: (sources: SourceLine[]) => `Gelesen: ${sourceList('de', sources)}`,
    exported: (file: string, offers: number, format: string) =>
      `${offers === 1 ? '1 Angebot' : `${offers} Angebote`} exportiert (${format}): ${file}`,
    termsColumns: 'Spalten (→ gelesen als):',
    termsUnknown: 'nicht gelesen',
    termsTerms: 'Begriffe (Schema: Wert, Anzahl → Zuordnung):',
    termsCategories:
      'Nicht gelesene Spalten mit wenigen Werten (mit "columns": {"<Spalte>": "kategorie"} werden sie zu Begriffen):',
    termsUnknownNames: (kind: 'milestones' | 'topics' | 'districts') =>
      ({
        milestones: 'Lebensphasen, die der Basiskatalog nicht kennt:',
        topics: 'Themen, die der Basiskatalog nicht kennt:',
        districts: 'Stadtteile und Gebiete, die der Basiskatalog nicht kennt:',
      })[kind],
    tooLarge: (file: string, size: string, limit: string) =>
      `${file}: ${size} – größer als die ${limit}, die die Angebotssuche lädt; sie würde den Katalog ablehnen.`,
    written: (file: string, offers: number) =>
      `Katalog mit ${offers === 1 ? '1 Angebot' : `${offers} Angeboten`} geschrieben: ${file}`,
    notWritten: 'Kein Katalog geschrieben.',
    statsTitle: (file: string, offers: number, updated: string | undefined) =>
      `${file}: ${offers} Angebote${updated ? ` (Stand ${updated})` : ''}`,
    perMilestone: 'Angebote je Lebensphase',
    perTopic: 'Angebote je Thema',
    withoutTopic: 'ohne Thema',
    perDistrict: 'Angebote je Stadtteil (im Stadtteil selbst · mit den stadtweiten)',
    citywide: 'stadtweit (ohne Stadtteil)',
    stale: (months: number, cutoff: string, count: number) =>
      `Veraltete Einträge (Stand vor ${cutoff}, älter als ${months} Monate): ${count}`,
    undated: (count: number) => `Ohne Stand (updated): ${count}`,
    gapsTopics: (district: string | undefined) =>
      `Lücken: Themen je Lebensphase${district ? ` in ${district} (mit den stadtweiten Angeboten)` : ', alle Stadtteile'}`,
    gapsDistricts: 'Lücken vor Ort: Stadtteile je Lebensphase (nur Angebote im Stadtteil selbst)',
    unknownDistrict: (id: string) => `Unbekannter Stadtteil '${id}'.`,
  },
  en: {
    usage: usageEn,
    unknownCommand: (command: string) => `Unknown command '${command}'.`,
    missingFile: 'The file is missing.',
    missingOption: (option: string) => `--${option} is missing.`,
    badOption: (message: string) => `Wrong usage: ${message}`,
    seeHelp: 'Help: offer-finder --help',
    cannotRead: (file: string, reason: string) => `${file}: cannot be read (${reason}).`,
    notJson: (file: string, where: string, reason: string) => `${file}${where}: not valid JSON (${reason}).`,
    lineColumn: (line: number, column: number) => `, line ${line}, column ${column}`,
    jsonEnd: 'the file ends inside the JSON',
    jsonUnexpected: (char: string) => `unexpected character ${JSON.stringify(char)}`,
    unknownOption: (option: string) => `unknown option ${option}`,
    optionValue: (option: string) => `${option} needs a value`,
    envelope: (file: string) => `${file}: not a catalog in format v1 – nothing can be shown:`,
    unknownField: (suggestion: string | undefined) =>
      `unknown field; ignored${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
    valid: (file: string) => `${file}: valid.`,
    problems: (file: string, errors: number, warnings: number) =>
      `${file}: ${errors === 1 ? '1 error' : `${errors} errors`}, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}.`,
    errorsHeading: 'Errors (these records are missing from the display):',
    warningsHeading: 'Warnings (repaired; the rest of the record is shown):',
    counts: (c: Counts) =>
      `${n(c.milestones, 'milestone', 'milestones')}, ${n(c.topics, 'topic', 'topics')}, ${n(c.districts, 'district', 'districts')}, ${n(c.organizations, 'provider', 'providers')}, ${n(c.contacts, 'contact', 'contacts')}, ${c.offers === 1 ? '1 offer is' : `${c.offers} offers are`} shown.`,
    strictFailed: 'With --strict warnings count too: exit code 1.',
    sources: (sources: SourceLine[]) => `Read: ${sourceList('en', sources)}`,
    exported: (file: string, offers: number, format: string) =>
      `${offers === 1 ? '1 offer' : `${offers} offers`} exported (${format}): ${file}`,
    termsColumns: 'Columns (→ read as):',
    termsUnknown: 'not read',
    termsTerms: 'Terms (scheme: value, count → mapping):',
    termsCategories: 'Unread columns with few values (with "columns": {"<column>": "kategorie"} they become terms):',
    termsUnknownNames: (kind: 'milestones' | 'topics' | 'districts') =>
      ({
        milestones: 'Milestones the base catalog does not know:',
        topics: 'Topics the base catalog does not know:',
        districts: 'Districts and areas the base catalog does not know:',
      })[kind],
    tooLarge: (file: string, size: string, limit: string) =>
      `${file}: ${size} – larger than the ${limit} the finder loads; it would refuse the catalog.`,
    written: (file: string, offers: number) =>
      `Catalog with ${offers === 1 ? '1 offer' : `${offers} offers`} written: ${file}`,
    notWritten: 'No catalog written.',
    statsTitle: (file: string, offers: number, updated: string | undefined) =>
      `${file}: ${offers} offers${updated ? ` (as of ${updated})` : ''}`,
    perMilestone: 'Offers per milestone',
    perTopic: 'Offers per topic',
    withoutTopic: 'without topic',
    perDistrict: 'Offers per district (in the district itself · with the citywide ones)',
    citywide: 'citywide (no district)',
    stale: (months: number, cutoff: string, count: number) =>
      `Stale entries (updated before ${cutoff}, older than ${months} months): ${count}`,
    undated: (count: number) => `Without a date (updated): ${count}`,
    gapsTopics: (district: string | undefined) =>
      `Gaps: topics per milestone${district ? ` in ${district} (with the citywide offers)` : ', all districts'}`,
    gapsDistricts: 'Local gaps: districts per milestone (only offers in the district itself)',
    unknownDistrict: (id: string) => `Unknown district '${id}'.`,
  },
} satisfies Record<MessageLanguage, unknown>;

export interface Counts {
  milestones: number;
  topics: number;
  districts: number;
  organizations: number;
  contacts: number;
  offers: number;
}

export type CliStrings = (typeof cliStrings)['de'];
