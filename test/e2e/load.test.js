// A catalog of 50,000 offers, against the built CDN bundle: it loads and
// typing still updates the results. A functional check only: how fast is
// `npm run bench`'s business (bench/browser.js), not a test's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogWith, startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
  harness.serveCatalog('fifty-thousand', catalogWith(50_000));
});
after(() => harness?.close());

test('50,000 offers load (with max-bytes raised) and typing updates the results', { timeout: 180_000 }, async () => {
  const src = harness.catalogUrl('fifty-thousand');
  const path = harness.page({ body: `<offer-search max-bytes="104857600" src="${src}"></offer-search>` });
  const { tab, record } = await harness.open(path);
  await tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 120_000 });
  assert.equal(await statusText(tab), '50.000 Angebote');
  await tab.locator('offer-search input[type="search"]').pressSequentially('Hebamme', { delay: 120 });
  await tab
    .locator('offer-search [part="card"] h3', { hasText: 'Familienhebammen' })
    .first()
    .waitFor({ timeout: 20_000 });
  await tab.waitForTimeout(800);
  const count = Number((await statusText(tab)).replace(/\D/g, ''));
  assert.ok(count > 0 && count < 50_000, `${count} offers for "Hebamme"`);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
