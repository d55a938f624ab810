// The npm package as a portal team installs it: `npm pack`, the tarball installed into a new
// project, which type-checks with tsc, builds with Vite and runs in Chromium.
// Run by `npm test` with node:test, after `npm run build` has written dist/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { ENGINES } from '../server/engines.mjs';
import { chooseLarge, withPage } from './browser-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'portal-reader-pack-'));
const app = join(work, 'app');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

// What a user writes: the README's npm snippet, then a per-element import and the typed event
// maps used the way an app would.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const README_SNIPPET = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## With npm')))[1];
const MAIN_TS = `${README_SNIPPET}
import 'portal-reader/font-size-toggle.js';
import type { FontSize } from 'portal-reader/font-size-toggle.js';

view.addEventListener('article-load', event => {
  document.body.dataset.loaded = event.detail.article.title; // GlobalEventHandlersEventMap
});
const toggle = document.createElement('font-size-toggle');
toggle.slot = 'meta';
toggle.addEventListener('font-size-change', event => {
  const level: FontSize = event.detail.value;
  document.body.dataset.level = level;
});
// @ts-expect-error: the event map types \`detail\`, so a field it lacks is an error
view.addEventListener('article-error', event => event.detail.nope);
view.append(toggle);
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  },
  include: ['main.ts'],
};

describe('the npm package', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  let tarball;

  before(() => {
    const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root));
    tarball = join(work, packed.filename);
    writeFileSync(join(work, 'files.json'), JSON.stringify(packed.files.map(file => file.path)));
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], app);
    writeFileSync(join(app, 'main.ts'), MAIN_TS);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><title>app</title><script type="module" src="./main.ts"></script>');
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds dist/ with the manifest and types, and no sources or tests', () => {
    const files = JSON.parse(readFileSync(join(work, 'files.json'), 'utf8'));
    for (const file of ['package.json', 'README.md', 'dist/index.js', 'dist/custom-elements.json', 'dist/types/index.d.ts']) {
      assert.ok(files.includes(file), `${file} is packed`);
    }
    assert.deepEqual(files.filter(file => /^(src|test|demo)\//.test(file)), []);
  });

  it('keeps Lit and DOMPurify out of the npm build (they are dependencies)', () => {
    const dist = join(app, 'node_modules/portal-reader/dist');
    const npmFiles = readdirSync(dist, { recursive: true }).filter(file => file.endsWith('.js') && !file.startsWith('portal-reader'));
    const code = npmFiles.map(file => readFileSync(join(dist, file), 'utf8')).join('\n');
    assert.match(code, /from ["']lit["']/);
    assert.doesNotMatch(code, /reactiveElementVersions\s*\?\?=/, 'no copy of Lit');
    assert.doesNotMatch(code, /DOMPurify\.version|removed\s*=\s*\[\]/, 'no copy of DOMPurify');
  });

  it("type-checks `import 'portal-reader'` and a per-element import with tsc", () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
  });

  it('builds with Vite and renders in Chromium, the font toggle included', async () => {
    await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: 'dist', target: 'es2022' } });
    await withPage(join(app, 'dist'), async (page, errors) => {
      await page.waitForFunction(() => document.body.dataset.loaded === 'Hello');
      const title = await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelector('h1').textContent);
      assert.equal(title, 'Hello');
      // Large, from the toggle's own radio button, reaches the article.
      await chooseLarge(page);
      await page.waitForFunction(() => document.body.dataset.level === 'large');
      assert.equal(await page.evaluate(() => document.querySelector('article-view').getAttribute('font-size')), 'large');
      assert.deepEqual(errors, []);
    });
  });
});
