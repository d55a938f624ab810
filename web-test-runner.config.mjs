// Runs every test in each browser engine installed here: Debian's Chromium and Firefox ESR.
// CI (or REQUIRE_BROWSERS=chromium,firefox) refuses to run when one of them is missing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { testApi } from './test/server/test-api.mjs';
import { countReporter } from './test/server/count-reporter.mjs';
import { ENGINES, findEngines } from './test/server/engines.mjs';
import { forcedColorsPlugin } from './test/server/forced-colors.mjs';

// This machine kind is slow to start browsers and pages (2 cores, much CPU steal): a bare
// `firefox --headless --screenshot` took 1.5 to 3 minutes here, and CI saw Firefox's WebDriver
// BiDi `session.new` outlast puppeteer's default 180 s protocol timeout. Allow ten minutes.
const STARTUP_MS = 600_000;

async function createPage({ browser }) {
  const page = await browser.newPage();
  page.setDefaultNavigationTimeout(STARTUP_MS);
  page.setDefaultTimeout(STARTUP_MS);
  // The launcher reuses a page from one test file to the next, and Chromium keeps 50 history
  // entries a tab: some 20 files in, the tab's history was full, and popular-list's Back tests
  // went past their own page to the about:blank before it. Each file starts with a history of its
  // own, as in a new tab. (Firefox, over WebDriver BiDi, has no CDP and keeps going as it is.)
  if (browser.protocol !== 'webDriverBiDi') {
    const client = await page.createCDPSession();
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      if (url !== 'about:blank') await client.send('Page.resetNavigationHistory');
      return goto(url, options);
    };
  }
  return page;
}

const allEngines = [
  {
    ...ENGINES.chromium,
    launcher: executablePath =>
      chromeLauncher({
        createPage,
        launchOptions: {
          executablePath,
          headless: true,
          timeout: STARTUP_MS,
          protocolTimeout: STARTUP_MS,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
  },
  {
    ...ENGINES.firefox,
    launcher: executablePath =>
      chromeLauncher({
        createPage,
        puppeteer: puppeteerCore.default ?? puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath,
          headless: true,
          timeout: STARTUP_MS,
          protocolTimeout: STARTUP_MS,
        },
      }),
  },
];

const { installed, missing } = findEngines(allEngines);

// TEST_ENGINE picks one engine (npm test runs them one after the other); plain `wtr` runs all.
const selected = installed.filter(engine => (process.env.TEST_ENGINE ?? engine.name) === engine.name);
if (!process.env.TEST_ENGINE) {
  console.log(
    `Testing in: ${installed.map(engine => `${engine.name} (${engine.path})`).join(', ')}` +
      (missing.length ? `; not installed, skipped: ${missing.map(engine => engine.name).join(', ')}` : ''),
  );
}

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: STARTUP_MS,
  testsStartTimeout: STARTUP_MS,
  testsFinishTimeout: STARTUP_MS,
  // A hang guard, not a speed goal: axe over a long article takes seconds on this machine.
  testFramework: { config: { timeout: 60_000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), forcedColorsPlugin()],
  middleware: [testApi],
  browsers: selected.map(engine => engine.launcher(engine.path)),
  reporters: [defaultReporter(), countReporter(process.env.TEST_ENGINE ?? 'all')],
};
