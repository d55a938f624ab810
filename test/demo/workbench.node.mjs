// The designer's workbench end to end: `npm run build:demo`'s static site, served from a sub-path,
// driven in headless Chromium with playwright-core. Screenshots of each theme preset go to
// test-output/workbench/ for review.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ENGINES } from '../server/engines.mjs';
import { serveDirectory } from '../../tools/serve-directory.mjs';

const root = resolve(import.meta.dirname, '../..');
const screenshots = join(root, 'test-output/workbench');
const seed = JSON.parse(readFileSync(join(root, 'test/fixtures/seed-article.json'), 'utf8'));

describe('demo workbench', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  const site = mkdtempSync(join(tmpdir(), 'portal-reader-workbench-'));
  let server;
  let browser;
  let context;

  before(async () => {
    await build({ configFile: join(root, 'vite.config.ts'), mode: 'demo', logLevel: 'warn', build: { outDir: site } });
    // Any sub-path: the site uses relative URLs only.
    server = await serveDirectory(site, '/tools/portal-reader/workbench/');
    browser = await chromium.launch({
      executablePath: ENGINES.chromium.path,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    mkdirSync(screenshots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  /** Opens the workbench (with `query`) and waits until the preview shows its first article or error. */
  async function open(query = '', page) {
    page ??= await context.newPage();
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(`${server.url}${query}`);
    await page.locator('#json-status').filter({ hasText: /\S/ }).waitFor();
    await page.locator('[data-property]').first().waitFor();
    const frame = page.frameLocator('#preview');
    return { page, frame, errors };
  }

  /** Waits until `measure()` gives `expected` (the preview renders after the workbench's short input delay). */
  async function eventually(measure, expected, timeout = 15_000) {
    const end = Date.now() + timeout;
    let actual = await measure();
    while (!isDeepStrictEqual(actual, expected) && Date.now() < end) {
      await new Promise(done => setTimeout(done, 50));
      actual = await measure();
    }
    assert.deepEqual(actual, expected);
  }

  /** The WCAG 2.1 A and AA rules axe finds broken on the whole workbench, each with its targets. */
  async function axeViolations(page) {
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return result.violations.map(violation => `${violation.id}: ${violation.nodes.map(node => node.target).join(', ')}`);
    });
  }

  const previewTitle = frame => frame.locator('article-view h1');
  /** Opens the Spacing group of theme controls and sets the article's padding. */
  async function setPadding(page, value) {
    await page.locator('summary', { hasText: 'Spacing' }).click();
    await page.locator('input[data-property="--article-view-padding"]').fill(value);
  }
  const setEditor = (page, text) => page.locator('#json').fill(text);

  it('opens from a sub-path with the seed article, and has no axe violations', async () => {
    const { page, frame, errors } = await open();
    assert.equal(await previewTitle(frame).textContent(), seed.title);
    assert.equal(await page.locator('#json-status').textContent(), 'The article is valid and shown.');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('updates the preview as the JSON is edited, and shows the element\'s own messages', async () => {
    const { page, frame } = await open();
    await setEditor(page, JSON.stringify({ ...seed, title: 'Edited in the workbench' }, null, 2));
    await previewTitle(frame).filter({ hasText: 'Edited in the workbench' }).waitFor();

    await setEditor(page, JSON.stringify({ ...seed, body: [{ type: 'paragraph', text: 5 }] }, null, 2));
    const alert = frame.locator('article-view [role=alert]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /body\[0\]\.text must be a string/);
    assert.match(await page.locator('#json-status').textContent(), /^body\[0\]\.text must be a string/);

    await setEditor(page, '{\n  "title": "Missing comma"\n  "body": []\n}');
    await page.locator('#json-status').filter({ hasText: 'not valid JSON' }).waitFor();
    assert.match(await page.locator('#json-status').textContent(), /line 3, column 3/);
    await page.close();
  });

  // One row per sample: what the preview must show for it.
  const GALLERY = [
    ['notice', frame => frame.locator('article-view [part=attachments] li').count(), 3],
    ['images', frame => frame.locator('article-view figcaption').count(), 4],
    ['rtl', frame => frame.locator('article-view article').getAttribute('dir'), 'rtl'],
    ['long', frame => frame.locator('article-view p[part=paragraph]').count(), 400],
    ['broken', frame => frame.locator('article-view [role=alert]').count(), 1],
  ];
  for (const [sample, measure, expected] of GALLERY) {
    it(`shows the "${sample}" sample from the gallery`, async () => {
      const { page, frame } = await open();
      await page.locator(`#samples input[value=${sample}]`).check();
      await eventually(() => measure(frame), expected);
      assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('sample')), sample);
      await page.close();
    });
  }

  it('changes the computed style from a theme control, applies presets and resets', async () => {
    const { page, frame } = await open();
    const titleColor = () => previewTitle(frame).evaluate(element => getComputedStyle(element).color);
    const background = () => frame.locator('article-view').evaluate(element => getComputedStyle(element).backgroundColor);
    await page.locator('input[data-property="--article-view-color"]').fill('rgb(10, 20, 30)');
    await eventually(titleColor, 'rgb(10, 20, 30)');

    await page.getByRole('button', { name: 'Dark' }).click();
    await eventually(background, 'rgb(22, 22, 22)');
    assert.equal(await page.getByRole('button', { name: 'Dark' }).getAttribute('aria-pressed'), 'true');

    await page.getByRole('button', { name: 'Reset' }).click();
    await eventually(background, 'rgb(255, 255, 255)');
    assert.equal(await titleColor(), 'rgb(31, 31, 31)');
    await page.close();
  });

  it('keeps its state in the address, so a link opens the same workbench', async () => {
    const { page } = await open();
    await page.locator('#samples input[value=notice]').check();
    await page.locator('#locale').selectOption('zh-CN');
    await page.locator('#font-size').selectOption('large');
    await page.getByRole('button', { name: 'High contrast' }).click();
    await setPadding(page, '2em');
    const link = await page.evaluate(() => location.href);
    const editor = await page.locator('#json').inputValue();
    await page.close();

    const { page: shared, frame } = await open(new URL(link).search);
    assert.equal(await shared.locator('#json').inputValue(), editor);
    assert.equal(await shared.locator('#locale').inputValue(), 'zh-CN');
    assert.equal(await shared.locator('#font-size').inputValue(), 'large');
    assert.equal(await shared.locator('input[data-property="--article-view-padding"]').inputValue(), '2em');
    assert.equal(await shared.getByRole('button', { name: 'High contrast' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await frame.locator('article-view').getAttribute('font-size'), 'large');
    await shared.close();
  });

  it('switches elderly mode and the reading aids on in the preview, keeps them in the address and the embed code, and shows the self-check', async () => {
    const { page, frame, errors } = await open('?aids=elderly,captionBar');
    const settings = frame.locator('reader-settings');
    const inPreview = () =>
      settings.evaluate(element => ['elderly', 'pointToRead', 'captionBar', 'readingGuide', 'largeCursor'].filter(aid => element[aid]));
    assert.equal(await page.getByRole('switch', { name: /Elderly mode/ }).isChecked(), true);
    assert.equal(await page.getByRole('switch', { name: /Caption bar/ }).isChecked(), true);
    await eventually(inPreview, ['elderly', 'captionBar']);
    assert.equal(await frame.locator('article-view').getAttribute('elderly'), '');

    await page.getByRole('switch', { name: /Reading guide/ }).check();
    await eventually(inPreview, ['elderly', 'captionBar', 'readingGuide']);
    assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('aids')), 'elderly,captionBar,readingGuide');
    assert.match(await page.locator('#embed').inputValue(), /<reader-settings slot="meta" elderly caption-bar reading-guide><\/reader-settings>/);

    // The reader's own switch in the preview's panel shows in the workbench's.
    await frame.locator('reader-settings [part=toggle]').click();
    await frame.locator('reader-settings [role=switch][data-setting=largeCursor]').click();
    await eventually(() => page.getByRole('switch', { name: /Large cursor/ }).isChecked(), true);

    await page.getByRole('button', { name: /Check this page/ }).click();
    await page.locator('#check-status').filter({ hasText: /figures pass/ }).waitFor();
    const rows = await page.locator('#check-table tbody tr').evaluateAll(trs => trs.map(tr => [tr.dataset.id, tr.lastElementChild.textContent]));
    assert.equal(rows.length, 9);
    // Elderly mode meets the text figures of MIIT.
    assert.deepEqual(rows.filter(([id]) => ['body-size', 'line-spacing', 'paragraph-spacing', 'text-contrast'].includes(id)).map(([, result]) => result), ['✔ Pass', '✔ Pass', '✔ Pass', '✔ Pass']);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('copies embed code that renders the same page in an empty HTML page', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, frame } = await open('?sample=notice');
    await page.locator('#locale').selectOption('zh-CN');
    await page.locator('#font-size').selectOption('large');
    await page.getByRole('button', { name: 'Dark' }).click();
    await setPadding(page, '2em');
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await page.locator('#copy-status').filter({ hasText: 'Copied' }).waitFor();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(snippet, await page.locator('#embed').inputValue());

    /** What a reader sees of the page: text, typography and colors of each element. */
    const look = target =>
      target.locator('.portal-reader-page').evaluate(wrapper => {
        const view = wrapper.querySelector('article-view');
        const title = view.shadowRoot.querySelector('h1');
        const paragraph = view.shadowRoot.querySelector('p[part=paragraph]');
        const style = element => {
          const { color, backgroundColor, fontSize, padding } = getComputedStyle(element);
          return { color, backgroundColor, fontSize, padding };
        };
        return {
          article: view.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          list: wrapper.querySelector('popular-list').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          toggle: wrapper.querySelector('font-size-toggle').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
          checked: wrapper.querySelector('font-size-toggle').value,
          view: style(view),
          title: style(title),
          paragraph: style(paragraph),
          width: Math.round(view.getBoundingClientRect().width),
        };
      });
    const previewLook = await look(frame);

    // An empty page, at the preview's width; the script's CDN address is answered from dist/.
    const blank = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    blank.on('pageerror', error => errors.push(error.message));
    await blank.route('https://cdn.jsdelivr.net/npm/portal-reader@*/dist/*', route =>
      route.fulfill({ path: join(root, 'dist', new URL(route.request().url()).pathname.split('/dist/')[1]), contentType: 'text/javascript' }),
    );
    await blank.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet}</body></html>`);
    await blank.locator('article-view[state=ready]').waitFor();
    await blank.locator('popular-list[state=ready]').waitFor();
    // Dates and counts are written again a frame after the first paint (in the reader's locale).
    await eventually(() => look(blank), previewLook);
    assert.match(previewLook.toggle, /字号/);
    assert.equal(previewLook.checked, 'large');
    assert.deepEqual(errors, []);
    await blank.close();
    await page.close();
  });

  // "From a page": the article portal-reader/import reads from a portal's HTML page.
  const HANWEB = { title: '温州加快融入全球创新网络', source: '温州日报', date: '2020-10-17T14:36' };
  const pageJson = page => page.locator('#page-json').inputValue();
  const pastePage = (page, html) => page.getByLabel('Page HTML', { exact: true }).fill(html);
  const panelViolations = page =>
    page.evaluate(async () => (await window.axe.run('#page-panel', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map(v => `${v.id}: ${v.nodes.map(node => node.target).join(', ')}`));

  it('reads the article of a sample portal page into the preview, the editor and the address', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, frame, errors } = await open();
    // By keyboard: the first sample page is one arrow key down from "None".
    await page.getByLabel('Sample page', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await previewTitle(frame).filter({ hasText: HANWEB.title }).waitFor();
    assert.equal(await page.locator('#page-sample').inputValue(), 'hanweb');
    assert.match(await frame.locator('article-view [part=source]').textContent(), new RegExp(HANWEB.source));
    assert.equal(await frame.locator('article-view [part=date] time').getAttribute('datetime'), HANWEB.date);
    assert.match(await frame.locator('article-view [part=date] time').textContent(), /2020/);
    const json = JSON.parse(await pageJson(page));
    assert.equal(json.title, HANWEB.title);
    assert.equal(json.source, HANWEB.source);
    assert.deepEqual(JSON.parse(await page.locator('#json').inputValue()), json, 'the editor holds the article read');
    assert.match(await page.locator('#page-status').textContent(), /Read “温州加快融入全球创新网络”/);
    assert.equal(await page.locator('#samples input:checked').count(), 0, 'no gallery sample is chosen');
    const params = await page.evaluate(() => Object.fromEntries(new URL(location.href).searchParams));
    assert.equal(params.page, 'hanweb');
    assert.equal(params.json, undefined, 'the address names the page, not its article');

    await page.getByRole('button', { name: 'Copy JSON' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#page-copy-status').filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await pageJson(page));
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    assert.deepEqual(await panelViolations(page), []);
    const link = page.url();
    assert.deepEqual(errors, []);
    await page.close();

    // The link reads the page again, before the workbench shows.
    const { page: shared, frame: sharedFrame } = await open(new URL(link).search);
    await previewTitle(sharedFrame).filter({ hasText: HANWEB.title }).waitFor();
    assert.equal(await shared.locator('#page-sample').inputValue(), 'hanweb');
    assert.equal(JSON.parse(await pageJson(shared)).title, HANWEB.title);
    // A gallery sample takes over again.
    await shared.locator('#samples input[value=seed]').check();
    await previewTitle(sharedFrame).filter({ hasText: seed.title }).waitFor();
    assert.equal(await shared.locator('#page-sample').inputValue(), '');
    assert.equal(await shared.evaluate(() => new URL(location.href).searchParams.get('page')), null);
    await shared.close();
  });

  it('says in words why a pasted page gives no article, and lists the fields it left out', async () => {
    const { page, frame } = await open();
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const editorBefore = await page.locator('#json').inputValue();
    await pastePage(page, '<!doctype html><html><head></head><body><div id="zoom"><p>Text, but no title anywhere.</p></div></body></html>');
    const status = page.locator('#page-status');
    await status.filter({ hasText: 'The page has no article title' }).waitFor();
    assert.equal(await status.evaluate(element => element.classList.contains('error')), true);
    assert.equal(await pageJson(page), '');
    assert.equal(await page.locator('#json').inputValue(), editorBefore, 'the editor keeps its article');
    assert.equal(await previewTitle(frame).textContent(), seed.title);
    assert.deepEqual(await panelViolations(page), []);

    const untidy = `<!doctype html><html lang="en"><head><meta name="ArticleTitle" content="A page with untidy fields">
      <meta name="PubDate" content="someday soon"></head><body><div id="zoom"><p>Body text.</p></div></body></html>`;
    await pastePage(page, untidy);
    await page.getByLabel(/^Article block/).fill('#content');
    await status.filter({ hasText: 'Nothing on the page matches “#content”' }).waitFor();
    await page.getByLabel(/^Article block/).fill('');
    await previewTitle(frame).filter({ hasText: 'A page with untidy fields' }).waitFor();
    assert.match(await status.textContent(), /One field was left out/);
    assert.equal(await page.locator('#page-warnings li').textContent(), 'PubDate is not a date: "someday soon"');
    assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('page')), 'pasted');
    assert.equal(JSON.parse(await page.evaluate(() => new URL(location.href).searchParams.get('json'))).title, 'A page with untidy fields');
    assert.deepEqual(await panelViolations(page), []);

    await page.getByLabel(/^Page URL/).fill('www.example.gov.cn/art/1.html');
    await status.filter({ hasText: 'The page URL must be an absolute http(s) address' }).waitFor();
    await page.close();
  });

  it('runs nothing of a hostile page pasted in', async () => {
    const { page, frame, errors } = await open();
    const hostile = `<!doctype html><html><head><title>A hostile page</title></head><body><div id="zoom">
      <p>Hello.</p>
      <img src="missing.png" onerror="window.__pwned = 'img'" alt="broken">
      <script>window.__pwned = 'script'</script>
      <svg onload="window.__pwned = 'svg'"><circle r="1"></circle></svg>
      <p onclick="window.__pwned = 'click'">Click me.</p>
      <a href="javascript:window.__pwned = 'link'">A link</a>
      <iframe srcdoc="<script>parent.__pwned = 'frame'</script>"></iframe>
    </div></body></html>`;
    await pastePage(page, hostile);
    await previewTitle(frame).filter({ hasText: 'A hostile page' }).waitFor();
    await frame.locator('article-view [part=body]').getByText('Click me.').click();
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'in the workbench');
    assert.equal(await frame.locator('article-view').evaluate(() => window.__pwned), undefined, 'in the preview');
    assert.equal(await page.evaluate(() => document.querySelectorAll('[onerror], [onload], [onclick], svg, iframe:not(#preview)').length), 0);
    const json = await pageJson(page);
    assert.match(json, /Hello\./);
    assert.doesNotMatch(json, /onerror|onload|onclick|<script|javascript:|<iframe/i);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('is usable at 320 px: no sideways scrolling, and no axe violations', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await open('?width=phone', page);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  /** The part of the preview panel that is on screen: its scrollport within the window. */
  const panelRect = page =>
    page.locator('.frame-scroller').evaluate(scroller => {
      const box = scroller.getBoundingClientRect();
      const left = Math.max(0, box.left + scroller.clientLeft);
      const top = Math.max(0, box.top + scroller.clientTop);
      return {
        left,
        top,
        right: Math.min(innerWidth, box.left + scroller.clientLeft + scroller.clientWidth),
        bottom: Math.min(innerHeight, box.top + scroller.clientTop + scroller.clientHeight),
      };
    });
  /** Where `selector` (inside the preview page) is drawn in the workbench's window, through the frame's scale. */
  async function drawnRect(page, frame, selector) {
    const { left, top, scale } = await page.locator('#preview').evaluate(iframe => {
      const box = iframe.getBoundingClientRect();
      return { left: box.left, top: box.top, scale: box.width / iframe.offsetWidth };
    });
    const inner = await frame.locator(selector).evaluate(element => element.getBoundingClientRect().toJSON());
    return { left: left + inner.left * scale, top: top + inner.top * scale, right: left + inner.right * scale, bottom: top + inner.bottom * scale };
  }
  const inside = (rect, panel) => rect.left >= panel.left - 0.5 && rect.right <= panel.right + 0.5 && rect.top >= panel.top - 0.5 && rect.bottom <= panel.bottom + 0.5;

  it('fits a 1280 px page into the panel of a 1280 × 900 window, and scrolls it sideways at 100 %', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const { frame } = await open('', page);
    await frame.locator('article-view[state=ready]').waitFor();
    const panel = await panelRect(page);
    const scale = Number((await page.locator('#scale').textContent()).replace(/\D/g, '')) / 100;
    assert.ok(scale < 0.7 && scale > 0.5, `the scale shown (${scale}) is the panel's width over 1280 px`);
    assert.ok(Math.abs(scale * 1280 - (panel.right - panel.left)) < 1280 * 0.01, 'the page fills the panel\'s width');
    for (const selector of ['article-view h1', 'article-view [part=meta]']) {
      const rect = await drawnRect(page, frame, selector);
      assert.ok(inside(rect, panel), `${selector} ${JSON.stringify(rect)} lies in the panel ${JSON.stringify(panel)}`);
    }
    assert.equal(await page.locator('.frame-scroller').evaluate(scroller => scroller.scrollWidth <= scroller.clientWidth), true, 'nothing to scroll sideways');

    await page.locator('#zoom').selectOption('100');
    await page.locator('#scale').filter({ hasText: '100 %' }).waitFor();
    assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('zoom')), '100');
    const scrolled = await page.locator('.frame-scroller').evaluate(scroller => {
      const room = scroller.scrollWidth - scroller.clientWidth;
      scroller.scrollLeft = room;
      return { room, left: scroller.scrollLeft };
    });
    assert.ok(scrolled.room >= 1280 - (panel.right - panel.left) - 1, `scrolls by the page's overflow (${scrolled.room} px)`);
    assert.equal(scrolled.left, scrolled.room);
    // Scrolled to the end, the title's right edge is on screen at full size.
    const title = await drawnRect(page, frame, 'article-view h1');
    assert.ok(title.right <= (await panelRect(page)).right + 0.5);
    assert.ok(Math.abs(title.right - title.left - (await frame.locator('article-view h1').evaluate(h1 => h1.getBoundingClientRect().width))) < 1, 'at 100 %');
    await page.close();
  });

  // Layout shifts, summed over the workbench and its preview frame, from navigation until the
  // preview shows its first article (and a moment more, for anything that follows it). A link to
  // a sample page's article reads the page as it starts.
  for (const [width, height, query = ''] of [[1280, 900], [412, 823], [1280, 900, '?page=hanweb']]) {
    it(`does not shift its layout while it starts (${width} × ${height}${query ? `, ${query}` : ''}): CLS ≤ 0.02`, async t => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) window.layoutShifts.push({ value: entry.value, sources: entry.sources.map(source => source.node?.nodeName ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const { frame } = await open(query, page);
      await frame.locator('article-view[state=ready]').waitFor();
      await frame.locator('popular-list[state=ready]').waitFor();
      await page.waitForTimeout(500);
      const shifts = [];
      for (const each of page.frames()) shifts.push(...(await each.evaluate(() => window.layoutShifts ?? [])));
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      t.diagnostic(`CLS ${cls.toFixed(4)} at ${width} × ${height}: ${JSON.stringify(shifts)}`);
      assert.ok(cls <= 0.02, `CLS ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
      await page.close();
    });
  }

  for (const preset of ['light', 'dark', 'contrast']) {
    it(`saves a screenshot of the ${preset} preset`, async () => {
      const { page } = await open(`?sample=images`);
      await page.locator(`[data-preset=${preset}]`).click();
      const path = join(screenshots, `${preset}.png`);
      await page.screenshot({ path, fullPage: true });
      assert.ok(readFileSync(path).length > 10_000);
      await page.close();
    });
  }
});
