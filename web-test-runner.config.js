// Browser tests in Debian's Chromium (no browser download works in CI here).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.js';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const workerPath = fileURLToPath(new URL('./.storybook/public/mockServiceWorker.js', import.meta.url));

/**
 * `emulate-forced-colors`: real forced-colors emulation through the DevTools
 * protocol (Puppeteer's emulateMedia does not take that feature).
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const client = (page.forcedColorsSession ??= await page.createCDPSession());
    await client.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/e2e/**', '!test/import/**'],
  nodeResolve: true,
  // Two test pages at a time: more starve each other's timers on a two-core CI machine.
  concurrency: 2,
  testsFinishTimeout: 300_000,
  plugins: [
    forcedColorsPlugin,
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Test files run side by side in tabs; background tabs must not get throttled timers or frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  middleware: [
    // MSW's service worker must be served from the root to control test pages.
    async (context, next) => {
      if (context.path !== '/mockServiceWorker.js') return next();
      context.type = 'application/javascript';
      context.body = await readFile(workerPath, 'utf8');
    },
  ],
  // Lit's development build says so once per page; every other log is kept.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
