import { expect } from '@open-wc/testing';
import {
  coverageCsv,
  coverageGaps,
  coverageLevel,
  coverageMatrix,
  csvField,
  type CoverageMatrix,
} from '../../src/catalog/coverage.js';
import { parseCatalog } from '../../src/catalog/parse.js';
import { localize } from '../../src/catalog/localize.js';
import { parseCsv } from '../../src/import/read/csv.js';
import type { Catalog, CatalogInput, LocalizedText } from '../../src/catalog/schema.js';
import { catalog, offer } from '../support/catalogs.js';

const small = parseCatalog(
  catalog({
    milestones: [
      { id: 'schwangerschaft', title: 'Schwangerschaft', ageFrom: -1, ageTo: 0 },
      { id: 'kita', title: 'Kita', ageFrom: 3, ageTo: 6 },
    ],
    topics: [
      { id: 'beratung', title: 'Beratung' },
      { id: 'freizeit', title: 'Freizeit' },
    ],
    districts: [
      { id: 'methler', title: 'Methler' },
      { id: 'derne', title: 'Derne' },
    ],
    offers: [
      offer('a', { milestones: ['schwangerschaft', 'kita'], topics: ['beratung', 'freizeit'] }),
      offer('b', { milestones: ['kita'], topics: ['beratung'], districts: ['methler'] }),
      offer('c', { milestones: ['kita'], topics: ['beratung'], districts: ['derne', 'methler'] }),
      offer('d', { milestones: ['kita'] }),
    ],
  }),
).catalog;

const counts = (matrix: CoverageMatrix) =>
  Object.fromEntries(matrix.rows.map((row) => [row.id, row.cells.map((c) => c.offers.length)]));
const locals = (matrix: CoverageMatrix) =>
  Object.fromEntries(matrix.rows.map((row) => [row.id, row.cells.map((c) => c.local)]));
const where = (cells: { row: string; column: string }[]) => cells.map((c) => `${c.row}/${c.column}`);

let sample: Catalog;
before(async () => {
  const json: CatalogInput = await (await fetch('/demo/public/angebote.json')).json();
  sample = parseCatalog(json).catalog;
});

describe('coverage', () => {
  it('levels: 0 is a gap, 1 is thin, 2 and more are enough', () => {
    expect([0, 1, 2, 10].map(coverageLevel)).to.deep.equal(['gap', 'thin', 'ok', 'ok']);
  });

  it('topics × milestones: an offer counts in every milestone and topic it lists; columns and rows in catalog order', () => {
    const matrix = coverageMatrix(small);
    expect(matrix.columns.map((m) => m.id)).to.deep.equal(['schwangerschaft', 'kita']);
    expect(counts(matrix)).to.deep.equal({ beratung: [1, 3], freizeit: [1, 1] });
    expect(matrix.totals.map((t) => t.map((o) => o.id))).to.deep.equal([['a'], ['a', 'b', 'c', 'd']]);
    // The offer without a topic is in no row, and said so.
    expect(matrix.outside.map((t) => t.map((o) => o.id))).to.deep.equal([[], ['d']]);
    expect(matrix.rows[0]!.cells[1]!.offers.map((o) => o.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('for one district: its offers and those for the whole city (the rule of the search facets)', () => {
    const derne = coverageMatrix(small, 'topics', { district: 'derne' });
    expect(derne.district?.id).to.equal('derne');
    expect(counts(derne)).to.deep.equal({ beratung: [1, 2], freizeit: [1, 1] });
    expect(where(coverageGaps(derne).thin)).to.deep.equal([
      'beratung/schwangerschaft',
      'freizeit/schwangerschaft',
      'freizeit/kita',
    ]);
    // An unknown district is no limit.
    expect(coverageMatrix(small, 'topics', { district: 'atlantis' }).district).to.equal(undefined);
  });

  it('districts × milestones: all offers a family there finds, the local ones apart, gaps from the local ones', () => {
    const matrix = coverageMatrix(small, 'districts');
    expect(counts(matrix)).to.deep.equal({ methler: [1, 4], derne: [1, 3] });
    expect(locals(matrix)).to.deep.equal({ methler: [0, 2], derne: [0, 1] });
    expect(matrix.outside.map((t) => t.map((o) => o.id))).to.deep.equal([['a'], ['a', 'd']]);
    const { gaps, thin } = coverageGaps(matrix);
    expect(where(gaps)).to.deep.equal(['methler/schwangerschaft', 'derne/schwangerschaft']);
    expect(where(thin)).to.deep.equal(['derne/kita']);
  });

  it('district view: a gap is a district without an offer of its own, however many citywide offers a family there finds', () => {
    const matrix = coverageMatrix(sample, 'districts');
    const cells = matrix.rows.flatMap((row) => row.cells);
    // Methler from school to work: 18 offers for the whole city, none in Methler itself.
    const methler = cells.find((c) => c.row === 'methler' && c.column === 'uebergang-beruf')!;
    expect([methler.offers.length, methler.local, methler.level]).to.deep.equal([18, 0, 'gap']);
    for (const cell of cells) expect(cell.level === 'gap', `${cell.row}/${cell.column}`).to.equal(cell.local === 0);
  });

  it('finds the deliberate gaps of the sample catalog: nothing for leisure in pregnancy, no childcare from school to work, little language support at secondary school', () => {
    const { gaps, thin } = coverageGaps(coverageMatrix(sample));
    expect(where(gaps)).to.deep.equal([
      'freizeit/schwangerschaft',
      'betreuung/schwangerschaft',
      'inklusion/schwangerschaft',
      'beteiligung/schwangerschaft',
      'beteiligung/erste-jahre',
      'betreuung/uebergang-beruf',
      'inklusion/uebergang-beruf',
    ]);
    expect(where(thin)).to.include('sprache/weiterfuehrende-schule');
    expect(thin).to.have.length(9);
  });

  it('finds that Derne and Rottum have the fewest offers of their own, and the most gaps', () => {
    const matrix = coverageMatrix(sample, 'districts');
    const own = Object.fromEntries(matrix.rows.map((row) => [row.id, row.cells.reduce((sum, c) => sum + c.local!, 0)]));
    const fewest = Math.min(...Object.values(own));
    expect(Object.keys(own).filter((id) => own[id] === fewest)).to.deep.equal(['derne', 'rottum']);
    const gapsOf = (id: string) => coverageGaps(matrix).gaps.filter((c) => c.row === id).length;
    expect(['kamen-mitte', 'methler', 'heeren-werve', 'suedkamen', 'derne', 'rottum'].map(gapsOf)).to.deep.equal([
      0, 1, 1, 3, 3, 3,
    ]);
    // With the district choice, Derne's topic matrix has more gaps than the city's.
    expect(coverageGaps(coverageMatrix(sample, 'topics', { district: 'derne' })).gaps).to.have.length(8);
  });

  it('CSV: `;`, CRLF, titles quoted where needed, totals; it reads back as the same table', () => {
    const labels = {
      corner: 'Thema',
      text: (t: LocalizedText) => localize(t, 'de'),
      total: 'Angebote insgesamt',
      local: (m: string) => `${m}: im Stadtteil`,
      citywide: 'Stadtweit',
    };
    const csv = coverageCsv(coverageMatrix(small), labels);
    expect(csv).to.equal('Thema;Schwangerschaft;Kita\r\nBeratung;1;3\r\nFreizeit;1;1\r\nAngebote insgesamt;1;4\r\n');
    const districts = coverageCsv(coverageMatrix(small, 'districts'), { ...labels, corner: 'Stadtteil' });
    expect(parseCsv(districts).records.map((r) => r.fields)).to.deep.equal([
      ['Stadtteil', 'Schwangerschaft', 'Schwangerschaft: im Stadtteil', 'Kita', 'Kita: im Stadtteil'],
      ['Methler', '1', '0', '4', '2'],
      ['Derne', '1', '0', '3', '1'],
      ['Stadtweit', '1', '', '2', ''],
      ['Angebote insgesamt', '1', '', '4', ''],
    ]);
  });

  it('CSV fields: quotes doubled, separators and line breaks quoted, formulas defused, numbers left alone', () => {
    expect(csvField('Beratung')).to.equal('Beratung');
    expect(csvField('Bildung; Lernen')).to.equal('"Bildung; Lernen"');
    expect(csvField('Sag "Hallo"')).to.equal('"Sag ""Hallo"""');
    expect(csvField('zwei\nZeilen')).to.equal('"zwei\nZeilen"');
    expect(csvField('=SUMME(A1:A9)')).to.equal("'=SUMME(A1:A9)");
    expect(csvField('+49 2307')).to.equal("'+49 2307");
    expect(csvField('@cmd')).to.equal("'@cmd");
    expect(csvField('-0,5')).to.equal('"-0,5"');
    expect(csvField('-3')).to.equal('-3');
  });
});
