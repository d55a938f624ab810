// `node bench/compare.mjs <git revision>`: this build of portal-reader against the one at that
// revision, in one run of headless Chromium, a sample of each in turn, so drift of the machine
// hits both alike (runs minutes apart differ by more than the 5 % a change may cost).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ENGINES } from '../test/server/engines.mjs';
import { serveDirectory } from '../tools/serve-directory.mjs';
import { articlePaint, writeScriptTagSite } from './script-tag-pages.js';

const root = resolve(import.meta.dirname, '..');
const [revision = 'HEAD~1', samplesArgument = '15'] = process.argv.slice(2);
const SAMPLES = Number(samplesArgument);
const other = join(root, 'bench/.other');

// The other revision's ES bundle, built in a worktree that shares node_modules.
rmSync(other, { recursive: true, force: true });
const worktree = join(root, 'bench/.worktree');
rmSync(worktree, { recursive: true, force: true });
execFileSync('git', ['worktree', 'add', '-f', worktree, revision], { cwd: root, stdio: 'ignore' });
try {
  if (!existsSync(join(worktree, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(worktree, 'node_modules'));
  execFileSync('npx', ['vite', 'build', '--mode', 'bundle'], { cwd: worktree, stdio: 'ignore' });
  cpSync(join(worktree, 'dist'), other, { recursive: true });
} finally {
  execFileSync('git', ['worktree', 'remove', '-f', worktree], { cwd: root, stdio: 'ignore' });
}

const ROWS = [
  ['render', 'seed'], ['render', 100], ['render', 1000], ['render', 10_000],
  ['swap', 1000], ['fontSize', 1000], ['fontSize', 10_000], ['popular', 10], ['popular', 1000], ['traditional', 1000],
];

const browser = await chromium.launch({ executablePath: ENGINES.chromium.path, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const vite = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await vite.listen();
const open = async bundle => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${vite.resolvedUrls.local[0]}bench/index.html${bundle ? `?bundle=${bundle}` : ''}`);
  await page.waitForFunction(() => window.benchReady);
  await page.evaluate(() => window.bench.render('seed', 2));
  return page;
};
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** One row: the medians of both sides and the change. */
function report(row, times, revision) {
  const [now, then] = [median(times.this), median(times[revision])];
  const change = (now / then - 1) * 100;
  console.log(`${row.padEnd(22)} ${now.toFixed(1).padStart(7)} vs ${then.toFixed(1).padStart(7)}  ${change >= 0 ? '+' : ''}${change.toFixed(1)} %${change > 5 ? '  ✗ over 5 %' : ''}`);
}
try {
  const pages = { this: await open(), [revision]: await open('/bench/.other/portal-reader.js') };
  console.log(`\nThis build against ${revision}: median ms of portal-reader's side, ${SAMPLES} samples each, taken in turn\n`);
  for (const [row, size] of ROWS) {
    const times = { this: [], [revision]: [] };
    for (let i = 0; i < SAMPLES; i++) {
      for (const side of i % 2 ? [revision, 'this'] : ['this', revision]) {
        // The page in front: a page behind it gets its frames throttled.
        await pages[side].bringToFront();
        const result = await pages[side].evaluate(([row, size]) => window.bench[row](size, 1), [row, size]);
        times[side].push(result.ours[0]);
      }
    }
    report(`${row} ${size}`, times, revision);
  }
  // Row 6: the script-tag pages of each build, to the article's paint, a load of each in turn.
  const sites = { this: writeScriptTagSite(root), [revision]: writeScriptTagSite(root, other) };
  const servers = Object.fromEntries(await Promise.all(Object.entries(sites).map(async ([side, { site }]) => [side, await serveDirectory(site)])));
  try {
    for (const name of Object.keys(sites.this.pages)) {
      const times = { this: [], [revision]: [] };
      for (let i = 0; i < SAMPLES; i++) {
        for (const side of i % 2 ? [revision, 'this'] : ['this', revision]) times[side].push(await articlePaint(browser, `${servers[side].url}${name}.html`));
      }
      report(`paint ${name}`, times, revision);
    }
  } finally {
    for (const side in sites) {
      servers[side].close();
      rmSync(sites[side].site, { recursive: true, force: true });
    }
  }
} finally {
  await vite.close();
  await browser.close();
  rmSync(other, { recursive: true, force: true });
}
