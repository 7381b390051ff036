/**
 * A table of offers (a spreadsheet, a CSV file, GeoJSON properties) into
 * drafts: one row, one offer. The header is found among the first rows,
 * since real lists often start with a title line ("Kitas in Kamen, Stand
 * Mai 2026"); its cells are matched to fields by `columns.ts` and the
 * mapping file. Values stay as written: `fit.ts` normalises them.
 */
import type { LocalizedText, Weekday } from '../../catalog/schema.js';
import { newDraft, type Draft, type DraftField, type Place } from '../draft.js';
import type { MappingUse } from '../mapping.js';
import type { ImportNote } from '../notes.js';
import type { Table, TableRow } from '../read/table.js';
import { columnMeanings, type DayColumn, type TabularField } from './columns.js';

export interface TabularOptions {
  use: MappingUse;
  /** Where a row is, when rows are no spreadsheet rows (GeoJSON features: their JSON path). */
  rowPlace?: (row: TableRow) => Place;
  /** How a column is named in notes, when it is no spreadsheet column (`properties.TELEFON`). */
  columnLabel?: (header: string) => string;
}

interface Columns {
  headerRow: TableRow;
  /** Several columns may name one field (`Bezeichnung` and `Name`): the first that is not empty in a row counts. */
  fields: Map<TabularField, { index: number; header: string }[]>;
  /** Text fields in other languages: field → language → column. */
  translations: Map<TabularField, Map<string, { index: number; header: string }>>;
  days: { index: number; header: string; column: DayColumn }[];
  /** Columns of terms (`kategorie`, and any the mapping names so): several may classify. */
  termColumns: { index: number; header: string }[];
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x']);
const no = new Set(['nein', 'n', 'no', 'false', 'falsch', '0', '-']);

/** How many of the first rows may come before the header. */
const headerSearchRows = 10;

function findColumns(table: Table, options: TabularOptions, notes: ImportNote[]): Columns | undefined {
  const candidates = table.rows.slice(0, headerSearchRows);
  let best: { row: TableRow; known: number } | undefined;
  for (const row of candidates) {
    const meanings = row.cells.flatMap((cell) => columnMeanings(cell, options.use.mapping.columns));
    const hasTitle = meanings.some((m) => 'field' in m && m.field === 'titel' && !m.lang);
    const known = meanings.filter((m) => !('unknown' in m)).length;
    // A list of ids and names (the export's sheets of milestones or providers) is no list of offers.
    const beyondName = meanings.some(
      (m) => !('unknown' in m) && !('field' in m && (m.field === 'id' || m.field === 'titel')),
    );
    if (hasTitle && beyondName && (!best || known > best.known)) best = { row, known };
  }
  if (!best) return undefined;
  const columns: Columns = {
    headerRow: best.row,
    fields: new Map(),
    translations: new Map(),
    days: [],
    termColumns: [],
  };
  const at = (header: string): Place => ({
    ...rowPlace(table, best.row, options),
    column: options.columnLabel?.(header) ?? header,
  });
  best.row.cells.forEach((cell, index) => {
    const header = cell.trim();
    options.use.column(header);
    for (const meaning of columnMeanings(header, options.use.mapping.columns)) {
      if ('unknown' in meaning)
        notes.push({ severity: 'warning', code: 'unknown-column', at: at(header), value: header });
      else if ('day' in meaning) columns.days.push({ index, header, column: meaning.day });
      else if (meaning.field === 'kategorie') columns.termColumns.push({ index, header });
      else if (meaning.lang) {
        const languages = columns.translations.get(meaning.field) ?? new Map();
        languages.set(meaning.lang, { index, header });
        columns.translations.set(meaning.field, languages);
      } else {
        if (columns.fields.has(meaning.field))
          notes.push({ severity: 'info', code: 'duplicate-column', at: at(header), value: header });
        columns.fields.set(meaning.field, [...(columns.fields.get(meaning.field) ?? []), { index, header }]);
      }
    }
  });
  return columns;
}

function rowPlace(table: Table, row: TableRow, options: TabularOptions): Place {
  return options.rowPlace?.(row) ?? { file: table.file, ...(table.sheet && { sheet: table.sheet }), row: row.row };
}

/**
 * Lists in a cell: one per line when the cell has line breaks, else
 * separated by `,`, `;` or `|`; a JSON array as the export writes it when
 * an item holds a separator itself.
 */
export function splitCell(cell: string): string[] {
  if (/^\[[\s\S]*\]$/.test(cell)) {
    try {
      const items: unknown = JSON.parse(cell);
      if (Array.isArray(items) && items.every((item) => typeof item === 'string')) return items.filter(Boolean);
    } catch {
      // Not JSON: an ordinary list in brackets.
    }
  }
  return cell
    .split(cell.includes('\n') ? /\n/ : /[|,;]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A header row of the table, so a caller can tell a sheet without offers from a broken one. */
export const hasOfferColumns = (table: Table, options: TabularOptions) => findColumns(table, options, []) !== undefined;

export function draftsFromTable(table: Table, options: TabularOptions): { drafts: Draft[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const columns = findColumns(table, options, notes);
  if (!columns) {
    notes.push({
      severity: 'fatal',
      code: 'missing-column',
      at: { file: table.file, ...(table.sheet && { sheet: table.sheet }) },
    });
    return { drafts: [], notes };
  }
  const language = options.use.mapping.language;
  const drafts: Draft[] = [];
  for (const row of table.rows) {
    if (row.row <= columns.headerRow.row) continue;
    /** The first column of the field with a value in this row. */
    const columnOf = (field: TabularField) => columns.fields.get(field)?.find((c) => (row.cells[c.index] ?? '').trim());
    const cell = (field: TabularField) => {
      const column = columnOf(field);
      return (column ? row.cells[column.index]!.trim() : '') || (options.use.mapping.defaults.get(field) ?? '');
    };
    const draft = newDraft(rowPlace(table, row, options));
    const label = (header: string) => options.columnLabel?.(header) ?? header;
    const take = (field: TabularField, into: DraftField): string => {
      const value = cell(field);
      const column = columnOf(field);
      if (value) draft.from[into] ??= column ? label(column.header) : `defaults.${field}`;
      return value;
    };
    /** A text column with its translations: `Titel`, `Titel (en)`. */
    const text = (field: TabularField, into: DraftField): LocalizedText | undefined => {
      const translations: Record<string, string> = {};
      const main = take(field, into);
      if (main) translations[language ?? 'de'] = main;
      for (const [lang, column] of columns.translations.get(field) ?? []) {
        const value = (row.cells[column.index] ?? '').trim();
        if (value) {
          translations[lang] = value;
          draft.from[into] ??= label(column.header);
        }
      }
      const langs = Object.keys(translations);
      if (langs.length === 0) return undefined;
      // German alone is a plain text, as maintainers write it.
      return langs.length === 1 && langs[0] === 'de' ? translations.de! : translations;
    };

    const id = take('id', 'id');
    if (id) draft.id = id;
    const assign = <K extends 'title' | 'summary' | 'description' | 'costNote' | 'schedule' | 'accessibility'>(
      key: K,
      field: TabularField,
    ) => {
      const value = text(field, key);
      if (value !== undefined) draft[key] = value;
    };
    assign('title', 'titel');
    assign('summary', 'zusammenfassung');
    assign('description', 'beschreibung');
    assign('costNote', 'kosten_hinweis');
    assign('schedule', 'zeiten');
    assign('accessibility', 'barrierefreiheit');
    draft.milestones = splitCell(take('meilensteine', 'milestones'));
    draft.topics = splitCell(take('themen', 'topics'));
    draft.districts = splitCell(take('stadtteile', 'districts'));
    for (const column of columns.termColumns) {
      const value = (row.cells[column.index] ?? '').trim();
      if (!value || no.has(value.toLowerCase())) continue;
      draft.from.terms ??= label(column.header);
      // A flag column ("Familienzentrum: x") names itself; a category column its values.
      if (yes.has(value.toLowerCase())) draft.terms.push({ scheme: column.header, value: column.header });
      else for (const item of splitCell(value)) draft.terms.push({ scheme: column.header, value: item });
    }
    const ages = take('alter', 'ages');
    if (ages) draft.ages = ages;
    const ageMin = take('alter_von', 'ageMin');
    if (ageMin) draft.ageMin = ageMin;
    const ageMax = take('alter_bis', 'ageMax');
    if (ageMax) draft.ageMax = ageMax;

    const provider = take('traeger', 'organization');
    if (provider) draft.organization = { name: provider, phones: [], emails: [], from: draft.from.organization! };
    draft.contactRefs = splitCell(take('kontakte', 'contacts'));
    const phones = [take('telefon', 'phones'), cell('mobil') && `Mobil: ${take('mobil', 'phones')}`].filter(Boolean);
    draft.faxes = [take('fax', 'faxes')].filter(Boolean);
    const emails = [take('email', 'emails')].filter(Boolean);
    const person = take('ansprechperson', 'contacts');
    // The person's notes are mostly about the phones and e-mails of the row: they point at those columns.
    if (person)
      draft.contacts.push({
        name: person,
        phones,
        emails,
        languages: [],
        from: draft.from.phones ?? draft.from.emails ?? draft.from.contacts!,
      });
    else [draft.phones, draft.emails] = [phones, emails];
    const url = take('url', 'url');
    if (url) draft.url = url;

    const street = [take('strasse', 'address'), cell('hausnummer')].filter(Boolean).join(' ');
    const [postalCode, city, lat, lon, district] = [
      take('plz', 'address'),
      take('ort', 'address'),
      take('lat', 'lat'),
      take('lon', 'lat'),
      cell('adresse_stadtteil'),
    ];
    if (street || postalCode || city || lat || lon || district) {
      draft.address = {
        ...(street && { street }),
        ...(postalCode && { postalCode }),
        ...(city && { city }),
        ...(lat && { lat }),
        ...(lon && { lon }),
        ...(district && { district }),
      };
    }

    const structured = take('zeiten_strukturiert', 'openingHours');
    if (structured) draft.openingHoursCell = structured;
    else if (columns.fields.has('zeiten_strukturiert')) draft.scheduleIsText = true;
    const days: Partial<Record<Weekday, { opens?: string; closes?: string }[]>> = {};
    for (const { index, header, column } of columns.days) {
      const value = (row.cells[index] ?? '').trim();
      if (!value) continue;
      (days[column.day] ??= [{}])[0]![column.edge] = value;
      draft.from.openingHours ??= label(header);
    }
    if (Object.keys(days).length) draft.dayTimes = days;

    const cost = take('kosten', 'cost');
    if (cost) draft.cost = cost;
    draft.languages = splitCell(take('sprachen', 'languages'));
    const wheelchair = take('rollstuhlgerecht', 'wheelchair');
    if (wheelchair) draft.wheelchair = wheelchair;
    draft.keywords = splitCell(take('stichworte', 'keywords'));
    const updated = take('stand', 'updated');
    if (updated) draft.updated = updated;
    const status = take('status', 'status');
    if (status) draft.status = status;
    drafts.push(draft);
  }
  return { drafts, notes };
}
