// A node:test reporter that writes the same per-file counts as count-reporter.mjs does for the
// browser engines: `{ files: { path: { passed, failed, skipped } } }`.
import { relative } from 'node:path';

export default async function* nodeCountReporter(source) {
  const files = {};
  const failedSuites = new Set();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const file = event.data.file ? relative(process.cwd(), event.data.file) : 'node';
    const counts = (files[file] ??= { passed: 0, failed: 0, skipped: 0 });
    // Suites report too; only tests are counted, but a suite that failed (a hook threw) counts.
    if (event.data.details?.type === 'suite') {
      if (event.type === 'test:fail') failedSuites.add(file);
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  for (const file of failedSuites) if (files[file].failed === 0) files[file].failed = 1;
  yield JSON.stringify({ files });
}
