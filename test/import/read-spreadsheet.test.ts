import { describe, it } from 'node:test';
import { expect } from 'chai';
import { strToU8, zipSync } from 'fflate';
import { readSpreadsheet } from '../../src/import/read/spreadsheet.js';
import { ReadError, readErrorMessage } from '../../src/import/read/errors.js';
import { writeXlsx } from '../../src/import/write/xlsx.js';
import { limits, odsContent, odsFile, readError } from './read-fixtures.js';

const MiB = 1024 * 1024;
const cells = (table: { rows: { cells: string[] }[] } | undefined) => table?.rows.map((row) => row.cells);
const workbook = () =>
  writeXlsx({
    sheets: [{ name: 'Angebote', columns: [{ header: 'titel' }, { header: 'alter_von' }], rows: [['Kita Sonne', 3]] }],
  });

/** Deterministic random bytes (a linear congruential generator), so the test is the same on every run. */
function randomBytes(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('readSpreadsheet: by content, never by name', () => {
  it('reads an xlsx named .csv as xlsx', async () => {
    const result = await readSpreadsheet(await workbook(), 'angebote.csv', limits());
    expect(result.kind).to.equal('xlsx');
    expect(cells(result.tables[0])).to.deep.equal([
      ['titel', 'alter_von'],
      ['Kita Sonne', '3'],
    ]);
  });

  it('reads CSV and ods by their content', async () => {
    const csv = await readSpreadsheet(strToU8('titel;ort\nKita;Münster\n'), 'angebote.xlsx', limits());
    expect(csv.kind).to.equal('csv');
    expect(cells(csv.tables[0])).to.deep.equal([
      ['titel', 'ort'],
      ['Kita', 'Münster'],
    ]);
    const content = odsContent(
      '<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row></table:table>',
    );
    const ods = await readSpreadsheet(odsFile(content), 'angebote.csv', limits());
    expect(ods.kind).to.equal('ods');
    expect(cells(ods.tables[0])).to.deep.equal([['a']]);
  });
});

describe('readSpreadsheet: hostile and wrong files', () => {
  it('refuses a PDF', async () => {
    const pdf = Uint8Array.from([
      ...strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      ...randomBytes(2000),
    ]);
    const error = await readError(() => readSpreadsheet(pdf, 'bericht.pdf', limits()), 'binary');
    expect(readErrorMessage(error)).to.equal(
      'bericht.pdf: keine Tabelle und kein Text (PDF). Bitte als .xlsx, .ods oder .csv speichern.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'bericht.pdf: not a spreadsheet and not text (PDF). Please save it as .xlsx, .ods or .csv.',
    );
  });

  it('refuses a PNG', async () => {
    const png = Uint8Array.from([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      ...strToU8('IHDR'),
      ...randomBytes(500),
    ]);
    const error = await readError(() => readSpreadsheet(png, 'scan.csv', limits()), 'binary');
    expect(readErrorMessage(error)).to.equal(
      'scan.csv: keine Tabelle und kein Text (Bild). Bitte als .xlsx, .ods oder .csv speichern.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'scan.csv: not a spreadsheet and not text (image). Please save it as .xlsx, .ods or .csv.',
    );
  });

  it('refuses random bytes', async () => {
    const error = await readError(() => readSpreadsheet(randomBytes(4096, 7), 'daten.csv', limits()), 'binary');
    expect(readErrorMessage(error)).to.equal(
      'daten.csv: keine Tabelle und kein Text. Bitte als .xlsx, .ods oder .csv speichern.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'daten.csv: not a spreadsheet and not text. Please save it as .xlsx, .ods or .csv.',
    );
  });

  it('refuses an OLE2 file (old .xls, or an xlsx with a password)', async () => {
    const ole2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const error = await readError(() => readSpreadsheet(ole2, 'liste.xls', limits()), 'old-xls');
    expect(readErrorMessage(error)).to.equal(
      'liste.xls: altes Excel-Format (.xls) oder eine mit Kennwort verschlüsselte Arbeitsmappe. Bitte in Excel ohne Kennwort „Speichern unter“ als „Excel-Arbeitsmappe (.xlsx)“.',
    );
    expect(readErrorMessage(error, 'en')).to.contain(
      'liste.xls: old Excel format (.xls) or a workbook encrypted with a password.',
    );
  });

  it('refuses a zip of something else (a Word document)', async () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    const error = await readError(() => readSpreadsheet(docx, 'brief.docx', limits()), 'binary');
    expect(readErrorMessage(error)).to.equal(
      'brief.docx: keine Tabelle und kein Text (ZIP-Archiv ohne Tabelle). Bitte als .xlsx, .ods oder .csv speichern.',
    );
    expect(readErrorMessage(error, 'en')).to.contain('(zip archive without a spreadsheet)');
  });

  it('refuses a zip bomb xlsx', async () => {
    const bomb = zipSync(
      { 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(4 * MiB) },
      { level: 9 },
    );
    const error = await readError(
      () => readSpreadsheet(bomb, 'bombe.xlsx', limits({ zipBytes: MiB })),
      'zip-too-large',
    );
    expect(readErrorMessage(error, 'en')).to.contain('bombe.xlsx: unpacked more than 1 MiB');
  });

  it('refuses a workbook with too many entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`xl/media/image${i}.png`, strToU8('x')]));
    const error = await readError(
      () =>
        readSpreadsheet(
          zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), ...files }),
          'a.xlsx',
          limits({ zipEntries: 20 }),
        ),
      'zip-too-many-entries',
    );
    expect(readErrorMessage(error)).to.contain('mehr als 20 Teile');
  });

  it('refuses a file over the byte cap, whatever it is', async () => {
    const error = await readError(
      async () => readSpreadsheet(await workbook(), 'a.xlsx', limits({ fileBytes: 2 * 1024 })),
      'too-large',
    );
    expect(readErrorMessage(error)).to.equal(
      'a.xlsx: mehr als 2 KiB, mehr liest der Import nicht. Bitte in kleinere Dateien aufteilen.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'a.xlsx: more than 2 KiB, the import reads no more. Please split it into smaller files.',
    );
  });

  it('says the default caps in MiB and rows the same way', async () => {
    const big = await readError(() => readSpreadsheet(new Uint8Array(50 * MiB + 1), 'a.csv', limits()), 'too-large');
    expect(readErrorMessage(big)).to.equal(
      'a.csv: mehr als 50 MiB, mehr liest der Import nicht. Bitte in kleinere Dateien aufteilen.',
    );
    // A caller that checks a cap itself and gives no limit gets the default one in the message.
    expect(readErrorMessage(new ReadError('zip-too-large', 'a.xlsx'), 'en')).to.contain(
      'a.xlsx: unpacked more than 200 MiB, the import reads no more.',
    );
    const rows = await readError(
      () => readSpreadsheet(strToU8('x\n'.repeat(100_001)), 'a.csv', limits()),
      'too-many-rows',
    );
    expect(readErrorMessage(rows)).to.equal(
      'a.csv: mehr als 100.000 Zeilen, mehr liest der Import nicht. Bitte die Tabelle aufteilen.',
    );
    expect(readErrorMessage(rows, 'en')).to.equal(
      'a.csv: more than 100,000 rows, the import reads no more. Please split the table.',
    );
  });

  it('refuses an ods whose repeats would make millions of cells', async () => {
    const row =
      '<table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row>';
    await readError(
      () => readSpreadsheet(odsFile(odsContent(`<table:table table:name="T">${row}</table:table>`)), 'a.ods', limits()),
      'zip-too-large',
    );
  });

  it('reads an ods with a huge trailing number-rows-repeated at no cost', async () => {
    const end =
      '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';
    const content = odsContent(
      `<table:table table:name="T"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>${end}</table:table>`,
    );
    const result = await readSpreadsheet(odsFile(content), 'a.ods', limits());
    expect(result.tables[0]!.rows).to.deep.equal([{ row: 1, cells: ['a'] }]);
  });
});
