// examples/react (React 19) and examples/vue (Vue 3), built with Vite and run in Chromium: the
// article passed as a property, the custom events heard, the font toggle working.
// They import 'portal-reader' itself (the package's own exports, from dist/ built by npm test).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'vite';
import { ENGINES } from '../server/engines.mjs';
import { chooseLarge, withPage } from './browser-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'portal-reader-examples-'));
const SEED_TITLE = 'Wenzhou Speeds up Its Integration into the Global Innovation Network';

after(() => rmSync(out, { recursive: true, force: true }));

describe('framework examples', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  for (const framework of ['react', 'vue']) {
    it(`${framework}: builds, passes the article as a property, hears the events, and the font toggle works`, async () => {
      const example = join(root, 'examples', framework);
      const dist = join(out, framework);
      await build({ root: example, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, target: 'es2022' } });
      await withPage(dist, async (page, errors) => {
        const status = () => page.$eval('#status', element => element.textContent.trim());
        await page.waitForFunction(() => document.querySelector('#status')?.textContent.includes('Loaded'));
        assert.equal(await status(), `Loaded “${SEED_TITLE}”, text size medium`);
        const title = await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelector('h1').textContent);
        assert.equal(title, SEED_TITLE);
        await chooseLarge(page);
        await page.waitForFunction(() => document.querySelector('#status').textContent.endsWith('large'));
        assert.equal(await page.evaluate(() => document.querySelector('article-view').getAttribute('font-size')), 'large');
        assert.deepEqual(errors, []);
      });
    });
  }
});
