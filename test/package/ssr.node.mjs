// Server rendering: portal-reader/ssr puts the article in the page's HTML (Declarative Shadow DOM),
// and examples/ssr's client (portal-reader/hydrate.js, built with Vite) takes it over in Chromium:
// no second fetch, no node rendered again, and the font toggle works.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { renderArticleView } from 'portal-reader/ssr';
import { build } from 'vite';
import { renderPage } from '../../examples/ssr/render-page.mjs';
import { ENGINES } from '../server/engines.mjs';
import { chooseLarge, withPage } from './browser-page.mjs';

const root = resolve(import.meta.dirname, '../..');
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-article.json'), 'utf8'));
const HTML_ARTICLE = {
  title: 'A notice written in HTML',
  body: '<p>Sanitized <b onclick="window.attacked = true">on the server</b>.</p><script>window.attacked = true</script>',
};

/** The server-rendered shadow root of the first `<article-view>` in `html`, parsed by jsdom. */
function shadowContent(html) {
  const { document } = new JSDOM(html).window;
  const view = document.querySelector('article-view');
  return { view, content: view.querySelector(':scope > template[shadowrootmode="open"]').content };
}

describe('portal-reader/ssr', () => {
  it('renders the article into Declarative Shadow DOM, with the article as inline JSON', async () => {
    const { view, content } = shadowContent(await renderArticleView(seed, { lang: 'en', id: 'story' }));
    assert.equal(view.id, 'story');
    assert.equal(view.getAttribute('state'), 'ready');
    assert.equal(content.querySelector('h1').textContent, seed.title);
    const paragraphs = [...content.querySelectorAll('p[part=paragraph]')].map(p => p.textContent);
    assert.deepEqual(paragraphs, seed.body.filter(block => block.type === 'paragraph').map(block => block.text));
    assert.match(content.querySelector('[part=meta]').textContent, /Source: Wenzhou/);
    const inline = view.querySelector(':scope > script[type="application/json"]');
    assert.equal(JSON.parse(inline.textContent).title, seed.title);
  });

  it('renders a Traditional page\'s labels in Traditional, which the browser loads only for such pages', async () => {
    const { content } = shadowContent(await renderArticleView(seed, { lang: 'zh-TW' }));
    assert.match(content.querySelector('[part=meta]').textContent, /來源：Wenzhou/);
    const simplified = shadowContent(await renderArticleView(seed, { lang: 'zh-CN' })).content;
    assert.match(simplified.querySelector('[part=meta]').textContent, /来源：Wenzhou/);
  });

  it('loads and renders under Lit\'s global DOM shim (a `document` without a `documentElement`), as Astro and Eleventy install it', () => {
    const script = `await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
      const { renderArticleView } = await import('portal-reader/ssr');
      console.log(await renderArticleView({ title: 'T', source: 'S', body: [{ type: 'paragraph', text: 'P' }] }, { lang: 'zh-TW' }));`;
    const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.match(shadowContent(html).content.querySelector('[part=meta]').textContent, /來源：S/);
  });

  it('sanitizes HTML on the server and marks the element to hydrate after the sanitizer loads', async () => {
    const html = await renderArticleView(HTML_ARTICLE);
    const { view, content } = shadowContent(html);
    assert.equal(content.querySelector('[part=html]').textContent, 'Sanitized on the server.');
    assert.equal(content.querySelector('script'), null);
    assert.equal(content.querySelector('b').hasAttribute('onclick'), false);
    assert.ok(view.hasAttribute('defer-hydration'));
    // The inline JSON cannot close its script element early.
    assert.equal(view.querySelectorAll('script').length, 1);
  });

  it('refuses an invalid article with the error that names the field', async () => {
    await assert.rejects(renderArticleView({ body: [] }), { name: 'ArticleError', message: /title/ });
  });
});

describe('server-rendered page in Chromium', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'portal-reader-ssr-'));
  before(() => build({ configFile: join(root, 'examples/ssr/vite.config.js'), logLevel: 'warn', build: { outDir: out } }));
  after(() => rmSync(out, { recursive: true, force: true }));

  // Before the client module runs: keeps the server's title node, counts nodes the client removes.
  const WATCH = `<script>
    const view = document.querySelector('article-view');
    window.serverTitle = view.shadowRoot.querySelector('h1');
    window.removedNodes = 0;
    new MutationObserver(records => records.forEach(record => (window.removedNodes += record.removedNodes.length)))
      .observe(view.shadowRoot, { childList: true, subtree: true });
    view.addEventListener('article-load', () => (window.articleLoaded = true));
  </script>`;

  async function writePage(article) {
    const page = await renderPage(article, '/client.js');
    writeFileSync(join(out, 'index.html'), page.replace('</body>', `${WATCH}</body>`));
  }

  it('shows the article to readers without JavaScript', async () => {
    await writePage(seed);
    await withPage(
      out,
      async page => {
        const text = await page.$eval('article-view', view => view.shadowRoot.textContent);
        assert.ok(text.includes(seed.title));
        assert.ok(text.includes(seed.body.find(block => block.type === 'paragraph').text));
      },
      { beforeLoad: page => page.setJavaScriptEnabled(false) },
    );
  });

  it('hydrates without fetching the article or rendering it again, and the font toggle works', async () => {
    await writePage(seed);
    const requests = [];
    await withPage(
      out,
      async (page, errors) => {
        await page.waitForFunction(() => window.articleLoaded);
        assert.deepEqual(
          await page.evaluate(() => ({
            sameTitle: document.querySelector('article-view').shadowRoot.querySelector('h1') === window.serverTitle,
            removedNodes: window.removedNodes,
          })),
          { sameTitle: true, removedNodes: 0 },
        );
        // The page and the app's own script files (how the app's bundler splits them is its
        // choice: normalize.js, imported by portal-reader and loaded on demand by the elements,
        // may be a file of its own): no article JSON, nothing from elsewhere.
        assert.deepEqual(requests.filter(path => !/^\/[\w-]+\.js$/.test(path) || !existsSync(join(out, path))), ['/']);
        assert.ok(requests.includes('/client.js'));
        // The reader aids rendered on the server are taken over too: one article, its contents working.
        assert.deepEqual(
          await page.evaluate(() => {
            const root = document.querySelector('article-view').shadowRoot;
            const links = [...root.querySelectorAll('[part~=toc-link]')];
            links.at(-1).click();
            return { articles: root.querySelectorAll('article').length, links: links.length, focused: root.activeElement?.id, readingTime: !!root.querySelector('[part=reading-time]') };
          }),
          { articles: 1, links: 3, focused: 'section-3', readingTime: true },
        );
        const paragraphSize = () =>
          page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('article-view').shadowRoot.querySelector('p[part=paragraph]')).fontSize));
        const medium = await paragraphSize();
        await chooseLarge(page);
        await page.waitForFunction(() => document.querySelector('article-view').getAttribute('font-size') === 'large');
        assert.ok((await paragraphSize()) >= medium * 1.25, 'Large is at least 1.25 × Medium');
        assert.deepEqual(errors, []);
      },
      {
        beforeLoad: page =>
          page.on('request', request => {
            const { pathname } = new URL(request.url());
            if (pathname !== '/favicon.ico') requests.push(pathname);
          }),
      },
    );
  });

  it('writes the reader\'s labels and dates over the server\'s after taking the HTML over', async () => {
    // Rendered without `lang`: English labels on the server, on a page whose language is Chinese.
    const view = await renderArticleView(seed, { readingTime: true });
    const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/client.js"></script></head><body>${view}${WATCH}</body></html>`;
    writeFileSync(join(out, 'index.html'), page);
    assert.match(view, /Source: /);
    await withPage(out, async (page, errors) => {
      await page.waitForFunction(() => window.articleLoaded);
      await page.waitForFunction(() => document.querySelector('article-view').shadowRoot.querySelector('[part=source] .label').textContent === '来源：');
      const meta = await page.evaluate(() => {
        const root = document.querySelector('article-view').shadowRoot;
        return { date: root.querySelector('[part=date] time').textContent, time: root.querySelector('[part=reading-time]').textContent, sameTitle: root.querySelector('h1') === window.serverTitle };
      });
      assert.equal(meta.date, '2020年10月17日');
      assert.match(meta.time, /^阅读约 \d+ 分钟$/);
      assert.equal(meta.sameTitle, true, 'the server\'s nodes are kept');
      assert.deepEqual(errors, []);
    });
  });

  it('with the script-tag bundle instead of hydrate.js, renders the article again without errors', async () => {
    await writePage(seed);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    writeFileSync(join(out, 'index.html'), page.replace('/client.js', '/portal-reader.js'));
    copyFileSync(join(root, 'dist/portal-reader.js'), join(out, 'portal-reader.js'));
    await withPage(out, async (page, errors) => {
      await page.waitForFunction(() => window.articleLoaded);
      const title = await page.evaluate(() => document.querySelector('article-view').shadowRoot.querySelector('h1').textContent);
      assert.equal(title, seed.title);
      assert.deepEqual(errors, []);
    });
  });

  it('hydrates an article with HTML once the sanitizer chunk has loaded', async () => {
    await writePage(HTML_ARTICLE);
    await withPage(out, async (page, errors) => {
      await page.waitForFunction(() => window.articleLoaded);
      assert.deepEqual(
        await page.evaluate(() => {
          const view = document.querySelector('article-view');
          return {
            deferred: view.hasAttribute('defer-hydration'),
            sameTitle: view.shadowRoot.querySelector('h1') === window.serverTitle,
            removedNodes: window.removedNodes,
            html: view.shadowRoot.querySelector('[part=html]').textContent,
            attacked: window.attacked ?? false,
          };
        }),
        { deferred: false, sameTitle: true, removedNodes: 0, html: 'Sanitized on the server.', attacked: false },
      );
      assert.deepEqual(errors, []);
    });
  });
});
