// Time to first offers, measured the same way on <offer-search> and on the
// bare page (bench/browser/bare.html): from navigation start (time 0 of the
// page) to the frame in which the first offer is painted, plus the long tasks
// from the start of the page until two seconds after that frame, and the bytes
// the page transferred.

/** Per page load: a load that shows no offer in this time is reported, not waited for. */
export const timeoutMs = 60_000;

/** After the first offers, the element keeps working (validation, the search index): watched this long. */
export const settleMs = 2_000;

/**
 * Lighthouse's `mobileSlow4G` as DevTools throttling applies it (lighthouse core/config/constants.js and
 * its emulation driver): RTT 150 ms × 3.75 per request, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up,
 * in bytes per second as the protocol wants them; and a CPU four times slower.
 */
export const slow4G = {
  latency: 150 * 3.75,
  downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8),
  uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8),
};
export const cpuSlowdown = 4;
/** A phone in portrait, as the mobile case. */
export const phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

/**
 * Runs in the page before any of its scripts. Checks every frame for the first offer: the first
 * result card in <offer-search>'s shadow root, or the first <li> of the bare page. The frame that
 * finds it is the one that paints it: `performance.now()` in its animation frame callback, just
 * before that frame's style, layout and paint, is the time of first offers, for both pages alike.
 * Also collects every long task from the start of the page.
 */
function watch(kind) {
  window.__longTasks = [];
  window.__longTaskObserver = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries()));
  window.__longTaskObserver.observe({ type: 'longtask', buffered: true });
  window.__firstOffers = new Promise((resolve, reject) => {
    if (kind === 'bare') addEventListener('error', (event) => reject(new Error(event.message)));
    const check = () => {
      const root = document.querySelector('offer-search')?.shadowRoot;
      const first = kind === 'ours' ? root?.querySelector('[part="card"]') : document.querySelector('#offers li');
      if (first) {
        // The time of this frame, which paints it: not a task queued from here, which a page that
        // keeps working in slices of high priority (scheduler.yield) would run only when that work is done.
        resolve(performance.now());
        return;
      }
      const alert = root?.querySelector('[role="alert"]');
      if (alert) reject(new Error(alert.textContent.trim().replace(/\s+/g, ' ')));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** In the page: waits for the first offers, then `settle` ms more, and reads the page's own timeline. */
async function collect({ settle, timeout }) {
  let first;
  try {
    first = await Promise.race([
      window.__firstOffers,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`no offers within ${timeout / 1000} s`)), timeout - performance.now()),
      ),
    ]);
  } catch (error) {
    return { error: error.message };
  }
  const until = first + settle;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now())));
  window.__longTasks.push(...window.__longTaskObserver.takeRecords());
  const tasks = window.__longTasks.filter((task) => task.startTime < until);
  const longest = (list) => list.reduce((max, task) => Math.max(max, task.duration), 0);
  const [navigation] = performance.getEntriesByType('navigation');
  const resources = performance.getEntriesByType('resource').filter((entry) => entry.startTime < until);
  const catalogs = resources.filter((entry) => new URL(entry.name).pathname.endsWith('.json'));
  const bytes = (entries) => entries.reduce((sum, entry) => sum + entry.transferSize, navigation.transferSize);
  return {
    firstOffers: first,
    longestTask: longest(tasks),
    longestTaskBefore: longest(tasks.filter((task) => task.startTime < first)),
    longTasks: tasks.length,
    catalogStart: Math.min(...catalogs.map((entry) => entry.requestStart || entry.startTime)),
    catalogEnd: Math.max(...catalogs.map((entry) => entry.responseEnd)),
    bytesBefore: bytes(resources.filter((entry) => entry.responseEnd <= first)),
    bytes: bytes(resources.filter((entry) => entry.responseEnd <= until)),
  };
}

/**
 * Opens `url` in `page` (a fresh one) and measures it: `kind` is 'ours' or 'bare'. Resolves to
 * `{ firstOffers, longestTask, … }` in ms from navigation start, or to `{ error }` (the element's
 * alert, or a timeout): a load that fails is reported, never thrown.
 */
export async function loadFirstOffers(page, url, { kind, settle = settleMs, timeout = timeoutMs }) {
  try {
    await page.addInitScript(watch, kind);
    await page.goto(url, { waitUntil: 'commit', timeout });
    return await page.evaluate(collect, { settle, timeout });
  } catch (error) {
    return { error: error.message.split('\n')[0] };
  }
}

/** A fresh page on a phone with Slow 4G and a 4× slower CPU, its cache disabled: every load downloads everything. */
export async function mobilePage(browser) {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...slow4G });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { page, close: () => context.close() };
}

/** A fresh desktop page (a context of its own, so an empty cache). */
export async function desktopPage(browser) {
  const page = await browser.newPage();
  return { page, close: () => page.close() };
}

/**
 * Loads ours and the bare page `runs` times each, interleaved (ours, bare, ours, bare, …) so that
 * noise of the machine hits both. `ours` and `bare` are URL paths; `open` makes a fresh page.
 * After ours has failed once (an alert, a timeout), ours is not tried again; bare still is.
 */
export async function compare({ browser, origin, ours, bare, runs, open = desktopPage }) {
  const result = { ours: [], bare: [], error: undefined };
  for (let run = 0; run < runs; run++) {
    for (const [kind, path] of [
      ['ours', ours],
      ['bare', bare],
    ]) {
      if (kind === 'ours' && result.error) continue;
      const { page, close } = await open(browser);
      const load = await loadFirstOffers(page, origin + path, { kind });
      await close();
      if (load.error && kind === 'ours') result.error = load.error;
      else if (load.error) result.bareError = load.error;
      else result[kind].push(load);
    }
  }
  return result;
}
