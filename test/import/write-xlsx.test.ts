import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { writeXlsx, type WorkbookSpec } from '../../src/import/write/xlsx.js';
import { readXlsx } from '../../src/import/read/xlsx.js';
import { numberText } from '../../src/import/read/cells.js';
import { cellText, limits } from './read-fixtures.js';

type Cell = string | number | boolean | undefined;

const expected = (cell: Cell) => (typeof cell === 'number' ? numberText(cell) : String(cell ?? ''));

const text = cellText;
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => Number(n.toPrecision(15))),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.boolean(), fc.constant(undefined));

const book: WorkbookSpec = {
  sheets: [
    {
      name: 'Angebote',
      columns: [
        { header: 'titel', note: 'Der Name, wie Familien ihn kennen.' },
        { header: 'themen', list: { sheet: 'Themen', column: 'id' } },
        { header: 'beschreibung' },
        { header: 'alter_von', width: 12 },
      ],
      rows: [
        ['Kita Sonne', 'kita', 'Ein langer Text, der über die Breite einer Spalte hinausgeht, also umbricht.', 3],
        ['=Gefahr', 'kita, grundschule', undefined, 0.5],
      ],
    },
    { name: "Themen's", columns: [{ header: 'x' }], rows: [] },
    {
      name: 'Themen',
      columns: [{ header: 'titel' }, { header: 'id' }],
      rows: [
        ['Kita', 'kita'],
        ['Schule', 'grundschule'],
        ['Beratung', 'beratung'],
      ],
      hidden: true,
    },
  ],
};

describe('writeXlsx', () => {
  it('gives back the same cells through readXlsx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(text, { minLength: 1, maxLength: 5 }),
        async (rows, headers) => {
          const bytes = await writeXlsx({
            sheets: [{ name: 'S', columns: headers.map((header) => ({ header })), rows }],
          });
          const { tables } = await readXlsx(bytes, 'a.xlsx', limits());
          const want = [headers, ...rows].flatMap((row, index) => {
            const cells = row.map(expected);
            while (cells.at(-1) === '') cells.pop();
            return cells.length ? [{ row: index + 1, cells }] : [];
          });
          expect(tables[0]!.rows).to.deep.equal(want);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("writes drop-downs that offer the other sheet's column and never refuse an entry", async () => {
    const sheet = strFromU8(unzipSync(await writeXlsx(book))['xl/worksheets/sheet1.xml']!);
    const validations = [...sheet.matchAll(/<dataValidation [^>]*>.*?<\/dataValidation>/g)].map(([xml]) => xml);
    // The two data rows and 500 more below, for entries the clerk adds.
    expect(validations).to.deep.equal([
      `<dataValidation type="list" allowBlank="1" sqref="B2:B503"><formula1>&apos;Themen&apos;!$B$2:$B$4</formula1></dataValidation>`,
    ]);
    expect(validations[0]).not.to.contain('showErrorMessage');
  });

  it('hides hidden sheets, protects formulas, keeps numbers numbers', async () => {
    const bytes = await writeXlsx(book);
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).to.match(/<sheet [^>]*name="Themen" state="hidden"/);
    const { tables } = await readXlsx(bytes, 'a.xlsx', limits());
    expect(tables.map((table) => table.sheet)).to.deep.equal(['Angebote', "Themen's"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.getWorksheet('Angebote')!;
    expect(sheet.getCell('A3').value).to.equal("'=Gefahr");
    expect(sheet.getCell('D3').value).to.equal(0.5);
  });

  it('makes the header bold, frozen and filterable, with notes, and wraps long columns', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeXlsx(book)).slice().buffer);
    const sheet = workbook.getWorksheet('Angebote')!;
    expect(sheet.getCell('A1').font?.bold).to.equal(true);
    expect(sheet.views[0]).to.include({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).to.equal('A1:D3');
    expect(sheet.getCell('A1').note).to.equal('Der Name, wie Familien ihn kennen.');
    expect(sheet.getColumn(3).width).to.equal(50);
    expect(sheet.getCell('C2').alignment).to.include({ wrapText: true });
    expect(sheet.getColumn(1).width).to.equal(12);
    expect(sheet.getColumn(4).width).to.equal(12);
  });
});
