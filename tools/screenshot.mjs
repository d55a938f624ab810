// `node tools/screenshot.mjs [out.png]`: the README's picture, docs/images/portal-page.png. Builds
// the workbench (as `npm run build:demo` does, into a temporary folder; run `npm run build`
// first, for dist/custom-elements.json), opens it in headless Chromium with the seed article at
// Desktop width and 100 %, and photographs the preview: the rebuilt portal page as a 1280 px
// window shows it. Chromium: /usr/bin/chromium or CHROME_PATH. The Chinese labels need a Chinese
// font (Debian: apt-get install fonts-wqy-zenhei).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveDirectory } from './serve-directory.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(root, 'docs/images/portal-page.png'));
const WIDTH = 1280;
const HEIGHT = 900;

const site = mkdtempSync(join(tmpdir(), 'portal-reader-screenshot-'));
let server;
let browser;
try {
  await build({ configFile: join(root, 'vite.config.ts'), mode: 'demo', logLevel: 'warn', build: { outDir: site } });
  server = await serveDirectory(site, '/');
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  });
  // A window wide and tall enough that the panel holds the 1280 px preview at 100 %, HEIGHT px tall.
  const page = await browser.newPage({ viewport: { width: WIDTH + 600, height: HEIGHT + 150 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}?sample=seed&zoom=100`);
  const frame = page.frameLocator('#preview');
  await frame.locator('article-view[state=ready]').waitFor();
  await frame.locator('popular-list[state=ready]').waitFor();
  // Labels and dates are written again a frame after the first paint; let that and the fonts settle.
  await page.frame({ url: /preview\.html/ }).evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const preview = page.locator('#preview');
  const box = await preview.boundingBox();
  if (Math.round(box.width) !== WIDTH) throw new Error(`the preview is ${box.width} px wide, not ${WIDTH}: is the window too narrow?`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, clip: { x: box.x, y: box.y, width: WIDTH, height: Math.min(HEIGHT, box.height) } });
  console.log(`Wrote ${relative(process.cwd(), out)}`);
} finally {
  await browser?.close();
  server?.close();
  rmSync(site, { recursive: true, force: true });
}
