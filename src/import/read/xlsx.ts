/**
 * Excel workbooks (.xlsx): one table per visible worksheet, every cell as
 * the text the clerk sees (see `cells.ts`). exceljs reads the workbook, but
 * only after `unzipGuarded` has checked the zip (caps on actual inflated
 * bytes, no XML entities): exceljs itself trusts what it is given. Runs in
 * Node and in browsers (exceljs has a browser build); no DOM.
 */
import ExcelJS from 'exceljs';
import { ReadError } from './errors.js';
import { unzipGuarded } from './zip.js';
import { TableCollector, dateText, linkText, numberText } from './cells.js';
import type { ImportLimits } from '../limits.js';
import type { ReadNote, Table } from './table.js';

export interface WorkbookTables {
  tables: Table[];
  notes: ReadNote[];
}

type CellText = string | { error: string };

/** The day exceljs gives a time without a date (Excel's serial 0): 1899-12-30, or 1904-01-01 in the 1904 date system. */
const timeOnlyDay = (date1904: boolean) => (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30));

function textOf(value: ExcelJS.CellValue, date1904: boolean): CellText {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    // exceljs rounds to milliseconds; whole seconds take away what is left of the floating point.
    const date = new Date(Math.round(value.getTime() / 1000) * 1000);
    const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    const parts = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hours: date.getUTCHours(),
      minutes: date.getUTCMinutes(),
    };
    return dateText(parts, day === timeOnlyDay(date1904));
  }
  if ('error' in value) return { error: value.error };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const shown = textOf(value.text as ExcelJS.CellValue, date1904);
    return linkText(typeof shown === 'string' ? shown : '', value.hyperlink);
  }
  // A formula: its result as last calculated and saved (none if the program that wrote the file did not calculate).
  if ('result' in value || 'formula' in value || 'sharedFormula' in value)
    return textOf(value.result as ExcelJS.CellValue, date1904);
  return '';
}

/** Reads an xlsx file: size cap, `unzipGuarded`, then one table per visible worksheet. Throws `ReadError`. */
export async function readXlsx(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<WorkbookTables> {
  if (bytes.length > limits.fileBytes) throw new ReadError('too-large', file, { limit: limits.fileBytes });
  // exceljs reads a zip without a workbook as a workbook without sheets.
  if (!unzipGuarded(bytes, file, limits).has('xl/workbook.xml'))
    throw new ReadError('corrupt', file, { detail: 'xl/workbook.xml missing' });
  return readCheckedXlsx(bytes, file, limits);
}

/** `readXlsx` for bytes that have passed `unzipGuarded` already. */
export async function readCheckedXlsx(bytes: Uint8Array, file: string, limits: ImportLimits): Promise<WorkbookTables> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch (error) {
    throw new ReadError('corrupt', file, { detail: error instanceof Error ? error.message : String(error) });
  }
  const date1904 = Boolean(workbook.properties?.date1904);
  const tables: Table[] = [];
  const notes: ReadNote[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const collector = new TableCollector(file, sheet.name, limits);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // A merged range keeps its text in its first (master) cell only.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const text = textOf(cell.value, date1904);
        if (typeof text === 'string') cells[column - 1] = text;
        else collector.note({ code: 'cell-error', row: rowNumber, column, detail: text.error });
      });
      collector.add(
        rowNumber,
        Array.from(cells, (cell) => cell ?? ''),
      );
    });
    const result = collector.finish();
    tables.push(result.table);
    notes.push(...result.notes);
  }
  return { tables, notes };
}
