import { describe, it } from 'node:test';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readXlsx } from '../../src/import/read/xlsx.js';
import { readErrorMessage } from '../../src/import/read/errors.js';
import { limits, readError } from './read-fixtures.js';

const bytesOf = async (workbook: ExcelJS.Workbook) => new Uint8Array(await workbook.xlsx.writeBuffer());
const cells = (table: { rows: { cells: string[] }[] } | undefined) => table?.rows.map((row) => row.cells);

describe('readXlsx', () => {
  it('reads every kind of cell as the text the clerk sees', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Angebote');
    sheet.addRow(['zahl', 'datum', 'zeitpunkt', 'uhrzeit', 'ja', 'formel', 'rich', 'prozent']);
    sheet.addRow([
      0.5,
      new Date(Date.UTC(2026, 2, 1)),
      new Date(Date.UTC(2026, 2, 1, 14, 5, 59, 600)),
      new Date(Date.UTC(1899, 11, 30, 8, 30)),
      true,
      { formula: 'A2*3/5', result: 0.30000000000000004 },
      { richText: [{ text: 'Kita ', font: { bold: true } }, { text: '„Sonne“' }] },
      0.25,
    ]);
    sheet.addRow([
      -0.75,
      { formula: 'TODAY()', result: new Date(Date.UTC(2026, 0, 2)) },
      undefined,
      undefined,
      false,
      { formula: 'B1', result: 'Text' },
      '',
      59174,
    ]);
    for (const cell of ['B2', 'B3']) sheet.getCell(cell).numFmt = 'dd.mm.yyyy';
    sheet.getCell('C2').numFmt = 'dd.mm.yyyy hh:mm';
    sheet.getCell('D2').numFmt = 'hh:mm';
    sheet.getCell('H2').numFmt = '0%';
    const { tables, notes } = await readXlsx(await bytesOf(workbook), 'a.xlsx', limits());
    expect(tables).to.have.length(1);
    expect(tables[0]).to.deep.include({ file: 'a.xlsx', sheet: 'Angebote' });
    expect(cells(tables[0])).to.deep.equal([
      ['zahl', 'datum', 'zeitpunkt', 'uhrzeit', 'ja', 'formel', 'rich', 'prozent'],
      ['0.5', '2026-03-01', '2026-03-01 14:06', '08:30', 'true', '0.3', 'Kita „Sonne“', '0.25'],
      ['-0.75', '2026-01-02', '', '', 'false', 'Text', '', '59174'],
    ]);
    expect(notes).to.deep.equal([]);
  });

  it('reads a link as its address when the text shown is not one (mailto: removed), else as the text shown', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Links');
    sheet.addRow([
      { text: 'Website', hyperlink: 'https://kita-sonne.de/' },
      { text: 'E-Mail schreiben', hyperlink: 'mailto:info@kita-sonne.de' },
      { text: 'www.kita-sonne.de', hyperlink: 'https://www.kita-sonne.de/start' },
      { text: 'info@kita-sonne.de', hyperlink: 'mailto:info@kita-sonne.de?subject=Anfrage' },
      { text: 'Blatt 2', hyperlink: '#Tabelle2!A1' },
    ]);
    const { tables } = await readXlsx(await bytesOf(workbook), 'a.xlsx', limits());
    expect(cells(tables[0])).to.deep.equal([
      ['https://kita-sonne.de/', 'info@kita-sonne.de', 'www.kita-sonne.de', 'info@kita-sonne.de', 'Blatt 2'],
    ]);
  });

  it('reads error values as empty, each with a note', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Fehler');
    sheet.addRow(['a', 'b']);
    sheet.addRow([{ error: '#N/A' }, { formula: 'A1/0', result: { error: '#DIV/0!' } }, 'x']);
    const { tables, notes } = await readXlsx(await bytesOf(workbook), 'a.xlsx', limits());
    expect(cells(tables[0])).to.deep.equal([
      ['a', 'b'],
      ['', '', 'x'],
    ]);
    expect(notes).to.deep.equal([
      { code: 'cell-error', file: 'a.xlsx', sheet: 'Fehler', row: 2, column: 1, detail: '#N/A' },
      { code: 'cell-error', file: 'a.xlsx', sheet: 'Fehler', row: 2, column: 2, detail: '#DIV/0!' },
    ]);
  });

  it('numbers rows as Excel shows them, keeps merged text in the first cell, trims trailing empty cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Liste');
    sheet.getCell('A1').value = 'titel';
    sheet.getCell('B1').value = 'ort';
    sheet.getCell('A4').value = 'Kita';
    sheet.getCell('B4').value = 'verbunden';
    sheet.getCell('C4').value = 'weg';
    sheet.mergeCells('B4:D5');
    sheet.getCell('F7').value = 'weit';
    sheet.getCell('G7').value = '';
    const { tables } = await readXlsx(await bytesOf(workbook), 'a.xlsx', limits());
    expect(tables[0]!.rows).to.deep.equal([
      { row: 1, cells: ['titel', 'ort'] },
      { row: 4, cells: ['Kita', 'verbunden'] },
      { row: 7, cells: ['', '', '', '', '', 'weit'] },
    ]);
  });

  it('reads visible sheets only, in their order, and undoes formula protection', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Angebote').addRow(['titel', '\'=HYPERLINK("x")']);
    workbook.addWorksheet('Listen', { state: 'hidden' }).addRow(['kita']);
    workbook.addWorksheet('Geheim', { state: 'veryHidden' }).addRow(['x']);
    workbook.addWorksheet('Leer');
    const { tables, notes } = await readXlsx(await bytesOf(workbook), 'a.xlsx', limits());
    expect(tables.map((table) => table.sheet)).to.deep.equal(['Angebote', 'Leer']);
    expect(cells(tables[0])).to.deep.equal([['titel', '=HYPERLINK("x")']]);
    expect(tables[1]!.rows).to.deep.equal([]);
    expect(notes).to.deep.equal([
      { code: 'formula-restored', file: 'a.xlsx', sheet: 'Angebote', row: 1, column: 2, count: 1 },
    ]);
  });

  it('refuses a sheet over the row cap, naming the sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Angebote');
    for (let i = 0; i < 6; i++) sheet.addRow([`zeile ${i}`]);
    const error = await readError(
      async () => readXlsx(await bytesOf(workbook), 'a.xlsx', limits({ rows: 5 })),
      'too-many-rows',
    );
    expect(readErrorMessage(error)).to.equal(
      'a.xlsx: mehr als 5 Zeilen (Blatt „Angebote“), mehr liest der Import nicht. Bitte die Tabelle aufteilen.',
    );
  });

  it('refuses an xlsx whose sheet XML has a billion-laughs DOCTYPE before exceljs sees it', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Angebote').addRow(['titel']);
    const entries = unzipSync(await bytesOf(workbook));
    const sheet = strFromU8(entries['xl/worksheets/sheet1.xml']!);
    const entities =
      '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' +
      Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`,
      ).join('') +
      ']>';
    entries['xl/worksheets/sheet1.xml'] = strToU8(
      sheet.replace('?>', `?>${entities}`).replace('<v>', '<v>&bbbbbbbbb;'),
    );
    const error = await readError(() => readXlsx(zipSync(entries), 'lachen.xlsx', limits()), 'xml-entities');
    expect(readErrorMessage(error)).to.equal(
      'lachen.xlsx: enthält XML-Entitäten (xl/worksheets/sheet1.xml), die der Import aus Sicherheitsgründen nicht liest. Bitte in Excel oder LibreOffice öffnen und neu speichern.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'lachen.xlsx: contains XML entities (xl/worksheets/sheet1.xml), which the import refuses for safety. Please open it in Excel or LibreOffice and save it again.',
    );
  });

  it('calls a zip without a workbook in it corrupt', async () => {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    await readError(() => readXlsx(zip, 'a.xlsx', limits()), 'corrupt');
  });
});
