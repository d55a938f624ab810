// Where the time of bench row 6 goes: each script-tag page and the static HTML page, loaded with a
// Chromium trace, the article's largest contentful paint split into what the page waited for
// (milestones) and what the main thread did until then (busy time by kind). Medians of N loads.
//
//   node bench/paint-breakdown.mjs [--samples N] [--pages es-src,es-inline]     (after npm run build)
import { resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ENGINES } from '../test/server/engines.mjs';
import { serveDirectory } from '../tools/serve-directory.mjs';
import { writeScriptTagSite } from './script-tag-pages.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const SAMPLES = Number(args.includes('--samples') ? args[args.indexOf('--samples') + 1] : 9);

// Trace events of the renderer's main thread, by kind. Time nested in another listed event counts
// for the inner one only (self time).
const KINDS = {
  'parse HTML': ['ParseHTML'],
  'compile script': ['v8.compile', 'v8.compileModule', 'V8.CompileCode', 'v8.produceModuleCache', 'v8.produceCache'],
  'run script': ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'V8.RunMicrotasks', 'v8.run'],
  'garbage collection': ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'V8.GCScavenger'],
  'style': ['UpdateLayoutTree', 'ParseAuthorStyleSheet', 'ScheduleStyleRecalculation'],
  'layout': ['Layout'],
  'paint': ['PrePaint', 'Paint', 'Layerize', 'Commit', 'PaintImage', 'RasterTask'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map(name => [name, kind])));

/** Self time per kind of the main thread's events from `start` to `end` (µs → ms). */
function busyTime(events, start, end) {
  const spans = events
    .filter(e => e.ph === 'X' && KIND_OF.has(e.name) && e.ts < end && e.ts + (e.dur ?? 0) > start)
    .map(e => ({ kind: KIND_OF.get(e.name), from: Math.max(e.ts, start), to: Math.min(e.ts + e.dur, end) }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const self = Object.fromEntries(Object.keys(KINDS).map(kind => [kind, 0]));
  const stack = [];
  let covered = 0;
  let coveredTo = start;
  const close = upTo => {
    while (stack.length && stack.at(-1).to <= upTo) stack.pop();
  };
  for (const span of spans) {
    close(span.from);
    if (stack.length) self[stack.at(-1).kind] -= span.to - span.from;
    self[span.kind] += span.to - span.from;
    stack.push(span);
    if (span.to > coveredTo) {
      covered += span.to - Math.max(span.from, coveredTo);
      coveredTo = span.to;
    }
  }
  for (const kind in self) self[kind] /= 1000;
  return { ...self, 'main thread idle (waiting)': (end - start - covered) / 1000 };
}

const browser = await chromium.launch({
  executablePath: ENGINES.chromium.path,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const { site, pages } = writeScriptTagSite(root);
const server = await serveDirectory(site);

/** One load of `file` under a trace: milestones (ms from navigation start) and busy time. */
async function load(file, traced) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const at = (window.__at = {});
    const now = name => (at[name] ??= performance.now());
    new PerformanceObserver(list => list.getEntries().forEach(entry => (at['article painted (LCP)'] = entry.startTime)))
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver(list => list.getEntries().forEach(entry => entry.name === 'first-contentful-paint' && (at['first paint (FCP)'] = entry.startTime)))
      .observe({ type: 'paint', buffered: true });
    customElements.whenDefined('article-view').then(() => now('article-view defined'));
    new MutationObserver(() => {
      const state = document.querySelector('article-view')?.getAttribute('state');
      if (state) now(`state ${state}`);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
  });
  if (traced) await browser.startTracing(tab, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
  await tab.goto(`${server.url}${file}`);
  await tab.waitForFunction(() => {
    const view = document.querySelector('article-view');
    return (!view || view.getAttribute('state') === 'ready') && window.__at['article painted (LCP)'] !== undefined;
  });
  await tab.waitForTimeout(200);
  const at = await tab.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0];
    const marks = { 'page HTML received': navigation.responseEnd, ...window.__at };
    for (const entry of performance.getEntriesByType('resource')) {
      const name = entry.name.split('/').at(-1).replace(/-[\w-]{8}\.js$/, '-*.js');
      if (!/\.(js|json)$/.test(name)) continue;
      marks[`${name} requested`] = entry.startTime;
      marks[`${name} received`] = entry.responseEnd;
    }
    return marks;
  });
  if (!traced) {
    await context.close();
    return { at };
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  // The page's renderer main thread: the one that ran the navigation.
  const main = trace.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.endsWith(file));
  const threadEvents = trace.filter(e => e.pid === main.pid && e.tid === main.tid);
  const lcp = main.ts + at['article painted (LCP)'] * 1000;
  return { at, busy: busyTime(threadEvents, main.ts, lcp) };
}

const median = values => {
  const sorted = values.filter(v => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};
const results = {};
const only = args.includes('--pages') ? args[args.indexOf('--pages') + 1].split(',') : Object.keys(pages);
const names = ['static', ...Object.keys(pages).filter(name => only.includes(name))];
for (let i = 0; i < SAMPLES; i++) {
  for (const name of names) {
    // Milestones from a load without the trace, which slows the page; busy time from a traced one.
    const { at } = await load(`${name}.html`, false);
    const { busy } = await load(`${name}.html`, true);
    (results[name] ??= []).push({ at, busy });
  }
}
server.close();
await browser.close();
rmSync(site, { recursive: true, force: true });

const fixed = value => (value === undefined ? '' : value.toFixed(1));
const table = (title, pick) => {
  const keys = [...new Set(names.flatMap(name => results[name].flatMap(sample => Object.keys(pick(sample)))))];
  const medians = Object.fromEntries(names.map(name => [name, Object.fromEntries(keys.map(key => [key, median(results[name].map(sample => pick(sample)[key]))]))]));
  keys.sort((a, b) => (median(names.map(n => medians[n][a])) ?? 0) - (median(names.map(n => medians[n][b])) ?? 0));
  console.log(`\n${title} (ms, median of ${SAMPLES})\n`);
  console.log(`| | ${names.join(' | ')} |\n| --- |${names.map(() => ' ---: |').join('')}`);
  for (const key of keys) console.log(`| ${key} | ${names.map(name => fixed(medians[name][key])).join(' | ')} |`);
};
table('Milestones from navigation start', sample => sample.at);
table('Main thread from navigation start to the article\'s paint, by kind', sample => sample.busy);
