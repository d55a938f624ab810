// For the Node suite: serves a built site and opens it in headless Chromium (puppeteer-core).
import puppeteer from 'puppeteer-core';
import { serveDirectory } from '../../tools/serve-directory.mjs';
import { ENGINES } from '../server/engines.mjs';

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
