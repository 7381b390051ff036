// npm run bench (second part): <offer-search> in Debian's Chromium, on the
// production build of the element and synthetic catalogs of 5,000 and 50,000
// offers. Prints what a family would feel: time from the catalog's arrival
// to the first painted results, time from a key to the updated list, and the
// longest main-thread task while typing. Never fails on numbers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../scripts/static-server.js';
import { syntheticCatalog } from './synthetic.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = JSON.parse(readFileSync(join(root, 'demo/public/angebote.json'), 'utf8'));
const sizes = (process.env.BENCH_SIZES ?? '5000,50000').split(',').map(Number);
const runs = 5;
const typed = ['Hebamme', 'Beratung Erziehung', 'Sprachförderung Kita'];
const targets = { firstPaint: 100, keystroke: 50, longTask: 200 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const ms = (value) => `${value.toFixed(1)} ms`;

// The page under test: the production bundle of the elements, as a webmaster would load it.
const outDir = mkdtempSync(join(tmpdir(), 'offer-finder-bench-'));
await build({
  root: join(root, 'bench/browser'),
  logLevel: 'warn',
  configFile: false,
  build: { outDir, emptyOutDir: true, target: 'es2022' },
});

const catalogs = new Map(
  sizes.map((size) => [`/catalog-${size}.json`, JSON.stringify(syntheticCatalog(sample, size))]),
);
// The catalogs from memory, uncompressed as before; the page's files from the build.
const server = await serveStatic({
  root: outDir,
  handle(request, response, next) {
    const catalog = catalogs.get(new URL(request.url, 'http://localhost').pathname);
    if (!catalog) return next();
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(catalog);
  },
});
const { origin } = server;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});

/** Opens the page on a catalog and waits for the first painted card; returns ms from the catalog's last byte. */
async function firstPaint(page, size) {
  // Watch from the first frame: the cards may be painted before `goto` returns.
  await page.addInitScript(() => {
    window.__firstPaint = new Promise((resolve, reject) => {
      const check = () => {
        const root = document.querySelector('offer-search')?.shadowRoot;
        if (root?.querySelector('[part="card"]')) {
          // This frame paints the cards; a task queued now runs right after its rendering work, and before
          // the idle time in which the element builds the search index (the next frame would wait for that).
          setTimeout(() => resolve(performance.now()));
          return;
        }
        const alert = root?.querySelector('[role="alert"]');
        if (alert) reject(new Error(alert.textContent.trim()));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  });
  await page.goto(`${origin}/?src=/catalog-${size}.json`);
  return page.evaluate(async () => {
    const painted = await window.__firstPaint;
    const [resource] = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/catalog-'));
    return painted - resource.responseEnd;
  });
}

/**
 * Right after the first paint, a query: the search index loads and is built
 * after the first offers show, so a family typing at once waits for it.
 * Returns ms from the catalog's last byte to that query's painted results.
 */
async function firstQuery(page) {
  return page.evaluate(async () => {
    const search = document.querySelector('offer-search');
    const input = search.shadowRoot.querySelector('input[type="search"]');
    input.focus();
    input.value = 'Kita';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve));
    await search.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const [resource] = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/catalog-'));
    return performance.now() - resource.responseEnd;
  });
}

/** Types each query letter by letter, pausing between letters, and measures input → painted list. */
async function keystrokes(page) {
  await page.evaluate(() => {
    const search = document.querySelector('offer-search');
    window.__latencies = [];
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: 'longtask',
    });
    // From the input event to the frame after the element's update: `input`, not `keydown`, since
    // letters like ö are typed without a key event; a timeout, so that the element's own handler has run.
    document.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        setTimeout(async () => {
          await search.updateComplete;
          requestAnimationFrame(() => requestAnimationFrame(() => window.__latencies.push(performance.now() - start)));
        });
      },
      true,
    );
  });
  const input = page.locator('offer-search input[type="search"]');
  for (const query of typed) {
    await input.fill('');
    await page.waitForTimeout(300);
    for (const key of query) {
      await input.pressSequentially(key);
      // Longer than the element's typing interval, so every key searches.
      await page.waitForTimeout(250);
    }
  }
  return page.evaluate(() => ({ latencies: window.__latencies, longTasks: window.__longTasks }));
}

const chromiumVersion = browser.version();
const rows = [];
for (const size of sizes) {
  const paints = [];
  const queries = [];
  let typing;
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    paints.push(await firstPaint(page, size));
    queries.push(await firstQuery(page));
    if (run === 0) typing = await keystrokes(page);
    await page.close();
  }
  rows.push({ size, paints, queries, ...typing });
}
await browser.close();
await server.close();
rmSync(outDir, { recursive: true, force: true });

console.log(`\n## <offer-search> in Chromium ${chromiumVersion}, production build\n`);
console.log(
  '| offers | first results painted after the catalog arrived (median of 5) | a query typed at once, answered after the catalog arrived (median of 5) | key → updated list (median / p95) | longest task while typing |',
);
console.log('|---:|---:|---:|---:|---:|');
for (const { size, paints, queries, latencies, longTasks } of rows) {
  const longest = longTasks.length ? Math.max(...longTasks) : 0;
  console.log(
    `| ${size.toLocaleString('en')} | ${ms(median(paints))} (target ≤ ${targets.firstPaint} at 5k) | ${ms(median(queries))} | ${ms(median(latencies))} / ${ms(p95(latencies))} (target ≤ ${targets.keystroke}) | ${longTasks.length ? ms(longest) : 'none over 50 ms'} (target ≤ ${targets.longTask} at 50k) |`,
  );
}
console.log(
  `\nKeys measured per size: ${rows[0].latencies.length}; each key after a 250 ms pause, so each one searches (the element searches at most every 150 ms while typing).`,
);
