// npm run bench (second part): <offer-search> in Debian's Chromium, on the
// production build of the element and synthetic catalogs of 5,000 and 50,000
// offers, against a bare page that only fetches, parses and lists the same
// catalog (the physical limit). Prints what a family would feel: the time to
// the first offers from navigation start, ours and bare in the same run, the
// longest task while the page loads, the same on a throttled phone, ten
// catalogs at once, and, once the offers show, a query typed at once and each
// key while typing. Never fails on numbers, nor on a load that fails.
//
// BENCH_SIZES=5000 runs one size; BENCH_PARTS=load,federation,mobile,typing
// (the default) runs some parts; the part "profile" (not in the default) prints
// where the main thread goes while ours loads the largest size.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { serveBench } from './bench-server.js';
import { compare, cpuSlowdown, desktopPage, loadFirstOffers, mobilePage, settleMs, slow4G } from './first-offers.js';
import { profileLoad, profileTyping } from './profile.js';
import { syntheticCatalog } from './synthetic.js';
import { firstQuery, keystrokes } from './typing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const sampleText = readFileSync(join(root, 'demo/public/angebote.json'), 'utf8');
const sample = JSON.parse(sampleText);
const sizes = (process.env.BENCH_SIZES ?? '5000,50000').split(',').map(Number);
const parts = new Set((process.env.BENCH_PARTS ?? 'load,federation,mobile,typing').split(',').map((s) => s.trim()));
const runs = 3;
const federated = { catalogs: 10, offers: 5000 };
const targets = { ratio: 2, loadTask: 50, keystroke: 50, typingTask: 50 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const ms = (value) => `${value.toFixed(1)} ms`;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const count = (n) => n.toLocaleString('en');
const check = (ok) => (ok ? '✓' : '✗');
/** A ratio ours/bare against the target, or a dash when one side is missing. */
const times = (ratio) => (Number.isNaN(ratio) ? '–' : `${ratio.toFixed(2)}× ${check(ratio <= targets.ratio)}`);
const of = (loads, key) => median(loads.map((load) => load[key]));

// The page under test: the production bundle of the elements, as a webmaster would load it. The
// source maps are written beside it ('hidden': the bundle does not point to them) for the profile.
const outDir = mkdtempSync(join(tmpdir(), 'offer-finder-bench-'));
await build({
  root: join(root, 'bench/browser'),
  logLevel: 'warn',
  configFile: false,
  build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: 'hidden' },
});

// The catalogs, made once; everything is served gzip-compressed from memory.
const bodies = { '/angebote.json': sampleText };
if (['load', 'typing', 'profile'].some((part) => parts.has(part)))
  for (const size of sizes) bodies[`/catalog-${size}.json`] = JSON.stringify(syntheticCatalog(sample, size));
/** Ten catalogs as ten municipalities would publish them: their own offers, ids of their own. */
const federationUrls = [];
if (parts.has('federation')) {
  for (let n = 1; n <= federated.catalogs; n++) {
    const catalog = syntheticCatalog(sample, federated.offers, 20260301 + n);
    catalog.offers = catalog.offers.map((offer) => ({ ...offer, id: `katalog-${n}-${offer.id}` }));
    federationUrls.push(`/federation/${n}.json`);
    bodies[`/federation/${n}.json`] = JSON.stringify(catalog);
  }
}
const server = await serveBench({ outDir, files: { '/bare.html': join(root, 'bench/browser/bare.html') }, bodies });
const { origin } = server;
const ours = (src) => `/?src=${encodeURIComponent(src)}`;
const bare = (src) => `/bare.html?src=${encodeURIComponent(src)}`;

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
const chromiumVersion = browser.version();
console.log(`\n## <offer-search> in Chromium ${chromiumVersion}, production build, served gzip-compressed\n`);

// A warm-up load of each page, not counted: the first page of a fresh browser starts its processes.
for (const [kind, path] of [
  ['ours', ours('/angebote.json')],
  ['bare', bare('/angebote.json')],
]) {
  const { page, close } = await desktopPage(browser);
  await loadFirstOffers(page, origin + path, { kind, settle: 0 });
  await close();
}

/** One row of the first-offers table: ours against bare, as measured by `compare`. */
function loadRow(label, { ours: loads, bare: bares, error, bareError }, taskTarget, failure = 'failed') {
  const bareCell = bares.length ? ms(of(bares, 'firstOffers')) : `failed: ${bareError}`;
  if (!loads.length) return `| ${label} | ${failure}: ${error} | ${bareCell} | – | – |`;
  const first = of(loads, 'firstOffers');
  const ratio = bares.length ? first / of(bares, 'firstOffers') : NaN;
  const firstCell = error ? `${ms(first)} (then a load failed: ${error})` : ms(first);
  const task = of(loads, 'longestTask');
  const worst = Math.max(...loads.map((load) => load.longestTask));
  const taskText = task ? ms(task) : 'none over 50 ms';
  const bareTask = bares.length ? of(bares, 'longestTask') : 0;
  return (
    `| ${label} | ${firstCell} | ${bareCell} | ${times(ratio)} | ` +
    `${taskText} ${check(task <= taskTarget)} (worst ${worst ? ms(worst) : 'none'}; bare ${bareTask ? ms(bareTask) : 'none'}) |`
  );
}

/** Where the time goes, for ours and bare: medians in ms from navigation start. */
function phaseRows(label, { ours: loads, bare: bares }) {
  return [
    ['ours', loads],
    ['bare', bares],
  ]
    .filter(([, list]) => list.length)
    .map(
      ([kind, list]) =>
        `| ${label} | ${kind} | ${ms(of(list, 'catalogStart'))} | ${ms(of(list, 'catalogEnd'))} | ${ms(of(list, 'firstOffers'))} | ` +
        `${ms(median(list.map((load) => load.firstOffers - load.catalogEnd)))} | ${ms(of(list, 'longestTaskBefore'))} | ${of(list, 'longTasks')} | ${kB(of(list, 'bytes'))} |`,
    );
}

const loadRows = [];
if (parts.has('load')) {
  for (const size of sizes) {
    const src = `/catalog-${size}.json`;
    const result = await compare({ browser, origin, ours: ours(src), bare: bare(src), runs });
    loadRows.push({ label: count(size), result, taskTarget: targets.loadTask });
  }
}
if (parts.has('federation')) {
  const src = federationUrls.join(' ');
  const result = await compare({ browser, origin, ours: ours(src), bare: bare(src), runs });
  const label = `${federated.catalogs} × ${count(federated.offers)} = ${count(federated.catalogs * federated.offers)} offers from ${federated.catalogs} catalogs`;
  loadRows.push({ label, result, taskTarget: targets.loadTask, failure: 'not supported yet' });
}
if (loadRows.length) {
  console.log(
    `### Time to first offers: <offer-search> against the bare page (fetch + parse + list 20 titles), from navigation start to the frame that paints the first offer; median of ${runs} loads each, interleaved\n`,
  );
  console.log('| offers | first results | bare fetch + parse + list | ratio | longest task during load |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const { label, result, taskTarget, failure } of loadRows)
    console.log(loadRow(label, result, taskTarget, failure));
  console.log(
    `\nTargets: first results within ${targets.ratio}× of the bare page; no task over ${targets.loadTask} ms during load (at 5,000 offers; printed for every row). "During load": from navigation start to ${settleMs / 1000} s after the first offers. ✓/✗ on the median; the worst load and the bare page's median beside it.\n`,
  );
  console.log(
    '| offers | page | catalog request sent | catalog complete | first offers | first offers after catalog complete | longest task before first offers | long tasks | bytes transferred |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const { label, result } of loadRows) for (const row of phaseRows(label, result)) console.log(row);
  console.log('\nMedians, ms from navigation start (several catalogs: the first request sent, the last one complete).');
}

if (parts.has('mobile')) {
  const result = await compare({
    browser,
    origin,
    ours: ours('/angebote.json'),
    bare: bare('/angebote.json'),
    runs,
    open: mobilePage,
  });
  const bytes = (list, key) => (list.length ? kB(of(list, key)) : '–');
  console.log(
    `\n### A phone on Slow 4G: ${slow4G.latency} ms request latency, ${kB(slow4G.downloadThroughput)}/s down, ${kB(slow4G.uploadThroughput)}/s up (Lighthouse's mobileSlow4G as DevTools throttling), CPU ${cpuSlowdown}× slower, 360×740 at 3×, cache disabled; median of ${runs} loads each, interleaved\n`,
  );
  console.log(
    '| catalog | first results | bare fetch + parse + list | ratio | bytes before first offers (ours / bare) | bytes by 2 s later (ours / bare) | longest task during load (ours / bare) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const { ours: loads, bare: bares, error } = result;
  const firstCell = error ? `not shown: ${error}` : ms(of(loads, 'firstOffers'));
  const ratio = !error && bares.length ? of(loads, 'firstOffers') / of(bares, 'firstOffers') : NaN;
  const task = (list) => (list.length ? (of(list, 'longestTask') ? ms(of(list, 'longestTask')) : 'none') : '–');
  console.log(
    `| sample, ${count(sample.offers.length)} offers | ${firstCell} | ${bares.length ? ms(of(bares, 'firstOffers')) : '–'} | ${times(ratio)} | ` +
      `${bytes(loads, 'bytesBefore')} / ${bytes(bares, 'bytesBefore')} | ${bytes(loads, 'bytes')} / ${bytes(bares, 'bytes')} | ${task(loads)} / ${task(bares)} |`,
  );
  console.log(
    '\nBytes: transferSize of the navigation and of every resource complete by then (headers included, bodies gzip-compressed).',
  );
  if (loads.length) {
    console.log(
      '\n| catalog | page | catalog request sent | catalog complete | first offers | after catalog | longest task before first offers | long tasks | bytes |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of phaseRows('sample (phone)', result)) console.log(row);
  }
}

if (parts.has('typing')) {
  const rows = [];
  for (const size of sizes) {
    const paints = [];
    const queries = [];
    let typing;
    for (let run = 0; run < runs; run++) {
      const { page, close } = await desktopPage(browser);
      const load = await loadFirstOffers(page, origin + ours(`/catalog-${size}.json`), { kind: 'ours', settle: 0 });
      if (load.error) {
        await close();
        continue;
      }
      paints.push(load.firstOffers - load.catalogEnd);
      queries.push(await firstQuery(page));
      if (!typing) typing = await keystrokes(page);
      await close();
    }
    if (typing) rows.push({ size, paints, queries, ...typing });
  }
  console.log(`\n### Once the offers show (median of ${runs} page loads; typing in the first one)\n`);
  console.log(
    '| offers | first results painted after the catalog arrived | a query typed at once, answered after the catalog arrived | key → updated list (median / p95) | longest task while typing |',
  );
  console.log('|---:|---:|---:|---:|---:|');
  for (const { size, paints, queries, latencies, longTasks } of rows) {
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    console.log(
      `| ${count(size)} | ${ms(median(paints))} | ${ms(median(queries))} | ${ms(median(latencies))} / ${ms(p95(latencies))} (target ≤ ${targets.keystroke}) | ${longTasks.length ? ms(longest) : 'none over 50 ms'} (target ≤ ${targets.typingTask} at 50k) |`,
    );
  }
  if (rows.length)
    console.log(
      `\nKeys measured per size: ${rows[0].latencies.length}; each key after a 250 ms pause, so each one searches (the element searches at most every 150 ms while typing).`,
    );
}

if (parts.has('profile')) {
  const size = Math.max(...sizes);
  await profileLoad({ browser, origin, outDir, path: ours(`/catalog-${size}.json`), label: `${count(size)} offers` });
  await profileTyping({ browser, origin, outDir, path: ours(`/catalog-${size}.json`), label: `${count(size)} offers` });
}

await browser.close();
await server.close();
rmSync(outDir, { recursive: true, force: true });
