import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  CsvSyntaxError,
  detectDelimiter,
  parseCsv,
  splitList,
  stripBom,
  type CsvDelimiter,
} from '../../src/import/read/csv.js';

const fields = (text: string, delimiter?: CsvDelimiter) => parseCsv(text, delimiter).records.map((r) => r.fields);

/** A writer as spreadsheets write: every field quoted, quotes doubled. */
const write = (rows: string[][], delimiter: string, newline: string) =>
  rows.map((row) => row.map((f) => `"${f.replace(/"/g, '""')}"`).join(delimiter)).join(newline) + newline;

describe('CSV', () => {
  it('reads semicolon-separated text as German Excel writes it, with CRLF and a BOM', () => {
    const text = '\uFEFFid;titel;kosten\r\nkita-1;Kita Regenbogen;kostenlos\r\nkita-2;Kita Sonnenblume;ermäßigt\r\n';
    const table = parseCsv(text);
    expect(table.delimiter).to.equal(';');
    expect(table.records.map((r) => r.fields)).to.deep.equal([
      ['id', 'titel', 'kosten'],
      ['kita-1', 'Kita Regenbogen', 'kostenlos'],
      ['kita-2', 'Kita Sonnenblume', 'ermäßigt'],
    ]);
    expect(table.records.map((r) => r.row)).to.deep.equal([1, 2, 3]);
    expect(table.warnings).to.deep.equal([]);
  });

  it('reads comma-separated text with quoted fields, escaped quotes, separators and line breaks inside quotes', () => {
    const text =
      'id,titel,beschreibung\nx,"Bildung, Lernen","Sie sagte: ""Hallo"".\nZweite Zeile; mit Semikolon"\ny,"",ende';
    const table = parseCsv(text);
    expect(table.delimiter).to.equal(',');
    expect(table.records.map((r) => r.fields)).to.deep.equal([
      ['id', 'titel', 'beschreibung'],
      ['x', 'Bildung, Lernen', 'Sie sagte: "Hallo".\nZweite Zeile; mit Semikolon'],
      ['y', '', 'ende'],
    ]);
    // The spreadsheet's row numbers, and the file's lines where a record starts.
    expect(table.records.map((r) => [r.row, r.line])).to.deep.equal([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('detects the separator from the header, outside quotes; a tie is `;`', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).to.equal(';');
    expect(detectDelimiter('a,b,c\n"1;5",2,3')).to.equal(',');
    expect(detectDelimiter('"a;b",c,d\n')).to.equal(',');
    expect(detectDelimiter('"a,b,c";d\n')).to.equal(';');
    expect(detectDelimiter('a\tb\tc')).to.equal('\t');
    expect(detectDelimiter('titel')).to.equal(';');
  });

  it('leaves out empty rows and rows of empty fields, but counts them as rows (as the spreadsheet does)', () => {
    const table = parseCsv('a;b\n\n1;2\n;;\n3;4\n');
    expect(table.records.map((r) => [r.row, r.fields])).to.deep.equal([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('trims spaces around unquoted fields, keeps them inside quotes; old Mac line ends (CR) work too', () => {
    expect(fields('a ; b \r" c ";d\r')).to.deep.equal([
      ['a', 'b'],
      [' c ', 'd'],
    ]);
    expect(fields('a;b\r\n"x\r\ny";z')).to.deep.equal([
      ['a', 'b'],
      ['x\ny', 'z'],
    ]);
  });

  it('an unclosed quote is an error with the row and line where it starts; nothing after it can be trusted', () => {
    try {
      parseCsv('a;b\n1;2\n3;"offen\n4;5\n');
      expect.fail('no error');
    } catch (error) {
      expect(error).to.be.instanceOf(CsvSyntaxError);
      const e = error as CsvSyntaxError;
      expect([e.row, e.line, e.field]).to.deep.equal([3, 3, 2]);
    }
  });

  it('a quote inside an unquoted field, or text after a closing quote, is kept and reported', () => {
    const table = parseCsv('a;b\n5" Bildschirm;"x"y\n');
    expect(table.records[1]!.fields).to.deep.equal(['5" Bildschirm', 'xy']);
    expect(table.warnings.map((w) => [w.code, w.row, w.field])).to.deep.equal([
      ['stray-quote', 2, 1],
      ['text-after-quote', 2, 2],
    ]);
  });

  it('the last record may end without a line break; a BOM alone is nothing', () => {
    expect(fields('a;b\n1;2')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('\uFEFF')).to.deep.equal([]);
    expect(stripBom('\uFEFFx')).to.equal('x');
    expect(stripBom('x\uFEFF')).to.equal('x\uFEFF');
  });

  it('lists inside a cell: `,`, `|`, `;` and line breaks separate, spaces and empty items go', () => {
    expect(splitList('kita, grundschule')).to.deep.equal(['kita', 'grundschule']);
    expect(splitList('kita|grundschule |')).to.deep.equal(['kita', 'grundschule']);
    expect(splitList('a;b\nc')).to.deep.equal(['a', 'b', 'c']);
    expect(splitList('')).to.deep.equal([]);
  });

  it('property: whatever a spreadsheet writes (any text, quotes, separators, line breaks), it reads back the same', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'ä', ' ', '"', ';', ',', '\n', '\r\n', '\t', 'ß', '€', 'x') });
    const row = (width: number) =>
      fc.array(field, { minLength: width, maxLength: width }).filter((r) => r.some((f) => f !== ''));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(row(width), { minLength: 1, maxLength: 6 })),
        fc.constantFrom<CsvDelimiter>(';', ','),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (rows, delimiter, newline, bom) => {
          const text = (bom ? '\uFEFF' : '') + write(rows, delimiter, newline);
          const expected = rows.map((r) => r.map((f) => f.replace(/\r\n/g, '\n')));
          expect(fields(text, delimiter)).to.deep.equal(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
