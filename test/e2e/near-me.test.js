// "In meiner Nähe" against the built CDN bundle on a 375 px phone, with a fixed geolocation: the location is asked
// for only after the tap, the results come nearest first with their distance, a place of the catalog works without
// the location, a refusal is told calmly, and the optional map loads only when the page names its tile server and
// then requests tiles from that server alone. axe-core in every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const phone = { width: 375, height: 812 };
/** Bergkamen's town hall, a few km north-east of Kamen: the sample's offers are all some km away. */
const bergkamen = { latitude: 51.6166, longitude: 7.6375 };
const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
/** A 1×1 PNG. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Counts every use of the Geolocation API in the page, from before the bundle runs. */
function countGeolocation() {
  window.__geolocationCalls = 0;
  for (const name of ['getCurrentPosition', 'watchPosition']) {
    const original = Geolocation.prototype[name];
    Geolocation.prototype[name] = function (...args) {
      window.__geolocationCalls++;
      return original.apply(this, args);
    };
  }
}

async function nearMePage({ attributes = '', granted = true, headers = {} } = {}) {
  const path = harness.page({
    headers,
    body: `<main><h1>Angebote</h1><offer-search src="${harness.catalogUrl('ok')}" ${attributes}></offer-search></main>`,
  });
  const opened = await harness.open(path, {
    viewport: phone,
    permissions: granted ? ['geolocation'] : [],
    route: async (context) => {
      await context.setGeolocation(bergkamen);
      await context.addInitScript(countGeolocation);
      await context.route('https://tiles.example.org/**', (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', body: png }),
      );
    },
  });
  await opened.tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 10_000 });
  return opened;
}

const geolocationCalls = (tab) => tab.evaluate(() => window.__geolocationCalls);

/** The distances the cards on show give, in km ("3,4 km"). */
async function cardDistances(tab) {
  const texts = await tab
    .locator('offer-search [part="card"]')
    .evaluateAll((cards) =>
      cards.map(
        (card) =>
          [...card.querySelectorAll('dt')].find((dt) => dt.textContent === 'Entfernung')?.nextElementSibling
            ?.textContent,
      ),
    );
  return texts.map((text) => (text === undefined ? undefined : Number(text.replace(' km', '').replace(',', '.'))));
}

test('no location before the tap; after "Meinen Standort verwenden" the offers come nearest first, each with its distance', async () => {
  const { tab, record } = await nearMePage();
  assert.equal(await geolocationCalls(tab), 0, 'nothing asked on load');
  const panelChunk = () => record.requests.filter((url) => /offer-finder-near-me-panel\.js$/.test(url)).length;
  assert.equal(panelChunk(), 0, 'the panel is loaded on the first tap, not up front');
  assert.deepEqual(new Set(await cardDistances(tab)), new Set([undefined]), 'no distance before a place is chosen');

  const toggle = tab.getByRole('button', { name: 'In meiner Nähe' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  const box = await toggle.boundingBox();
  assert.ok(box.height >= 44 && box.x + box.width <= 375, JSON.stringify(box));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await tab.locator('offer-search #near-me-panel').waitFor();
  assert.equal(panelChunk(), 1);
  assert.equal(await geolocationCalls(tab), 0, 'opening the choice asks nothing yet');
  assert.match(await tab.locator('offer-search #near-me-panel').innerText(), /nicht gesendet und nicht gespeichert/);
  assert.deepEqual(await harness.axe(tab), []);

  await tab.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await tab
    .locator('offer-search .near-me-status', { hasText: 'Nach Entfernung sortiert, ab Ihrem Standort' })
    .waitFor();
  assert.equal(await geolocationCalls(tab), 1);
  const km = await cardDistances(tab);
  assert.equal(km.length, 20);
  assert.ok(
    km.every((d) => typeof d === 'number' && d > 0),
    JSON.stringify(km),
  );
  assert.deepEqual(
    km,
    [...km].sort((a, b) => a - b),
    'ascending',
  );
  // The count is still the status; the sort was announced.
  assert.match(await statusText(tab), /^100 Angebote/);
  assert.match(await tab.locator('offer-search [aria-live="polite"]').innerText(), /Nach Entfernung sortiert/);

  // Ascending across pages too.
  await tab.getByRole('button', { name: 'Nächste Seite' }).click();
  const next = await cardDistances(tab);
  assert.ok(next[0] >= km.at(-1), `${next[0]} after ${km.at(-1)}`);
  assert.deepEqual(
    next,
    [...next].sort((a, b) => a - b),
  );

  assert.ok((await tab.evaluate(() => document.documentElement.scrollWidth)) <= 375);
  assert.deepEqual(await harness.axe(tab), []);

  // Back to the list's own order: no distances.
  await tab.getByRole('button', { name: 'Sortierung aufheben' }).click();
  assert.deepEqual(new Set(await cardDistances(tab)), new Set([undefined]));

  // Private: requests only to the page's origin, nothing stored.
  const origins = new Set(record.requests.map((url) => new URL(url).origin));
  assert.deepEqual([...origins], [harness.origin]);
  assert.deepEqual(await tab.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
  assert.ok(!(await tab.evaluate(() => location.href)).includes('51.6'), 'the position is not in the address');
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('a district of the catalog instead of the location: sorted from it, without asking for the location', async () => {
  const { tab } = await nearMePage();
  await tab.getByRole('button', { name: 'In meiner Nähe' }).click();
  const place = tab.getByLabel('Oder einen Ort wählen');
  await place.selectOption({ label: 'Heeren-Werve' });
  await tab.locator('offer-search .near-me-status', { hasText: 'Nach Entfernung sortiert, ab Heeren-Werve' }).waitFor();
  assert.equal(await geolocationCalls(tab), 0);
  const km = await cardDistances(tab);
  assert.deepEqual(
    km,
    [...km].sort((a, b) => a - b),
  );
  // The first offers are in Heeren-Werve itself.
  assert.ok(km[0] < 1, `${km[0]}`);
  const first = await tab.locator('offer-search [part="card"]').first().innerText();
  assert.match(first, /Heeren-Werve/);
  assert.deepEqual(await harness.axe(tab), []);
  await tab.close();
});

test('the location refused: a calm message and the places to choose from, the order unchanged', async () => {
  const { tab, record } = await nearMePage({ granted: false });
  await tab.getByRole('button', { name: 'In meiner Nähe' }).click();
  await tab.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await tab
    .locator('offer-search .near-me-message', {
      hasText: 'Ihr Standort ist nicht freigegeben. Sie können stattdessen einen Ort wählen.',
    })
    .waitFor();
  assert.deepEqual(new Set(await cardDistances(tab)), new Set([undefined]));
  assert.ok(await tab.getByLabel('Oder einen Ort wählen').isVisible());
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('without map-tiles there is no map and no tile request; with it, the map loads on a tap and asks that server alone', async () => {
  const plain = await nearMePage();
  assert.equal(await plain.tab.getByRole('button', { name: 'Karte zeigen' }).count(), 0);
  await plain.tab.close();

  const { tab, record } = await nearMePage({
    attributes: `map-tiles="${tiles}" map-attribution="© OpenStreetMap-Mitwirkende"`,
  });
  const mapChunk = (url) => /offer-finder-map[^/]*\.js$/.test(url);
  assert.equal(record.requests.filter(mapChunk).length, 0, 'the map chunk is not loaded up front');
  assert.equal(record.requests.filter((url) => url.startsWith('https://tiles.example.org/')).length, 0);

  await tab.getByRole('button', { name: 'In meiner Nähe' }).click();
  await tab.getByRole('button', { name: 'Meinen Standort verwenden' }).click();
  await tab
    .locator('offer-search .near-me-status', { hasText: 'Nach Entfernung sortiert, ab Ihrem Standort' })
    .waitFor();
  const show = tab.getByRole('button', { name: 'Karte zeigen' });
  await show.click();
  const markers = tab.locator('offer-search .of-map-marker:not(:has(.of-map-origin))');
  await markers.first().waitFor({ timeout: 10_000 });
  assert.equal(await markers.count(), 20, 'one marker per offer on show');
  assert.equal(await tab.locator('offer-search .of-map-origin').count(), 1, 'and the place measured from');
  await tab.waitForFunction(() =>
    performance.getEntriesByType('resource').some((e) => e.name.includes('tiles.example.org')),
  );
  assert.ok(record.requests.some(mapChunk));
  const foreign = record.requests.filter(
    (url) => !url.startsWith(harness.origin) && !url.startsWith('https://tiles.example.org/'),
  );
  assert.deepEqual(foreign, []);
  assert.ok(await tab.getByText('© OpenStreetMap-Mitwirkende').isVisible());

  // Our own zoom buttons: a zoom level further in is requested.
  const zoomOf = () =>
    Math.max(
      ...record.requests.filter((u) => u.startsWith('https://tiles.example.org/')).map((u) => Number(u.split('/')[3])),
    );
  const before = zoomOf();
  await tab.getByRole('button', { name: 'Karte vergrößern' }).click();
  await new Promise((resolve) => setTimeout(resolve, 800));
  assert.equal(zoomOf(), before + 1);

  // A marker opens its offer in the list, details open and focused.
  const title = await markers.first().getAttribute('title');
  await markers.first().focus();
  await tab.keyboard.press('Enter');
  const opened = tab.locator('offer-search [part="card"]', { has: tab.locator(`h3:text-is("${title}")`) }).first();
  await tab.waitForFunction(
    (name) =>
      [...document.querySelector('offer-search').shadowRoot.querySelectorAll('article')].some(
        (card) => card.querySelector('h3')?.textContent === name && card.querySelector('details').open,
      ),
    title,
  );
  assert.ok(await opened.isVisible());

  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.getByRole('button', { name: 'Karte ausblenden' }).click();
  assert.equal(await tab.locator('offer-search .leaflet-container').count(), 0);
  await tab.close();
});

test('the panel does not arrive (the connection dropped): a message, and the next tap loads it', async () => {
  const { tab, context, record } = await nearMePage();
  await context.route('**/offer-finder-near-me-panel.js', (route) => route.abort('internetdisconnected'));
  const toggle = tab.getByRole('button', { name: 'In meiner Nähe' });
  await toggle.click();
  await tab.locator('offer-search .near-me-message', { hasText: 'Das kann gerade nicht geladen werden.' }).waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.deepEqual(await harness.axe(tab), []);
  await context.unroute('**/offer-finder-near-me-panel.js');
  await toggle.click();
  await tab.locator('offer-search #near-me-panel').waitFor();
  assert.equal(await tab.locator('offer-search .near-me-message').count(), 0);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('with the keyboard alone: Enter opens the choice, Tab reaches the location and the places, an arrow key sorts', async () => {
  const { tab } = await nearMePage();
  const toggle = tab.getByRole('button', { name: 'In meiner Nähe' });
  await toggle.focus();
  await tab.keyboard.press('Enter');
  await tab.locator('offer-search #near-me-panel').waitFor();
  const active = () =>
    tab.evaluate(() => {
      const element = document.querySelector('offer-search').shadowRoot.activeElement;
      return element && (element.id || element.textContent.trim());
    });
  await tab.keyboard.press('Tab');
  assert.equal(await active(), 'Meinen Standort verwenden');
  await tab.keyboard.press('Tab');
  assert.equal(await active(), 'near-me-place');
  await tab.keyboard.press('ArrowDown');
  await tab.locator('offer-search .near-me-status').waitFor();
  const km = await cardDistances(tab);
  assert.deepEqual(
    km,
    [...km].sort((a, b) => a - b),
  );
  assert.equal(await geolocationCalls(tab), 0);
  // Space closes the choice again; what it sorted by stays.
  await toggle.focus();
  await tab.keyboard.press(' ');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await tab.locator('offer-search .near-me-status').isVisible());
  await tab.close();
});

test('Trusted Types without a default policy: the map cannot load, says so, and the rest works', async () => {
  const { tab, record } = await nearMePage({
    attributes: `map-tiles="${tiles}"`,
    headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types lit-html" },
  });
  await tab.getByRole('button', { name: 'In meiner Nähe' }).click();
  await tab.getByLabel('Oder einen Ort wählen').selectOption({ label: 'Methler' });
  await tab.locator('offer-search .near-me-status', { hasText: 'Nach Entfernung sortiert, ab Methler' }).waitFor();
  await tab.getByRole('button', { name: 'Karte zeigen' }).click();
  await tab.locator('offer-search #map', { hasText: 'Das kann gerade nicht geladen werden' }).waitFor();
  assert.ok(record.violations.some((violation) => violation.startsWith('require-trusted-types-for')));
  assert.equal(record.requests.filter((url) => url.startsWith('https://tiles.example.org/')).length, 0);
  const km = await cardDistances(tab);
  assert.deepEqual(
    km,
    [...km].sort((a, b) => a - b),
  );
  // (axe cannot be added to a page that enforces Trusted Types; the map's other states are checked with it above.)
  await tab.close();
});
