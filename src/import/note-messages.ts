/**
 * The import's notes in German and English. A note is worded in two parts,
 * so that a report can group the same problem of many records under one
 * line: `noteTitle` says what happened and what the import did about it
 * ("Telefonnummer nicht erkannt; weggelassen"), `notePlace` and the value say
 * where and what ("Zeile 12, Spalte Telefon: '0231/ 7 7'").
 */
import type { ReferenceKind } from '../catalog/parse.js';
import type { Place } from './draft.js';
import { issueMessage, problemText, referenceWords, showValue, type MessageLanguage } from './messages.js';
import type { ImportNote, NoteSeverity, ValueKind } from './notes.js';

export const severityWords: Record<MessageLanguage, Record<NoteSeverity, string>> = {
  de: { fatal: 'Nicht lesbar', error: 'Fehler', warning: 'Warnung', info: 'Hinweis' },
  en: { fatal: 'Not readable', error: 'error', warning: 'warning', info: 'note' },
};

const kinds: Record<MessageLanguage, Record<ReferenceKind, string>> = {
  de: {
    milestone: 'Meilenstein',
    topic: 'Thema',
    district: 'Stadtteil',
    network: 'Netzwerk',
    organization: 'Träger',
    contact: 'Kontakt',
  },
  en: {
    milestone: 'milestone',
    topic: 'topic',
    district: 'district',
    network: 'network',
    organization: 'provider',
    contact: 'contact',
  },
};

const expected: Record<MessageLanguage, Record<ValueKind, string>> = {
  de: {
    number: 'keine Zahl',
    age: 'kein Alter zwischen -1 und 30 Jahren',
    cost: 'keine Kostenangabe (kostenlos, ermäßigt, kostenpflichtig oder ein Betrag)',
    'yes-no': 'weder ja noch nein',
    date: 'kein Datum (JJJJ-MM-TT oder TT.MM.JJJJ)',
    language: 'keine bekannte Sprache',
    coordinates: 'keine gültigen Koordinaten (Grad, WGS 84)',
    phone: 'keine Telefonnummer',
    email: 'keine E-Mail-Adresse',
    url: 'keine Webadresse (http:// oder https://)',
    country: 'kein Ländercode (z. B. DE, GB)',
  },
  en: {
    number: 'not a number',
    age: 'not an age between -1 and 30 years',
    cost: 'not a cost (free, reduced, paid or an amount)',
    'yes-no': 'neither yes nor no',
    date: 'not a date (YYYY-MM-DD or DD.MM.YYYY)',
    language: 'not a known language',
    coordinates: 'not valid coordinates (degrees, WGS 84)',
    phone: 'not a phone number',
    email: 'not an e-mail address',
    url: 'not a web address (http:// or https://)',
    country: 'not a country code (e.g. DE, GB)',
  },
};

/** What happened, without the place and value: the same for every note of a group. */
export function noteTitle(note: ImportNote, lang: MessageLanguage): string {
  const de = lang === 'de';
  const left = de ? 'weggelassen' : 'left out';
  const skipped = de ? 'der Eintrag wird übersprungen' : 'the record is skipped';
  const kind = note.kind ? kinds[lang][note.kind] : de ? 'Verweis' : 'reference';
  switch (note.code) {
    case 'unreadable-file':
      return de ? 'Datei nicht lesbar' : 'file not readable';
    case 'unknown-format':
      return de
        ? 'unbekanntes Format: weder Katalog noch HSDS, Open Referral UK, GeoJSON oder HSDS-Datenpaket'
        : 'unknown format: neither a catalog nor HSDS, Open Referral UK, GeoJSON or an HSDS data package';
    case 'json-syntax':
      return de ? 'kein gültiges JSON' : 'not valid JSON';
    case 'unclosed-quote':
      return de
        ? 'ein Feld in Anführungszeichen wird nie geschlossen; die Datei kann nicht gelesen werden'
        : 'a quoted field is never closed; the file cannot be read';
    case 'missing-column':
      return de
        ? 'keine Spalte für den Namen des Angebots (z. B. „Titel“, „Name“, „Bezeichnung“, „Einrichtung“); die Tabelle kann nicht umgewandelt werden'
        : 'no column for the name of the offer (e.g. "Title", "Name"); the table cannot be converted';
    case 'ignored-sheet':
      return de
        ? 'Tabellenblatt ohne Angebote (keine Namensspalte); nicht gelesen'
        : 'sheet without offers (no name column); not read';
    case 'decoded-windows-1252':
      return de
        ? 'nicht UTF-8; gelesen als Windows-1252 (Excel „CSV (Trennzeichen-getrennt)“). Besser: als „CSV UTF-8“ speichern'
        : 'not UTF-8; read as Windows-1252 (Excel "CSV (comma delimited)"). Better: save as "CSV UTF-8"';
    case 'decoded-utf-16':
      return de ? 'UTF-16 („Unicode-Text“ aus Excel); gelesen' : 'UTF-16 ("Unicode Text" from Excel); read';
    case 'invalid-utf-8':
      return de
        ? 'UTF-8 mit ungültigen Bytes; sie sind durch � ersetzt'
        : 'UTF-8 with invalid bytes; they are replaced by �';
    case 'sep-line':
      return de
        ? 'erste Zeile „sep=“ aus Excel: gibt das Trennzeichen an, ist keine Zeile der Tabelle'
        : 'first line "sep=" from Excel: names the separator, is not a row';
    case 'stray-quote':
      return de
        ? 'Anführungszeichen mitten in einem Feld; übernommen, wie es dasteht'
        : 'a quote inside an unquoted field; kept as written';
    case 'text-after-quote':
      return de ? 'Text nach dem schließenden Anführungszeichen; übernommen' : 'text after a closing quote; kept';
    case 'cell-error':
      return de
        ? 'Zelle mit Fehlerwert (z. B. #NV); als leer gelesen'
        : 'cell with an error value (e.g. #N/A); read as empty';
    case 'formula-restored':
      return de
        ? 'Zelle war gegen Formeln geschützt (führendes Apostroph); wiederhergestellt'
        : 'cell was protected against formulas (leading apostrophe); restored';
    case 'unknown-column':
      return de
        ? 'unbekannte Spalte; nicht gelesen (eine Zuordnung in der Zuordnungsdatei unter „columns“ liest sie)'
        : 'unknown column; not read (map it under "columns" in the mapping file)';
    case 'duplicate-column':
      return de
        ? 'zweite Spalte für dasselbe Feld; je Zeile zählt die erste, die nicht leer ist'
        : 'second column for the same field; in each row the first that is not empty counts';
    case 'unsupported-crs':
      return de ? 'Koordinaten nicht in WGS 84 (Grad); weggelassen' : 'coordinates not in WGS 84 (degrees); left out';
    case 'geometry-centre':
      return de
        ? 'keine Punkt-Geometrie; die Mitte ihrer Punkte wird verwendet'
        : 'not a point geometry; the middle of its points is used';
    case 'missing-value':
      return de ? `kein Name; ${skipped}` : `no name; ${skipped}`;
    case 'inactive':
      return de ? `nicht aktiv (status); ${skipped}` : `not active (status); ${skipped}`;
    case 'duplicate-id':
      return de
        ? `ID kam schon vor, mit anderem Inhalt; ${skipped}, der erste gilt`
        : `id occurred before, with other content; ${skipped}, the first counts`;
    case 'duplicate-record':
      return de
        ? 'derselbe Eintrag noch einmal (mehrere Seiten oder Dateien); zusammengeführt'
        : 'the same record again (several pages or files); merged';
    case 'invalid-id':
      return de ? 'ID mit unerlaubten Zeichen; umgeschrieben' : 'id with characters ids may not have; rewritten';
    case 'renamed-id':
      return de
        ? 'ID schon in einer anderen Datei vergeben; nach der Datei umbenannt'
        : 'id already used in another file; renamed after its file';
    case 'generated-id':
      return de ? 'keine ID; aus dem Namen gebildet' : 'no id; made from the name';
    case 'unknown-reference':
      return `${note.kind ? referenceWords[lang][note.kind] : de ? 'unbekannter Verweis' : 'unknown reference'}; ${left}`;
    case 'matched-title':
      return de ? `${kind} am Namen erkannt` : `${kind} recognised by its name`;
    case 'new-organization':
      return de ? 'Träger nicht im Basiskatalog; neu angelegt' : 'provider not in the base catalog; added';
    case 'no-milestone':
      return de
        ? `kein Meilenstein (weder in den Daten noch über Alter, Zuordnungsdatei oder --milestones); ${skipped}`
        : `no milestone (neither in the data nor by age, mapping file or --milestones); ${skipped}`;
    case 'milestones-by-age':
      return de ? 'Meilensteine aus dem Alter bestimmt' : 'milestones chosen by age';
    case 'default-milestones':
      return de
        ? 'ohne Einordnung: Meilensteine aus --milestones bzw. defaultMilestones'
        : 'no classification: milestones from --milestones or defaultMilestones';
    case 'default-topics':
      return de
        ? 'ohne Thema: Themen aus --topics bzw. defaultTopics'
        : 'no topic: topics from --topics or defaultTopics';
    case 'unmapped-term':
      return de
        ? 'Begriff ohne Zuordnung (offer-finder terms listet alle)'
        : 'term without a mapping (offer-finder terms lists them all)';
    case 'unused-mapping-key':
      return de
        ? 'Schlüssel der Zuordnungsdatei passt zu nichts in den Daten'
        : 'mapping key matches nothing in the data';
    case 'invalid-mapping':
      return de ? 'Zuordnungsdatei: ungültiger Eintrag; nicht verwendet' : 'mapping file: invalid entry; not used';
    case 'unknown-area':
      return de
        ? 'Gebiet ist kein Stadtteil des Basiskatalogs; nicht zugeordnet'
        : 'area is no district of the base catalog; not assigned';
    case 'invalid-value':
      return `${expected[lang][note.expected ?? 'number']}; ${left}`;
    case 'kept-as-note':
      return `${expected[lang][note.expected ?? 'cost']}; ${de ? 'als Hinweis übernommen' : 'kept as a note'}`;
    case 'age-open-end':
      return de
        ? 'Höchstalter über 30 Jahre: im Katalog ohne Obergrenze'
        : 'maximum age above 30 years: no upper limit in the catalog';
    case 'incomplete-address':
      return de
        ? `Adresse unvollständig (Straße, PLZ und Ort gehören zusammen); ${left}`
        : `incomplete address (street, postal code and city belong together); ${left}`;
    case 'html-converted':
      return de
        ? 'HTML in Text umgewandelt (Absätze und Listen bleiben erhalten)'
        : 'HTML converted to text (paragraphs and lists kept)';
    case 'hours-not-understood':
      return de
        ? 'Öffnungszeiten nicht verstanden; der Text bleibt, „jetzt geöffnet“ wird nicht angezeigt'
        : 'opening hours not understood; the text stays, "open now" is not shown';
    case 'all-languages':
      return de ? '„alle Sprachen“ ist keine Sprache; weggelassen' : '"all languages" is no language; left out';
    case 'fax-left-out':
      return de ? 'Faxnummer; weggelassen' : 'fax number; left out';
    case 'phone-unchecked':
      return de
        ? 'Telefonnummer passt nicht zum Nummernplan; übernommen, wie sie dasteht'
        : 'phone number does not fit the numbering plan; kept as written';
    case 'missing-resource':
      return de
        ? 'Tabelle des Datenpakets fehlt; ihre Angaben fehlen'
        : 'table of the data package is missing; its data is missing';
    case 'moved-resource':
      return de
        ? 'Tabelle des Datenpakets liegt nicht unter ihrem „path“; gefunden'
        : 'table of the data package is not at its "path"; found';
    case 'unused-field':
      return de ? 'Feld ohne Platz im Katalog; nicht übernommen' : 'field with no place in the catalog; not taken over';
    case 'more-locations':
      return de
        ? 'an mehreren Orten; der Katalog nennt die erste Adresse'
        : 'at several places; the catalog keeps the first address';
    case 'catalog-issue': {
      const issue = note.issue!;
      return issue.problem ? problemText(issue.problem, issue.path, lang) : issueMessage(issue, lang);
    }
    case 'too-large':
      return de
        ? 'der Katalog wäre größer, als die Angebotssuche lädt'
        : 'the catalog would be larger than the finder loads';
  }
}

/** Where a note is: `kitas.xlsx, Blatt Kitas, Zeile 12, Spalte Telefon` or `feed.json, content[3].phones[0].number`. */
export function notePlace(place: Place | undefined, lang: MessageLanguage, withFile = true): string {
  if (!place) return '';
  const de = lang === 'de';
  const parts: string[] = [];
  if (withFile && place.file) parts.push(place.file);
  if (place.sheet) parts.push(de ? `Blatt ${place.sheet}` : `sheet ${place.sheet}`);
  if (place.row !== undefined) {
    parts.push(de ? `Zeile ${place.row}` : `row ${place.row}`);
    if (place.column) parts.push(de ? `Spalte ${place.column}` : `column ${place.column}`);
  } else if (place.path || place.column) {
    parts.push([place.path, place.column].filter(Boolean).join(place.column?.startsWith('[') ? '' : '.'));
  }
  // A file line apart from the row: where a quoted cell or an odd byte is in the text.
  if (place.line !== undefined && place.line !== place.row) {
    parts.push(
      de
        ? `Zeile ${place.line} der Datei${place.character ? `, Zeichen ${place.character}` : ''}`
        : `line ${place.line} of the file${place.character ? `, character ${place.character}` : ''}`,
    );
  }
  return parts.join(', ');
}

/** The example of one note: its place, value and details: `Zeile 12, Spalte Telefon: '0231/ 7 7'`. */
export function noteExample(note: ImportNote, lang: MessageLanguage, withFile = true): string {
  const place = notePlace(note.at, lang, withFile);
  const what = [
    note.value !== undefined ? showValue(note.value) : '',
    note.id !== undefined ? `→ ${showValue(note.id)}` : '',
    note.detail ?? '',
    note.count && note.count > 1 ? `(${note.count}×)` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return [place, what].filter(Boolean).join(': ');
}

/** One note on one line, as `--verbose` lists them. */
export function noteLine(note: ImportNote, lang: MessageLanguage, withFile = true): string {
  const example = noteExample(note, lang, withFile);
  return `${severityWords[lang][note.severity]} – ${noteTitle(note, lang)}${example ? ` – ${example}` : ''}`;
}
