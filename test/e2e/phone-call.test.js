// A parent on a 375 px phone, against the built CDN bundle: an offer called in one tap from its card, the
// filters in a disclosure with "Ergebnisse anzeigen", the toolbar in one row, and a catalog on another
// origin without a CORS header told once, not as a broken connection. axe-core in every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const phone = { viewport: { width: 375, height: 812 } };

/** A phone page with one `<offer-search>` on the sample catalog, its first cards shown. */
async function searchOnPhone(attributes = '', viewport = phone.viewport) {
  const path = harness.page({
    body: `<main><h1>Angebote</h1><offer-search src="${harness.catalogUrl('ok')}" ${attributes}></offer-search></main>`,
  });
  const opened = await harness.open(path, { viewport });
  await opened.tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 10_000 });
  return opened;
}

const pageWidth = (tab) => tab.evaluate(() => document.documentElement.scrollWidth);
const activeId = (tab) => tab.evaluate(() => document.querySelector('offer-search').shadowRoot.activeElement?.id);

test('a card: "Anrufen" with the number as a 44 px button, tel: in E.164, and "E-Mail" beside it, with the details closed', async () => {
  const { tab, record } = await searchOnPhone('query="Familienhebammen"');
  const card = tab.locator('offer-search [part="card"]').first();
  assert.equal(await card.locator('h3').innerText(), 'Familienhebammen');
  // Named with the offer's title for screen readers; what the button says comes first (label in name).
  const call = card.getByRole('link', { name: /^Anrufen 030 23125 104 ?: Familienhebammen$/ });
  assert.equal(await call.getAttribute('href'), 'tel:+493023125104');
  assert.ok(await call.isVisible());
  const box = await call.boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, `${box.width} × ${box.height}`);
  assert.ok(box.x >= 0 && box.x + box.width <= 375, 'on the screen');
  const mail = card.getByRole('link', { name: /^E-Mail ?: Familienhebammen$/ });
  assert.equal(await mail.getAttribute('href'), 'mailto:k.schulte-hoppe@jugendamt.example.org');
  assert.ok(await mail.isVisible());
  const mailBox = await mail.boundingBox();
  assert.ok(mailBox.height >= 44, `${mailBox.height}`);
  // Without opening the details (where the number stays as well).
  assert.equal(await card.locator('details').evaluate((details) => details.open), false);
  assert.equal(await card.locator('details a[href="tel:+493023125104"]').count(), 1);
  assert.ok((await pageWidth(tab)) <= 375);
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('the toolbar: the filters, the Merkliste and "Teilen" in one row of 44 px targets; at 320 px nothing sticks out', async () => {
  const { tab } = await searchOnPhone('url-state');
  const buttons = tab.locator('offer-search [part="toolbar"] button');
  assert.equal(await buttons.count(), 3);
  const boxes = await Promise.all((await buttons.all()).map((button) => button.boundingBox()));
  assert.deepEqual(
    boxes.map((box) => Math.round(box.y)),
    boxes.map(() => Math.round(boxes[0].y)),
    'one row',
  );
  for (const box of boxes) assert.ok(box.height >= 44 && box.width >= 44 && box.x + box.width <= 375);
  // Its whole name for screen readers; "Teilen" is what a phone has room for.
  const share = tab.getByRole('button', { name: 'Link zu dieser Suche teilen' });
  assert.equal(await share.innerText(), 'Teilen');
  assert.deepEqual(await harness.axe(tab), []);
  await tab.close();

  const narrow = await searchOnPhone('url-state milestone="kita" free', { width: 320, height: 640 });
  assert.ok((await pageWidth(narrow.tab)) <= 320);
  for (const button of await narrow.tab.locator('offer-search [part="toolbar"] button').all()) {
    const box = await button.boundingBox();
    assert.ok(box.height >= 44 && box.x + box.width <= 320, JSON.stringify(box));
  }
  await narrow.tab.close();
});

test('the filters: closed at first ("Filter (2 aktiv)"); "Ergebnisse anzeigen (20)" at their end closes them and takes the focus to the results', async () => {
  const { tab, record } = await searchOnPhone('milestone="kita" free');
  const toggle = tab.locator('offer-search .filters-toggle');
  assert.equal((await toggle.textContent()).replace(/\s+/g, ' ').trim(), '▸ Filter (2 aktiv)');
  const facets = tab.locator('offer-search [part="facets"]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await facets.isVisible(), false);
  assert.equal(await statusText(tab), '20 Angebote');
  // The first card is on the first screen, not 1,500 px of filters down.
  assert.ok((await tab.locator('offer-search [part="card"]').first().boundingBox()).y < 812);
  assert.deepEqual(await harness.axe(tab), []);

  await toggle.focus();
  await tab.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await facets.isVisible());
  assert.ok(await tab.getByRole('button', { name: 'Ergebnisse anzeigen (20)' }).isVisible());
  // The last thing in the filters.
  assert.equal(
    await facets.evaluate((element) => element.lastElementChild.textContent.trim()),
    'Ergebnisse anzeigen (20)',
  );
  assert.deepEqual(await harness.axe(tab), []);

  // A filter changed in the open panel: the button's number follows.
  await tab.locator('offer-search [part="facets"] label', { hasText: 'Nur kostenlose Angebote' }).click();
  await tab.getByRole('button', { name: /^Ergebnisse anzeigen \(33\)$/ }).waitFor();
  await tab.getByRole('button', { name: /^Ergebnisse anzeigen/ }).focus();
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(
    () => document.querySelector('offer-search').shadowRoot.activeElement?.id === 'results-heading',
  );
  assert.equal(await activeId(tab), 'results-heading');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await facets.isVisible(), false);
  // The results are in view, with the focus ring round them.
  const results = tab.locator('offer-search [part="results"]');
  const top = (await results.boundingBox()).y;
  assert.ok(top >= 0 && top < 812, `results at ${top}`);
  assert.notEqual(await results.evaluate((element) => getComputedStyle(element).outlineStyle), 'none');
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('a catalog on another origin without Access-Control-Allow-Origin: one calm message for the group, the header named once in the console, no retries', async () => {
  // The harness serves on 127.0.0.1; "localhost" reaches the same server as another origin, which sends no CORS header.
  const key = `cors${Date.now()}`;
  const src = harness.catalogUrl('ok', key).replace('127.0.0.1', 'localhost');
  const path = harness.page({
    body: `<main><h1>Angebote</h1>
      <milestone-timeline src="${src}"></milestone-timeline>
      <offer-search src="${src}"></offer-search>
      <contact-card src="${src}" contact="sabine-kortmann"></contact-card></main>`,
  });
  const { tab, record } = await harness.open(path, phone);
  const alerts = tab.locator('[role="alert"]');
  await alerts.first().waitFor({ timeout: 15_000 });
  await tab.waitForTimeout(500); // the other elements have had their answer too
  assert.equal(await alerts.count(), 1, 'one message for the three elements');
  const message = (await alerts.first().innerText()).replace(/\s+/g, ' ').trim();
  assert.equal(message, 'Die Angebote können hier gerade nicht angezeigt werden.');
  // Not the connection's fault, and nothing a family could retry.
  assert.equal(await alerts.first().locator('button').count(), 0);
  // For the webmaster: the missing header and the catalog's URL, once.
  const named = record.consoleErrors.filter((text) => text.includes('no Access-Control-Allow-Origin header on'));
  assert.equal(named.length, 1, record.consoleErrors.join('\n'));
  assert.ok(named[0].includes(src) && named[0].includes(harness.origin), named[0]);
  // One request, and one more to the same endpoint that tells CORS from a dead connection; no retries.
  assert.equal(harness.requestsFor(key), 2);
  assert.ok(record.requests.every((url) => [harness.origin, new URL(src).origin].includes(new URL(url).origin)));
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
