// Real data through the whole path: a council feed and a city's GeoJSON
// imported by the real command line, served as the catalog, and shown by the
// built CDN bundle. What a CMS wrote as HTML reaches families as paragraphs
// and lists of text; the phone a city published is one tap away.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli } from '../node/cli-harness.js';
import { startHarness } from './harness.js';

let harness;
let dir;
before(async () => {
  await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'offer-finder-imported-'));
  harness = await startHarness();
});
after(() => {
  harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

function imported(name, ...args) {
  const out = join(dir, `${name}.json`);
  const run = cli('import', ...args, '--base', 'demo/public/angebote.json', '--out', out);
  assert.ok(run.code === 0 || run.code === 1, run.err);
  return JSON.parse(readFileSync(out, 'utf8'));
}

async function openDetails(catalog, query) {
  harness.serveCatalog(`imported-${query.length}`, catalog);
  const url = harness.catalogUrl(`imported-${query.length}`);
  const { tab, context, record } = await harness.open(
    harness.page({ body: `<offer-search src="${url}" query="${query}"></offer-search>` }),
  );
  await tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 10_000 });
  await tab.evaluate(() => {
    for (const details of document.querySelector('offer-search').shadowRoot.querySelectorAll('details'))
      details.open = true;
  });
  return { tab, context, record };
}

test('a UK council feed with CMS HTML: the description shows as paragraphs of text, no tag or entity visible', async () => {
  const catalog = imported(
    'bristol',
    'test/fixtures/real/oruk-feed/bristol-services.json',
    '--country',
    'GB',
    '--milestones',
    'erste-jahre',
  );
  const offer = catalog.offers.find((o) => o.title === 'Avonmouth Children’s Centre');
  assert.ok(offer, 'the Children’s Centre is in the catalog');
  const { tab, context, record } = await openDetails(catalog, 'Avonmouth');
  const description = tab.locator('offer-search [part="card"] .description').first();
  const paragraphs = await description.locator('p').count();
  assert.ok(paragraphs >= 2, `${paragraphs} paragraphs`);
  const shown = await description.innerText();
  assert.doesNotMatch(shown, /<\/?[a-z]+|&nbsp;|&amp;/i);
  assert.deepEqual(record.errors, []);
  await context.close();
});

test('a city’s GeoJSON: the Kita’s phone in international notation is a tel: link', async () => {
  const catalog = imported(
    'chemnitz',
    'test/fixtures/real/geojson-kitas/chemnitz-kindertageseinrichtungen.geojson',
    '--mapping',
    'test/fixtures/real/mappings/chemnitz.json',
  );
  const { tab, context, record } = await openDetails(catalog, 'FRIDOLIN');
  const tel = tab.locator('offer-search [part="card"] a[href^="tel:"]').first();
  assert.equal(await tel.getAttribute('href'), 'tel:+4937152455487');
  assert.deepEqual(record.errors, []);
  await context.close();
});
