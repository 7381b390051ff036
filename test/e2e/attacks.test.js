// Attacks in the data, against the built CDN bundle: markup in every text
// field stays text, only http(s)/mailto/tel become links, huge words do not
// break the layout at 320 px, prototype-pollution keys change nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sample, startHarness } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const payloads = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '<svg onload="window.__xss=(window.__xss||0)+1"></svg>',
  '"><iframe src="javascript:window.__xss=1"></iframe>',
  '{{constructor.constructor("window.__xss=1")()}}',
];
const hostile = (field) => `${field} ${payloads.join(' ')}`;

/** The sample with markup in every human-readable field, of every kind of record. */
function markupCatalog() {
  const catalog = structuredClone(sample);
  catalog.title = hostile('Katalog');
  for (const m of catalog.milestones)
    Object.assign(m, { title: hostile('Meilenstein'), description: hostile('Beschreibung') });
  for (const t of catalog.topics) t.title = hostile('Thema');
  for (const d of catalog.districts) d.title = hostile('Stadtteil');
  for (const n of catalog.networks) Object.assign(n, { title: hostile('Netzwerk'), description: hostile('Netz') });
  for (const o of catalog.organizations) o.name = hostile('Träger');
  catalog.maintainer = { email: 'familienfinder@example.org', name: hostile('Redaktion') };
  const openingHours = [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00', note: hostile('Hinweis') },
  ];
  // Half with written hours, half with only the structured ones, whose note is then shown.
  catalog.contacts.forEach((c, i) =>
    Object.assign(c, {
      name: hostile('Person'),
      role: hostile('Rolle'),
      openingHours,
      ...(i % 2 ? { hours: hostile('Zeiten') } : { hours: undefined }),
    }),
  );
  catalog.offers.slice(0, 25).forEach((o, i) => {
    Object.assign(o, {
      title: hostile('Angebot'),
      summary: hostile('Kurz'),
      description: hostile('Lang'),
      schedule: i % 2 ? hostile('Zeitplan') : undefined,
      openingHours,
      costNote: hostile('Kosten'),
      keywords: [hostile('Stichwort')],
      accessibility: { wheelchair: true, note: hostile('Zugang') },
    });
  });
  return catalog;
}

/** Elements inside every shadow root on the page that markup from the data could have made. */
const injected = (tab) =>
  tab.evaluate(() => {
    const found = [];
    // Only inside the elements: the host page's own script tag is not from the data.
    const walk = (root, inside) => {
      for (const el of root.querySelectorAll('*')) {
        if (inside && /^(SCRIPT|IFRAME|IMG|SVG|OBJECT|EMBED)$/i.test(el.tagName)) found.push(el.outerHTML.slice(0, 80));
        if (inside)
          for (const attribute of el.getAttributeNames())
            if (/^on/i.test(attribute)) found.push(`${el.tagName} ${attribute}`);
        if (el.shadowRoot) walk(el.shadowRoot, true);
      }
    };
    walk(document.body, false);
    return found;
  });

test('script and event-handler markup in every text field renders as text', async () => {
  harness.serveCatalog('markup', markupCatalog());
  const path = harness.page({ body: `<offer-finder src="${harness.catalogUrl('markup')}"></offer-finder>` });
  const { tab, record } = await harness.open(path);
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  // Open everything that has more text: details, transitions, the expanded timeline.
  await tab.evaluate(() => {
    const finder = document.querySelector('offer-finder');
    const search = finder.shadowRoot.querySelector('offer-search');
    for (const details of search.shadowRoot.querySelectorAll('details')) details.open = true;
    finder.shadowRoot.querySelector('milestone-timeline').expanded = true;
  });
  await tab.locator('offer-finder details.timeline > summary').click(); // the timeline, behind its button
  await tab.locator('offer-finder milestone-timeline [part~="milestone"]').first().click();
  await tab.waitForTimeout(500);
  assert.deepEqual(await injected(tab), []);
  assert.equal(await tab.evaluate(() => window.__xss), undefined);
  assert.deepEqual(record.dialogs, []);
  assert.deepEqual(record.errors, []);
  // And the markup is there, as text a family can read.
  const title = await tab.locator('offer-finder [part="card"] h3').first().textContent();
  assert.ok(title.includes('<img src=x onerror='), title);
  const details = (await tab.locator('offer-finder [part="card"] details').allInnerTexts()).join('\n');
  assert.match(details, /Hinweis <img src=x onerror=/, 'the note of structured opening hours, as text');
  await tab.close();
});

test('javascript:, JaVaScRiPt:, " javascript:", data: and vbscript: produce no link; https:, mailto: and tel: work', async () => {
  const catalog = structuredClone(sample);
  const bad = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  catalog.offers = catalog.offers.slice(0, 6).map((offer, i) => ({
    ...offer,
    id: `link-${i}`,
    title: `Link ${i}`,
    url: bad[i] ?? 'https://www.example.org/gut',
  }));
  catalog.contacts[0] = {
    ...catalog.contacts[0],
    email: 'javascript:alert(1)',
    phone: 'javascript:alert(1)',
    url: 'data:text/html,x',
  };
  harness.serveCatalog('links', catalog);
  const path = harness.page({
    body: `<offer-search src="${harness.catalogUrl('links')}"></offer-search><contact-card src="${harness.catalogUrl('links')}" contact="${catalog.contacts[1].id}"></contact-card>`,
  });
  const { tab, record } = await harness.open(path);
  await tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 10_000 });
  await tab.evaluate(() => {
    for (const details of document.querySelector('offer-search').shadowRoot.querySelectorAll('details'))
      details.open = true;
  });
  await tab.locator('contact-card a[href^="tel:"]').first().waitFor({ timeout: 10_000 });
  const hrefs = await tab.evaluate(() => {
    const all = [];
    const walk = (root) => {
      for (const a of root.querySelectorAll('a[href]')) all.push(a.getAttribute('href'));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return all;
  });
  for (const href of hrefs) assert.match(href, /^(https?:|mailto:|tel:)/i, `unsafe link: ${href}`);
  assert.ok(hrefs.includes('https://www.example.org/gut'), 'the https link is there');
  assert.ok(
    hrefs.some((href) => href.startsWith('mailto:')),
    'a mailto link is there',
  );
  assert.ok(
    hrefs.some((href) => /^tel:\+49\d+$/.test(href)),
    'a tel link in E.164 is there',
  );
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('10,000-character words and URLs do not break the layout at 320 px', async () => {
  const catalog = structuredClone(sample);
  const word = 'Familienunterstützungsangebot'.repeat(345).slice(0, 10_000);
  const url = `https://www.example.org/${'a'.repeat(10_000)}`;
  Object.assign(catalog.offers[0], {
    title: word,
    summary: word,
    description: `${word} ${url}`,
    url,
    keywords: [word],
  });
  Object.assign(catalog.contacts[0], { name: word, email: `${'x'.repeat(200)}@example.org`, url });
  catalog.milestones[0].title = word;
  harness.serveCatalog('long', catalog);
  const path = harness.page({ body: `<offer-finder src="${harness.catalogUrl('long')}"></offer-finder>` });
  const { tab } = await harness.open(path, { viewport: { width: 320, height: 640 } });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  await tab.evaluate(() => {
    const search = document.querySelector('offer-finder').shadowRoot.querySelector('offer-search');
    for (const details of search.shadowRoot.querySelectorAll('details')) details.open = true;
  });
  await tab.waitForTimeout(300);
  assert.ok((await tab.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no horizontal scrolling');
  await tab.close();
});

test('__proto__ and constructor keys in the JSON change nothing', async () => {
  const offers = JSON.stringify(sample.offers.slice(0, 5)).replace(
    '{"id"',
    '{"__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}},"id"',
  );
  const text = JSON.stringify({ ...sample, offers: '__OFFERS__' })
    .replace('"__OFFERS__"', offers)
    .replace('{"version"', '{"__proto__":{"polluted":"yes"},"version"');
  harness.serveCatalog('pollution', JSON.parse(text));
  // serveCatalog stringifies again; JSON.parse made "__proto__" an own key, which JSON.stringify writes back out.
  const path = harness.page({ body: `<offer-search src="${harness.catalogUrl('pollution')}"></offer-search>` });
  const { tab, record } = await harness.open(path);
  await tab.locator('offer-search [part="card"]').first().waitFor({ timeout: 10_000 });
  assert.equal(await tab.evaluate(() => ({}).polluted ?? Object.prototype.isAdmin ?? null), null);
  assert.equal(await tab.locator('offer-search [part="card"]').count(), 5);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
