/**
 * A workbook for a clerk to fill in and give back to the import (the
 * template, a catalog as a spreadsheet): one header row, bold, frozen and
 * with a filter; columns wide enough to read; drop-downs offering the ids
 * of another sheet (topics, districts). What it writes, `readXlsx` reads back
 * cell for cell. Uses exceljs (it has a browser build); no DOM.
 */
import ExcelJS from 'exceljs';
import { neutralizeFormula } from './formula.js';
import { numberText } from '../read/cells.js';

export interface WorkbookSpec {
  sheets: SheetSpec[];
}

export interface SheetSpec {
  /** At most 31 characters, none of `[]:*?/\` (Excel's rules). */
  name: string;
  columns: ColumnSpec[];
  /** The data rows, below the header; a cell per column. */
  rows: (string | number | boolean | undefined)[][];
  /** Hidden sheets hold the lists the drop-downs offer. */
  hidden?: boolean;
}

export interface ColumnSpec {
  header: string;
  /** In characters; otherwise from the longest text in the column. */
  width?: number;
  /** A drop-down of the values in another sheet's column (`column` is that column's `header`). */
  list?: { sheet: string; column: string };
  /** A comment on the header cell explaining the column. */
  note?: string;
}

/** Rows below the data that get the drop-downs as well, for entries the clerk adds. */
const spareRows = 500;
const minWidth = 8;
/** Wider columns are wrapped instead: a screen shows about this many characters of one column. */
const maxWidth = 50;

const cellText = (value: string | number | boolean | undefined) =>
  typeof value === 'number' ? numberText(value) : String(value ?? '');

/** The longest line of a column's header and cells. */
function longestLine(header: string, values: (string | number | boolean | undefined)[]): number {
  let longest = 0;
  for (const value of [header, ...values]) {
    for (const line of cellText(value).split('\n')) longest = Math.max(longest, line.length);
  }
  return longest;
}

/** An absolute reference to a column's data cells on another sheet: `'Themen'!$A$2:$A$31`. */
function listRange(book: WorkbookSpec, list: { sheet: string; column: string }): string {
  const sheet = book.sheets.find((candidate) => candidate.name === list.sheet);
  const index = sheet?.columns.findIndex((column) => column.header === list.column) ?? -1;
  if (!sheet || index < 0)
    throw new Error(`writeXlsx: no column "${list.column}" in a sheet "${list.sheet}" for a drop-down`);
  const letter = columnLetter(index + 1);
  return `'${sheet.name.replace(/'/g, "''")}'!$${letter}$2:$${letter}$${Math.max(2, sheet.rows.length + 1)}`;
}

/** 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** exceljs 4.4 has `worksheet.dataValidations.add(range, …)` (one rule for a whole range), but its types leave it out. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export async function writeXlsx(book: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of book.sheets) {
    const sheet = workbook.addWorksheet(spec.name, {
      state: spec.hidden ? 'hidden' : 'visible',
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    // Text is protected like in CSV: a string cell is inert in Excel, but a clerk may save the sheet as CSV.
    const header = sheet.addRow(spec.columns.map((column) => neutralizeFormula(column.header)));
    header.font = { bold: true };
    for (const row of spec.rows) {
      sheet.addRow(
        row.map((value) =>
          typeof value === 'string' ? (value === '' ? null : neutralizeFormula(value)) : (value ?? null),
        ),
      );
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: spec.rows.length + 1, column: Math.max(1, spec.columns.length) },
    };

    spec.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      const longest = longestLine(
        column.header,
        spec.rows.map((row) => row[index]),
      );
      sheetColumn.width = column.width ?? Math.min(maxWidth, Math.max(minWidth, longest + 2));
      if (longest > sheetColumn.width) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
      if (column.note) sheet.getCell(1, index + 1).note = column.note;
      if (column.list) {
        const letter = columnLetter(index + 1);
        // A cell may hold several ids ("kita, grundschule"), which are not in the list, so the drop-down
        // only offers and never refuses: no error message (showErrorMessage off), blanks allowed.
        (sheet as unknown as RangeValidations).dataValidations.add(
          `${letter}2:${letter}${spec.rows.length + 1 + spareRows}`,
          {
            type: 'list',
            allowBlank: true,
            formulae: [listRange(book, column.list)],
            showErrorMessage: false,
          },
        );
      }
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
