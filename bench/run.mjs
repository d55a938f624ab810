// `npm run bench`: portal-reader against a baseline in the same run, in headless Chromium
// (Debian's, driven by playwright-core), printed as one table and written to bench/results.json.
// Timing never fails anything: missed targets are marked, and explained in the README.
//
//   node bench/run.mjs [--smoke] [--samples N] [--out FILE]
//   --smoke: the smallest size of each row and 3 samples, as CI runs it to show the bench works.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ENGINES } from '../test/server/engines.mjs';
import { serveDirectory } from '../tools/serve-directory.mjs';
import { articlePaint, writeScriptTagSite } from './script-tag-pages.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const SAMPLES = Number(option('--samples', smoke ? 3 : 15));
const OUT = resolve(option('--out', join(root, 'bench/results.json')));

const SIZES = smoke
  ? { render: ['seed', 100], swap: [100], fontSize: [100], popular: [10], traditional: [100], fromPage: [100], cliPages: 20, cliRuns: 1, memory: 100, memorySwaps: 20 }
  : { render: ['seed', 100, 1000, 10_000], swap: [100, 1000], fontSize: [1000, 10_000], popular: [10, 1000], traditional: [1000], fromPage: [1000], cliPages: 200, cliRuns: 3, memory: 100, memorySwaps: 200 };

if (!existsSync(join(root, 'dist/portal-reader.js'))) {
  console.error('dist/ is missing: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

// ---- Statistics ----

function quantile(sorted, q) {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  return sorted[low] + (sorted[Math.ceil(position)] - sorted[low]) * (position - low);
}

/** Median and spread (25th to 75th percentile) of a list of times. */
function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), n: sorted.length };
}

const rows = [];

/** Records a timed comparison; `target(ours, baseline, ratio)` says whether the target is met. */
function compare(id, name, times, { target, met, extra } = {}) {
  const ours = summary(times.ours);
  const baseline = summary(times.baseline);
  const ratio = ours.median / baseline.median;
  rows.push({ id, name, unit: 'ms', ours, baseline, ratio, target, met: target ? met(ours, baseline, ratio) : undefined, ...extra });
}

// ---- In-page rows ----

const browser = await chromium.launch({
  executablePath: ENGINES.chromium.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--js-flags=--expose-gc'],
});
const chromiumVersion = browser.version();
const vite = await createServer({ root, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await vite.listen();
const harness = `${vite.resolvedUrls.local[0]}bench/index.html`;

async function openHarness() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', error => console.error('page error:', error.message));
  await page.goto(harness);
  await page.waitForFunction(() => window.benchReady);
  // Warm-up: Lit's templates and the engine's caches, not counted.
  await page.evaluate(() => window.bench.render('seed', 2));
  return page;
}

/**
 * Bytes of the JS heap held by the page's objects, from a heap snapshot, leaving out what the
 * browser keeps for itself and bounds: compiled code (hot functions keep being compiled for
 * hundreds of swaps) and the performance timeline's layout-shift records (a swap moves the
 * nodes it updates in place; Chromium buffers up to 150 such records). A leak shows up here.
 */
const BROWSER_OWNED = new Set(['LayoutShift', 'LayoutShiftAttribution', 'DOMRectReadOnly']);
async function objectBytes(cdp) {
  let json = '';
  const collect = event => (json += event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(json);
  const fields = snapshot.meta.node_fields;
  const [type, name, size] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (nodes[i + type] !== code && !BROWSER_OWNED.has(strings[nodes[i + name]])) bytes += nodes[i + size];
  }
  return bytes;
}

const label = size => (size === 'seed' ? 'seed article' : `${size.toLocaleString('en')} paragraphs`);

try {
  const page = await openHarness();
  for (const size of SIZES.render) {
    const times = await page.evaluate(([size, samples]) => window.bench.render(size, samples), [size, SAMPLES]);
    compare(`render-${size}`, `1. First render, ${label(size)} (vs innerHTML)`, times,
      size === 1000 ? { target: 'ratio ≤ 1.10', met: (_o, _b, ratio) => ratio <= 1.1 } : {});
  }
  for (const size of SIZES.swap) {
    const times = await page.evaluate(([size, samples]) => window.bench.swap(size, samples), [size, Math.max(SAMPLES, smoke ? 3 : 50)]);
    compare(`swap-${size}`, `2. Article swap, ${label(size)} (vs innerHTML)`, times, { target: 'ratio ≤ 1.15', met: (_o, _b, ratio) => ratio <= 1.15 });
  }
  for (const size of SIZES.fontSize) {
    const result = await page.evaluate(([size, samples]) => window.bench.fontSize(size, samples), [size, SAMPLES]);
    compare(`font-size-${size}`, `3. Font size change, ${label(size)} (vs a CSS variable)`, result, {
      target: size === 1000 || smoke ? 'ratio ≤ 1.10 and < 50 ms; no node re-created' : 'no node re-created',
      met: (ours, _b, ratio) =>
        result.sameNodes && result.nodesBefore === result.nodesAfter && (size === 10_000 || (ratio <= 1.1 && ours.median < 50)),
      extra: { nodesBefore: result.nodesBefore, nodesAfter: result.nodesAfter, sameNodes: result.sameNodes },
    });
  }
  for (const count of SIZES.popular) {
    const times = await page.evaluate(([count, samples]) => window.bench.popular(count, samples), [count, SAMPLES]);
    compare(`popular-${count}`, `4. Popular list, ${count.toLocaleString('en')} items (vs innerHTML)`, times);
  }
  for (const size of SIZES.fromPage) {
    const times = await page.evaluate(([size, samples]) => window.bench.fromPage(size, samples), [size, SAMPLES]);
    compare(`from-page-${size}`, `9. Article read from the page (from="#zoom"), ${label(size)} (vs the same article as JSON)`, times);
  }
  for (const size of SIZES.traditional) {
    const result = await page.evaluate(([size, samples]) => window.bench.traditional(size, samples), [size, SAMPLES]);
    if (!/[溫區]/.test(result.converted)) throw new Error(`row 8: the article was not converted (${result.converted})`);
    compare(`traditional-${size}`, `8. Traditional characters (简 → 繁), ${label(size)} of Chinese (vs opencc-js HTMLConverter)`, result, {
      extra: { first: result.first },
    });
  }
  await page.close();

  // ---- 7. Memory after many swaps ----
  const memory = {};
  for (const side of ['ours', 'baseline']) {
    const page = await openHarness();
    const cdp = await page.context().newCDPSession(page);
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, objects: await objectBytes(cdp), nodes };
    };
    await page.evaluate(([side, size]) => window.bench.swapMany(side, size, 1), [side, SIZES.memory]);
    const after1 = await measure();
    await page.evaluate(([side, size, times]) => window.bench.swapMany(side, size, times), [side, SIZES.memory, SIZES.memorySwaps - 1]);
    const afterMany = await measure();
    memory[side] = {
      after1,
      afterMany,
      heapGrowth: (afterMany.heap - after1.heap) / after1.heap,
      objectGrowth: (afterMany.objects - after1.objects) / after1.objects,
      nodeGrowth: afterMany.nodes - after1.nodes,
    };
    await page.close();
  }
  rows.push({
    id: 'memory',
    name: `7. Memory after ${SIZES.memorySwaps} swaps vs 1 (${label(SIZES.memory)})`,
    unit: 'growth',
    memory,
    target: 'heap growth < 1 % (objects)',
    met: memory.ours.objectGrowth < 0.01,
  });
} finally {
  await vite.close();
}

// ---- 6. Script-tag page to the article's paint ----
// The article's own paint, its largest contentful paint, not the first paint: on a script-tag
// page that is often the "Loading…" message.

const { site, pages } = writeScriptTagSite(root);
try {
  const server = await serveDirectory(site);
  for (const [name, label] of Object.entries(pages)) {
    const times = { ours: [], baseline: [] };
    for (let i = 0; i < SAMPLES; i++) {
      times.ours.push(await articlePaint(browser, `${server.url}${name}.html`));
      times.baseline.push(await articlePaint(browser, `${server.url}static.html`));
    }
    compare(`article-paint-${name}`, `6. Script-tag page to the article's paint, ${label} (vs static HTML)`, times,
      { target: 'ratio ≤ 1.30', met: (_o, _b, ratio) => ratio <= 1.3 });
  }
  server.close();
} finally {
  rmSync(site, { recursive: true, force: true });
  await browser.close();
}

// ---- 10. portal-reader import: saved pages a second ----

{
  const work = mkdtempSync(join(tmpdir(), 'portal-reader-bench-import-'));
  try {
    // Saved Hanweb pages of about 20 paragraphs each (the fixture's template, its text repeated), all different.
    const template = readFileSync(join(root, 'test/fixtures/pages/hanweb.html'), 'utf8');
    const paragraphs = template.match(/<p style="text-indent: 2em;">[^<]*<\/p>/g).join('\n');
    mkdirSync(join(work, 'pages'));
    for (let i = 0; i < SIZES.cliPages; i++) {
      const page = template
        .replaceAll('温州加快融入全球创新网络', `温州加快融入全球创新网络（之${i + 1}）`)
        .replace('<h2>', `${paragraphs.repeat(5)}<h2>`);
      writeFileSync(join(work, 'pages', `art_${i + 1}.html`), page);
    }
    const pages = readdirSync(join(work, 'pages')).map(name => readFileSync(join(work, 'pages', name), 'utf8'));
    const seconds = [];
    for (let run = 0; run < SIZES.cliRuns; run++) {
      const start = performance.now();
      const { status, stderr } = spawnSync(process.execPath, [join(root, 'bin/portal-reader.mjs'), 'import', 'pages', '--out', `json-${run}`], { cwd: work, encoding: 'utf8' });
      if (status !== 0) throw new Error(`portal-reader import failed: ${stderr}`);
      seconds.push((performance.now() - start) / 1000);
    }
    // The floor: parsing the same pages with jsdom alone, in this process, one window for all (as the command does).
    const { JSDOM } = await import('jsdom');
    const { window } = new JSDOM('');
    const start = performance.now();
    for (const html of pages) new window.DOMParser().parseFromString(html, 'text/html');
    const jsdomSeconds = (performance.now() - start) / 1000;
    window.close();
    const median = summary(seconds).median;
    rows.push({
      id: 'import-cli',
      name: `10. npx portal-reader import, ${SIZES.cliPages} saved pages (vs jsdom parsing them alone)`,
      unit: 'pages/s',
      pages: SIZES.cliPages,
      runs: seconds,
      ours: SIZES.cliPages / median,
      baseline: SIZES.cliPages / jsdomSeconds,
      ratio: median / jsdomSeconds,
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- 5. Bundle bytes ----

const compressed = bytes => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** `contents` bundled and minified as an app's bundler would, Lit included; DOMPurify and OpenCC are loaded on demand, so left out. */
async function bundled(contents) {
  const result = await esbuild({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', external: ['dompurify', 'opencc-js'],
  });
  return Buffer.from(result.outputFiles[0].contents);
}
const sanitizer = readdirSync(join(root, 'dist')).find(name => /^portal-reader-sanitize-.*\.js$/.test(name));
const opencc = readdirSync(join(root, 'dist')).find(name => /^portal-reader-opencc-.*\.js$/.test(name));
const sizes = [
  ['dist/portal-reader.js (ES bundle, no sanitizer)', readFileSync(join(root, 'dist/portal-reader.js'))],
  [`dist/${sanitizer} (loaded for HTML articles)`, readFileSync(join(root, 'dist', sanitizer))],
  [`dist/${opencc} (OpenCC, loaded when a reader chooses 繁)`, readFileSync(join(root, 'dist', opencc))],
  ['dist/portal-reader.iife.js (classic, sanitizer inside)', readFileSync(join(root, 'dist/portal-reader.iife.js'))],
  [
    'Lit alone, as the elements use it (the floor)',
    await bundled(
      "export { LitElement, html, css, nothing, unsafeCSS, isServer } from 'lit'; export { property } from 'lit/decorators.js'; export { ifDefined } from 'lit/directives/if-defined.js';",
    ),
  ],
  ...(await Promise.all(
    ['article-view', 'font-size-toggle', 'print-close-bar', 'popular-list'].map(async name => [
      `portal-reader/${name}.js with Lit (npm)`,
      await bundled(`import './dist/${name}/${name}.js';`),
    ]),
  )),
].map(([name, bytes]) => ({ name, ...compressed(bytes) }));
const esBundle = sizes[0];
rows.push({ id: 'bytes', name: '5. Bundle bytes', unit: 'bytes', sizes, target: 'ES bundle ≤ 12 KB gzip', met: esBundle.gzip <= 12 * 1024 });

// ---- Report ----

const ms = value => `${value.toFixed(value < 10 ? 2 : 1)}`;
const spread = s => `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)})`;
const kb = bytes => `${(bytes / 1024).toFixed(1)} KB`;
const mark = row => (row.target === undefined ? '' : row.met ? `✓ ${row.target}` : `✗ MISSED ${row.target}`);
const lines = [['', 'portal-reader', 'baseline', 'ratio', 'target']];
for (const row of rows.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))) {
  if (row.unit === 'ms') {
    lines.push([row.name, `${spread(row.ours)} ms`, `${spread(row.baseline)} ms`, row.ratio.toFixed(2), mark(row)]);
    if (row.nodesBefore !== undefined) lines.push(['   article nodes before → after', `${row.nodesBefore} → ${row.nodesAfter}`, '', '', row.sameNodes ? 'same nodes' : 'nodes re-created']);
    if (row.first) lines.push(['   first choice, loading OpenCC (one sample)', `${ms(row.first.ours)} ms`, `${ms(row.first.baseline)} ms`, '', '']);
  } else if (row.unit === 'pages/s') {
    lines.push([row.name, `${row.ours.toFixed(1)} pages/s (${ms(1000 / row.ours)} ms a page)`, `${row.baseline.toFixed(1)} pages/s`, row.ratio.toFixed(2), '']);
  } else if (row.unit === 'growth') {
    const { ours, baseline } = row.memory;
    const percent = value => `${(value * 100).toFixed(2)} %`;
    const growth = side =>
      `objects ${percent(side.objectGrowth)}, heap ${percent(side.heapGrowth)}, nodes ${side.nodeGrowth >= 0 ? '+' : ''}${side.nodeGrowth}`;
    lines.push([row.name, growth(ours), growth(baseline), '', mark(row)]);
  } else {
    lines.push([row.name, 'gzip / brotli', '', '', mark(row)]);
    for (const size of row.sizes) lines.push([`   ${size.name}`, `${kb(size.gzip)} / ${kb(size.brotli)}`, '', '', '']);
  }
}
const widths = lines[0].map((_, column) => Math.max(...lines.map(line => line[column].length)));
console.log(`\nportal-reader benchmarks: ${SAMPLES} samples a side, median (25th–75th percentile)${smoke ? ', smoke run' : ''}\n`);
for (const line of lines) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, samples: SAMPLES, smoke, rows }, null, 2)}\n`);
console.log(`\nWritten to ${OUT}`);
