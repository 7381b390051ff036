// Every story of the static Storybook (built fresh from the sources into a
// temporary folder) opened in Chromium and checked with axe-core for WCAG
// 2.1 A and AA: the stories show every state of every element, so this is
// where "no a11y violations in any state" is enforced.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** How long a story gets to load its mocked catalog and render. */
const settleMs = 1200;

let outputDir;
let server;
let browser;

before(async () => {
  outputDir = mkdtempSync(join(tmpdir(), 'offer-finder-storybook-'));
  const built = spawnSync('npm', ['run', 'build-storybook', '--', '--output-dir', outputDir], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(built.status, 0, `build-storybook failed:\n${built.stdout}\n${built.stderr}`);
  server = await serveStatic({ root: outputDir });
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

/** Opens one story and returns axe's WCAG 2.1 A/AA violations, briefly. */
async function violationsOf(page, id) {
  await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForTimeout(settleMs);
  await page.addScriptTag({ path: axePath });
  // The a11y addon runs the same axe in the story after its play function;
  // one run at a time, so wait for it to end and ask again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await page.evaluate(async () => {
        const results = await window.axe.run(document.querySelector('#storybook-root') ?? document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
      });
    } catch (error) {
      if (attempt === 20 || !/Axe is already running/.test(error.message)) throw error;
      await page.waitForTimeout(250);
    }
  }
}

test('every story is free of WCAG 2.1 A/AA violations (axe-core)', { timeout: 900_000 }, async () => {
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  assert.ok(stories.length > 50, `only ${stories.length} stories found`);
  // Two pages at once: the two cores of a CI machine.
  const queue = [...stories];
  const failures = [];
  await Promise.all(
    [0, 1].map(async () => {
      const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
      for (let story = queue.shift(); story; story = queue.shift()) {
        const violations = await violationsOf(page, story.id);
        if (violations.length) failures.push(`${story.id}: ${violations.join('; ')}`);
      }
      await page.close();
    }),
  );
  assert.deepEqual(failures, [], `${failures.length} of ${stories.length} stories have violations`);
});

test('stories show the elements in a sans-serif page font, not the browser default (Times)', async () => {
  // The elements inherit the page's font; .storybook/preview-head.html gives the preview page one.
  const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8'));
  const story = Object.values(index.entries).find(
    (entry) => entry.type === 'story' && entry.id.startsWith('elements-contact-card--'),
  );
  const page = await browser.newPage();
  await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
  const card = page.locator('contact-card').first();
  await card.waitFor();
  const font = await card.evaluate((element) => getComputedStyle(element).fontFamily);
  await page.close();
  assert.match(font, /^system-ui,/);
});
