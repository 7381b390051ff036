// Counts the browser suite's tests for the one summary line of `npm test`
// (scripts/test.js); writes nothing unless TEST_SUMMARY_FILE is set.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.TEST_SUMMARY_FILE;
      if (!file) return;
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that fails to load or throws outside a test has no results of its own.
        totals.failed += session.errors.length;
        if (!session.passed && !session.testResults && session.errors.length === 0) totals.failed++;
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
