// Accessibility in every state, against the built CDN bundle: axe-core in
// the page (across the shadow roots), a keyboard-only walk, and the result
// count announced through the status region.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, statusText } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const widths = [320, 1280];

async function finderIn(scenario, { lang = 'de', width = 1280 } = {}) {
  const path = harness.page({
    lang,
    body: `<main><h1>Angebote</h1><offer-finder src="${harness.catalogUrl(scenario)}"></offer-finder></main>`,
  });
  return harness.open(path, { viewport: { width, height: 900 } });
}

const states = {
  loading: async (width) => {
    const opened = await finderIn('hang', { width });
    await opened.tab.waitForTimeout(500);
    return opened;
  },
  results: async (width) => {
    const opened = await finderIn('ok', { width });
    await opened.tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
    return opened;
  },
  empty: async (width) => {
    const opened = await states.results(width);
    await opened.tab.locator('offer-finder input[type="search"]').first().fill('Raumfahrt');
    await opened.tab
      .locator('offer-finder offer-search [role="status"]', { hasText: 'Keine' })
      .waitFor({ timeout: 5_000 });
    return opened;
  },
  error: async (width) => {
    const opened = await finderIn('404', { width });
    await opened.tab.locator('offer-finder offer-search [role="alert"]').first().waitFor({ timeout: 10_000 });
    return opened;
  },
  'timeline open': async (width) => {
    const opened = await states.results(width);
    await opened.tab.locator('offer-finder details.timeline > summary').click();
    await opened.tab.locator('offer-finder milestone-timeline [part="list"]').waitFor();
    return opened;
  },
  'details open': async (width) => {
    const opened = await states.results(width);
    await opened.tab.locator('offer-finder [part="card"] summary').first().click();
    await opened.tab.locator('offer-finder contact-card').first().waitFor();
    return opened;
  },
};

for (const width of widths) {
  for (const [state, open] of Object.entries(states)) {
    test(`axe: ${state} at ${width} px`, async () => {
      const { tab } = await open(width);
      assert.deepEqual(await harness.axe(tab), []);
      await tab.close();
    });
  }
}

for (const lang of ['de', 'en', 'tr', 'ar', 'uk', 'de-x-ls']) {
  test(`axe: results in ${lang}`, async () => {
    const { tab } = await finderIn('ok', { lang });
    await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
    await tab.waitForTimeout(500); // the language file
    if (lang === 'ar')
      assert.equal(
        await tab
          .locator('offer-finder')
          .evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.root')).direction),
        'rtl',
      );
    assert.deepEqual(await harness.axe(tab), []);
    await tab.close();
  });
}

/** What has focus, through the shadow roots, with whether a focus indicator shows. */
const focused = (tab) =>
  tab.evaluate(() => {
    let element = document.activeElement;
    const path = [];
    while (element?.shadowRoot?.activeElement) {
      path.push(element.localName);
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return null;
    // The ring may sit on the control or on the card around it (a milestone's whole card is its target).
    const ring = (el) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    };
    let indicator = false;
    for (let el = element, level = 0; el && el.nodeType === 1 && level < 3; el = el.parentElement, level++)
      indicator ||= ring(el);
    const box = element.getBoundingClientRect();
    return {
      where: [...path, element.localName].join(' > '),
      label: (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
      indicator,
      top: Math.round(box.top + window.scrollY),
      visible: box.width > 0 && box.height > 0,
    };
  });

test('keyboard only: Tab reaches every control in order with a visible focus, and Enter, Space, arrows and Shift+Tab work', async () => {
  const { tab } = await finderIn('ok');
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  const walk = [];
  for (let i = 0; i < 60; i++) {
    await tab.keyboard.press('Tab');
    const now = await focused(tab);
    if (!now) break;
    walk.push(now);
  }
  const missing = walk.filter((step) => !step.indicator || !step.visible);
  assert.deepEqual(missing, [], 'every focus shows');
  // Search first: the skip link, the search field, the milestone chips under it and the timeline's button, then the search's own controls.
  assert.deepEqual(
    walk.slice(0, 9).map((step) => [step.where, step.label]),
    [
      ['offer-finder > a', 'Zu den Ergebnissen'],
      ['offer-finder > offer-search > input', ''],
      ...[
        'Schwangerschaft & Geburt',
        'Die ersten Jahre',
        'Kita-Zeit',
        'Grundschule',
        'Weiterführende Schule',
        'Übergang Schule–Beruf',
      ].map((title) => ['offer-finder > button', title]),
      ['offer-finder > summary', 'Alter angeben, alle Lebensphasen'],
    ],
  );
  assert.ok(
    walk.slice(9).every((step) => step.where.startsWith('offer-finder > offer-search >')),
    'then the search, the timeline closed',
  );
  // "In meiner Nähe" above the results: after the toolbar, before the first card.
  const nearMe = walk.findIndex((step) => step.label.endsWith('In meiner Nähe'));
  const firstCard = walk.findIndex((step) => step.where === 'offer-finder > offer-search > summary');
  assert.ok(nearMe > 9 && nearMe < firstCard, `In meiner Nähe at ${nearMe}, first card at ${firstCard}`);
  // Enter opens the timeline, where Tab goes next: "where are we now?", then the milestones.
  await tab.locator('offer-finder details.timeline > summary').focus();
  await tab.keyboard.press('Enter');
  const timeline = [];
  for (let i = 0; i < 8; i++) {
    await tab.keyboard.press('Tab');
    timeline.push(await focused(tab));
  }
  assert.deepEqual(
    timeline.filter((step) => !step.indicator || !step.visible),
    [],
    'every focus shows in the timeline',
  );
  assert.ok(timeline.every((step) => step.where.startsWith('offer-finder > milestone-timeline >')));
  assert.ok(timeline.some((step) => step.label === 'Schwangerschaft & Geburt'));

  // Details open with Enter on their summary; Escape in the search field clears it.
  const summary = tab.locator('offer-finder [part="card"] summary').first();
  await summary.focus();
  await tab.keyboard.press('Enter');
  assert.equal(
    await tab
      .locator('offer-finder [part="card"] details')
      .first()
      .evaluate((d) => d.open),
    true,
  );
  const input = tab.locator('offer-finder input[type="search"]').first();
  await input.focus();
  await tab.keyboard.type('Kita');
  await tab.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');
  // Operate: a milestone chip and one in the timeline with Enter, a checkbox with Space, the age choice with the arrows.
  const chip = tab.locator('offer-finder [part="milestone-chips"] button').nth(2);
  await chip.focus();
  await tab.keyboard.press('Enter');
  await tab.locator('offer-finder offer-search [part="chip"]').first().waitFor({ timeout: 5_000 });
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.equal((await focused(tab)).where, 'offer-finder > offer-search > h2', 'the focus on the results');
  const milestone = tab.locator('offer-finder milestone-timeline [part~="milestone"] button[aria-pressed]').nth(3);
  await milestone.focus();
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(
    () => document.querySelector('offer-finder').shadowRoot.querySelector('offer-search').milestone === 'grundschule',
  );
  const checkbox = tab.locator('offer-finder offer-search [part="facet"] input[type="checkbox"]').nth(8);
  await checkbox.focus();
  await tab.keyboard.press('Space');
  assert.equal(await checkbox.isChecked(), true);
  const age = tab.locator('offer-finder offer-search select').first();
  await age.focus();
  await tab.keyboard.press('ArrowDown');
  assert.notEqual(await age.inputValue(), '');
  // Shift+Tab goes back to where Tab came from.
  const before = await focused(tab);
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Shift+Tab');
  assert.equal((await focused(tab)).where, before.where);
  await tab.close();
});

test('the result count is announced through the status region, which exists before it changes', async () => {
  const { tab } = await finderIn('slow');
  const region = tab.locator('offer-finder offer-search [role="status"]').first();
  await region.waitFor({ state: 'attached' });
  assert.equal(await statusText(tab, 'offer-finder offer-search'), 'Angebote werden geladen …');
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  assert.match(await statusText(tab, 'offer-finder offer-search'), /^\d+ Angebote$/);
  await tab.locator('offer-finder input[type="search"]').first().fill('Hebamme');
  await tab.waitForTimeout(800); // the region speaks when typing pauses
  assert.match(await statusText(tab, 'offer-finder offer-search'), /^\d+ Angebote?$/);
  assert.equal(await region.getAttribute('role'), 'status');
  await tab.close();
});
