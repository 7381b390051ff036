import { describe, it } from 'node:test';
import { expect } from 'chai';
import { strToU8, zipSync } from 'fflate';
import { readOds } from '../../src/import/read/ods.js';
import { limits, odsContent, odsFile, readError } from './read-fixtures.js';

const cells = (table: { rows: { cells: string[] }[] } | undefined) => table?.rows.map((row) => row.cells);
const text = (value: string) =>
  `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>${value}</text:p></table:table-cell>`;
/** LibreOffice's end of every sheet: empty rows and cells repeated to its last row and column. */
const sheetEnd =
  '<table:table-row table:style-name="ro1" table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>' +
  '<table:table-row table:style-name="ro1"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>';

describe('readOds', () => {
  it('reads every kind of cell as the text the clerk sees', async () => {
    const row1 = [
      '<table:table-cell office:value-type="float" office:value="0.5" calcext:value-type="float"><text:p>0,5</text:p></table:table-cell>',
      '<table:table-cell office:value-type="percentage" office:value="0.25" calcext:value-type="percentage"><text:p>25 %</text:p></table:table-cell>',
      '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="-12.5" calcext:value-type="currency"><text:p>-12,50 €</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2026-03-01" calcext:value-type="date"><text:p>01.03.26</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2026-03-01T14:05:59.6" calcext:value-type="date"><text:p>01.03.26 14:05</text:p></table:table-cell>',
      '<table:table-cell office:value-type="time" office:time-value="PT08H30M00S" calcext:value-type="time"><text:p>08:30</text:p></table:table-cell>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="true" calcext:value-type="boolean"><text:p>WAHR</text:p></table:table-cell>',
      '<table:table-cell table:formula="of:=[.A1]*3/5" office:value-type="float" office:value="0.30000000000000004" calcext:value-type="float"><text:p>0,3</text:p></table:table-cell>',
    ].join('');
    const row2 = [
      '<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>Kita <text:span text:style-name="T1">„Sonne“</text:span></text:p><text:p>zweite<text:s text:c="3"/>Zeile<text:tab/>mit Tab<text:line-break/>und Umbruch</text:p></table:table-cell>',
      '<table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:s text:c="2"/>zwei vorn, eins hinten </text:p></table:table-cell>',
      '<table:table-cell office:value-type="string" calcext:value-type="string">\n  <text:p>\n    eingerückt\n    geschrieben\n  </text:p>\n</table:table-cell>',
      '<table:table-cell office:value-type="string" calcext:value-type="string"><office:annotation><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Amt</dc:creator><text:p>Kommentar</text:p></office:annotation><text:p>mit Kommentar</text:p></table:table-cell>',
      '<table:table-cell office:value-type="string" calcext:value-type="string" table:number-columns-repeated="2"><text:p>zweimal</text:p></table:table-cell>',
    ].join('');
    const content = odsContent(
      `<table:table table:name="Angebote"><table:table-column table:number-columns-repeated="16384"/><table:table-row>${row1}</table:table-row><table:table-row>${row2}</table:table-row>${sheetEnd}</table:table>`,
    );
    const { tables, notes } = await readOds(odsFile(content), 'a.ods', limits());
    expect(tables).to.have.length(1);
    expect(tables[0]).to.deep.include({ file: 'a.ods', sheet: 'Angebote' });
    expect(cells(tables[0])).to.deep.equal([
      ['0.5', '0.25', '-12.5', '2026-03-01', '2026-03-01 14:06', '08:30', 'true', '0.3'],
      [
        'Kita „Sonne“\nzweite   Zeile\tmit Tab\nund Umbruch',
        '  zwei vorn, eins hinten ',
        'eingerückt geschrieben ',
        'mit Kommentar',
        'zweimal',
        'zweimal',
      ],
    ]);
    expect(notes).to.deep.equal([]);
  });

  it('reads a link cell as its address when the text shown is not one; links inside a text stay text', async () => {
    const link = (href: string, shown: string) =>
      `<table:table-cell office:value-type="string" calcext:value-type="string"><text:p><text:a xlink:href="${href}" xlink:type="simple">${shown}</text:a></text:p></table:table-cell>`;
    const row = [
      link('https://kita-sonne.de/', 'Website'),
      link('mailto:info@kita-sonne.de', 'E-Mail'),
      link('https://www.kita-sonne.de/', 'www.kita-sonne.de'),
      '<table:table-cell office:value-type="string"><text:p>Siehe <text:a xlink:href="https://x.de">hier</text:a></text:p></table:table-cell>',
    ].join('');
    const { tables } = await readOds(
      odsFile(odsContent(`<table:table table:name="L"><table:table-row>${row}</table:table-row></table:table>`)),
      'a.ods',
      limits(),
    );
    expect(cells(tables[0])).to.deep.equal([
      ['https://kita-sonne.de/', 'info@kita-sonne.de', 'www.kita-sonne.de', 'Siehe hier'],
    ]);
  });

  it('numbers rows across repeated empty rows, makes repeated non-empty rows, keeps merged text in the first cell', async () => {
    const rows = [
      `<table:table-row>${text('titel')}${text('ort')}</table:table-row>`,
      '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
      `<table:table-row>${'<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="1" office:value-type="string"><text:p>verbunden</text:p></table:table-cell>'}<table:covered-table-cell office:value-type="string"><text:p>verdeckt</text:p></table:covered-table-cell>${text('C')}</table:table-row>`,
      `<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/>${text('gleich')}</table:table-row>`,
    ].join('');
    const { tables } = await readOds(
      odsFile(odsContent(`<table:table table:name="T">${rows}${sheetEnd}</table:table>`)),
      'a.ods',
      limits(),
    );
    expect(tables[0]!.rows).to.deep.equal([
      { row: 1, cells: ['titel', 'ort'] },
      { row: 5, cells: ['verbunden', '', 'C'] },
      { row: 6, cells: ['', '', '', 'gleich'] },
      { row: 7, cells: ['', '', '', 'gleich'] },
    ]);
  });

  it('costs nothing for a huge trailing repeat of empty rows and cells', async () => {
    const huge =
      '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>';
    const started = performance.now();
    const { tables } = await readOds(
      odsFile(
        odsContent(
          `<table:table table:name="T"><table:table-row>${text('a')}</table:table-row>${huge}${sheetEnd}</table:table>`,
        ),
      ),
      'a.ods',
      limits(),
    );
    expect(performance.now() - started).to.be.below(1000);
    expect(cells(tables[0])).to.deep.equal([['a']]);
  });

  it('stops repeated non-empty cells before they make millions of cells', async () => {
    const repeated = `<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>`;
    const started = performance.now();
    await readError(
      () => readOds(odsFile(odsContent(`<table:table table:name="T">${repeated}</table:table>`)), 'a.ods', limits()),
      'zip-too-large',
    );
    expect(performance.now() - started).to.be.below(1000);
    const rows = `<table:table-row table:number-rows-repeated="1000000">${text('x')}</table:table-row>`;
    const error = await readError(
      () =>
        readOds(
          odsFile(odsContent(`<table:table table:name="T">${rows}</table:table>`)),
          'a.ods',
          limits({ rows: 1000 }),
        ),
      'too-many-rows',
    );
    expect(error.sheet).to.equal('T');
  });

  it('reads visible sheets only (a hidden sheet has a table style with display="false")', async () => {
    const styles =
      '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>' +
      '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
    const tables = ['Angebote', 'Listen', 'Leer'].map(
      (name, i) =>
        `<table:table table:name="${name}" table:style-name="${i === 1 ? 'ta2' : 'ta1'}"><table:table-row>${i === 2 ? '<table:table-cell/>' : text(name)}</table:table-row></table:table>`,
    );
    const result = await readOds(odsFile(odsContent(tables.join(''), styles)), 'a.ods', limits());
    expect(result.tables.map((table) => [table.sheet, cells(table)])).to.deep.equal([
      ['Angebote', [['Angebote']]],
      ['Leer', []],
    ]);
  });

  it('reads an error value as empty, with a note, and undoes formula protection', async () => {
    const error =
      '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>';
    const { tables, notes } = await readOds(
      odsFile(
        odsContent(
          `<table:table table:name="T"><table:table-row>${text('a')}${error}${text("'=SUMME(A1)")}</table:table-row></table:table>`,
        ),
      ),
      'a.ods',
      limits(),
    );
    expect(cells(tables[0])).to.deep.equal([['a', '', '=SUMME(A1)']]);
    expect(notes).to.deep.equal([
      { code: 'cell-error', file: 'a.ods', sheet: 'T', row: 1, column: 2, detail: '#DIV/0!' },
      { code: 'formula-restored', file: 'a.ods', sheet: 'T', row: 1, column: 3, count: 1 },
    ]);
  });

  it('calls broken XML and a missing content.xml corrupt', async () => {
    await readError(
      () => readOds(odsFile(odsContent('<table:table table:name="T"><table:table-row>')), 'a.ods', limits()),
      'corrupt',
    );
    await readError(
      () =>
        readOds(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }), 'a.ods', limits()),
      'corrupt',
    );
  });
});
