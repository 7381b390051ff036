// Several communes' catalogs in one finder, against the built CDN bundle:
// Kamen's sample catalog and three real open-data files of the city of
// Chemnitz (Kitas, Schulsozialarbeit, Jugendberufshilfen), imported by the
// real command line, whose ids clash (each file counts from 1). A county
// page lists them in a catalog index; one catalog failing leaves the
// others usable, with a calm note and a retry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, cli } from '../node/cli-harness.js';
import { alertText, sample, startHarness, statusText } from './harness.js';

let harness;
let dir;
const chemnitz = {};
let schools;
before(async () => {
  await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'offer-finder-federation-'));
  for (const name of ['kindertageseinrichtungen', 'schulsozialarbeit', 'jugendberufshilfen']) {
    const out = join(dir, `${name}.json`);
    const run = cli(
      'import',
      `test/fixtures/real/geojson-kitas/chemnitz-${name}.geojson`,
      '--mapping',
      'test/fixtures/real/mappings/chemnitz.json',
      '--base',
      'demo/public/angebote.json',
      '--out',
      out,
    );
    assert.ok(run.code === 0 || run.code === 1, run.err);
    chemnitz[name] = JSON.parse(readFileSync(out, 'utf8'));
  }
  // The import kept the base's (Kamen's) districts; Chemnitz's Schulsozialarbeit gets one of its own.
  schools = chemnitz.schulsozialarbeit;
  schools.districts = [{ id: 'zentrum', title: 'Zentrum' }];
  for (const offer of schools.offers.slice(0, 5)) offer.districts = ['zentrum'];
  harness = await startHarness();
  harness.serveCatalog('kamen', sample);
  for (const [name, catalog] of Object.entries(chemnitz)) harness.serveCatalog(`chemnitz-${name}`, catalog);
});
after(() => {
  harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

const offers = () => 100 + Object.values(chemnitz).reduce((sum, catalog) => sum + catalog.offers.length, 0);

/** A catalog index of the county, served as the scenario `name`; URLs relative to it. */
function index(name, catalogs) {
  harness.serveCatalog(name, { version: 1, title: 'Familienangebote im Kreis', catalogs });
  return harness.catalogUrl(name);
}

/** The result count in a search's status line (the note on a missing catalog is a status region too). */
const count = async (tab, scope) =>
  Number((await tab.locator(`${scope} [part="status"]`).first().innerText()).replace(/\D/g, ''));

test('a county page: one index, four catalogs with clashing ids, one finder; search, filter by place → district, timeline and saved list across them, axe-clean', async () => {
  const src = index('kreis', [
    { url: '../kamen/k.json', title: 'Kamen' },
    { url: '../chemnitz-kindertageseinrichtungen/k.json', title: 'Chemnitz Kitas' },
    { url: '../chemnitz-schulsozialarbeit/k.json', title: 'Chemnitz Schulsozialarbeit' },
    { url: '../chemnitz-jugendberufshilfen/k.json', title: 'Chemnitz Jugendberufshilfe' },
  ]);
  const { tab, record } = await harness.open(harness.page({ body: `<offer-finder src="${src}"></offer-finder>` }));
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 15_000 });
  assert.equal(await count(tab, 'offer-finder offer-search'), offers());

  // The timeline counts every commune's offers: the step into work has Kamen's and Chemnitz's ten.
  const step = tab.locator('offer-finder milestone-timeline [data-milestone="uebergang-beruf"]');
  const kamenSteps = sample.offers.filter((o) => o.milestones.includes('uebergang-beruf')).length;
  assert.match(await step.evaluate((el) => el.textContent), new RegExp(`${kamenSteps + 10} Angebote`));

  // The districts are grouped by place: Kamen's under "Kamen", Chemnitz's "Zentrum" under its catalog's name.
  const place = (name) =>
    tab.locator('offer-finder fieldset.place', { has: tab.locator('legend', { hasText: new RegExp(`^${name}$`) }) });
  assert.equal(await place('Kamen').locator('input[type="checkbox"]').count(), sample.districts.length);
  const zentrum = place('Chemnitz Schulsozialarbeit').locator('label', { hasText: 'Zentrum' });
  await zentrum.locator('input').check();
  await tab.waitForTimeout(300);
  // The five offers in Zentrum and the other 46 of that catalog, which are for the whole town; not Kamen's for Kamen's.
  assert.equal(await count(tab, 'offer-finder offer-search'), schools.offers.length);
  await zentrum.locator('input').uncheck();

  // Two offers that were both "1" in their files: both saved, both in the list.
  const input = tab.locator('offer-finder input[type="search"]');
  for (const query of ['Schulsozialarbeit', 'Jugendberufshilfe']) {
    await input.fill(query);
    await tab.waitForTimeout(400);
    await tab.locator('offer-finder [part="card"] [part="save"]').first().click();
  }
  // An offer for the whole town says which town.
  assert.match(
    await tab.locator('offer-finder [part="card"]').first().innerText(),
    /Stadtweit \(Chemnitz Jugendberufshilfe\)/,
  );
  await tab.locator('offer-finder #saved-toggle').click();
  await tab.locator('offer-finder [part="saved"]').waitFor();
  assert.equal(await statusText(tab, 'offer-finder offer-search'), 'Merkliste: 2 Angebote');
  const saved = await tab.locator('offer-finder [part="saved"] [part="card"] h3').allInnerTexts();
  assert.equal(saved.length, 2);

  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  assert.ok(
    record.requests.every((url) => url.startsWith(harness.origin)),
    'no request leaves the test server',
  );
  await tab.close();
});

test('one catalog failing leaves the others usable: a calm note names the commune, and its retry brings the offers', async () => {
  const src = index('kreis-ein-ausfall', [
    { url: '../kamen/k.json', title: 'Kamen' },
    { url: '../chemnitz-spaeter/k.json', title: 'Chemnitz' },
  ]);
  const { tab, record } = await harness.open(
    harness.page({
      body: `<milestone-timeline src="${src}"></milestone-timeline><offer-search src="${src}"></offer-search>`,
    }),
  );
  const note = tab.locator('[part~="missing-catalogs"]');
  await note.waitFor({ timeout: 15_000 });
  // One note for the page, though two elements show the same catalogs.
  await tab.locator('offer-search [part="card"]').first().waitFor();
  assert.equal(await note.count(), 1);
  assert.equal(await note.getAttribute('role'), 'status');
  assert.match(await note.innerText(), /Die Angebote aus Chemnitz können gerade nicht geladen werden\./);
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0, 'no alarm: the other offers are there');
  assert.equal(await count(tab, 'offer-search'), 100);

  harness.serveCatalog('chemnitz-spaeter', chemnitz.schulsozialarbeit);
  await note.locator('button', { hasText: 'Erneut versuchen' }).click();
  await note.waitFor({ state: 'detached', timeout: 15_000 });
  assert.equal(await count(tab, 'offer-search'), 100 + chemnitz.schulsozialarbeit.offers.length);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('whitespace-separated URLs: a 500, bad JSON and a good catalog; only when every catalog fails is it an error', async () => {
  const good = harness.catalogUrl('chemnitz-jugendberufshilfen');
  const broken = `${harness.catalogUrl('500')}\n  ${harness.catalogUrl('html')}`;
  const { tab, record } = await harness.open(
    harness.page({
      body: `<offer-search src="${broken} ${good}"></offer-search><offer-search id="all-bad" src="${broken}"></offer-search>`,
    }),
  );
  const note = tab.locator('offer-search:not(#all-bad) [part~="missing-catalogs"]');
  await note.waitFor({ timeout: 20_000 });
  assert.equal(await count(tab, 'offer-search:not(#all-bad)'), 10);
  assert.match(await note.innerText(), /können gerade nicht geladen werden/);
  await tab.locator('#all-bad [role="alert"]').waitFor({ timeout: 20_000 });
  assert.match(await alertText(tab, '#all-bad'), /Die Angebote konnten nicht geladen werden \(Fehler 500\)|fehlerhaft/);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
