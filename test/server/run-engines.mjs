// `npm test`: runs the browser suite once per installed engine, one engine after the other
// (Chromium and Firefox side by side starve a 2-core machine until pages time out), then the
// Node suite (test/**/*.node.mjs: the packed package, the examples and the demo workbench, built and
// run as a user would).
//
// Each suite runs once: a failing test fails the run (a test that fails only sometimes is a bug to
// fix, not to retry). TEST_DEADLINE (Unix seconds, set by .ci/run) bounds the whole run: a suite that
// hangs is stopped and counted as failed instead of using up CI's time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { findEngines } from './engines.mjs';

const deadline = Number(process.env.TEST_DEADLINE) * 1000 || Infinity;
const args = process.argv.slice(2);
const { installed, missing } = findEngines();
console.log(
  `Testing in: ${installed.map(engine => `${engine.name} (${engine.path})`).join(', ')}` +
    (missing.length ? `; not installed, skipped: ${missing.map(engine => engine.name).join(', ')}` : ''),
);

const nodeFiles = readdirSync('test', { recursive: true })
  .filter(file => file.endsWith('.node.mjs'))
  .map(file => `test/${file}`)
  .sort();

/** Each suite and how to run it; `wtr` arguments given to npm test go to the browsers. */
const suites = [
  ...installed.map(engine => ({
    name: engine.name,
    command: () => ['wtr', args, { TEST_ENGINE: engine.name }],
  })),
  ...(args.length === 0 && nodeFiles.length > 0
    ? [{
        name: 'node',
        command: () => [
          process.execPath,
          ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
            '--test-reporter=./test/server/node-count-reporter.mjs', '--test-reporter-destination=.test-results/node.run.json',
            ...nodeFiles],
          {},
        ],
      }]
    : []),
];

/** Runs one suite; resolves to its per-file counts, or undefined when it reported none. */
function runSuite(suite, timeLimit) {
  const resultFile = `.test-results/${suite.name}.run.json`;
  rmSync(resultFile, { force: true });
  const [command, commandArgs, env] = suite.command();
  return new Promise(resolve => {
    const child = spawn(command, commandArgs, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      // Its own process group, so a stop also ends the browsers it started.
      detached: process.platform !== 'win32',
      env: { ...process.env, ...env },
    });
    const stop = () => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    process.once('SIGINT', stop);
    const timer = Number.isFinite(timeLimit)
      ? setTimeout(() => {
          console.log(`\n== ${suite.name}: stopped after ${Math.round(timeLimit / 60_000)} minutes ==`);
          stop();
        }, Math.max(0, timeLimit))
      : undefined;
    child.on('exit', () => {
      clearTimeout(timer);
      process.off('SIGINT', stop);
      const report = existsSync(resultFile) ? readFileSync(resultFile, 'utf8').trim() : '';
      resolve(report ? JSON.parse(report).files : undefined);
    });
  });
}

let failed = false;
mkdirSync('.test-results', { recursive: true });
for (const [index, suite] of suites.entries()) {
  console.log(`\n== ${suite.name} ==`);
  // Each suite still to run gets an equal share of the time that is left.
  const share = () => (deadline - Date.now()) / (suites.length - index);
  const files = await runSuite(suite, share());
  // A suite that never reported (it hung or crashed) counts as one failure.
  const totals = { passed: 0, failed: files ? 0 : 1, skipped: 0 };
  for (const counts of Object.values(files ?? {})) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  writeFileSync(`.test-results/${suite.name}.json`, JSON.stringify({ ...totals, files }, null, 2));
  console.log(`\n== ${suite.name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped ==`);
  if (totals.failed > 0) failed = true;
}
process.exit(failed ? 1 : 0);
