/**
 * CSV for German Excel, which opens a `.csv` by double-click only the way
 * it expects: `;` between fields, CRLF line ends, UTF-8 with a byte order
 * mark (without it Excel reads Windows-1252 and umlauts break), numbers with
 * a decimal comma. Fields are quoted as needed and every text is protected
 * against formula injection (`csvField`, shared with the coverage export);
 * `readCsvFile` reads it back cell for cell. No DOM.
 */
import { csvField } from '../../catalog/csv-field.js';
import { numberText } from '../read/cells.js';

/** Rows of cells as CSV text; a number as German Excel writes it (`0,5`), undefined as an empty field. */
export function writeCsv(rows: (string | number | undefined)[][]): string {
  const text = (value: string | number | undefined) =>
    typeof value === 'number' ? numberText(value).replace('.', ',') : (value ?? '');
  return '\uFEFF' + rows.map((row) => row.map((value) => csvField(text(value))).join(';') + '\r\n').join('');
}
