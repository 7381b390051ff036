/**
 * One input file to drafts, whatever it is: the format is told from the
 * content, never from the name (a workbook saved as `.csv`, a feed saved as
 * `.txt`). Spreadsheets (xlsx, ods, CSV in any encoding), GeoJSON, Open
 * Referral (HSDS 3.0, 1.x/2.0, Open Referral UK), the HSDS data package and
 * catalogs of format v1 are read here; anything else is said to be
 * unreadable.
 */
import type { CatalogInput } from '../../catalog/schema.js';
import type { Draft } from '../draft.js';
import { jsonErrorOffset, lineAndColumn } from '../json-position.js';
import type { ImportLimits } from '../limits.js';
import type { MappingUse } from '../mapping.js';
import type { ImportNote } from '../notes.js';
import { CsvSyntaxError } from '../read/csv.js';
import { decodeText } from '../read/decode.js';
import { ReadError, readErrorMessage } from '../read/errors.js';
import { sniffBytes } from '../read/sniff.js';
import { readSpreadsheet } from '../read/spreadsheet.js';
import type { Table } from '../read/table.js';
import { fromReadNote } from './read-notes.js';
import type { MessageLanguage } from '../messages.js';
import { draftsFromGeoJson, isFeatureCollection } from './geojson.js';
import { draftsFromHsds, type HsdsFlavour } from './hsds.js';
import { isDataPackage, servicesFromPackage, type PackageFile } from './hsds-package.js';
import { draftsFromTable, hasOfferColumns } from './tabular.js';

export type SourceFormat = 'catalog' | 'geojson' | 'hsds-package' | HsdsFlavour | 'csv' | 'xlsx' | 'ods';

export interface InputFile {
  /** The name as the user gave it (a path relative to the folder they named). */
  name: string;
  bytes: Uint8Array;
}

export interface Source {
  file: string;
  format?: SourceFormat;
  drafts: Draft[];
  notes: ImportNote[];
  /** A catalog v1 given as input: its offers and records are merged as they are. */
  catalog?: CatalogInput;
  /** The tables of a tabular source (sheets, a CSV file, GeoJSON properties), for `offer-finder terms`. */
  tables?: Table[];
}

const isCatalog = (json: unknown): json is CatalogInput =>
  typeof json === 'object' &&
  json !== null &&
  (json as { version?: unknown }).version === 1 &&
  Array.isArray((json as CatalogInput).offers) &&
  Array.isArray((json as CatalogInput).milestones);

/** Reads one file; `others` are the files beside it (a data package's tables). */
export async function readSource(
  input: InputFile,
  others: InputFile[],
  use: MappingUse,
  limits: ImportLimits,
  lang: MessageLanguage,
): Promise<Source> {
  const file = input.name;
  const fatal = (code: ImportNote['code'], detail?: string): Source => ({
    file,
    drafts: [],
    notes: [{ severity: 'fatal', code, at: { file }, ...(detail && { detail }) }],
  });
  try {
    const kind = sniffBytes(input.bytes);
    if (kind !== 'text' && kind !== 'utf-16') {
      const sheet = await readSpreadsheet(input.bytes, file, limits);
      const notes = sheet.notes.map(fromReadNote);
      const withOffers = sheet.tables.filter((table) => hasOfferColumns(table, { use }));
      for (const table of sheet.tables)
        if (!withOffers.includes(table) && sheet.tables.length > 1)
          notes.push({
            severity: 'info',
            code: 'ignored-sheet',
            at: { file, ...(table.sheet && { sheet: table.sheet }) },
          });
      const drafts: Draft[] = [];
      for (const table of withOffers.length ? withOffers : sheet.tables.slice(0, 1)) {
        const result = draftsFromTable(table, { use });
        drafts.push(...result.drafts);
        notes.push(...result.notes);
      }
      return {
        file,
        format: sheet.kind,
        drafts,
        notes,
        tables: withOffers.length ? withOffers : sheet.tables.slice(0, 1),
      };
    }
    if (input.bytes.length > limits.fileBytes) throw new ReadError('too-large', file, { limit: limits.fileBytes });
    const { text, notes: decodeNotes } = decodeText(input.bytes, file);
    if (!/^\s*[[{]/.test(text)) {
      const sheet = await readSpreadsheet(input.bytes, file, limits);
      const notes = sheet.notes.map(fromReadNote);
      const result = draftsFromTable(sheet.tables[0]!, { use });
      return {
        file,
        format: 'csv',
        drafts: result.drafts,
        notes: [...notes, ...result.notes],
        tables: sheet.tables.slice(0, 1),
      };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const offset = jsonErrorOffset(text);
      const where = offset === undefined ? '' : lineAndColumn(text, offset);
      return fatal(
        'json-syntax',
        where
          ? lang === 'de'
            ? `Zeile ${where.line}, Spalte ${where.column}`
            : `line ${where.line}, column ${where.column}`
          : (error as Error).message,
      );
    }
    const notes = decodeNotes.map(fromReadNote);
    if (isCatalog(json)) return { file, format: 'catalog', drafts: [], notes, catalog: json };
    if (isFeatureCollection(json)) {
      const result = draftsFromGeoJson(json, file, use);
      return {
        file,
        format: 'geojson',
        drafts: result.drafts,
        notes: [...notes, ...result.notes],
        tables: [result.table],
      };
    }
    if (isDataPackage(json)) {
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const files: PackageFile[] = others
        .filter((f) => f.name.startsWith(folder) && f !== input)
        .map((f) => ({ path: f.name.slice(folder.length), bytes: f.bytes }));
      const pack = servicesFromPackage(json, file, files, limits);
      const result = draftsFromHsds(pack.services, file, use.mapping, pack.placeOf);
      return {
        file,
        format: 'hsds-package',
        drafts: result.drafts,
        notes: [...notes, ...pack.notes, ...(pack.services.length ? result.notes : [])],
      };
    }
    const result = draftsFromHsds(json, file, use.mapping);
    return {
      file,
      ...(result.flavour && { format: result.flavour }),
      drafts: result.drafts,
      notes: [...notes, ...result.notes],
    };
  } catch (error) {
    if (error instanceof ReadError) return fatal('unreadable-file', readErrorMessage(error, lang));
    if (error instanceof CsvSyntaxError) {
      return {
        file,
        drafts: [],
        notes: [{ severity: 'fatal', code: 'unclosed-quote', at: { file, row: error.row, line: error.line } }],
      };
    }
    throw error;
  }
}
