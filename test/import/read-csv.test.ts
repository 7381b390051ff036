import { describe, it } from 'node:test';
import { expect } from 'chai';
import { CsvSyntaxError, readCsvFile } from '../../src/import/read/csv.js';
import { readErrorMessage } from '../../src/import/read/errors.js';
import { limits, readError } from './read-fixtures.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) =>
  Uint8Array.from([0xff, 0xfe, ...text.split('').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
const cells = (table: { rows: { cells: string[] }[] }) => table.rows.map((row) => row.cells);

describe('readCsvFile', () => {
  it('reads a German Excel CSV into a table with rows and file lines', () => {
    const { table, notes } = readCsvFile(
      utf8('\uFEFFid;titel\r\nkita-1;"Kita\r\nRegenbogen"\r\n;\r\nkita-2;Sonne\r\n'),
      'liste.csv',
      limits(),
    );
    expect(table).to.deep.equal({
      file: 'liste.csv',
      rows: [
        { row: 1, line: 1, cells: ['id', 'titel'] },
        { row: 2, line: 2, cells: ['kita-1', 'Kita\nRegenbogen'] },
        // Row 3 (the line ";") is empty and left out; its number is kept.
        { row: 4, line: 5, cells: ['kita-2', 'Sonne'] },
      ],
    });
    expect(notes).to.deep.equal([]);
  });

  it("uses Excel's sep= line: its separator, not a row, the header is row 1 and lines still count the file", () => {
    const { table, notes } = readCsvFile(
      utf8('sep=,\r\nid,titel;mit Semikolon\r\nkita-1,"a\nb"\r\nkita-2,c\r\n'),
      'a.csv',
      limits(),
    );
    expect(table.rows).to.deep.equal([
      { row: 1, line: 2, cells: ['id', 'titel;mit Semikolon'] },
      { row: 2, line: 3, cells: ['kita-1', 'a\nb'] },
      { row: 3, line: 5, cells: ['kita-2', 'c'] },
    ]);
    expect(notes).to.deep.equal([{ code: 'sep-line', file: 'a.csv', line: 1, detail: ',' }]);
  });

  it('gives the file line of an unclosed quote after a sep= line', () => {
    expect(() => readCsvFile(utf8('sep=;\nid;titel\nkita;"offen\n'), 'a.csv', limits()))
      .to.throw(CsvSyntaxError)
      .that.includes({ row: 2, line: 3, field: 2 });
  });

  it('reads Excel\'s "Unicode-Text" (UTF-16 LE, tab-separated) even when the header has commas', () => {
    const { table, notes } = readCsvFile(
      utf16le('titel\tort, plz\r\nKita „Bär“\tMünster, 48143\r\n'),
      'liste.txt',
      limits(),
    );
    expect(cells(table)).to.deep.equal([
      ['titel', 'ort, plz'],
      ['Kita „Bär“', 'Münster, 48143'],
    ]);
    expect(notes.map((note) => note.code)).to.deep.equal(['decoded-utf-16']);
  });

  it('reads Windows-1252 and says so in a note', () => {
    const bytes = Uint8Array.from([
      ...utf8('titel;preis\r\nKita '),
      0x96,
      ...utf8(' S'),
      0xfc,
      ...utf8('d;5 '),
      0x80,
      0x0d,
      0x0a,
    ]);
    const { table, notes } = readCsvFile(bytes, 'a.csv', limits());
    expect(cells(table)).to.deep.equal([
      ['titel', 'preis'],
      ['Kita – Süd', '5 €'],
    ]);
    expect(notes[0]).to.include({ code: 'decoded-windows-1252', line: 2, column: 6, count: 3 });
  });

  it("removes the export's formula protection from every cell and counts it in one note", () => {
    const { table, notes } = readCsvFile(
      utf8("titel;telefon;wert\r\n'=SUMME(A1);'+49 2307 1234;'-0,5\r\n'@x;'Text;-0,5\r\n"),
      'a.csv',
      limits(),
    );
    // '-0,5 was never protected (a number is no formula), so its apostrophe is the clerk's and stays.
    expect(cells(table)).to.deep.equal([
      ['titel', 'telefon', 'wert'],
      ['=SUMME(A1)', '+49 2307 1234', "'-0,5"],
      ['@x', "'Text", '-0,5'],
    ]);
    expect(notes).to.deep.equal([{ code: 'formula-restored', file: 'a.csv', row: 2, column: 1, count: 3 }]);
  });

  it('turns the parser warnings into notes with row, line and column', () => {
    const { notes } = readCsvFile(utf8('a;b\n"x\ny"z;5 "Zoll"\n'), 'a.csv', limits());
    expect(notes).to.deep.equal([
      { code: 'text-after-quote', file: 'a.csv', row: 2, line: 3, column: 1 },
      // One for each quote of 5 "Zoll".
      { code: 'stray-quote', file: 'a.csv', row: 2, line: 3, column: 2 },
      { code: 'stray-quote', file: 'a.csv', row: 2, line: 3, column: 2 },
    ]);
  });

  it('leaves out trailing empty cells', () => {
    expect(cells(readCsvFile(utf8('a;b;;\nx;;;\n'), 'a.csv', limits()).table)).to.deep.equal([['a', 'b'], ['x']]);
  });
});

describe('readCsvFile: caps', () => {
  it('refuses a CSV over the row cap', async () => {
    const error = await readError(
      () => readCsvFile(utf8('id\n1\n2\n3\n4\n'), 'liste.csv', limits({ rows: 3 })),
      'too-many-rows',
    );
    expect(error.limit).to.equal(3);
    expect(readErrorMessage(error)).to.equal(
      'liste.csv: mehr als 3 Zeilen, mehr liest der Import nicht. Bitte die Tabelle aufteilen.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'liste.csv: more than 3 rows, the import reads no more. Please split the table.',
    );
  });

  it('counts rows, not lines: empty lines and line breaks in cells are free', () => {
    const { table } = readCsvFile(utf8('id\n\n\n"1\n\n"\n2\n3\n'), 'a.csv', limits({ rows: 4 }));
    expect(table.rows).to.have.length(4);
  });

  it('refuses a CSV over the byte cap before decoding it', async () => {
    const error = await readError(
      () => readCsvFile(utf8('x;'.repeat(600)), 'liste.csv', limits({ fileBytes: 1024 })),
      'too-large',
    );
    expect(readErrorMessage(error)).to.equal(
      'liste.csv: mehr als 1 KiB, mehr liest der Import nicht. Bitte in kleinere Dateien aufteilen.',
    );
    expect(readErrorMessage(error, 'en')).to.equal(
      'liste.csv: more than 1 KiB, the import reads no more. Please split it into smaller files.',
    );
  });
});
