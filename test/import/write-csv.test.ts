import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { writeCsv } from '../../src/import/write/csv.js';
import { readCsvFile } from '../../src/import/read/csv.js';
import { numberText } from '../../src/import/read/cells.js';
import { startsLikeFormula } from '../../src/catalog/csv-field.js';
import { limits } from './read-fixtures.js';

type Cell = string | number | undefined;

/** What the reader gives back for a cell: a number as German Excel writes it, undefined as empty. */
const expected = (cell: Cell) => (typeof cell === 'number' ? numberText(cell).replace('.', ',') : (cell ?? ''));

/**
 * Texts as a clerk's cells hold them, with what makes CSV hard. Left out: CR (readers, ours and the
 * spreadsheets', turn line ends into LF), other control characters (no spreadsheet text), and the
 * one ambiguity of the formula protection (`'=…`, see formula.ts).
 */
const text = fc
  .oneof(
    fc.string({
      unit: fc.constantFrom(
        ';',
        ',',
        '"',
        "'",
        '\n',
        '\t',
        ' ',
        '=',
        '-',
        '+',
        '@',
        'ä',
        'Ö',
        'ß',
        '€',
        '–',
        '„',
        '😀',
        'a',
        '1',
        '.',
      ),
    }),
    fc.string({ unit: 'grapheme' }),
  )
  .filter(
    // eslint-disable-next-line no-control-regex -- control characters, which spreadsheets do not keep
    (s) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s) && !(s.startsWith("'") && startsLikeFormula(s.slice(1))),
  );
const number = fc.oneof(
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => Number(n.toPrecision(12))),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.constant(undefined));

describe('writeCsv', () => {
  it('writes CSV as German Excel reads it: BOM, ;, CRLF, quotes as needed, decimal comma, formulas protected', () => {
    const csv = writeCsv([
      ['titel', 'wert', 'notiz'],
      ['Kita „Sonne“; Süd', 0.5, '=HYPERLINK("x")'],
      ['zwei\nZeilen', -0.75, undefined],
      [' Leerzeichen', 59174, '-Strich'],
    ]);
    expect(csv).to.equal(
      '\uFEFFtitel;wert;notiz\r\n' +
        '"Kita „Sonne“; Süd";"0,5";"\'=HYPERLINK(""x"")"\r\n' +
        '"zwei\nZeilen";"-0,75";\r\n' +
        '" Leerzeichen";59174;\'-Strich\r\n',
    );
  });

  it('gives back the same cells through readCsvFile', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const { table } = readCsvFile(new TextEncoder().encode(writeCsv(rows)), 'a.csv', limits());
        const want = rows.flatMap((row, index) => {
          const cells = row.map(expected);
          while (cells.at(-1) === '') cells.pop();
          return cells.length ? [{ row: index + 1, cells }] : [];
        });
        expect(table.rows.map(({ row, cells }) => ({ row, cells }))).to.deep.equal(want);
      }),
      { numRuns: 500 },
    );
  });
});
