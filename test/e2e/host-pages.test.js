// Hostile host pages, against the built CDN bundle: a strict CSP with
// Trusted Types, aggressive global CSS, the script twice, another library's
// element under one of our names, WCAG 1.4.12 text spacing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.js';

let harness;
before(async () => {
  harness = await startHarness();
});
after(() => harness?.close());

const finder = (src) => `<offer-finder src="${src}"></offer-finder>`;

async function usable(tab, scope = 'offer-finder') {
  await tab.locator(`${scope} [part="card"]`).first().waitFor({ timeout: 10_000 });
  const input = tab.locator(`${scope} input[type="search"]`).first();
  await input.fill('Hebamme');
  await tab
    .locator(`${scope} [part="card"]`, { hasText: /hebamme/i })
    .first()
    .waitFor({ timeout: 5_000 });
}

test("strict CSP (script-src 'self'; style-src 'self'; require-trusted-types-for 'script'): zero violations while used", async () => {
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
  const path = harness.page({ body: finder(harness.catalogUrl('ok')), headers: { 'Content-Security-Policy': csp } });
  const { tab, record } = await harness.open(path);
  await usable(tab);
  await tab.locator('offer-finder [part="card"] summary').first().click();
  await tab.locator('offer-finder details.timeline > summary').click(); // the timeline, behind its button
  await tab.locator('offer-finder milestone-timeline [part~="milestone"]').nth(2).click();
  await tab.locator('offer-finder contact-card').first().waitFor();
  await tab.waitForTimeout(300);
  assert.deepEqual(record.violations, []);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('aggressive global CSS (resets, all: unset, 62.5 % root, line-height 3, a transformed overflow: hidden ancestor): rendered and usable', async () => {
  const css = `<style>
    *, *::before, *::after { all: unset; }
    html, body, div, main { display: block; }
    html { font-size: 62.5%; }
    body { line-height: 3; letter-spacing: 0.3em; text-transform: uppercase; text-align: center; }
    .frame { transform: translateX(0) rotate(0.0001deg); overflow: hidden; width: 900px; }
  </style>`;
  const path = harness.page({ head: css, body: `<main class="frame">${finder(harness.catalogUrl('ok'))}</main>` });
  const { tab, record } = await harness.open(path);
  await usable(tab);
  const measured = await tab
    .locator('offer-finder input[type="search"]')
    .first()
    .evaluate((input) => {
      const box = input.getBoundingClientRect();
      const card = input.getRootNode().host.shadowRoot.querySelector('[part="card"]');
      return {
        height: box.height,
        inputFont: parseFloat(getComputedStyle(input).fontSize),
        cardFont: parseFloat(getComputedStyle(card).fontSize),
        transform: getComputedStyle(card).textTransform,
        align: getComputedStyle(card).textAlign,
        cardWidth: card.getBoundingClientRect().width,
      };
    });
  assert.ok(measured.height >= 32, `search field ${measured.height} px tall`);
  assert.ok(measured.inputFont >= 16 && measured.cardFont >= 16, `text ${measured.inputFont}/${measured.cardFont} px`);
  assert.equal(measured.transform, 'none');
  assert.match(measured.align, /start|left/);
  assert.ok(measured.cardWidth > 300, `cards ${measured.cardWidth} px wide`);
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('the script included twice: one working finder, no error', async () => {
  const path = harness.page({ body: finder(harness.catalogUrl('ok')), scriptTwice: true });
  const { tab, record } = await harness.open(path);
  await usable(tab);
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.consoleErrors, []);
  await tab.close();
});

test("another library's element under one of our names: a clear console message, the rest still works", async () => {
  const foreign =
    '<script>customElements.define("contact-card", class extends HTMLElement { connectedCallback() { this.textContent = "fremd"; } });</script>';
  const path = harness.page({
    beforeScript: foreign,
    body: `<offer-search src="${harness.catalogUrl('ok')}"></offer-search><contact-card></contact-card>`,
  });
  const { tab, record } = await harness.open(path);
  await usable(tab, 'offer-search');
  assert.ok(
    record.consoleErrors.some((text) => /<contact-card> is already registered by other code/.test(text)),
    record.consoleErrors.join('\n'),
  );
  assert.equal(await tab.locator('body > contact-card').textContent(), 'fremd');
  assert.deepEqual(record.errors, []);
  await tab.close();
});

test('WCAG 1.4.12 text spacing overrides: nothing clipped, nothing overlapping, no horizontal scrolling at 320 px', async () => {
  // The usual text-spacing bookmarklet, as a user stylesheet would apply it.
  const spacing = `<style>
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  </style>`;
  const path = harness.page({ head: spacing, body: finder(harness.catalogUrl('ok')) });
  const { tab } = await harness.open(path, { viewport: { width: 320, height: 800 } });
  await tab.locator('offer-finder [part="card"]').first().waitFor({ timeout: 10_000 });
  const problems = await tab.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        const clips =
          /hidden|clip/.test(style.overflowX + style.overflowY) && !el.classList.contains('visually-hidden');
        if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
          found.push(`${el.tagName}.${el.className}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document.body);
    return { clipped: found, scrollWidth: document.documentElement.scrollWidth };
  });
  assert.deepEqual(problems.clipped, []);
  assert.ok(problems.scrollWidth <= 320, `scrollWidth ${problems.scrollWidth}`);
  await tab.close();
});
