// The pages of bench row 6 (a script-tag page, the article's paint against static HTML), written
// once for run.mjs and paint-breakdown.mjs: the built bundles, the seed article and one page per way
// of loading it, in a temporary directory.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleHtml } from './static-html.js';

/** Writes the site; returns its directory and `pages`: file name (without .html) → label. */
export function writeScriptTagSite(root) {
  const site = mkdtempSync(join(tmpdir(), 'portal-reader-bench-'));
  const seed = readFileSync(join(root, 'test/fixtures/seed-article.json'), 'utf8');
  for (const file of readdirSync(join(root, 'dist')).filter(name => name.startsWith('portal-reader'))) {
    copyFileSync(join(root, 'dist', file), join(site, file));
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
