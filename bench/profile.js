// Where <offer-search> spends the main thread while it loads: a V8 CPU
// profile (CDP Profiler) of one page load, its self time summed per function
// and per source file, mapped back to the sources through the build's hidden
// source maps. Part "profile" of bench/browser.js (not run by default).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '@jridgewell/sourcemap-codec';
import { loadFirstOffers } from './first-offers.js';
import { keystrokes } from './typing.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The source maps of the build, by the URL path of their script; decoded when first asked for. */
function sourceMaps(outDir) {
  const maps = new Map();
  return (pathname) => {
    if (!maps.has(pathname)) {
      const file = join(outDir, `${pathname}.map`);
      const map = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
      // Sources relative to the repository: src/catalog/load.ts, node_modules/zod/….
      const sources = map?.sources.map((source) =>
        relative(root, resolve(dirname(file), map.sourceRoot ?? '', source)),
      );
      maps.set(pathname, map && { ...map, sources, lines: decode(map.mappings) });
    }
    return maps.get(pathname);
  };
}

/** The original place of a generated (0-based) line and column: `{ source, line, text }`. */
function original(map, line, column) {
  const segments = map.lines[line] ?? [];
  let found;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  if (!found || found.length < 4) return undefined;
  const source = map.sources[found[1]];
  const text = map.sourcesContent?.[found[1]]?.split('\n')[found[2]]?.trim() ?? '';
  return { source, line: found[2] + 1, text: text.length > 70 ? `${text.slice(0, 69)}…` : text };
}

/** Self time per profile node, in ms: each sample counts until the next one. */
function selfTimes(profile) {
  const times = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    times.set(profile.samples[i], (times.get(profile.samples[i]) ?? 0) + delta);
  }
  return times;
}

/** Sums a profile's self time per function and per source file (or package). */
function summarize(profile, mapOf) {
  const times = selfTimes(profile);
  const functions = new Map();
  const files = new Map();
  const add = (map, key, ms, extra) => map.set(key, { ...extra, ms: (map.get(key)?.ms ?? 0) + ms });
  let total = 0;
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (!ms || functionName === '(idle)' || functionName === '(root)') continue;
    total += ms;
    let place = url ? new URL(url).pathname : '(native)';
    let text = '';
    const map = url && mapOf(new URL(url).pathname);
    const found = map && original(map, lineNumber, columnNumber);
    if (found) {
      place = `${found.source}:${found.line}`;
      text = found.text;
    }
    const name = functionName || '(anonymous)';
    add(functions, `${name} ${place}`, ms, { name, place, text });
    const file = found
      ? found.source.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, 'node_modules/$1')
      : name.startsWith('(')
        ? name
        : place;
    add(files, file, ms, { file });
  }
  const top = (map, n) => [...map.values()].sort((a, b) => b.ms - a.ms).slice(0, n);
  return { total, functions: top(functions, 20), files: top(files, 12) };
}

/** Loads `url`, waits until the element has settled (catalog validated, index built), then profiles the typing only. */
async function profileTypingOnce(browser, url) {
  const page = await browser.newPage();
  await loadFirstOffers(page, url, { kind: 'ours', settle: 0 });
  await page.evaluate(() => document.querySelector('offer-search').updateComplete);
  await page.waitForTimeout(5_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const { longTasks } = await keystrokes(page);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return { longTasks, profile };
}

/** Loads `url` once with the profiler on, until `settle` ms after the first offers. */
async function profileOnce(browser, url, settle) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const load = await loadFirstOffers(page, url, { kind: 'ours', settle });
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return { load, profile };
}

const ms = (value) => `${value.toFixed(0)} ms`;
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('`', "'");

/** Prints, for one catalog, where the main thread goes up to the first offers and in the 2 s after. */
export async function profileLoad({ browser, origin, outDir, path, label, settle = 2000 }) {
  const mapOf = sourceMaps(outDir);
  const toFirst = await profileOnce(browser, origin + path, 0);
  const toSettled = await profileOnce(browser, origin + path, settle);
  for (const [title, { load, profile }] of [
    ['up to the first offers', toFirst],
    [`up to ${settle / 1000} s after the first offers`, toSettled],
  ]) {
    if (load.error) {
      console.log(`\n### ${label}, ${title}: the load failed (${load.error})\n`);
      continue;
    }
    const { total, functions, files } = summarize(profile, mapOf);
    console.log(
      `\n### Main thread of <offer-search> at ${label}, ${title} (one load; first offers at ${ms(load.firstOffers)}, catalog complete at ${ms(load.catalogEnd)}; ${ms(total)} of samples not idle)\n`,
    );
    console.log('| self time | function (minified) | source | line |');
    console.log('|---:|---|---|---|');
    for (const { ms: time, name, place, text } of functions)
      console.log(`| ${ms(time)} | ${cell(name)} | ${cell(place)} | ${text ? `\`${cell(text)}\`` : ''} |`);
    console.log('\n| self time | source file or package |');
    console.log('|---:|---|');
    for (const { ms: time, file } of files) console.log(`| ${ms(time)} | ${cell(file)} |`);
  }
}

/** Prints where the main thread goes while a family types, once the element has settled. */
export async function profileTyping({ browser, origin, outDir, path, label }) {
  const { longTasks, profile } = await profileTypingOnce(browser, origin + path);
  const { total, functions } = summarize(profile, sourceMaps(outDir));
  console.log(
    `\n### Main thread of <offer-search> at ${label} while typing, after it settled (${ms(total)} of samples not idle; tasks over 50 ms: ${longTasks.length ? longTasks.map(ms).join(', ') : 'none'})\n`,
  );
  console.log('| self time | function (minified) | source | line |');
  console.log('|---:|---|---|---|');
  for (const { ms: time, name, place, text } of functions)
    console.log(`| ${ms(time)} | ${cell(name)} | ${cell(place)} | ${text ? `\`${cell(text)}\`` : ''} |`);
}
