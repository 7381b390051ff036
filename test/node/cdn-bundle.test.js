// The one-snippet embedding, as a webmaster does it: the CDN bundle
// (vite.config.ts, mode "cdn", built fresh from the sources into a temporary
// folder) and the page that is nothing but the snippet of README and docs/einbinden.md
// (demo/snippet/index.html), served statically by demo/snippet/serve.js
// (what `npm run snippet` runs) and opened in Chromium. Also: the script tag
// twice and a second copy of the library, a host page with aggressive global
// CSS, a strict Content-Security-Policy, the bundle loaded from another
// origin (a CDN), and which requests the page makes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveSnippet } from '../../demo/snippet/serve.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The element the snippet documents; the one whose offers the checks wait for. */
const tag = 'offer-finder';
const snippetPage = readFileSync(join(root, 'demo/snippet/index.html'), 'utf8');
const script = '<script type="module" src="/offer-finder/offer-finder.js"></script>';

const page = (body, head = '') => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>test</title>${head}</head>
<body>${body}</body></html>`;

/** A host page's global CSS at its most aggressive: resets, Bootstrap 3 sizes, `all: unset` on controls. */
const aggressiveCss = `<style>
  html { font-size: 62.5%; }
  body { font-size: 1.4rem; line-height: 3; font-family: Georgia, serif; color: #333; }
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; border: 0; vertical-align: baseline; }
  button, input, select, textarea { all: unset; }
  input { height: 12px; font-size: 9px; line-height: 1; }
  div, section, article, ul, li, p { display: flex; }
  a { color: red !important; text-decoration: none; }
  h1, h2, h3, h4 { font-size: 1rem; text-transform: uppercase; }
  [hidden] { display: block !important; }
</style>`;

const strictCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // Trusted Types: Lit's templates go through its own policy, named lit-html.
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

let cdnDir;
let server;
let cdnServer;
let origin;
let cdnOrigin;
let browser;
const cdnPath = '/npm/offer-finder@0.1.0/dist/cdn/';

before(async () => {
  cdnDir = mkdtempSync(join(tmpdir(), 'offer-finder-cdn-'));
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir: cdnDir, emptyOutDir: true },
  });
  // A CDN: another origin, with the CORS header that module scripts from another origin need (jsDelivr and unpkg send it).
  cdnServer = await serveSnippet({ port: 0, cdnDir, cdnPath, headers: { 'Access-Control-Allow-Origin': '*' } });
  cdnOrigin = `http://127.0.0.1:${cdnServer.address().port}`;
  server = await serveSnippet({
    port: 0,
    cdnDir,
    pages: {
      '/twice.html': page(
        // The tag twice, and a second copy of the library (another URL is another module instance).
        `${script}\n${script}\n<script type="module" src="/offer-finder/offer-finder.js?copy=2"></script>\n<${tag} src="/angebote.json"></${tag}>`,
      ),
      '/aggressive.html': page(`${script}\n<${tag} src="/angebote.json"></${tag}>`, aggressiveCss),
      // 62.5 % on <html> and nothing on <body>: the page's own text is 10 px.
      '/small-root.html': page(
        `${script}\n<${tag} src="/angebote.json"></${tag}>`,
        '<style>html { font-size: 62.5%; } body { line-height: 3; }</style>',
      ),
      '/strict-csp.html': { body: snippetPage, headers: { 'Content-Security-Policy': strictCsp } },
      '/from-cdn.html': page(
        `<script type="module" src="${cdnOrigin}${cdnPath}offer-finder.js"></script>\n<${tag} lang="en" src="/angebote.json"></${tag}>`,
      ),
      '/catalog-elsewhere.html': page(`${script}\n<${tag} src="${cdnOrigin}/angebote.json"></${tag}>`),
      // The planners' snippet (docs/planung.md): the coverage table linked to a search, under the strict CSP.
      '/planning.html': {
        body: page(
          '<script type="module" src="/offer-finder/offer-coverage.js"></script>\n<offer-coverage src="/angebote.json" for="suche"></offer-coverage>\n<offer-search id="suche" src="/angebote.json"></offer-search>',
        ),
        headers: { 'Content-Security-Policy': strictCsp },
      },
      // The finder under the strict CSP, the bundle included the way WordPress does it (a version query).
      '/versioned.html': {
        body: page(
          `<script type="module" src="/offer-finder/offer-finder.js?ver=1.2"></script>\n<${tag} src="/angebote.json"></${tag}>`,
        ),
        headers: { 'Content-Security-Policy': strictCsp },
      },
      // A contact card under the strict CSP, the bundle included the way WordPress does it (a version query).
      '/contact.html': {
        body: page(
          '<script type="module" src="/offer-finder/offer-finder.js?ver=1.2"></script>\n<contact-card name="Erika Beispiel" phone="02307 148-0"></contact-card>',
        ),
        headers: { 'Content-Security-Policy': strictCsp },
      },
    },
  });
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  cdnServer?.close();
  if (cdnDir) rmSync(cdnDir, { recursive: true, force: true });
});

/**
 * Opens a page and records what a webmaster would see go wrong: uncaught
 * errors, console errors, requests (with their answers), failed requests and
 * Content-Security-Policy violations.
 */
async function open(path) {
  const tab = await browser.newPage();
  const record = { errors: [], consoleErrors: [], requests: [], failed: [], violations: [] };
  tab.on('pageerror', (error) => record.errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && record.consoleErrors.push(message.text()));
  tab.on('request', (request) => record.requests.push(request.url()));
  tab.on('requestfailed', (request) => record.failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  tab.on(
    'response',
    (response) => response.status() >= 400 && record.failed.push(`${response.url()}: ${response.status()}`),
  );
  await tab.exposeFunction('__violation', (text) => record.violations.push(text));
  await tab.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  await tab.goto(`${origin}${path}`);
  return { tab, record };
}

/** Waits for the first offer card (Playwright's CSS selectors pierce open shadow roots). */
async function offersShown(tab) {
  const cards = tab.locator(`${tag} [part="card"]`);
  await cards.first().waitFor({ state: 'visible', timeout: 10_000 });
  return cards.count();
}

const nothingWentWrong = (record) => {
  assert.deepEqual(record.errors, [], 'uncaught errors');
  assert.deepEqual(record.consoleErrors, [], 'console errors');
  assert.deepEqual(record.failed, [], 'failed requests');
  assert.deepEqual(record.violations, [], 'Content-Security-Policy violations');
};

test("the build is one file (plus files loaded on demand, the planners' table and the clerks' workbench on top), named without hashes", async () => {
  const files = readdirSync(cdnDir).filter((file) => file.endsWith('.js'));
  for (const entry of [
    'offer-finder.js',
    'offer-coverage.js',
    'catalog-workbench.js',
    'catalog-workbench-import-worker.js',
  ])
    assert.ok(files.includes(entry), files.join(', '));
  for (const file of files)
    assert.match(
      file,
      /^(offer-finder(-[a-z0-9-]+)?|offer-coverage|catalog-workbench(-import-worker)?)\.js$/i,
      `stable name: ${file}`,
    );
  await lexerReady;
  for (const file of files) {
    const code = readFileSync(join(cdnDir, file), 'utf8');
    // Every dependency is inside: the only imports (static and dynamic, found by a real lexer) are of files beside the bundle.
    const [imports] = parseImports(code);
    const specifiers = imports.map((entry) => entry.n).filter((name) => name !== undefined);
    // offer-finder.js imports nothing but files loaded on demand (a language, the vCard writer), and they nothing
    // of offer-finder.js (see vite.config.ts); only offer-coverage.js builds on offer-finder.js.
    // The workbench builds on both; its worker imports nothing (it is one file with the import inside).
    const beside =
      {
        'offer-coverage.js': /^\.\/offer-finder[\w.-]*\.js$/,
        'catalog-workbench.js': /^\.\/(offer-finder[\w.-]*|offer-coverage)\.js$/,
        'catalog-workbench-import-worker.js': /^$/,
      }[file] ?? /^\.\/offer-finder-[\w.-]+\.js$/;
    for (const specifier of specifiers) assert.match(specifier, beside, `${file} imports ${specifier}`);
    // Vite's preload helper would add <link>s and fire vite:preloadError on the host page; nothing here needs it.
    assert.ok(!code.includes('vite:preloadError'), `${file}: no preload helper`);
    assert.doesNotMatch(
      code,
      /Lit is in dev mode|process\.env/,
      `${file}: Lit's production build, nothing left for a bundler`,
    );
  }
});

test('the vCard writer is a file of its own, loaded on demand: nothing of it in offer-finder.js', () => {
  const files = readdirSync(cdnDir).filter((file) => file.endsWith('.js'));
  const writer = files.filter((file) => readFileSync(join(cdnDir, file), 'utf8').includes('BEGIN:VCARD'));
  assert.deepEqual(writer, ['offer-finder-vcard.js'], files.join(', '));
  const bundle = readFileSync(join(cdnDir, 'offer-finder.js'), 'utf8');
  assert.match(bundle, /\bimport\(\s*["'`]\.\/offer-finder-vcard\.js["'`]\s*\)/, 'imported dynamically');
  assert.doesNotMatch(
    bundle,
    /\bfrom\s*["'`]\.\/offer-finder-vcard\.js["'`]|\bimport\s*["'`]\.\/offer-finder-vcard\.js["'`]/,
    'not imported statically',
  );
});

test('the clerks’ workbench adds nothing to the families’ bundle: offer-finder.js is the same byte for byte without it', async () => {
  const without = mkdtempSync(join(tmpdir(), 'offer-finder-cdn-'));
  try {
    const input = { 'offer-finder': 'src/define.ts', 'offer-coverage': 'src/cdn/offer-coverage.ts' };
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'cdn',
      logLevel: 'warn',
      plugins: [{ name: 'without-workbench', options: (options) => ({ ...options, input }) }],
      build: { outDir: without, emptyOutDir: true },
    });
    const read = (dir) =>
      readFileSync(join(dir, 'offer-finder.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
    assert.equal(read(without).length, read(cdnDir).length);
    assert.ok(read(without) === read(cdnDir), 'identical');
  } finally {
    rmSync(without, { recursive: true, force: true });
  }
});

test('the German of parts loaded later comes with them: the planners’ table and the panel of "In meiner Nähe" (with its map) are not in offer-finder.js', () => {
  const read = (file) => readFileSync(join(cdnDir, file), 'utf8');
  const bundle = read('offer-finder.js');
  for (const text of ['Die Übersicht wird geladen', 'Meinen Standort verwenden', 'Karte vergrößern', 'leaflet'])
    assert.ok(!bundle.includes(text), `not up front: ${text}`);
  assert.ok(read('offer-coverage.js').includes('Die Übersicht wird geladen'));
  assert.ok(read('offer-finder-near-me-panel.js').includes('Meinen Standort verwenden'));
  assert.ok(read('offer-finder-map.js').includes('leaflet-container'));
  assert.match(
    bundle,
    /\bimport\(\s*["'`]\.\/offer-finder-near-me-panel\.js["'`]\s*\)/,
    'the panel imported on demand',
  );
});

test('"Kontakt speichern" under a strict CSP: the writer loads from beside the bundle only when clicked, and the vCard downloads with the name', async () => {
  const { tab, record } = await open('/contact.html');
  // Found by its accessible name: still a button, named as before.
  const button = tab.getByRole('button', { name: /^Kontakt speichern\s*: Erika Beispiel$/ });
  await button.waitFor({ timeout: 10_000 });
  const writerRequests = () =>
    record.requests.filter((url) => new URL(url).pathname.endsWith('/offer-finder-vcard.js'));
  assert.deepEqual(writerRequests(), [], 'nothing of the vCard before');

  const downloading = tab.waitForEvent('download');
  await button.click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'Erika Beispiel.vcf');
  const vcard = readFileSync(await download.path(), 'utf8');
  assert.match(vcard, /^BEGIN:VCARD\r\n/);
  assert.match(vcard, /\r\nFN:Erika Beispiel\r\n/);
  assert.match(vcard, /\r\nTEL;VALUE=uri:tel:\+4923071480\r\n/);
  await tab.close();
  nothingWentWrong(record);
  assert.deepEqual(writerRequests(), [`${origin}/offer-finder/offer-finder-vcard.js`]);
  // Self-contained: the writer does not load the bundle again under its plain name.
  const bundles = record.requests.filter((url) => new URL(url).pathname === '/offer-finder/offer-finder.js');
  assert.deepEqual(bundles, [`${origin}/offer-finder/offer-finder.js?ver=1.2`]);
  for (const url of record.requests) assert.equal(new URL(url).origin, origin, `request to another origin: ${url}`);
});

test('"Kontakt speichern" while the writer cannot be loaded (offline): the card says so, and the next click saves', async () => {
  const { tab, record } = await open('/contact.html');
  let reachable = false;
  await tab.route('**/offer-finder-vcard.js', (route) =>
    reachable ? route.continue() : route.abort('internetdisconnected'),
  );
  const button = tab.getByRole('button', { name: /^Kontakt speichern/ });
  await button.click();
  const alert = tab.locator('contact-card [role="alert"]');
  await alert.waitFor();
  assert.equal(
    (await alert.textContent()).trim(),
    'Der Kontakt konnte nicht gespeichert werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
  );
  reachable = true;
  const downloading = tab.waitForEvent('download');
  await button.click();
  assert.equal((await downloading).suggestedFilename(), 'Erika Beispiel.vcf');
  await alert.waitFor({ state: 'detached' });
  assert.deepEqual(record.errors, []);
  assert.deepEqual(record.violations, []);
  await tab.close();
});

test('the parser, search and print load from beside the bundle (with the catalog, after the first offers, on a click), never the bundle again', async () => {
  const { tab, record } = await open('/versioned.html');
  const chunk = (name) =>
    record.requests.filter((url) => new URL(url).pathname === `/offer-finder/offer-finder-${name}.js`);
  assert.ok((await offersShown(tab)) > 0);
  assert.equal(chunk('parse').length, 1, 'the parser, beside the catalog');
  assert.deepEqual(chunk('print'), [], 'nothing of print before a click');
  await tab.locator(`${tag} input[type="search"]`).fill('Hebamme');
  await tab.waitForFunction(
    (tag) =>
      /hebamme/i.test(
        document
          .querySelector(tag)
          .shadowRoot.querySelector('offer-search')
          .shadowRoot.querySelector('[part="card"] h3')?.textContent ?? '',
      ),
    tag,
  );
  assert.equal(chunk('search').length, 1);
  // Print: the frame's print() is replaced as print.ts appends the frame, since headless Chromium has no dialog to close.
  await tab.evaluate(() => {
    const append = DocumentFragment.prototype.append;
    DocumentFragment.prototype.append = function (...nodes) {
      append.apply(this, nodes);
      for (const node of nodes) {
        if (node instanceof HTMLIFrameElement)
          node.contentWindow.print = () => (window.printed = node.contentDocument.body.innerText);
      }
    };
  });
  const card = tab.locator(`${tag} [part="card"]`).first();
  await card.locator('summary').click();
  await card.getByRole('button', { name: /^Drucken/ }).click();
  await tab.waitForFunction(() => window.printed);
  assert.match(await tab.evaluate(() => window.printed), /hebamme/i);
  assert.equal(chunk('print').length, 1);
  await tab.close();
  nothingWentWrong(record);
  const bundles = record.requests.filter((url) => new URL(url).pathname === '/offer-finder/offer-finder.js');
  assert.deepEqual(bundles, [`${origin}/offer-finder/offer-finder.js?ver=1.2`]);
});

test('the snippet page shows offers and asks nothing of any origin but its own', async () => {
  const { tab, record } = await open('/');
  assert.ok((await offersShown(tab)) > 0);
  await tab.close();
  nothingWentWrong(record);
  for (const url of record.requests) assert.equal(new URL(url).origin, origin, `request to another origin: ${url}`);
  assert.ok(record.requests.some((url) => url.endsWith('/offer-finder/offer-finder.js')));
  assert.ok(record.requests.some((url) => url.endsWith('/angebote.json')));
});

test('the script tag twice and a second copy of the library: no error, one finder that works', async () => {
  const { tab, record } = await open('/twice.html');
  assert.ok((await offersShown(tab)) > 0);
  // Both copies ran (two module URLs) ...
  assert.equal(record.requests.filter((url) => new URL(url).pathname === '/offer-finder/offer-finder.js').length, 2);
  // ... and the search of the first one still answers typing.
  const input = tab.locator(`${tag} input[type="search"]`).first();
  await input.fill('Hebamme');
  await tab
    .locator(`${tag} [part="card"]`, { hasText: /hebamme/i })
    .first()
    .waitFor({ timeout: 5_000 });
  await tab.close();
  nothingWentWrong(record);
});

/** The search field's height and the font sizes of search text and offer text, in px. */
async function sizes(tab) {
  const input = tab.locator(`${tag} input[type="search"]`).first();
  const box = await input.boundingBox();
  const fontSize = (locator) => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  return {
    visible: await input.isVisible(),
    height: box?.height ?? 0,
    width: box?.width ?? 0,
    input: await fontSize(input),
    card: await fontSize(tab.locator(`${tag} [part="card"]`).first()),
  };
}

test('a host page with aggressive global CSS: still rendered, the search field visible, tall enough and legible', async () => {
  const { tab, record } = await open('/aggressive.html');
  assert.ok((await offersShown(tab)) > 0);
  const measured = await sizes(tab);
  assert.ok(measured.visible, 'the search field is visible');
  assert.ok(measured.height >= 32, `search field height ${measured.height} px (≥ 32)`);
  assert.ok(measured.width >= 120, `search field width ${measured.width} px`);
  assert.ok(measured.input >= 14, `search text ${measured.input} px (≥ 14)`);
  assert.ok(measured.card >= 14, `offer text ${measured.card} px (≥ 14)`);
  const input = tab.locator(`${tag} input[type="search"]`).first();
  await input.fill('Hebamme');
  await tab
    .locator(`${tag} [part="card"]`, { hasText: /hebamme/i })
    .first()
    .waitFor({ timeout: 5_000 });
  await tab.close();
  nothingWentWrong(record);
});

test('a page with html { font-size: 62.5% } that forgot to size its body (10 px text): the search field still ≥ 32 px tall, text ≥ 14 px', async () => {
  const { tab, record } = await open('/small-root.html');
  assert.ok((await offersShown(tab)) > 0);
  const measured = await sizes(tab);
  await tab.close();
  nothingWentWrong(record);
  assert.ok(measured.height >= 32, `search field height ${measured.height} px (≥ 32)`);
  assert.ok(measured.input >= 14, `search text ${measured.input} px (≥ 14)`);
  assert.ok(measured.card >= 14, `offer text ${measured.card} px (≥ 14)`);
});

test("a strict Content-Security-Policy (script-src 'self', style-src 'self', no inline, no eval): works, nothing blocked", async () => {
  const { tab, record } = await open('/strict-csp.html');
  assert.ok((await offersShown(tab)) > 0);
  await tab.locator(`${tag} input[type="search"]`).first().fill('Beratung');
  await tab
    .locator(`${tag} [part="card"]`, { hasText: /beratung/i })
    .first()
    .waitFor({ timeout: 5_000 });
  // An offer's details open (rendered content that was not there on first paint).
  await tab.locator(`${tag} [part="card"] summary`).first().click();
  await tab.waitForTimeout(200);
  await tab.close();
  nothingWentWrong(record);
});

test('the bundle from another origin (a CDN path): works, and loads whatever else it needs relative to its own URL', async () => {
  const { tab, record } = await open('/from-cdn.html');
  assert.ok((await offersShown(tab)) > 0);
  await tab.close();
  nothingWentWrong(record);
  for (const url of record.requests) {
    const { origin: from, pathname } = new URL(url);
    if (from === cdnOrigin)
      assert.ok(pathname.startsWith(cdnPath), `from the CDN, outside the bundle's folder: ${url}`);
    else assert.equal(from, origin, `request to a third origin: ${url}`);
  }
  const chunks = readdirSync(cdnDir).filter((file) => file.endsWith('.js') && file !== 'offer-finder.js');
  const english = chunks.find((file) => /(^|-)en\.js$/.test(file));
  // With languages in files of their own, `lang="en"` loads the English one from beside the bundle.
  if (english)
    assert.ok(
      record.requests.includes(`${cdnOrigin}${cdnPath}${english}`),
      `${english} loaded from the CDN: ${record.requests.join(', ')}`,
    );
});

test('a catalog on another origin loads when that server sends Access-Control-Allow-Origin', async () => {
  const { tab, record } = await open('/catalog-elsewhere.html');
  assert.ok((await offersShown(tab)) > 0);
  await tab.close();
  nothingWentWrong(record);
});

test("the planners' snippet: offer-coverage.js loads offer-finder.js beside it, one catalog request for both elements, a cell filters the search", async () => {
  const { tab, record } = await open('/planning.html');
  await tab.locator('offer-coverage table').waitFor({ timeout: 10_000 });
  assert.match(await tab.locator('offer-coverage [part="summary"]').innerText(), /Lücke/);
  await tab.locator('offer-coverage td button').first().click();
  await tab.locator('offer-search [part="chip"]').first().waitFor({ timeout: 5_000 });
  await tab.close();
  nothingWentWrong(record);
  const paths = record.requests.map((url) => new URL(url).pathname);
  assert.ok(paths.includes('/offer-finder/offer-finder.js'), paths.join(', '));
  assert.equal(paths.filter((path) => path === '/angebote.json').length, 1, paths.join(', '));
});
