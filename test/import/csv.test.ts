import { before, describe, it } from 'node:test';
import { expect } from 'chai';
import { readJson } from './files.js';
import fc from 'fast-check';
import { CsvSyntaxError, detectDelimiter, parseCsv, splitList, stripBom, type CsvDelimiter } from '../../src/import/csv.js';
import { catalogFromCsv, columnOf } from '../../src/import/from-csv.js';
import { languageTag, parseDate, parseNumber, resolveReference, slugify } from '../../src/import/convert.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

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
    const text = 'id,titel,beschreibung\nx,"Bildung, Lernen","Sie sagte: ""Hallo"".\nZweite Zeile; mit Semikolon"\ny,"",ende';
    const table = parseCsv(text);
    expect(table.delimiter).to.equal(',');
    expect(table.records.map((r) => r.fields)).to.deep.equal([
      ['id', 'titel', 'beschreibung'],
      ['x', 'Bildung, Lernen', 'Sie sagte: "Hallo".\nZweite Zeile; mit Semikolon'],
      ['y', '', 'ende'],
    ]);
    // The spreadsheet's row numbers, and the file's lines where a record starts.
    expect(table.records.map((r) => [r.row, r.line])).to.deep.equal([[1, 1], [2, 2], [3, 4]]);
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
    expect(table.records.map((r) => [r.row, r.fields])).to.deep.equal([[1, ['a', 'b']], [3, ['1', '2']], [5, ['3', '4']]]);
  });

  it('trims spaces around unquoted fields, keeps them inside quotes; old Mac line ends (CR) work too', () => {
    expect(fields('a ; b \r" c ";d\r')).to.deep.equal([['a', 'b'], [' c ', 'd']]);
    expect(fields('a;b\r\n"x\r\ny";z')).to.deep.equal([['a', 'b'], ['x\ny', 'z']]);
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
    expect(fields('a;b\n1;2')).to.deep.equal([['a', 'b'], ['1', '2']]);
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
    const row = (width: number) => fc.array(field, { minLength: width, maxLength: width }).filter((r) => r.some((f) => f !== ''));
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

describe('a spreadsheet of offers into a catalog (from-csv)', () => {
  let base: CatalogInput;
  before(async () => {
    base = readJson('/demo/public/angebote.json');
  });

  it('headers as people write them: umlauts, spaces, case, the catalog’s own field names', () => {
    expect(['Titel', 'Alter von', 'Träger', 'Straße', 'PLZ', 'ageMax', 'Lebensphasen', 'farbe'].map(columnOf)).to.deep.equal([
      'titel',
      'alter_von',
      'traeger',
      'strasse',
      'plz',
      'alter_bis',
      'meilensteine',
      undefined,
    ]);
  });

  it('references by id, by title in any language, or by a title made into an id', () => {
    const milestones = base.milestones;
    expect(resolveReference('kita', milestones)).to.deep.equal({ id: 'kita', byTitle: false });
    expect(resolveReference('KITA', milestones)).to.deep.equal({ id: 'kita', byTitle: false });
    expect(resolveReference('  kita-zeit ', milestones)).to.deep.equal({ id: 'kita', byTitle: true });
    expect(resolveReference('Nursery years', milestones)).to.deep.equal({ id: 'kita', byTitle: true });
    expect(resolveReference('Weiterführende   Schule', milestones)).to.deep.equal({ id: 'weiterfuehrende-schule', byTitle: true });
    expect(resolveReference('Kita2', milestones)).to.equal(undefined);
    expect(slugify('Kita „Zwergenland“ – Süd')).to.equal('kita-zwergenland-sued');
    expect(['de', 'Türkisch', 'arabic', 'ukr', 'Leichte Sprache', 'de-at', 'Klingonisch'].map(languageTag)).to.deep.equal(['de', 'tr', 'ar', 'uk', 'de-x-ls', 'de-AT', undefined]);
    expect(['0,5', '-0.75', '3', 'drei', '1.000,5'].map(parseNumber)).to.deep.equal([0.5, -0.75, 3, undefined, undefined]);
    expect(['2026-03-01', '1.3.2026', '01.03.26', '31.02.2026', 'März'].map(parseDate)).to.deep.equal(['2026-03-01', '2026-03-01', '2026-03-01', undefined, undefined]);
  });

  it('ids made from titles stay unique; the rows replace the base offers unless kept', () => {
    const text = 'titel;meilensteine\nElterncafé;kita\nElterncafé;grundschule\n';
    const { catalog, notes, rows, converted } = catalogFromCsv(text, { base });
    expect([rows, converted]).to.deep.equal([2, 2]);
    expect(catalog!.offers.map((o) => o.id)).to.deep.equal(['elterncafe', 'elterncafe-2']);
    expect(notes.map((n) => [n.code, n.row, n.id])).to.deep.equal([
      ['generated-id', 2, 'elterncafe'],
      ['generated-id', 3, 'elterncafe-2'],
    ]);
    expect(catalogFromCsv(text, { base, keepOffers: true }).catalog!.offers).to.have.length(102);
  });

  it('the result is what the parser takes: a valid catalog, whatever the rows held', () => {
    const text = 'titel;meilensteine;url;alter_von;alter_bis\nA;kita;javascript:alert(1);5;2\nB;kita;www.example.org;;\n';
    const { catalog, notes } = catalogFromCsv(text, { base });
    expect(parseCatalog(structuredClone(catalog)).issues).to.deep.equal([]);
    expect(catalog!.offers[1]!.url).to.equal('https://www.example.org');
    expect(notes.filter((n) => n.code === 'catalog-issue').map((n) => [n.row, n.column, n.value])).to.deep.equal([
      [2, 'url', 'javascript:alert(1)'],
      [2, 'alter_bis', '2'],
    ]);
  });
});
