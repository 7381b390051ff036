/**
 * One field of a CSV file for a spreadsheet, and the rule that protects it
 * against formula injection. Shared by the coverage export (in the browser
 * and the command line) and the import's CSV and xlsx writers, so that every
 * file this project writes is protected the same way and the import can undo
 * exactly that protection (`src/import/write/formula.ts`). No DOM.
 */

/**
 * Whether a spreadsheet would take a text for a formula: it starts with `=`,
 * `+`, `-`, `@`, tab or CR. A plain number (`-3`, `-0,5`, `-0.75`) is not
 * one: it stays a number for the spreadsheet.
 */
export function startsLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value);
}

/**
 * One CSV field: quoted when it holds the separator (`;` or `,`), a quote, a
 * tab or a line break, or starts or ends with white space (which readers,
 * ours included, drop from unquoted fields; a tab would make them guess tab
 * as the separator); a text that a spreadsheet would take for a formula gets
 * a leading apostrophe, so a catalog title can never run as a formula on a
 * planner's computer.
 */
export function csvField(value: string): string {
  let text = startsLikeFormula(value) ? `'${value}` : value;
  if (/[;",\t\r\n]|^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}
