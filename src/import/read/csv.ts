/**
 * CSV as spreadsheets write it (RFC 4180 and what Excel and LibreOffice make
 * of it): fields separated by `;` (German Excel), `,` or tab (Excel's
 * "Unicode-Text"), optionally quoted with `"`, a quote inside a quoted field
 * doubled (`""`), line breaks inside quoted fields, CRLF or LF line ends.
 * `readCsvFile` takes a file's bytes in any encoding (see `decode.ts`) and
 * Excel's `sep=;` first line.
 *
 * The parser is written by hand, not taken from a library, because the
 * import reports each record's spreadsheet row AND the file line it starts
 * on (they differ once a cell holds a line break), and warns of stray quotes
 * instead of guessing silently: CSV libraries give neither. No DOM.
 */
import { decodeText } from './decode.js';
import { ReadError } from './errors.js';
import { TableCollector } from './cells.js';
import type { ImportLimits } from '../limits.js';
import type { ReadNote, Table } from './table.js';

export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** The fields as written, unquoted. */
  fields: string[];
  /** The record's number as a spreadsheet shows it (the first record is 1), whatever line breaks quoted fields hold. */
  row: number;
  /** The line of the file the record starts on (1-based). */
  line: number;
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  /** Every record, the header first; records of nothing but empty fields are left out. */
  records: CsvRecord[];
  /** Oddities the reader worked around (a stray quote in an unquoted field, text after a closing quote). */
  warnings: CsvWarning[];
}

export interface CsvWarning {
  code: 'stray-quote' | 'text-after-quote';
  row: number;
  line: number;
  /** 1-based field number. */
  field: number;
}

/** A quoted field that never ends: the file is cut off or a quote is missing. Nothing after it can be read reliably. */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(
    readonly code: 'unclosed-quote',
    readonly row: number,
    readonly line: number,
    readonly field: number,
  ) {
    super(`row ${row} (line ${line}), field ${field}: a quoted field is never closed`);
  }
}

/** Removes a UTF-8 byte order mark (as Excel writes with "CSV UTF-8"). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The separator of a file: the one of `;`, `,` and tab that occurs most
 * often outside quotes in its first record (the header); `;` on a tie, since
 * German spreadsheets write it and German texts are full of commas.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/** Reads CSV text; `delimiter` is detected from the header unless given. */
export function parseCsv(input: string, delimiter?: CsvDelimiter): CsvTable {
  const text = stripBom(input);
  const separator = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const warnings: CsvWarning[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let row = 1;
  let i = 0;
  /** Whether the current field began with a quote (and the quote is closed by now). */
  let wasQuoted = false;

  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((f) => f !== '')) records.push({ fields, row, line: recordLine });
    // Empty lines still count: the spreadsheet shows them as rows.
    row++;
    fields = [];
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field.trim() === '' && !wasQuoted) {
      // A quoted field (spaces before the quote, as some tools write, are dropped).
      const startLine = line;
      field = '';
      i++;
      let closed = false;
      while (i < text.length) {
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (q === '\r' && text[i + 1] === '\n') {
          field += '\n';
          i += 2;
          line++;
          continue;
        }
        if (q === '\n' || q === '\r') line++;
        field += q === '\r' ? '\n' : q;
        i++;
      }
      if (!closed) throw new CsvSyntaxError('unclosed-quote', row, startLine, fields.length + 1);
      wasQuoted = true;
      // Text between the closing quote and the separator: kept, as spreadsheets do.
      let after = '';
      while (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') after += text[i++];
      if (after.trim() !== '') {
        warnings.push({ code: 'text-after-quote', row, line, field: fields.length + 1 });
        field += after;
      }
      continue;
    }
    if (c === separator) {
      endField();
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') warnings.push({ code: 'stray-quote', row, line, field: fields.length + 1 });
    field += c;
    i++;
  }
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { delimiter: separator, records, warnings };
}

/**
 * A list inside one cell: `kita, grundschule` or `kita|grundschule` (also
 * `;` and line breaks, for lists typed in a comma-separated file).
 */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Excel's first line naming the separator (`sep=;`), which it writes and reads; only the separators the parser knows. */
const sepLine = /^sep=([;,\t])[ ]*(\r\n|\r|\n|$)/i;

/**
 * A CSV file as one table: size cap, decoding, Excel's `sep=` line (the
 * header is then row 1, as Excel shows it; `line` still counts the file's
 * lines), parsing (tab-separated for UTF-16, Excel's "Unicode-Text", when
 * the header has a tab), row cap. Throws `ReadError` and `CsvSyntaxError`.
 */
export function readCsvFile(
  bytes: Uint8Array,
  file: string,
  limits: ImportLimits,
): { table: Table; notes: ReadNote[] } {
  if (bytes.length > limits.fileBytes) throw new ReadError('too-large', file, { limit: limits.fileBytes });
  const decoded = decodeText(bytes, file);
  const notes = decoded.notes;
  let text = decoded.text;
  let delimiter: CsvDelimiter | undefined;
  let skippedLines = 0;
  const sep = sepLine.exec(text);
  if (sep) {
    delimiter = sep[1] as CsvDelimiter;
    text = text.slice(sep[0].length);
    skippedLines = 1;
    notes.push({ code: 'sep-line', file, line: 1, detail: delimiter === '\t' ? 'tab' : delimiter });
  } else if (decoded.encoding.startsWith('utf-16') && /^[^\r\n]*\t/.test(text)) delimiter = '\t';

  let parsed: CsvTable;
  try {
    parsed = parseCsv(text, delimiter);
  } catch (error) {
    if (error instanceof CsvSyntaxError && skippedLines)
      throw new CsvSyntaxError(error.code, error.row, error.line + skippedLines, error.field);
    throw error;
  }
  const collector = new TableCollector(file, undefined, limits);
  for (const record of parsed.records) collector.add(record.row, record.fields, record.line + skippedLines);
  for (const warning of parsed.warnings) {
    collector.note({ code: warning.code, row: warning.row, line: warning.line + skippedLines, column: warning.field });
  }
  const result = collector.finish();
  return { table: result.table, notes: [...notes, ...result.notes] };
}
