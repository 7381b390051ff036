/**
 * The command line's own texts, in German (the default) and English
 * (`--lang en`). Messages about the data are in `src/catalog/messages.ts`,
 * the gap list in the element's strings (`src/i18n`), so that the command
 * line and `<offer-coverage>` name gaps alike.
 */
import type { MessageLanguage } from '../import/messages.js';

const usageDe = `offer-finder – Werkzeuge für den Angebotskatalog (Format v1)

Aufruf:
  offer-finder validate <katalog.json> [--strict] [--json] [--lang en]
      Prüft einen Katalog. Jedes Problem mit JSON-Pfad.
      Exit-Code 1, wenn ein Eintrag übersprungen würde oder der Katalog
      nicht lesbar ist; mit --strict auch bei Warnungen (reparierte Felder,
      entfernte Verweise, unbekannte Felder).

  offer-finder from-csv <angebote.csv> --base <katalog.json> [--out <datei>] [--keep-offers]
      Macht aus einer Tabelle (ein Angebot je Zeile, ; oder , getrennt,
      UTF-8 mit oder ohne BOM) einen gültigen Katalog. Lebensphasen, Themen,
      Stadtteile, Träger und Kontakte kommen aus dem Basiskatalog.

  offer-finder from-hsds <hsds.json> --mapping <zuordnung.json> --base <katalog.json> [--out <datei>] [--keep-offers]
      Importiert Open Referral HSDS 3.0 (service_full, eine Liste davon
      oder {"contents": [...]}) in einen gültigen Katalog.

  offer-finder stats <katalog.json> [--stale-months 12] [--district <id>] [--json]
      Zählt Angebote je Lebensphase, Thema und Stadtteil, nennt veraltete
      Einträge und die Lücken.

Optionen:
  --out <datei>        Katalog in eine Datei schreiben (sonst auf stdout)
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
  offer-finder validate <catalog.json> [--strict] [--json] [--lang en]
      Checks a catalog. Every problem with its JSON path.
      Exit code 1 when a record would be skipped or the catalog cannot be
      read; with --strict also for warnings (repaired fields, removed
      references, unknown fields).

  offer-finder from-csv <offers.csv> --base <catalog.json> [--out <file>] [--keep-offers]
      Turns a spreadsheet (one offer a row, ; or , separated, UTF-8 with or
      without BOM) into a valid catalog. Milestones, topics, districts,
      providers and contacts come from the base catalog.

  offer-finder from-hsds <hsds.json> --mapping <mapping.json> --base <catalog.json> [--out <file>] [--keep-offers]
      Imports Open Referral HSDS 3.0 (service_full, an array of them or
      {"contents": [...]}) into a valid catalog.

  offer-finder stats <catalog.json> [--stale-months 12] [--district <id>] [--json]
      Counts offers per milestone, topic and district, lists stale entries
      and the gaps.

Options:
  --out <file>         write the catalog to a file (else to stdout)
  --keep-offers        keep the base catalog's offers (the same ids are replaced)
  --strict             warnings also give exit code 1
  --json               output for programs (JSON)
  --lang de|en         language of the messages (default: de)
  --today YYYY-MM-DD   reference date instead of today (for reports)
  --help, --version

Exit codes: 0 fine, 1 problems in the data, 2 wrong usage or file not readable.
`;

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
    notUtf8: (file: string) => `Hinweis: ${file} ist nicht UTF-8; gelesen als Windows-1252 (Excel „CSV (Trennzeichen-getrennt)“). Besser: „CSV UTF-8“ speichern.`,
    envelope: (file: string) => `${file}: kein Katalog im Format v1 – nichts kann angezeigt werden:`,
    unknownField: (suggestion: string | undefined) => `unbekanntes Feld; wird ignoriert${suggestion ? ` (gemeint: '${suggestion}'?)` : ''}`,
    valid: (file: string) => `${file}: gültig.`,
    problems: (file: string, errors: number, warnings: number) =>
      `${file}: ${errors === 1 ? '1 Fehler' : `${errors} Fehler`}, ${warnings === 1 ? '1 Warnung' : `${warnings} Warnungen`}.`,
    errorsHeading: 'Fehler (diese Einträge fehlen in der Anzeige):',
    warningsHeading: 'Warnungen (repariert; der Rest des Eintrags wird angezeigt):',
    counts: (c: Counts) =>
      `${c.milestones} Lebensphasen, ${c.topics} Themen, ${c.districts} Stadtteile, ${c.organizations} Träger, ${c.contacts} Kontakte, ${c.offers} Angebote werden angezeigt.`,
    strictFailed: 'Mit --strict zählen auch Warnungen: Exit-Code 1.',
    converted: (converted: number, rows: number, unit: 'rows' | 'services') =>
      `${converted} von ${rows} ${unit === 'rows' ? (rows === 1 ? 'Zeile' : 'Zeilen') : rows === 1 ? 'Dienst' : 'Diensten'} umgewandelt.`,
    noteCounts: (errors: number, warnings: number, infos: number) =>
      `${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}, ${infos} ${infos === 1 ? 'Hinweis' : 'Hinweise'}.`,
    written: (file: string, offers: number) => `Katalog mit ${offers === 1 ? '1 Angebot' : `${offers} Angeboten`} geschrieben: ${file}`,
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
    gapsTopics: (district: string | undefined) => `Lücken: Themen je Lebensphase${district ? ` in ${district} (mit den stadtweiten Angeboten)` : ', alle Stadtteile'}`,
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
    notUtf8: (file: string) => `Note: ${file} is not UTF-8; read as Windows-1252 (Excel "CSV (comma delimited)"). Better: save as "CSV UTF-8".`,
    envelope: (file: string) => `${file}: not a catalog in format v1 – nothing can be shown:`,
    unknownField: (suggestion: string | undefined) => `unknown field; ignored${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
    valid: (file: string) => `${file}: valid.`,
    problems: (file: string, errors: number, warnings: number) =>
      `${file}: ${errors === 1 ? '1 error' : `${errors} errors`}, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}.`,
    errorsHeading: 'Errors (these records are missing from the display):',
    warningsHeading: 'Warnings (repaired; the rest of the record is shown):',
    counts: (c: Counts) =>
      `${c.milestones} milestones, ${c.topics} topics, ${c.districts} districts, ${c.organizations} providers, ${c.contacts} contacts, ${c.offers} offers are shown.`,
    strictFailed: 'With --strict warnings count too: exit code 1.',
    converted: (converted: number, rows: number, unit: 'rows' | 'services') =>
      `${converted} of ${rows} ${rows === 1 ? unit.slice(0, -1) : unit} converted.`,
    noteCounts: (errors: number, warnings: number, infos: number) =>
      `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} ${infos === 1 ? 'note' : 'notes'}.`,
    written: (file: string, offers: number) => `Catalog with ${offers === 1 ? '1 offer' : `${offers} offers`} written: ${file}`,
    notWritten: 'No catalog written.',
    statsTitle: (file: string, offers: number, updated: string | undefined) => `${file}: ${offers} offers${updated ? ` (as of ${updated})` : ''}`,
    perMilestone: 'Offers per milestone',
    perTopic: 'Offers per topic',
    withoutTopic: 'without topic',
    perDistrict: 'Offers per district (in the district itself · with the citywide ones)',
    citywide: 'citywide (no district)',
    stale: (months: number, cutoff: string, count: number) => `Stale entries (updated before ${cutoff}, older than ${months} months): ${count}`,
    undated: (count: number) => `Without a date (updated): ${count}`,
    gapsTopics: (district: string | undefined) => `Gaps: topics per milestone${district ? ` in ${district} (with the citywide offers)` : ', all districts'}`,
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
