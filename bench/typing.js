// What a family feels once the first offers show: a query typed at once,
// and each key while typing. Used by bench/browser.js (part "typing").

const typed = ['Hebamme', 'Beratung Erziehung', 'Sprachförderung Kita'];

/**
 * Right after the first paint, a query: the search index loads and is built
 * after the first offers show, so a family typing at once waits for it.
 * Returns ms from the catalog's last byte to that query's painted results.
 */
export async function firstQuery(page) {
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
export async function keystrokes(page) {
  await page.evaluate(() => {
    const search = document.querySelector('offer-search');
    window.__latencies = [];
    window.__typingLongTasks = [];
    new PerformanceObserver((list) =>
      window.__typingLongTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({
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
  return page.evaluate(() => ({ latencies: window.__latencies, longTasks: window.__typingLongTasks }));
}
