// Privacy, against the built CDN bundle: during load and use, requests go
// only to the page's origin and the configured endpoint; cookies and web
// storage stay as they were; no globals besides the custom elements.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

test('load and use make requests only to the page and the endpoint, and change no cookie or storage', async () => {
  const path = harness.page({
    body: `<offer-finder src="${harness.catalogUrl('ok')}"></offer-finder>`,
    // What the page itself keeps; the widget must leave it exactly so.
    beforeScript: `<script>
      document.cookie = 'page=1; path=/';
      localStorage.setItem('page', '1');
      sessionStorage.setItem('page', '1');
      window.__globalsBefore = Object.keys(window);
    </script>`,
  });
  const { tab, record, context } = await harness.open(path);
  const snapshot = () =>
    tab.evaluate(() => ({
      cookie: document.cookie,
      local: JSON.stringify(Object.entries(localStorage)),
      session: JSON.stringify(Object.entries(sessionStorage)),
    }));
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  const before = await snapshot();

  // Use everything a family would: search, filters, details, the Merkliste, the timeline and its "where are we now?", a contact's vCard.
  await tab.locator('offer-finder input[type="search"]').first().fill('Kita');
  await tab.locator('offer-finder [part="facet"] input[type="checkbox"]').first().check();
  await tab.locator('offer-finder [part="card"] summary').first().click();
  await tab.locator('offer-finder [part="save"]').first().click();
  await tab.locator('offer-finder #saved-toggle').click();
  await tab.locator('offer-finder [part="saved"]').waitFor();
  await tab.locator('offer-finder #saved-toggle').click();
  await tab.locator('offer-finder details.timeline > summary').click(); // the timeline, behind its button
  await tab.locator('offer-finder milestone-timeline [part~="milestone"]').nth(1).click();
  const date = new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await tab.locator('offer-finder milestone-timeline input[type="date"]').fill(date);
  await tab.locator('offer-finder milestone-timeline [part="now-form"] button[type="submit"]').first().click();
  const download = tab.waitForEvent('download');
  await tab.locator('offer-finder contact-card [part="save"]').first().click();
  await download;
  await tab.waitForTimeout(300);

  assert.deepEqual(await snapshot(), before, 'cookies and storage unchanged');
  assert.equal((await context.cookies()).filter((c) => c.name !== 'page').length, 0, 'no cookie set by the widget');
  const endpoint = new URL(harness.catalogUrl('ok')).origin;
  for (const url of record.requests) {
    const { protocol, origin } = new URL(url);
    if (protocol === 'blob:') continue; // the vCard, made in the page
    assert.ok(origin === harness.origin || origin === endpoint, `request to another origin: ${url}`);
  }
  // None of ours. Lit keeps its version markers and decorator metadata on the global object, and zod its
  // configuration; both are how those libraries behave with several copies on one page, not our data.
  const libraries = [
    'litPropertyMetadata',
    'reactiveElementVersions',
    'litHtmlVersions',
    'litElementVersions',
    '__zod_globalConfig',
  ];
  const added = await tab.evaluate(
    (allowed) =>
      Object.keys(window).filter(
        (key) => !window.__globalsBefore.includes(key) && !['__globalsBefore', '__violation', ...allowed].includes(key),
      ),
    libraries,
  );
  assert.deepEqual(added, [], 'no globals');
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('with persist, the saved offers are stored: only their ids, under the catalog URL, and nothing when the list is empty', async () => {
  const src = harness.catalogUrl('ok');
  const path = harness.page({ body: `<offer-finder persist src="${src}"></offer-finder>` });
  const { tab, record } = await harness.open(path);
  const firstCard = tab.locator('offer-finder [part="card"]').first();
  await firstCard.waitFor({ timeout: 10_000 });
  const id = (await firstCard.locator('h3').getAttribute('id')).replace(/^offer-/, '');
  await firstCard.locator('[part="save"]').click();
  const storage = () =>
    tab.evaluate(() => ({
      local: Object.entries(localStorage),
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
  assert.deepEqual(await storage(), {
    local: [[`offer-finder:saved:${src}`, JSON.stringify([id])]],
    session: 0,
    cookie: '',
  });

  // The next visit finds the offer saved.
  await tab.reload();
  await firstCard.waitFor({ timeout: 10_000 });
  assert.equal(await firstCard.locator('[part="save"]').getAttribute('aria-pressed'), 'true');

  await tab.locator('offer-finder #saved-toggle').click();
  await tab.locator('offer-finder [part="saved"] button', { hasText: 'Liste leeren' }).click();
  assert.deepEqual(await storage(), { local: [], session: 0, cookie: '' });
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('a catalog on another origin: the request goes there and nowhere else, without cookies', async () => {
  // The harness server is one origin; "localhost" reaches it as a second one.
  const src = harness.catalogUrl('ok').replace('127.0.0.1', 'localhost');
  const path = harness.page({ body: `<offer-search src="${src}"></offer-search>` });
  const { tab, record } = await harness.open(path);
  // No CORS header on purpose: the request is made (that is all this test looks at), and the browser keeps the
  // answer from the page (told apart from a network failure by a second request to the same endpoint).
  await tab.locator('offer-search [role="alert"]').waitFor({ timeout: 15_000 });
  const origins = new Set(record.requests.map((url) => new URL(url).origin));
  assert.deepEqual([...origins].sort(), [harness.origin, new URL(src).origin].sort());
  await tab.close();
});
