// The end-to-end harness: the CDN bundle built fresh from the sources, a
// server on 127.0.0.1 that serves host pages, the bundle and a catalog
// endpoint that can fail on purpose, and Debian's Chromium driven by
// playwright-core. Each test file starts one harness.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const sample = JSON.parse(readFileSync(join(root, 'demo/public/angebote.json'), 'utf8'));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The sample with `count` offers: copies of the sample's offers under new ids. */
export function catalogWith(count) {
  const offers = Array.from({ length: count }, (_, i) => ({
    ...sample.offers[i % sample.offers.length],
    id: `offer-${i}`,
  }));
  return { ...sample, offers };
}

/**
 * Answers of the catalog endpoint, by scenario: `/catalog/<scenario>/<key>.json`.
 * The key separates the tests: state such as "how many requests so far" is per key.
 */
const scenarios = {
  ok: () => ({ json: sample }),
  hang: () => ({ hang: true }),
  404: () => ({ status: 404, body: 'Not found' }),
  500: () => ({ status: 500, body: 'Server error' }),
  '500-twice': (count) => (count <= 2 ? { status: 500, body: 'Server error' } : { json: sample }),
  429: (count) => (count === 1 ? { status: 429, headers: { 'Retry-After': '1' }, body: '' } : { json: sample }),
  html: () => ({ status: 200, type: 'text/html', body: '<!doctype html><h1>Wartungsarbeiten</h1>' }),
  truncated: () => ({ type: 'application/json', body: JSON.stringify(sample).slice(0, 5000) }),
  'wrong-shape': () => ({ json: { angebote: sample.offers } }),
  'three-invalid': () => {
    const catalog = catalogWith(100);
    delete catalog.offers[5].title;
    catalog.offers[50].milestones = [];
    catalog.offers[99].id = 'kein gültiger id';
    return { json: catalog };
  },
  empty: () => ({ json: { ...sample, offers: [] } }),
  // 11 MiB of valid JSON: over the default cap of 10 MiB.
  oversized: () => ({
    type: 'application/json',
    body: JSON.stringify({ ...sample, padding: 'x'.repeat(11 * 1024 * 1024) }),
  }),
  slow: () => ({ json: sample, delay: 1500 }),
  fast: () => ({ json: catalogWith(3) }),
};

export async function startHarness() {
  const cdnDir = mkdtempSync(join(tmpdir(), 'offer-finder-e2e-'));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir: cdnDir, emptyOutDir: true },
  });
  const counts = new Map();
  const pages = new Map();
  const catalogs = new Map();
  // The host pages and the catalog endpoint are answered here; the bundle is a static file.
  const server = await serveStatic({
    mounts: { '/offer-finder/': cdnDir },
    async handle(request, response, next) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (pages.has(path)) {
        const { body, headers } = pages.get(path);
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
        return response.end(body);
      }
      if (path === '/favicon.ico') return response.writeHead(204).end();
      const match = /^\/catalog\/([\w-]+)\/([\w-]+)\.json$/.exec(path);
      if (!match) return next();
      const [, scenario, key] = match;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const answer = catalogs.has(scenario) ? { json: catalogs.get(scenario) } : scenarios[scenario]?.(count);
      if (!answer) return response.writeHead(404).end();
      if (answer.hang) return request.on('close', () => response.destroy());
      if (answer.delay) await new Promise((resolve) => setTimeout(resolve, answer.delay));
      const body = answer.json !== undefined ? JSON.stringify(answer.json) : answer.body;
      response.writeHead(answer.status ?? 200, {
        'Content-Type': answer.type ?? 'application/json',
        ...answer.headers,
      });
      response.end(body);
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
  let pageCount = 0;

  return {
    origin,
    /** The folder the CDN build was written to. */
    cdnDir,
    /** Requests made to the catalog endpoint for a key. */
    requestsFor: (key) => counts.get(key) ?? 0,
    /** Serves `catalog` as the scenario `name`. */
    serveCatalog(name, catalog) {
      catalogs.set(name, catalog);
    },
    /**
     * A host page: `body` after the script tag (twice with `scriptTwice`),
     * extra `head`, and response `headers` (a CSP, say).
     */
    page({ body, head = '', headers = {}, lang = 'de', scriptTwice = false, beforeScript = '' }) {
      const path = `/page-${++pageCount}.html`;
      const script = '<script type="module" src="/offer-finder/offer-finder.js"></script>';
      pages.set(path, {
        headers,
        body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>${head}</head><body>${beforeScript}${script}${scriptTwice ? script : ''}${body}</body></html>`,
      });
      return path;
    },
    /** A catalog URL of a scenario, with a fresh key. */
    catalogUrl(scenario, key = `k${Math.random().toString(36).slice(2)}`) {
      return `${origin}/catalog/${scenario}/${key}.json`;
    },
    /**
     * Opens a page, recording what a webmaster would see go wrong and every
     * request. `now` fixes the page's clock (timers keep running);
     * `permissions` are granted to the page's origin (`clipboard-read`, …).
     * `route(context)` runs before the page opens (to make a request fail, say).
     */
    async open(path, { viewport = { width: 1280, height: 900 }, offline = false, now, permissions = [], route } = {}) {
      const context = await browser.newContext({ viewport });
      if (permissions.length) await context.grantPermissions(permissions, { origin });
      if (now) await context.clock.setFixedTime(now);
      const tab = await context.newPage();
      const record = {
        errors: [],
        consoleErrors: [],
        warnings: [],
        requests: [],
        failed: [],
        violations: [],
        dialogs: [],
      };
      tab.on('pageerror', (error) => record.errors.push(error.message));
      tab.on('console', (message) => {
        if (message.type() === 'error') record.consoleErrors.push(message.text());
        if (message.type() === 'warning') record.warnings.push(message.text());
      });
      tab.on('request', (request) => record.requests.push(request.url()));
      tab.on('requestfailed', (request) => record.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      tab.on('dialog', async (dialog) => {
        record.dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await tab.exposeFunction('__violation', (text) => record.violations.push(text));
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          window.__violation(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      if (offline) await context.setOffline(true);
      await route?.(context);
      await tab.goto(`${origin}${path}`);
      return { tab, context, record };
    },
    /** Runs axe-core for WCAG 2.1 A/AA on the page (it walks open shadow roots) and returns the violations, briefly. */
    async axe(tab) {
      await tab.addScriptTag({ path: axePath });
      return tab.evaluate(async () => {
        const results = await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      });
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(cdnDir, { recursive: true, force: true });
    },
  };
}

/** The text of an element's live status region (Playwright's CSS pierces open shadow roots). */
export const statusText = (tab, scope = 'offer-search') =>
  tab
    .locator(`${scope} [role="status"]`)
    .first()
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

export const alertText = (tab, scope = 'offer-search') =>
  tab
    .locator(`${scope} [role="alert"]`)
    .first()
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());
