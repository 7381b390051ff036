// Faults of the catalog endpoint, against the built CDN bundle: what a
// family sees, and what must not happen (uncaught errors, requests left running).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { alertText, sample, startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/** A page with one `<offer-search>` on the scenario's endpoint. */
async function searchOn(src, options) {
  const path = harness.page({ body: `<offer-search src="${src}"></offer-search>` });
  return harness.open(path, options);
}

const cards = (tab) => tab.locator('offer-search [part="card"]');

/** A file of the bundle that does not arrive (the connection dropped) until `reachable` is set. */
function unreachable(glob) {
  const chunk = {
    reachable: false,
    route: (context) =>
      context.route(glob, (route) => (chunk.reachable ? route.continue() : route.abort('internetdisconnected'))),
  };
  return chunk;
}

async function waitForAlert(tab, timeout = 15_000) {
  await tab.locator('offer-search [role="alert"]').first().waitFor({ timeout });
  return alertText(tab);
}

test('connection refused: retried, then a clear message with a retry button', async () => {
  const { tab, record } = await searchOn('http://127.0.0.1:9/angebote.json');
  const message = await waitForAlert(tab);
  assert.match(message, /Die Angebote konnten nicht geladen werden\. Bitte prüfen Sie Ihre Internetverbindung\./);
  assert.match(message, /Erneut versuchen/);
  assert.ok(record.requests.filter((url) => url.startsWith('http://127.0.0.1:9/')).length >= 2, 'retried');
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('endpoint hangs: busy and a loading message meanwhile, then the request is aborted and a message shown', async () => {
  const src = harness.catalogUrl('hang');
  const { tab, record } = await searchOn(src);
  const status = tab.locator('offer-search [role="status"]');
  await tab.waitForTimeout(500);
  assert.equal(await status.getAttribute('aria-busy'), 'true');
  assert.equal(await statusText(tab), 'Angebote werden geladen …');
  const message = await waitForAlert(tab, 20_000);
  assert.match(message, /Der Server antwortet gerade nicht\./);
  assert.equal(await status.getAttribute('aria-busy'), 'false');
  assert.ok(
    record.failed.some((entry) => entry.startsWith(src) && /ABORTED/.test(entry)),
    `aborted: ${record.failed.join(', ')}`,
  );
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('the parser does not arrive (it loads beside the catalog): the network message with a retry, which then shows the offers', async () => {
  const chunk = unreachable('**/offer-finder-parse.js');
  const { tab, record } = await searchOn(harness.catalogUrl('ok'), { route: chunk.route });
  assert.match(
    await waitForAlert(tab),
    /Die Angebote konnten nicht geladen werden\. Bitte prüfen Sie Ihre Internetverbindung\.\s*Erneut versuchen/,
  );
  assert.equal(await cards(tab).count(), 0);
  chunk.reachable = true;
  await tab.locator('offer-search [role="alert"] button').click();
  await cards(tab).first().waitFor();
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('the search module does not arrive (the connection dropped after the catalog): the offers show; a query says so, and its retry searches', async () => {
  const chunk = unreachable('**/offer-finder-search.js');
  const { tab, record } = await searchOn(harness.catalogUrl('ok'), { route: chunk.route });
  await cards(tab).first().waitFor();
  await tab.locator('offer-search input[type="search"]').fill('Hebamme');
  assert.match(
    await waitForAlert(tab),
    /Die Angebote konnten nicht geladen werden\. Bitte prüfen Sie Ihre Internetverbindung\.\s*Erneut versuchen/,
  );
  assert.equal(await tab.locator('offer-search [role="status"]').getAttribute('aria-busy'), 'false');
  chunk.reachable = true;
  await tab.locator('offer-search [role="alert"] button').click();
  await tab.locator('offer-search [role="alert"]').waitFor({ state: 'detached' });
  await tab.waitForFunction(() =>
    /hebamme/i.test(
      document.querySelector('offer-search').shadowRoot.querySelector('[part="card"] h3')?.textContent ?? '',
    ),
  );
  assert.match(await statusText(tab), /^\d+ Angebote?$/);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('the facet filters do not arrive (requested beside the catalog): the offers show without the filters, a message with a retry, which brings them', async () => {
  const chunk = unreachable('**/offer-finder-filter-offers.js');
  const { tab, record } = await searchOn(harness.catalogUrl('ok'), { route: chunk.route });
  await cards(tab).first().waitFor();
  assert.match(await waitForAlert(tab), /Bitte prüfen Sie Ihre Internetverbindung\.\s*Erneut versuchen/);
  assert.equal(await tab.locator('offer-search fieldset[part="facet"]').count(), 0);
  chunk.reachable = true;
  await tab.locator('offer-search [role="alert"] button').click();
  await tab.locator('offer-search fieldset[part="facet"]').first().waitFor();
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('404: a message with the status and a retry button', async () => {
  const { tab } = await searchOn(harness.catalogUrl('404'));
  assert.match(
    await waitForAlert(tab),
    /Die Angebote konnten nicht geladen werden \(Fehler 404\)\.\s*Erneut versuchen/,
  );
  await tab.close();
});

test('500 twice, then 200: recovers by itself, no message', async () => {
  const key = 'recovers';
  const { tab, record } = await searchOn(harness.catalogUrl('500-twice', key));
  await cards(tab).first().waitFor({ timeout: 15_000 });
  assert.equal(harness.requestsFor(key), 3);
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0);
  assert.equal(await statusText(tab), `${sample.offers.length} Angebote`);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('429 with Retry-After: 1: waits a second, then loads', async () => {
  const key = 'busy';
  const { tab } = await searchOn(harness.catalogUrl('429', key));
  await cards(tab).first().waitFor({ timeout: 15_000 });
  assert.equal(harness.requestsFor(key), 2);
  await tab.close();
});

for (const [scenario, what] of [
  ['html', 'HTML with status 200'],
  ['truncated', 'truncated JSON'],
  ['wrong-shape', 'JSON of the wrong shape'],
]) {
  test(`${what}: says the data is faulty, no error thrown`, async () => {
    const { tab, record } = await searchOn(harness.catalogUrl(scenario));
    assert.match(await waitForAlert(tab), /Die Angebotsdaten sind gerade fehlerhaft/);
    assert.deepEqual(record.errors, []);
    await tab.close();
  });
}

test('3 invalid offers of 100: 97 shown, a notice for maintainers in the console and in an event, nothing for parents', async () => {
  const src = harness.catalogUrl('three-invalid');
  const path = harness.page({
    body: `<offer-search src="${src}"></offer-search>`,
    // The event a CMS would listen to; counted into the title for the test to read.
    beforeScript:
      '<script>document.addEventListener("catalog-issues", (e) => { document.title = "issues:" + e.detail.issues.length; });</script>',
  });
  const { tab, record } = await harness.open(path);
  await cards(tab).first().waitFor({ timeout: 10_000 });
  assert.equal(await statusText(tab), '97 Angebote');
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0);
  assert.ok(
    record.warnings.some((text) => /3 problem\(s\) in the catalog/.test(text)),
    record.warnings.join('\n'),
  );
  assert.equal(await tab.title(), 'issues:3');
  await tab.close();
});

test('an empty catalog: says that there are no offers, no error', async () => {
  const { tab, record } = await searchOn(harness.catalogUrl('empty'));
  // Not "Keine Angebote gefunden … entfernen Sie Filter": there is nothing to find, whatever the filters.
  await tab
    .locator('offer-search [role="status"]', { hasText: 'Hier sind noch keine Angebote eingetragen.' })
    .waitFor({ timeout: 10_000 });
  assert.equal(await cards(tab).count(), 0);
  assert.equal(await tab.locator('offer-search [role="alert"]').count(), 0);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('a body over the byte cap: reading stops, a message', async () => {
  const { tab } = await searchOn(harness.catalogUrl('oversized'));
  assert.match(await waitForAlert(tab), /Die Angebotsdaten sind zu groß/);
  await tab.close();
});

test('the element removed mid-request: the request is aborted, no error', async () => {
  const src = harness.catalogUrl('hang');
  const { tab, record } = await searchOn(src);
  await tab.waitForTimeout(300);
  await tab.evaluate(() => document.querySelector('offer-search').remove());
  await tab.waitForTimeout(300);
  assert.ok(
    record.failed.some((entry) => entry.startsWith(src) && /ABORTED/.test(entry)),
    `aborted: ${record.failed.join(', ')}`,
  );
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.consoleErrors, []);
  await tab.close();
});

test('the endpoint changed while a request runs: only the latest answer renders', async () => {
  const { tab } = await searchOn(harness.catalogUrl('slow'));
  await tab.waitForTimeout(200);
  await tab.evaluate((src) => (document.querySelector('offer-search').src = src), harness.catalogUrl('fast'));
  await cards(tab).first().waitFor({ timeout: 10_000 });
  await tab.waitForTimeout(2_000); // the slow answer has arrived by now
  assert.equal(await statusText(tab), '3 Angebote');
  await tab.close();
});

test('offline after a first load: the last good offers stay, with their date', async () => {
  const { tab, context, record } = await searchOn(harness.catalogUrl('ok'));
  await cards(tab).first().waitFor({ timeout: 10_000 });
  await context.setOffline(true);
  await tab.evaluate(() => document.querySelector('offer-search').refresh());
  const message = await waitForAlert(tab);
  assert.match(message, /Bitte prüfen Sie Ihre Internetverbindung/);
  assert.match(message, /Angezeigt werden die zuletzt geladenen Angebote \(Stand 1\. November 2026\)/);
  assert.equal(await cards(tab).count(), 20);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('<offer-finder> shows the same message in each of its parts, and no error', async () => {
  const path = harness.page({ body: `<offer-finder src="${harness.catalogUrl('404')}"></offer-finder>` });
  const { tab, record } = await harness.open(path);
  // .first(): the search's own alert (the timeline's is slotted into the search, under its field).
  await tab.locator('offer-finder offer-search [role="alert"]').first().waitFor({ timeout: 10_000 });
  assert.match(await alertText(tab, 'offer-finder offer-search'), /Fehler 404/);
  assert.match(await alertText(tab, 'offer-finder milestone-timeline'), /Fehler 404/);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
