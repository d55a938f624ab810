// The pages of bench row 6 (a script-tag page, the article's paint against static HTML), written
// once for run.mjs and paint-breakdown.mjs: the built bundles, the seed article and one page per way
// of loading it, in a temporary directory.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleHtml } from './static-html.js';

/**
 * Writes the site with the bundles of `dist` (the build in `root`'s dist/ by default); returns its
 * directory and `pages`: file name (without .html) → label.
 */
export function writeScriptTagSite(root, dist = join(root, 'dist')) {
  const site = mkdtempSync(join(tmpdir(), 'portal-reader-bench-'));
  const seed = readFileSync(join(root, 'test/fixtures/seed-article.json'), 'utf8');
  for (const file of readdirSync(dist).filter(name => name.startsWith('portal-reader'))) {
    copyFileSync(join(dist, file), join(site, file));
  }
  writeFileSync(join(site, 'article.json'), seed);
  const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
  const inline = `<article-view><script type="application/json">${seed.replace(/</g, '\\u003c')}</script></article-view>`;
  const fromSrc = '<article-view src="article.json"></article-view>';
  const es = '<script type="module" src="portal-reader.js"></script>';
  // The README's recipe: the bundle and the article's JSON requested with the page, not after the script.
  const preload = '<link rel="modulepreload" href="portal-reader.js"><link rel="preload" href="article.json" as="fetch" crossorigin>';
  const pages = {
    'es-src': ['ES bundle, article from src', page(es, fromSrc)],
    'es-src-preload': ['ES bundle, article from src, with the preload recipe', page(preload + es, fromSrc)],
    'es-inline': ['ES bundle, inline JSON', page(es, inline)],
    'iife-inline': ['classic bundle, inline JSON', page('<script src="portal-reader.iife.js"></script>', inline)],
  };
  writeFileSync(join(site, 'static.html'), page('', articleHtml(JSON.parse(seed))));
  for (const [name, [, html]] of Object.entries(pages)) writeFileSync(join(site, `${name}.html`), html);
  return { site, pages: Object.fromEntries(Object.entries(pages).map(([name, [label]]) => [name, label])) };
}

/**
 * Navigation start to the largest contentful paint of `url` in a fresh context of `browser`: the
 * article (its title or longest paragraph), once `<article-view>` (if any) is ready.
 */
export async function articlePaint(browser, url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver(list => list.getEntries().forEach(entry => window.__paints.push(entry.startTime)))
      .observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await tab.goto(url);
  // LCP is final at the first input or when the page is hidden; the article has shown by then.
  await tab.waitForFunction(() => {
    const view = document.querySelector('article-view');
    return (!view || view.getAttribute('state') === 'ready') && window.__paints.length > 0;
  });
  await tab.waitForTimeout(200);
  const time = await tab.evaluate(() => window.__paints.at(-1));
  await context.close();
  return time;
}
