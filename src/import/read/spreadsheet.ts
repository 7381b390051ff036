/**
 * Any table file a clerk hands in, read by what its bytes are and never by
 * its name: an xlsx named `.csv` is read as xlsx, a PDF named `.csv` is
 * refused with a message that says it is a PDF. The entry point of the
 * reading layer. No DOM.
 */
import { ReadError } from './errors.js';
import { sniffBytes } from './sniff.js';
import { unzipGuarded } from './zip.js';
import { readCsvFile } from './csv.js';
import { readCheckedXlsx } from './xlsx.js';
import { readCheckedOds } from './ods.js';
import { TextDecoder } from '@exodus/bytes/encoding-lite.js';
import type { ImportLimits } from '../limits.js';
import type { ReadNote, Table } from './table.js';

export interface SpreadsheetTables {
  kind: 'csv' | 'xlsx' | 'ods';
  tables: Table[];
  notes: ReadNote[];
}

const odsMimeType = 'application/vnd.oasis.opendocument.spreadsheet';

/** Reads a CSV, xlsx or ods file into tables (one per visible sheet). Throws `ReadError`, and `CsvSyntaxError` for CSV. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits,
): Promise<SpreadsheetTables> {
  if (bytes.length > limits.fileBytes) throw new ReadError('too-large', file, { limit: limits.fileBytes });
  const kind = sniffBytes(bytes);
  if (kind === 'text' || kind === 'utf-16') {
    const { table, notes } = readCsvFile(bytes, file, limits);
    return { kind: 'csv', tables: [table], notes };
  }
  if (kind === 'ole2') throw new ReadError('old-xls', file);
  if (kind !== 'zip') throw new ReadError('binary', file, { detail: kind });

  const entries = unzipGuarded(bytes, file, limits);
  if (entries.has('xl/workbook.xml')) return { kind: 'xlsx', ...(await readCheckedXlsx(bytes, file, limits)) };
  const mimeType = entries.get('mimetype');
  if (mimeType && new TextDecoder('utf-8').decode(mimeType).trim() === odsMimeType)
    return { kind: 'ods', ...readCheckedOds(entries, file, limits) };
  // A zip of something else: a Word document, a folder of PDFs.
  throw new ReadError('binary', file, { detail: 'zip' });
}
