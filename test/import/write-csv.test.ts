import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { writeCsv } from '../../src/import/write/csv.js';
import { readCsvFile } from '../../src/import/read/csv.js';
import { numberText } from '../../src/import/read/cells.js';
import { cellText, limits } from './read-fixtures.js';

type Cell = string | number | undefined;

/** What the reader gives back for a cell: a number as German Excel writes it, undefined as empty. */
const expected = (cell: Cell) => (typeof cell === 'number' ? numberText(cell).replace('.', ',') : (cell ?? ''));

const text = cellText;
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
