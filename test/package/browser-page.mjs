// For the Node suite: serves a built site and opens it in headless Chromium (puppeteer-core).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ENGINES } from '../server/engines.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves the files under `root` on localhost at `base` (a path ending in `/`); `server.url` is
 * the address of `base`, where `index.html` answers.
 */
export async function serveDirectory(root, base = '/') {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const pathname = decodeURIComponent(request.url.split('?')[0]);
    if (!pathname.startsWith(base)) return response.writeHead(404).end();
    const path = join(root, pathname === base ? 'index.html' : pathname.slice(base.length));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise(done => server.listen(0, '127.0.0.1', done));
  server.url = `http://127.0.0.1:${server.address().port}${base}`;
  return server;
}

/**
 * Serves `root` on localhost, opens its index.html in Chromium and calls `use(page, errors)`,
 * where `errors` collects the page's uncaught errors and console errors. `beforeLoad(page)`, if
 * given, runs before the page is opened (to switch JavaScript off, or to record requests).
 */
export async function withPage(root, use, { beforeLoad } = {}) {
  const server = await serveDirectory(root);
  // Slow machines start browsers slowly: hang guards, not speed goals.
  const browser = await puppeteer.launch({
    executablePath: ENGINES.chromium.path,
    headless: true,
    timeout: 600_000,
    protocolTimeout: 600_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(120_000);
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => message.type() === 'error' && errors.push(message.text()));
    await beforeLoad?.(page);
    await page.goto(server.url);
    try {
      await use(page, errors);
    } catch (error) {
      // What the page said is usually why it never got where the test waited.
      if (errors.length > 0) error.message += `\nThe page logged:\n${errors.join('\n')}`;
      throw error;
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** Clicks the font toggle's Large radio button inside its shadow root. */
export function chooseLarge(page) {
  return page.evaluate(() => {
    const radios = document.querySelector('font-size-toggle').shadowRoot.querySelectorAll('input[type=radio]');
    [...radios].find(radio => radio.value === 'large').click();
  });
}
