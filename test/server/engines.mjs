// Which browser engines are installed here. Kept apart from web-test-runner.config.mjs so that
// run-engines.mjs does not load the test runner and puppeteer (slow to load on a slow machine).
import { existsSync } from 'node:fs';

export const ENGINES = {
  chromium: { name: 'chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  firefox: { name: 'firefox', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
};

/**
 * Splits `engines` into installed and missing ones. REQUIRE_BROWSERS (e.g. `chromium,firefox`,
 * set by CI) makes a missing one an error instead of a skip.
 */
export function findEngines(engines = Object.values(ENGINES)) {
  const required = (process.env.REQUIRE_BROWSERS ?? '').split(',').filter(Boolean);
  const installed = engines.filter(engine => existsSync(engine.path));
  const missing = engines.filter(engine => !existsSync(engine.path));
  for (const engine of missing) {
    if (required.includes(engine.name)) throw new Error(`${engine.name} is required but missing at ${engine.path}`);
  }
  if (installed.length === 0) {
    throw new Error("No browser found: install Debian's chromium or firefox-esr (see README), or set CHROME_PATH / FIREFOX_PATH.");
  }
  return { installed, missing };
}
