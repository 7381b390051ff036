// What families ask of a directory, as a parent does it on the demo's
// `<offer-finder src url-state>` with the sample catalog, against the built
// CDN bundle, with the keyboard only: save three offers, print them as one
// page, send them by e-mail, share a filtered search as a link that reopens
// the same view, see what is open now, report an outdated entry. Axe-clean
// along the way, in German and English. The page's clock is fixed to
// Thursday, 26 November 2026, 10:00 in Kamen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, statusText } from './harness.js';

const thursdayMorning = new Date('2026-11-26T09:00:00Z');
let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

/**
 * Replaces `print()` of the print frame (print.ts) with one that keeps the
 * printed text in `window.__printed`: headless Chromium has no print dialog
 * to look at. The frame is appended to the search's shadow root.
 */
const capturePrint = `<script>
  window.__printed = [];
  const append = DocumentFragment.prototype.append;
  DocumentFragment.prototype.append = function (...nodes) {
    append.apply(this, nodes);
    for (const node of nodes) {
      if (node instanceof HTMLIFrameElement && node.classList.contains('print-frame')) {
        node.contentWindow.print = () => window.__printed.push(node.contentDocument.body.innerText);
      }
    }
  };
</script>`;

/** Focuses a control and presses a key on it: what a keyboard user does after tabbing there. */
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.press(key);
}

const finderPage = (lang = 'de') =>
  harness.page({
    lang,
    body: `<offer-finder src="${harness.catalogUrl('ok')}" url-state></offer-finder>`,
    beforeScript: capturePrint,
  });

async function search(tab, query) {
  const input = tab.locator('offer-finder input[type="search"]');
  await input.focus();
  await input.fill(query);
  await tab.waitForTimeout(400);
}

const card = (tab, title) =>
  tab.locator('offer-finder [part="card"]', { has: tab.locator('h3', { hasText: title }) }).first();

test('a parent saves three offers, prints them as one page, sends them by e-mail, and it is all keyboard-operable and axe-clean', async () => {
  const { tab, record } = await harness.open(finderPage(), { now: thursdayMorning });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  const titles = ['Hebammensprechstunde', 'Babykorb', '33-Cent-Projekt'];
  for (const title of titles) {
    await search(tab, title);
    await press(card(tab, title).locator('[part="save"]'), 'Space');
    assert.equal(await card(tab, title).locator('[part="save"]').getAttribute('aria-pressed'), 'true', title);
  }
  await press(tab.locator('offer-finder #saved-toggle'));
  await tab.locator('offer-finder [part="saved"]').waitFor();
  assert.equal(await statusText(tab), 'Merkliste: 3 Angebote');
  assert.deepEqual(await harness.axe(tab), []);

  // Drucken: one clean page with the three offers, their times, the catalog's date and the link to the list.
  await press(tab.locator('offer-finder .list-actions button', { hasText: 'Drucken' }));
  // print.ts is loaded on the first click.
  await tab.waitForFunction(() => window.__printed.length > 0);
  const printed = await tab.evaluate(() => window.__printed);
  assert.equal(printed.length, 1);
  for (const title of titles) assert.match(printed[0], new RegExp(title));
  assert.match(printed[0], /Stand der Daten: 1\. November 2026/);
  assert.match(printed[0], /Öffnungszeiten\s+Di, Do 10:00–13:00/);
  assert.match(printed[0], /Link zu dieser Ansicht: http:\/\/127\.0\.0\.1:\d+\/page-\d+\.html\?of-list=/);
  assert.doesNotMatch(printed[0], /Merken|Link teilen|Liste leeren/);

  // Per E-Mail senden: a mailto: with the three offers as plain text.
  const mail = new URL(
    await tab.locator('offer-finder .list-actions a', { hasText: 'Per E-Mail senden' }).getAttribute('href'),
  );
  assert.equal(mail.protocol, 'mailto:');
  const body = mail.searchParams.get('body');
  for (const title of titles) assert.match(body, new RegExp(title));
  assert.match(body, /Die ganze Liste: http/);
  assert.ok(mail.href.length <= 1800, `${mail.href.length} characters`);

  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.consoleErrors, []);
  await tab.close();
});

test('"open now" on the cards, "Heute geöffnet" as a filter, shared as a link that reopens the same view', async () => {
  const { tab, record } = await harness.open(finderPage(), {
    now: thursdayMorning,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  await search(tab, 'Hebammensprechstunde');
  assert.match(await card(tab, 'Hebammensprechstunde').innerText(), /Öffnungszeiten\s+Jetzt geöffnet, bis 11:30/);
  await search(tab, '');

  const openToday = tab.locator('offer-finder [part="facet"]', { hasText: 'Öffnungszeiten' }).locator('input');
  await press(openToday, 'Space');
  await press(tab.locator('offer-finder [part="facet"]', { hasText: 'Lebensphase' }).locator('input').first(), 'Space');
  await tab.waitForTimeout(300);
  const filtered = await statusText(tab);
  assert.match(filtered, /^\d+ Angebote?$/);
  assert.match(tab.url(), /of-open-today=1/);

  // "Teilen" on the button, its whole name for screen readers.
  await press(
    tab.locator('offer-finder [part="toolbar"]').getByRole('button', { name: 'Link zu dieser Suche teilen' }),
  );
  await tab.locator('offer-finder [part="toolbar"] .confirmation', { hasText: 'Link kopiert' }).waitFor();
  const link = await tab.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /of-open-today=1/);
  assert.match(link, /of-milestone=schwangerschaft/);

  const reopened = await (await tab.context()).newPage();
  await reopened.goto(link);
  await reopened.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  await reopened.waitForTimeout(300);
  assert.equal(await statusText(reopened), filtered);
  assert.equal(
    await reopened.locator('offer-finder [part="facet"]', { hasText: 'Öffnungszeiten' }).locator('input').isChecked(),
    true,
  );
  assert.deepEqual(await harness.axe(reopened), []);
  assert.deepEqual(record.errors, []);
  await tab.context().close();
});

test('an outdated entry is dated for families and can be reported by e-mail to the maintainers', async () => {
  const { tab, record } = await harness.open(finderPage(), { now: thursdayMorning });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  await search(tab, 'Babykorb');
  const babykorb = card(tab, 'Babykorb');
  assert.match(
    await babykorb.locator('[part="updated"]').innerText(),
    /Stand: September 2024\. Seit über 12 Monaten nicht geprüft/,
  );
  await press(babykorb.locator('summary'));
  const report = new URL(await babykorb.locator('a', { hasText: 'Fehler melden' }).getAttribute('href'));
  assert.equal(report.pathname, 'familienfinder@example.org');
  assert.match(report.searchParams.get('subject'), /Babykorb.*\(babykorb\)/);
  assert.match(report.searchParams.get('body'), /of-offer=babykorb/);
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('in English: saved list, opening hours and the date, axe-clean', async () => {
  const { tab, record } = await harness.open(finderPage('en'), { now: thursdayMorning });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  await search(tab, 'Babykorb');
  const babykorb = card(tab, 'Babykorb');
  await babykorb.locator('[part="updated"]', { hasText: 'Last checked' }).waitFor();
  assert.match(await babykorb.innerText(), /Opening hours\s+Open now, until 1:00 PM/);
  await press(babykorb.locator('[part="save"]'), 'Space');
  await press(tab.locator('offer-finder #saved-toggle'));
  await tab.locator('offer-finder [part="saved"]').waitFor();
  await press(tab.locator('offer-finder [part="saved"] summary').first());
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});
