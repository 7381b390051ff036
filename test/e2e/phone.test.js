// A parent on a phone (375 × 812), on the built bundle: the search first with
// the milestones as chips under it, a chip or "where are we now?" brings the
// results into view and into the address, the skip link with the keyboard,
// the page's fallback content, and axe in each of these states.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const phone = { width: 375, height: 812 };
/** Thursday, 26 November 2026 in Kamen: a child born on 2 September 2024 is 2. */
const now = new Date('2026-11-26T09:00:00Z');

/** A city's page as families reach it: a heading and a link for the planners above the finder. */
function cityPage(scenario = 'ok', children = '') {
  return harness.page({
    body: `<header><h1>Angebote für Familien in Kamen</h1><p><a href="/planung.html">Für die Planung im Jugendamt: wo fehlen Angebote?</a></p></header>
      <main><offer-finder src="${harness.catalogUrl(scenario)}" url-state>${children}</offer-finder></main>`,
  });
}

async function onPhone(viewport = phone) {
  const opened = await harness.open(cityPage(), { viewport, now });
  await opened.tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  return opened;
}

const chip = (tab, title) => tab.locator('offer-finder [part="milestone-chips"] button', { hasText: title });
const resultsHeading = (tab) => tab.locator('offer-finder offer-search #results-heading');
const searchStatus = (tab) => statusText(tab, 'offer-finder offer-search');
const countOf = async (tab) => Number(/^(\d+) Angebote?$/.exec(await searchStatus(tab))?.[1]);
const params = (tab) => new URL(tab.url()).searchParams;

/** What has the focus, through the shadow roots. */
const focused = (tab) =>
  tab.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    const box = element.getBoundingClientRect();
    return { id: element.id, tag: element.localName, text: element.textContent.trim(), width: box.width };
  });

/** Whether an element lies within the phone's screen as it is scrolled now. */
async function onScreen(locator) {
  const box = await locator.boundingBox();
  return !!box && box.y >= 0 && box.y + Math.max(box.height, 1) <= phone.height;
}

test('the search box comes first, on the first screen, with the milestones as one row of chips under it', async () => {
  const { tab, record } = await onPhone();
  const input = await tab.locator('offer-finder input[type="search"]').boundingBox();
  assert.ok(input.y + input.height <= phone.height, `the search box ends at ${input.y + input.height}`);
  const chips = tab.locator('offer-finder [part="milestone-chips"] button');
  assert.equal(await chips.count(), 6);
  for (const box of await chips.evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON()))) {
    assert.ok(box.bottom <= phone.height, 'every chip on the first screen');
    assert.ok(box.height >= 44 && box.width >= 44, `a 44 px target, not ${box.width} × ${box.height}`);
    assert.ok(box.top >= input.y + input.height, 'under the search box');
  }
  assert.deepEqual(
    await chips.evaluateAll((all) => all.map((b) => b.getAttribute('aria-pressed'))),
    Array(6).fill('false'),
  );
  // The timeline is one tap away, closed.
  const more = tab.locator('offer-finder details.timeline > summary');
  assert.equal(await more.textContent(), 'Alter angeben, alle Lebensphasen');
  assert.ok(await onScreen(more), 'its button on the first screen too');
  assert.equal(await tab.locator('offer-finder details.timeline').evaluate((d) => d.open), false);
  assert.ok(
    await tab.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
    'nothing wider than the phone',
  );
  assert.deepEqual(await harness.axe(tab), []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('at 320 px the chips wrap: nothing scrolls sideways', async () => {
  const { tab } = await onPhone({ width: 320, height: 640 });
  assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= 320));
  const right = await tab
    .locator('offer-finder [part="milestone-chips"] button')
    .evaluateAll((all) => Math.max(...all.map((b) => b.getBoundingClientRect().right)));
  assert.ok(right <= 320, `the chips end at ${right}`);
  await tab.close();
});

test('a tap on a milestone chip scrolls to the results, speaks their count and writes of-milestone', async () => {
  const { tab } = await onPhone();
  await chip(tab, 'Kita-Zeit').click();
  await tab.waitForFunction(() => new URL(location.href).searchParams.get('of-milestone') === 'kita');
  assert.equal(await chip(tab, 'Kita-Zeit').getAttribute('aria-pressed'), 'true');
  await tab.waitForTimeout(300);
  const count = await countOf(tab);
  assert.ok(count > 0 && count < 100, `the status says ${await searchStatus(tab)}`);
  assert.equal(await tab.locator('offer-finder offer-search [role="status"]').first().getAttribute('role'), 'status');
  assert.ok(await onScreen(resultsHeading(tab)), 'the results in view');
  assert.ok(await onScreen(tab.locator('offer-finder [part="card"]').first()), 'the first result in view');
  assert.equal((await focused(tab)).id, 'results-heading');
  // Another chip, and Back returns to the first.
  await chip(tab, 'Grundschule').click();
  await tab.waitForFunction(() => new URL(location.href).searchParams.get('of-milestone') === 'grundschule');
  assert.equal(await chip(tab, 'Kita-Zeit').getAttribute('aria-pressed'), 'false');
  await tab.goBack();
  await tab.waitForFunction(() => new URL(location.href).searchParams.get('of-milestone') === 'kita');
  await tab
    .locator('offer-finder offer-search [role="status"]')
    .first()
    .filter({ hasText: `${count} Angebote` })
    .waitFor();
  assert.equal(await chip(tab, 'Kita-Zeit').getAttribute('aria-pressed'), 'true');
  await tab.close();
});

test('where are we now: a birth date chooses the milestones for now and next and the age, and the results follow', async () => {
  const { tab } = await onPhone();
  await tab.locator('offer-finder details.timeline > summary').click();
  assert.equal(await tab.locator('offer-finder details.timeline').evaluate((d) => d.open), true);
  assert.deepEqual(await harness.axe(tab), [], 'axe with the timeline open');
  await tab.locator('offer-finder milestone-timeline input[type="date"]').fill('2024-09-02');
  const submit = tab.locator('offer-finder milestone-timeline [part="now-form"] button[type="submit"]');
  assert.equal(await submit.textContent(), 'Angebote zeigen');
  await submit.click();
  await tab.waitForFunction(() => new URL(location.href).searchParams.get('of-age') === '2');
  assert.equal(params(tab).get('of-milestone'), 'erste-jahre,kita');
  assert.doesNotMatch(decodeURIComponent(tab.url()), /2024/, 'the date stays in the form');
  await tab.waitForTimeout(300);
  const count = await countOf(tab);
  assert.ok(count > 0 && count < 100, `the status says ${await searchStatus(tab)}`);
  const nowNext = tab.locator('offer-finder [part="now-next"]');
  assert.equal(await nowNext.textContent(), 'Ihr Kind ist 2 Jahre alt: Die ersten Jahre. Als Nächstes: Kita-Zeit');
  assert.ok(await onScreen(nowNext), 'the line on now and next in view');
  assert.ok(await onScreen(resultsHeading(tab)), 'and the results under it');
  assert.equal(await tab.locator('offer-finder offer-search select#age').inputValue(), '2');
  for (const title of ['Die ersten Jahre', 'Kita-Zeit'])
    assert.equal(await chip(tab, title).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await harness.axe(tab), [], 'axe with the results for now and next');
  await tab.close();
});

test('the skip link: the first Tab shows it, Enter takes the focus and the view to the results', async () => {
  const { tab } = await onPhone();
  await tab.keyboard.press('Tab'); // the page's link for the planners
  await tab.keyboard.press('Tab');
  const skip = await focused(tab);
  assert.deepEqual([skip.tag, skip.text], ['a', 'Zu den Ergebnissen']);
  assert.ok(skip.width > 44, 'visible while it has the focus');
  assert.deepEqual(await harness.axe(tab), [], 'axe with the skip link shown');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.id === 'results-heading';
  });
  assert.ok(await onScreen(resultsHeading(tab)));
  assert.equal(params(tab).toString(), '', 'the address unchanged');
  // Tab goes on into the first result.
  await tab.keyboard.press('Tab');
  const next = await tab.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return !!element.closest('[part~="card"]');
  });
  assert.equal(next, true);
  await tab.close();
});

test("the page's own content inside <offer-finder> shows until offers do: while loading, and when the catalog fails", async () => {
  const fallback = '<a href="/angebote-liste.html">Alle Angebote als Liste</a>';
  const link = (tab) => tab.getByRole('link', { name: 'Alle Angebote als Liste' });

  const failing = await harness.open(cityPage('404', fallback), { viewport: phone });
  await failing.tab.locator('offer-finder offer-search [role="alert"]').first().waitFor({ timeout: 10_000 });
  assert.equal(await link(failing.tab).isVisible(), true);
  assert.ok(await onScreen(link(failing.tab)));
  assert.deepEqual(await harness.axe(failing.tab), [], 'axe with the fallback shown');
  await failing.tab.close();

  const loading = await harness.open(cityPage('hang', fallback), { viewport: phone });
  await loading.tab.waitForTimeout(500);
  assert.equal(await link(loading.tab).isVisible(), true);
  await loading.tab.close();

  const working = await harness.open(cityPage('ok', fallback), { viewport: phone });
  await working.tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  assert.equal(await link(working.tab).isVisible(), false);
  await working.tab.close();
});
