// Strict pages (SPEC.md, "Strict pages"): the script-tag bundles on a page whose
// Content-Security-Policy forbids inline scripts, inline styles and eval, and enforces Trusted
// Types. The page is fed by inline JSON only, like a site builder's page without code; a watcher
// script (loaded first, from 'self') records every `securitypolicyviolation` event, and each case
// must end with the four elements rendered and none recorded (but the two marked cases below).
// Chromium only: Firefox has no Trusted Types yet.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { ENGINES } from '../server/engines.mjs';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The Trusted Types policies the code creates: `lit-html` (Lit's template policy, when the bundle
// loads) and `dompurify` (the sanitizer's, on the first article with HTML): what a page that also
// restricts policy names with `trusted-types` must allow, as the README is to say.
const OUR_POLICIES = ['lit-html', 'dompurify'];

const PLAIN = {
  title: 'A strict page',
  source: 'Wenzhou·China',
  date: '2020-10-17',
  body: [
    { type: 'heading', text: 'Under a strict policy', level: 2 },
    { type: 'paragraph', text: 'First paragraph, from inline JSON.' },
    { type: 'list', ordered: false, items: ['No inline script', 'No inline style'] },
    { type: 'quote', text: 'Nothing runs that the page did not allow.', cite: 'CSP' },
  ],
  tags: ['csp'],
  publisher: 'Produced By the test',
};
// An html block makes the ES bundle import its DOMPurify chunk, and DOMPurify parse a string:
// both must pass `script-src 'self'` and `require-trusted-types-for 'script'`.
const WITH_HTML = {
  ...PLAIN,
  body: [...PLAIN.body, { type: 'html', html: '<p>An <b>HTML</b> block, <a href="/more.html">sanitized</a>.</p>' }],
};
// Hostile HTML: Chromium reports an inline event handler as a `script-src-attr` violation while
// parsing it, even in the inert document DOMPurify parses into (DOMParser, <template>,
// createHTMLDocument alike), before DOMPurify can remove it. Blocked twice over, never run.
const HOSTILE = {
  ...PLAIN,
  body: [...PLAIN.body, { type: 'html', html: '<p>An <b onclick="window.attacked = true">HTML</b> block, sanitized.</p>' }],
};
const POPULAR = [
  { title: 'First popular article', url: '/news/1.html', date: '2020-10-17', views: 300 },
  { title: 'Second popular article', url: '/news/2.html', views: 200 },
  { title: 'Third popular article', url: '/news/3.html' },
];

const ES = '<script type="module" src="/portal-reader.js"></script>';
const IIFE = '<script src="/portal-reader.iife.js"></script>';

// One row per case. `parserReports` marks hostile HTML, whose inline handlers Chromium reports
// (and blocks) while the sanitizer parses them; `violates` marks the negative control: a policy
// list without our names must be reported, which proves that the watcher sees what is blocked.
const ROWS = [
  ...[
    ['', STRICT],
    [' and trusted-types naming our policies', `${STRICT}; trusted-types ${OUR_POLICIES.join(' ')}`],
  ].flatMap(([suffix, csp]) => [
    { name: `ES bundle, structured article${suffix}`, bundle: ES, article: PLAIN, csp },
    { name: `ES bundle, article with an html block (sanitizer chunk)${suffix}`, bundle: ES, article: WITH_HTML, csp },
    { name: `IIFE bundle, article with an html block${suffix}`, bundle: IIFE, article: WITH_HTML, csp },
  ]),
  ...[ES, IIFE].map(bundle => ({
    name: `${bundle === ES ? 'ES' : 'IIFE'} bundle with the opt-in elements (their own chunks for the ES bundle)`,
    bundle,
    article: PLAIN,
    csp: `${STRICT}; trusted-types ${OUR_POLICIES.join(' ')}`,
    optIn: true,
  })),
  ...[ES, IIFE].map(bundle => ({
    name: `${bundle === ES ? 'ES' : 'IIFE'} bundle, 简 | 繁: OpenCC loads from its file beside the bundle when Traditional is chosen`,
    bundle,
    article: PLAIN,
    csp: `${STRICT}; trusted-types ${OUR_POLICIES.join(' ')}`,
    traditional: true,
  })),
  // The reading aids draw with constructable style sheets and CSSOM only; the large cursor is a
  // data: image, which `img-src 'self' data:` must allow, and the negative control shows is checked.
  ...[ES, IIFE].map(bundle => ({
    name: `${bundle === ES ? 'ES' : 'IIFE'} bundle with every reading aid on, under img-src 'self' data:`,
    bundle,
    article: PLAIN,
    csp: `${STRICT}; img-src 'self' data:; trusted-types ${OUR_POLICIES.join(' ')}`,
    aids: true,
  })),
  {
    name: "negative control: the large cursor's data: image is reported under img-src 'self'",
    bundle: ES,
    article: PLAIN,
    csp: `${STRICT}; img-src 'self'; trusted-types ${OUR_POLICIES.join(' ')}`,
    aids: true,
    cursorBlocked: true,
  },
  {
    name: 'ES bundle, hostile html block: only its inline handler is reported, and it never runs',
    bundle: ES,
    article: HOSTILE,
    csp: STRICT,
    parserReports: true,
  },
  {
    name: 'negative control: trusted-types naming none of our policies is reported',
    bundle: ES,
    article: WITH_HTML,
    csp: `${STRICT}; trusted-types none-of-ours`,
    violates: true,
  },
];

// Loaded first, as a file (an inline script would itself be a violation). Also records which
// Trusted Types policies are created, so OUR_POLICIES is checked against what really runs.
const WATCH = `
  window.__violations = [];
  window.__errors = [];
  window.__policies = [];
  addEventListener('securitypolicyviolation', event => {
    const { violatedDirective, effectiveDirective, blockedURI, sample, sourceFile, lineNumber, columnNumber } = event;
    __violations.push({ violatedDirective, effectiveDirective, blockedURI, sample, sourceFile, lineNumber, columnNumber });
  }, true);
  addEventListener('error', event => __errors.push('uncaught: ' + event.message), true);
  addEventListener('unhandledrejection', event => __errors.push('unhandled: ' + event.reason));
  if (window.trustedTypes) {
    const createPolicy = trustedTypes.createPolicy;
    trustedTypes.createPolicy = function (name, rules) {
      __policies.push(name);
      return createPolicy.call(this, name, rules);
    };
  }
`;

/** Inline JSON that cannot close its script element early. */
const inlineJson = value => `<script type="application/json">${JSON.stringify(value).replaceAll('<', '\\u003c')}</script>`;

/** The page: no inline script, no style element, no style attribute. */
const page = ({ bundle, article, optIn, traditional, aids }) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Strict page</title>
  <script src="/watch.js"></script>
  ${bundle}
</head>
<body>
  <aside><popular-list for="article">${inlineJson(POPULAR)}</popular-list></aside>
  <main>
    <article-view id="article">
      <font-size-toggle slot="meta"></font-size-toggle>
      <print-close-bar slot="footer"></print-close-bar>
      ${optIn ? '<reader-settings slot="meta"></reader-settings><read-aloud slot="meta"></read-aloud>' : ''}
      ${traditional ? '<chinese-script-toggle slot="meta"></chinese-script-toggle>' : ''}
      ${aids ? '<reader-settings slot="meta" point-to-read caption-bar reading-guide large-cursor></reader-settings>' : ''}
      ${inlineJson(article)}
    </article-view>
  </main>
</body>
</html>`;

/** Serves one row's page, the watcher and the bundles; every response carries the row's CSP. */
async function serve(row) {
  const files = new Map([
    ['/', ['text/html', page(row)]],
    ['/watch.js', ['text/javascript', WATCH]],
    ...readdirSync(dist)
      .filter(name => /^portal-reader(\.iife|-.+)?\.js$/.test(name))
      .map(name => [`/${name}`, ['text/javascript', readFileSync(join(dist, name))]]),
  ]);
  const server = createServer((request, response) => {
    const file = files.get(request.url.split('?')[0]);
    response.writeHead(file ? 200 : 404, {
      'content-security-policy': row.csp,
      ...(file && { 'content-type': `${file[0]}; charset=utf-8` }),
    });
    response.end(file?.[1]);
  });
  await new Promise(done => server.listen(0, '127.0.0.1', done));
  server.url = `http://127.0.0.1:${server.address().port}/`;
  return server;
}

/** What the four elements show, read from their shadow roots. */
function shown() {
  const shadow = selector => document.querySelector(selector).shadowRoot;
  const texts = (root, selector) => [...root.querySelectorAll(selector)].map(node => node.textContent.trim());
  const view = shadow('article-view');
  return {
    title: view.querySelector('h1')?.textContent.trim(),
    paragraphs: texts(view, '[part=paragraph]'),
    html: texts(view, '[part=html]'),
    htmlHandlers: view.querySelectorAll('[part=html] [onclick]').length,
    popular: texts(shadow('popular-list'), '[part=link]'),
    levels: shadow('font-size-toggle').querySelectorAll('input[type=radio]').length,
    buttons: texts(shadow('print-close-bar'), 'button'),
  };
}

describe('strict CSP and Trusted Types', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  let browser;

  before(async () => {
    assert.ok(existsSync(join(dist, 'portal-reader.js')), 'dist/ is missing: run `npm run build` first');
    browser = await chromium.launch({
      executablePath: ENGINES.chromium.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
  });

  after(() => browser?.close());

  for (const row of ROWS) {
    it(row.name, async () => {
      const server = await serve(row);
      // A context of its own: no remembered font size, nothing cached from another row.
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        tab.setDefaultTimeout(60_000);
        // Chromium also reports what CSP and Trusted Types block on the console.
        const logged = [];
        tab.on('console', message => ['error', 'warning'].includes(message.type()) && logged.push(message.text()));
        tab.on('pageerror', error => logged.push(`uncaught: ${error.message}`));
        const requested = [];
        tab.on('response', response => requested.push(`${new URL(response.url()).pathname} ${response.status()}`));
        await tab.goto(server.url);

        if (row.violates) {
          // Lit's policy is refused, so the bundle stops before it defines the elements.
          await tab.waitForFunction(() => window.__violations.length > 0);
          const { violations, defined } = await tab.evaluate(() => ({
            violations: window.__violations,
            defined: customElements.get('article-view') !== undefined,
          }));
          assert.deepEqual(
            violations.map(({ violatedDirective, blockedURI, sample }) => ({ violatedDirective, blockedURI, sample })),
            [{ violatedDirective: 'trusted-types', blockedURI: 'trusted-types-policy', sample: 'lit-html' }],
          );
          assert.equal(defined, false);
          assert.ok(logged.some(text => /TrustedTypePolicy/.test(text)), `Chromium reports it on the console too: ${logged}`);
          return;
        }

        try {
          await tab.locator('article-view[state=ready]').waitFor();
          await tab.locator('popular-list[state=ready]').waitFor();
        } catch (error) {
          // Why it never got ready is usually in what the watcher saw.
          const { violations, errors } = await tab.evaluate(() => ({ violations: window.__violations, errors: window.__errors }));
          error.message += `\nviolations: ${JSON.stringify(violations)}\nerrors: ${JSON.stringify(errors)}\nconsole: ${logged.join('\n')}`;
          throw error;
        }

        const hasHtml = row.article !== PLAIN;
        assert.deepEqual(await tab.evaluate(shown), {
          title: PLAIN.title,
          paragraphs: ['First paragraph, from inline JSON.'],
          html: hasHtml ? ['An HTML block, sanitized.'] : [],
          htmlHandlers: 0,
          popular: POPULAR.map(item => item.title),
          levels: 3,
          buttons: ['Print', 'Close'],
        });
        if (row.optIn) {
          // Defined (from their chunks, for the ES bundle) and rendered under the policy.
          await tab.locator('reader-settings [part=toggle]').waitFor();
          // Headless Chromium has no voices: read-aloud renders, then hides itself.
          await tab.locator('read-aloud[hidden]').waitFor({ state: 'attached' });
          assert.equal(await tab.evaluate(() => customElements.get('read-aloud') !== undefined && document.querySelector('read-aloud').shadowRoot !== null), true);
          const chunks = requested.filter(line => /^\/portal-reader-(reader-settings|read-aloud)-.+\.js 200$/.test(line));
          assert.equal(chunks.length, row.bundle === ES ? 2 : 0, requested.join(', '));
        }
        // Either bundle fetched the sanitizer's file from 'self' exactly when the article has HTML.
        const chunk = requested.filter(line => /^\/portal-reader-sanitize-.+\.js 200$/.test(line));
        assert.equal(chunk.length, hasHtml ? 1 : 0, requested.join(', '));

        await tab.getByRole('radio', { name: 'Large' }).check();
        await tab.locator('article-view[font-size=large]').waitFor();

        if (row.traditional) {
          // A Chinese article, then 繁: OpenCC's file (one, beside either bundle) loads only now.
          const opencc = () => requested.filter(line => /^\/portal-reader-opencc-.+\.js 200$/.test(line));
          assert.equal(opencc().length, 0, requested.join(', '));
          await tab.evaluate(() => {
            document.querySelector('article-view').article = { title: '温州市人民政府关于发布通知', lang: 'zh-CN', body: [{ type: 'paragraph', text: '各县（市、区）人民政府。' }] };
          });
          await tab.getByRole('radio', { name: 'Traditional' }).check();
          await tab.waitForFunction(() => document.querySelector('article-view').shadowRoot.querySelector('h1').textContent === '溫州市人民政府關於發佈通知');
          assert.equal(opencc().length, 1, requested.join(', '));
        }

        if (row.aids) {
          // Pointing at the paragraph: the caption bar shows it, the guide dims around it, the cursor is the large one.
          const paragraph = await tab.evaluate(() => {
            const box = document.querySelector('article-view').readableBlocks().find(block => block.matches('p')).getBoundingClientRect();
            return { x: box.left + 20, y: box.top + box.height / 2 };
          });
          await tab.mouse.move(paragraph.x, paragraph.y);
          await tab.waitForFunction(() => {
            const overlays = [...document.querySelector('reader-settings').shadowRoot.querySelectorAll('.aids-layer > div')].map(host => host.shadowRoot);
            return overlays.some(root => root.querySelector('.bar:not([hidden])')?.textContent === 'First paragraph, from inline JSON.') && overlays.some(root => root.querySelector('.dim'));
          });
          const cursor = await tab.evaluate(() => getComputedStyle(document.querySelector('article-view').readableBlocks()[0]).cursor);
          assert.match(cursor, /^url\("data:image\/svg\+xml/);
          // Chromium fetches a cursor image when it is first shown: wait for it to be drawn.
          await tab.mouse.move(paragraph.x + 5, paragraph.y);
          if (row.cursorBlocked) {
            await tab.waitForFunction(() => window.__violations.length > 0);
            const { violations } = await tab.evaluate(() => ({ violations: window.__violations }));
            assert.deepEqual(
              [...new Set(violations.map(({ effectiveDirective, blockedURI }) => `${effectiveDirective} ${blockedURI}`))],
              ['img-src data'],
            );
            return;
          }
          // No event says a cursor image was fetched; the negative control sees its report well within this.
          await new Promise(done => setTimeout(done, 300));
        }

        const { violations, errors, policies, attacked } = await tab.evaluate(() => ({
          violations: window.__violations,
          errors: window.__errors,
          policies: window.__policies,
          attacked: window.attacked ?? false,
        }));
        const reported = logged.filter(text => /Content Security Policy|Trusted ?Type|Refused/i.test(text));
        if (row.parserReports) {
          // What the parser reports is the handler attribute, from the sanitizer's parse step.
          assert.ok(violations.length > 0);
          for (const { violatedDirective, blockedURI, sourceFile } of violations) {
            assert.deepEqual(
              { violatedDirective, blockedURI, fromSanitizer: /^\/portal-reader-sanitize-[\w-]+\.js$/.test(new URL(sourceFile).pathname) },
              { violatedDirective: 'script-src-attr', blockedURI: 'inline', fromSanitizer: true },
            );
          }
          assert.ok(reported.every(text => /inline event handler/.test(text)), reported.join('\n'));
        } else {
          assert.deepEqual(violations, []);
          assert.deepEqual(reported, []);
        }
        assert.deepEqual(errors, []);
        assert.equal(attacked, false);
        // The names a `trusted-types` list must allow: lit-html always, dompurify once HTML is sanitized.
        assert.deepEqual(policies, hasHtml ? OUR_POLICIES : ['lit-html']);
      } finally {
        await context.close();
        server.close();
      }
    });
  }
});
