// The workbench's tasks as its worker runs them (import-worker.ts `runTask`, here in Node): a real city's GeoJSON
// with and without a default milestone, the report grouped and worded with places, and the exports.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readBytes, readJson } from './files.js';
import { runTask } from '../../src/elements/catalog-workbench/import-worker.js';
import type { ExportOutcome, ImportOutcome, MappingFile } from '../../src/elements/catalog-workbench/protocol.js';
import type { CatalogInput } from '../../src/catalog/schema.js';

const base = readJson<CatalogInput>('/demo/public/angebote.json');
const chemnitz = {
  name: 'chemnitz-kindertageseinrichtungen.geojson',
  bytes: readBytes('/test/fixtures/real/geojson-kitas/chemnitz-kindertageseinrichtungen.geojson'),
};
const noMapping = { columns: {}, milestones: {}, topics: {} };
const importTask = (milestones: string[], mapping: MappingFile = noMapping) =>
  runTask({
    kind: 'import',
    files: [chemnitz],
    base,
    milestones,
    topics: [],
    mapping,
    lang: 'de',
  }) as Promise<ImportOutcome>;

describe('the workbench’s tasks', () => {
  it('a list that names no milestone: every record skipped, said once as a group with each place', async () => {
    const outcome = await importTask([]);
    expect(outcome.summaryLine).to.match(/^0 von 30 Einträgen übernommen, 30 übersprungen/);
    expect(outcome.offers).to.equal(0);
    const skipped = outcome.groups.find((group) => group.severity === 'error')!;
    expect(skipped.title).to.match(/kein Meilenstein/);
    expect(skipped.lines).to.have.length(30);
    expect(skipped.lines[0]).to.match(/features\[0\]/);
    expect(outcome.sources).to.deep.equal([{ file: chemnitz.name, format: 'geojson', records: 30 }]);
  });

  it('with a default milestone: 30 offers in a valid catalog v1, and the unknown columns listed as values', async () => {
    const outcome = await importTask(['kita']);
    expect(outcome.summaryLine).to.match(/^30 von 30 Einträgen übernommen/);
    const catalog = JSON.parse(outcome.catalogJson!) as CatalogInput;
    expect(catalog.offers).to.have.length(30);
    expect(catalog.offers.every((offer) => offer.milestones.includes('kita'))).to.equal(true);
    const columns = outcome.groups.find((group) => group.values?.some((v) => v.value === 'OBJECTID'));
    expect(columns, 'unknown columns as values').to.exist;
  });

  it('the clerk’s mapping is the mapping file’s: a column read as a field, one not read, a category to a milestone', async () => {
    const unknown = (outcome: ImportOutcome) =>
      outcome.groups.filter((g) => g.code === 'unknown-column').flatMap((g) => (g.values ?? []).map((v) => v.value));
    expect(unknown(await importTask(['kita']))).to.include.members(['OBJECTID', 'KURZBEZEICHNUNG']);
    const mapped = await importTask(['kita'], {
      columns: { OBJECTID: 'ignore', KURZBEZEICHNUNG: 'stichworte' },
      milestones: {},
      topics: {},
    });
    expect(unknown(mapped)).to.not.include.members(['OBJECTID', 'KURZBEZEICHNUNG']);
    const catalog = JSON.parse(mapped.catalogJson!) as CatalogInput;
    expect(catalog.offers.some((offer) => (offer.keywords ?? []).length > 0)).to.equal(true);
  });

  it('exports the catalog as a workbook and as HSDS 3.0', async () => {
    const catalog = JSON.parse((await importTask(['kita'])).catalogJson!) as CatalogInput;
    const xlsx = (await runTask({ kind: 'export', format: 'xlsx', catalog, lang: 'de' })) as ExportOutcome;
    expect(xlsx.fileName).to.equal('angebote.xlsx');
    expect([...xlsx.bytes.subarray(0, 2)]).to.deep.equal([0x50, 0x4b], 'a zip');
    const hsds = (await runTask({ kind: 'export', format: 'hsds', catalog, lang: 'de' })) as ExportOutcome;
    const page = JSON.parse(new TextDecoder().decode(hsds.bytes)) as { total_items: number };
    expect(page.total_items).to.equal(30);
  });
});
