/**
 * What the CSV, xlsx and ods readers share, so that a cell reads the same
 * whichever format a clerk saved: numbers, dates and links as text, the
 * formula protection of our own exports undone, empty rows and trailing
 * empty cells left out, and the row cap. No DOM.
 */
import { ReadError } from './errors.js';
import { restoreFormula } from '../write/formula.js';
import type { ImportLimits } from '../limits.js';
import type { ReadNote, Table, TableRow } from './table.js';

/**
 * A number as JavaScript writes it (`0.5`, `-0.75`, `59174`), at the 15
 * significant digits a spreadsheet shows: a sum stored as
 * 0.30000000000000004 is the 0.3 the clerk sees.
 */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A date and time as `YYYY-MM-DD`, with ` HH:MM` only when there is a time
 * of day (seconds are left out, as a spreadsheet's usual formats do); a
 * time without a date (`timeOnly`) as `HH:MM`.
 */
export function dateText(
  parts: { year: number; month: number; day: number; hours: number; minutes: number },
  timeOnly = false,
): string {
  const time = `${pad(parts.hours)}:${pad(parts.minutes)}`;
  if (timeOnly) return time;
  const date = `${String(parts.year).padStart(4, '0')}-${pad(parts.month)}-${pad(parts.day)}`;
  return parts.hours || parts.minutes ? `${date} ${time}` : date;
}

const webAddress = /^(https?:\/\/|www\.)\S+$/i;
const mailAddress = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The text of a cell that is a link: what it points to when that is a web
 * or mail address and the text shown is not one itself ("Website", "E-Mail
 * schreiben"), since the catalog needs the address; otherwise the text shown.
 */
export function linkText(shown: string, target: string | undefined): string {
  const address = target?.replace(/^mailto:/i, '').trim();
  if (!address || webAddress.test(shown.trim()) || mailAddress.test(shown.trim())) return shown;
  return webAddress.test(address) || mailAddress.test(address) ? address : shown;
}

/**
 * Collects one table's rows as a reader finds them and applies the rules
 * every reader shares. Throws `too-many-rows` as soon as the cap is passed.
 */
export class TableCollector {
  private readonly rows: TableRow[] = [];
  private readonly notes: ReadNote[] = [];
  private restored = 0;
  private firstRestored: { row: number; column: number } | undefined;

  constructor(
    private readonly file: string,
    private readonly sheet: string | undefined,
    private readonly limits: ImportLimits,
  ) {}

  /** A row as read; `line` for text files. Empty rows are left out (their numbers stay the spreadsheet's). */
  add(row: number, cells: string[], line?: number): void {
    const texts = cells.map((cell, index) => {
      const text = restoreFormula(cell);
      if (text !== cell) {
        this.restored++;
        this.firstRestored ??= { row, column: index + 1 };
      }
      return text;
    });
    let length = texts.length;
    while (length > 0 && texts[length - 1] === '') length--;
    if (length === 0) return;
    if (this.rows.length >= this.limits.rows)
      throw new ReadError('too-many-rows', this.file, { limit: this.limits.rows, sheet: this.sheet });
    texts.length = length;
    this.rows.push(line === undefined ? { row, cells: texts } : { row, line, cells: texts });
  }

  /** A note on one cell (an error value, a stray quote). */
  note(note: Omit<ReadNote, 'file' | 'sheet'>): void {
    this.notes.push({ ...note, file: this.file, ...(this.sheet === undefined ? {} : { sheet: this.sheet }) });
  }

  finish(): { table: Table; notes: ReadNote[] } {
    if (this.firstRestored) this.note({ code: 'formula-restored', ...this.firstRestored, count: this.restored });
    const table: Table = {
      file: this.file,
      ...(this.sheet === undefined ? {} : { sheet: this.sheet }),
      rows: this.rows,
    };
    return { table, notes: this.notes };
  }
}
