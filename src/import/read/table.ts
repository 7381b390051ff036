/**
 * What every tabular reader (CSV in any encoding, xlsx, ods, GeoJSON
 * properties, the HSDS data package's CSV files) hands to the import: rows
 * of cells as text, each row with the number the clerk sees in the
 * spreadsheet, so that a report can say "Zeile 12, Spalte Telefon".
 */

export interface TableRow {
  /** The row's number as the spreadsheet shows it (1-based); empty rows are left out, their numbers kept. */
  row: number;
  /** CSV only: the line of the file the row starts on (1-based), which differs when cells hold line breaks. */
  line?: number;
  /**
   * Every cell as text: numbers as written (`0.5`), dates as `YYYY-MM-DD`, booleans as `true`/`false`.
   * Trailing empty cells are left out, so rows differ in length: a missing cell is an empty one.
   */
  cells: string[];
}

export interface Table {
  /** The file the table comes from, as the user named it. */
  file: string;
  /** The sheet's name in a workbook; undefined for CSV. */
  sheet?: string;
  /** The header first. */
  rows: TableRow[];
}

/** Something a reader worked around or wants the user to know (an encoding guessed, a stray quote); never fatal. */
export interface ReadNote {
  code: ReadNoteCode;
  file: string;
  sheet?: string;
  row?: number;
  /** 1-based column number; in a note on a text file's encoding, the character in `line`. */
  column?: number;
  /** Text files: the line of the file (1-based), which differs from `row` when cells hold line breaks. */
  line?: number;
  /** How often it occurred (bytes, cells) when one note stands for all of them; the position is the first one's. */
  count?: number;
  /** Details for the message, e.g. the evidence for an encoding. */
  detail?: string;
}

export type ReadNoteCode =
  /** Not UTF-8: decoded as Windows-1252; `detail` gives the evidence (count and first position of the bytes). */
  | 'decoded-windows-1252'
  /** UTF-16 ("Unicode-Text" from Excel), with or without a byte order mark. */
  | 'decoded-utf-16'
  /** UTF-8 with a few invalid bytes, replaced by U+FFFD; `detail` says where. */
  | 'invalid-utf-8'
  /** Excel's `sep=;` first line: the separator it names is used, the line is not a row. */
  | 'sep-line'
  /** CSV: a quote inside an unquoted field, or text after a closing quote (kept as written). */
  | 'stray-quote'
  | 'text-after-quote'
  /** A spreadsheet cell with an error value (`#NV`, `#REF!`): read as empty. */
  | 'cell-error'
  /** A cell the export had protected against formula injection (`'=…`): its apostrophe is removed again. */
  | 'formula-restored';
