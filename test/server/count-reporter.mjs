// Counts passed, failed and skipped tests per test file and writes them to
// .test-results/<engine>.run.json, for test/server/run-engines.mjs, which reruns failed files and
// writes the engine's totals for .ci/run's closing line "N passed, N failed".
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter(engine) {
  return {
    onTestRunFinished({ sessions }) {
      const files = {};
      for (const session of sessions) {
        const counts = { passed: 0, failed: 0, skipped: 0 };
        countSuite(session.testResults, counts);
        // A file that failed to load, or a hook that threw, fails the session without a failed test.
        if (!session.passed && counts.failed === 0) counts.failed = 1;
        files[relative(process.cwd(), session.testFile)] = counts;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${engine}.run.json`, JSON.stringify({ files }));
    },
  };
}
