/**
 * What a reader worked around (an encoding, a stray quote, a cell with an
 * error value) as a note of the import, at its place in the file.
 */
import type { ImportNote, NoteSeverity } from '../notes.js';
import type { ReadNote } from '../read/table.js';

const readSeverity: Record<ReadNote['code'], NoteSeverity> = {
  'decoded-windows-1252': 'warning',
  'invalid-utf-8': 'warning',
  'cell-error': 'warning',
  'decoded-utf-16': 'info',
  'sep-line': 'info',
  'stray-quote': 'warning',
  'text-after-quote': 'warning',
  'formula-restored': 'info',
};

export const fromReadNote = (note: ReadNote): ImportNote => ({
  severity: readSeverity[note.code],
  code: note.code,
  at: {
    file: note.file,
    ...(note.sheet && { sheet: note.sheet }),
    ...(note.row !== undefined && { row: note.row, ...(note.column !== undefined && { column: String(note.column) }) }),
    ...(note.row === undefined &&
      note.line !== undefined && { line: note.line, ...(note.column !== undefined && { character: note.column }) }),
  },
  ...(note.detail && { detail: note.detail }),
  ...(note.count !== undefined && { count: note.count }),
});
