// Interoperability: files LibreOffice writes from ours (ods, xlsx, CSV in UTF-8, Windows-1252 and UTF-16)
// read back to the same cells, and LibreOffice reads our CSV the German way. Skipped where LibreOffice is
// not installed (`apt-get install libreoffice-calc-nogui`).
import { after, before, describe, it } from 'node:test';
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeXlsx, type WorkbookSpec } from '../../src/import/write/xlsx.js';
import { writeCsv } from '../../src/import/write/csv.js';
import { readSpreadsheet } from '../../src/import/read/spreadsheet.js';
import { limits } from './read-fixtures.js';

const installed = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const rows = [
  ['Kita „Regenbogen“ – Süd', '=SUMME(A1)', 0.5, 'ß€ 😀'],
  [' zwei  Leerzeichen', 'erste\nzweite Zeile', -0.75, '@x'],
  ['x', '-Strich', 59174, 'mit\tTab'],
];
const book: WorkbookSpec = {
  sheets: [
    { name: 'Angebote', columns: ['titel', 'notiz', 'wert', 'zeichen'].map((header) => ({ header })), rows },
    { name: 'Listen', columns: [{ header: 'id' }], rows: [['kita']], hidden: true },
  ],
};
const expected = [['titel', 'notiz', 'wert', 'zeichen'], ...rows.map((row) => row.map(String))];

describe('LibreOffice interoperability', { skip: installed ? false : 'LibreOffice (soffice) is not installed' }, () => {
  let dir = '';
  /** Runs soffice with its own profile, so that parallel test files do not share one. */
  const soffice = (...args: string[]) =>
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args], { stdio: 'pipe' });
  const read = async (path: string) => readSpreadsheet(new Uint8Array(readFileSync(join(dir, path))), path, limits());
  const cells = (result: Awaited<ReturnType<typeof read>>) =>
    result.tables.map((table) => table.rows.map((row) => row.cells));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offer-finder-lo-'));
    writeFileSync(join(dir, 'ours.xlsx'), await writeXlsx(book));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the ods and the xlsx LibreOffice makes of our xlsx as our xlsx (hidden sheet left out)', async () => {
    soffice('--convert-to', 'ods', '--outdir', join(dir, 'ods'), join(dir, 'ours.xlsx'));
    soffice('--convert-to', 'xlsx', '--outdir', join(dir, 'xlsx'), join(dir, 'ours.xlsx'));
    for (const path of ['ours.xlsx', 'ods/ours.ods', 'xlsx/ours.xlsx']) {
      const result = await read(path);
      expect(cells(result), path).to.deep.equal([expected]);
      expect(result.notes.map((note) => note.code)).to.deep.equal(['formula-restored']);
    }
  });

  it('reads the CSV LibreOffice writes in UTF-8, Windows-1252 and UTF-16 (tab-separated) as our xlsx', async () => {
    // Filter options: separator, quote, character set (76 UTF-8, 1 Windows-1252, 65535 UTF-16), first line.
    const encodings = { utf8: '59,34,76,1', ansi: '59,34,1,1', utf16: '9,34,65535,1' };
    for (const [name, options] of Object.entries(encodings)) {
      soffice(
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):${options}`,
        '--outdir',
        join(dir, name),
        join(dir, 'ours.xlsx'),
      );
    }
    const notes = { utf8: [], ansi: ['decoded-windows-1252'], utf16: ['decoded-utf-16'] };
    for (const name of Object.keys(encodings) as (keyof typeof encodings)[]) {
      const result = await read(`${name}/ours.csv`);
      // Windows-1252 has no emoji: LibreOffice writes a question mark.
      const want = name === 'ansi' ? expected.map((row) => row.map((cell) => cell.replace('😀', '?'))) : expected;
      expect(cells(result), name).to.deep.equal([want]);
      expect(result.notes.map((note) => note.code)).to.deep.equal([...notes[name], 'formula-restored']);
    }
  });

  it('reads dates, times and links the same from an xlsx and from the ods LibreOffice makes of it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Termine');
    sheet.addRow(['datum', 'zeitpunkt', 'uhrzeit', 'web']);
    sheet.addRow([
      new Date(Date.UTC(2026, 2, 1)),
      new Date(Date.UTC(2026, 2, 1, 14, 5)),
      new Date(Date.UTC(1899, 11, 30, 8, 30)),
      { text: 'Website', hyperlink: 'https://kita-sonne.de/' },
    ]);
    sheet.getCell('A2').numFmt = 'dd.mm.yyyy';
    sheet.getCell('B2').numFmt = 'dd.mm.yyyy hh:mm';
    sheet.getCell('C2').numFmt = 'hh:mm';
    writeFileSync(join(dir, 'termine.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));
    soffice('--convert-to', 'ods', '--outdir', dir, join(dir, 'termine.xlsx'));
    const want = [
      [
        ['datum', 'zeitpunkt', 'uhrzeit', 'web'],
        ['2026-03-01', '2026-03-01 14:05', '08:30', 'https://kita-sonne.de/'],
      ],
    ];
    expect(cells(await read('termine.xlsx'))).to.deep.equal(want);
    expect(cells(await read('termine.ods'))).to.deep.equal(want);
  });

  it('has LibreOffice read our CSV the German way (decimal comma, umlauts, protected formulas as text)', async () => {
    writeFileSync(join(dir, 'ours.csv'), writeCsv([expected[0]!, ...rows]));
    // Language 1031 (German) for the numbers, as a German Excel or LibreOffice would open it.
    soffice(
      '--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1031',
      '--convert-to',
      'xlsx',
      '--outdir',
      join(dir, 'fromcsv'),
      join(dir, 'ours.csv'),
    );
    const result = await read('fromcsv/ours.xlsx');
    expect(cells(result)).to.deep.equal([expected]);
  });
});
