// `npm test`: runs every suite and ends with one line for all of them
// together, "N passed, N failed", which CI (.ci/run) prints last.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each suite writes its counts to TEST_SUMMARY_FILE, or gives a TAP file to count. */
const suites = [
  { name: 'browser (web-test-runner, Chromium)', command: 'npx', args: ['wtr'] },
  {
    name: 'node (node:test)',
    command: process.execPath,
    args: (tapFile) => [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      'test/node/',
    ],
    tap: true,
  },
  {
    // src/import runs in Node for the command line (and later in the clerk's browser page); its tests run TypeScript through tsx.
    name: 'import (node:test, tsx)',
    command: process.execPath,
    args: (tapFile) => [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...readdirSync('test/import')
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `test/import/${name}`),
    ],
    tap: true,
  },
  {
    // Faults, attacks, hostile pages, privacy and accessibility against the built CDN bundle (issue 6).
    name: 'end-to-end (playwright-core, Chromium)',
    command: process.execPath,
    args: (tapFile) => [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      'test/e2e/',
    ],
    tap: true,
  },
];

function countTap(file) {
  const text = readFileSync(file, 'utf8');
  const number = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const counts = {
    passed: number('pass'),
    failed: number('fail') + number('cancelled'),
    skipped: number('skipped') + number('todo'),
  };
  if (Object.values(counts).some(Number.isNaN)) throw new Error('no TAP summary');
  return counts;
}

const dir = mkdtempSync(join(tmpdir(), 'offer-finder-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
try {
  for (const [index, suite] of suites.entries()) {
    const summaryFile = join(dir, `suite-${index}.json`);
    console.log(`\n▶ ${suite.name}`);
    const args = suite.tap ? suite.args(summaryFile) : suite.args;
    const run = spawnSync(suite.command, args, {
      stdio: 'inherit',
      env: { ...process.env, TEST_SUMMARY_FILE: summaryFile },
    });
    let summary;
    try {
      summary = suite.tap ? countTap(summaryFile) : JSON.parse(readFileSync(summaryFile, 'utf8'));
    } catch {
      // The suite ended before it could count (crashed, browser missing): one failure.
      summary = { passed: 0, failed: 1, skipped: 0 };
    }
    if (run.status !== 0 && summary.failed === 0) summary.failed = 1;
    console.log(`◀ ${suite.name}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
    for (const key of Object.keys(totals)) totals[key] += summary[key];
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (totals.skipped) console.log(`${totals.skipped} skipped (each with its reason in the suite output)`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
