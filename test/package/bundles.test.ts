import { expect, waitUntil } from '@open-wc/testing';

// The script-tag bundles as a site builder uses them: in a page of their own (an iframe), with
// nothing else loaded. `npm test` builds dist/ first.
const ES = '<script type="module" src="/dist/portal-reader.js"></script>';
const CLASSIC = '<script src="/dist/portal-reader.iife.js"></script>';
// The four elements of the portal page are in the bundle; the opt-in ones load when a page uses them.
const TAGS = ['article-view', 'font-size-toggle', 'print-close-bar', 'popular-list'];
const OPT_IN = ['reader-settings', 'read-aloud', 'chinese-script-toggle'];

// Runs first in the page: records what the page logs and any uncaught error.
const RECORDER = `<script>
  window.logged = [];
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { logged.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
  addEventListener('error', event => logged.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', event => logged.push('unhandled: ' + event.reason));
</script>`;

const PAGE = `
  <popular-list><script type="application/json">
    [{ "title": "Second article", "url": "/second.html" }]
  </script></popular-list>
  <article-view lang="en">
    <script type="application/json">{ "title": "Bundled article", "body": [{ "type": "paragraph", "text": "First paragraph." }] }</script>
    <font-size-toggle slot="meta"></font-size-toggle>
    <print-close-bar slot="footer"></print-close-bar>
  </article-view>`;

interface PageWindow extends Window {
  logged: string[];
}

interface PageOptions {
  /** The page's `<html lang>`. */
  lang?: string;
  /** Waits for the page to be parsed rather than loaded: a request that never ends holds Firefox's `load`. */
  parsedOnly?: boolean;
}

async function openPage(head: string, body = PAGE, title = 'Bundled article', { lang = 'en', parsedOnly = false }: PageOptions = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>${RECORDER}${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  if (parsedOnly) {
    const parsed = () => frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState !== 'loading';
    await waitUntil(parsed, 'the page is parsed', { timeout: 30_000 });
  } else {
    await loaded;
  }
  const page = frame.contentWindow as PageWindow;
  // Slow machines: the bundle may still be arriving after `load` for module scripts in some engines.
  await waitUntil(() => TAGS.every(tag => page.customElements.get(tag)), 'every element is defined', { timeout: 30_000 });
  const rendered = () => page.document.querySelector('article-view')?.shadowRoot?.querySelector('h1')?.textContent;
  await waitUntil(() => rendered() === title, 'the article renders', { timeout: 30_000 });
  return page;
}

function shown(page: PageWindow) {
  const popular = page.document.querySelector('popular-list')!.shadowRoot!;
  const toggle = page.document.querySelector('font-size-toggle')!.shadowRoot!;
  const bar = page.document.querySelector('print-close-bar')!.shadowRoot!;
  return {
    popular: popular.querySelector('a')?.textContent?.trim(),
    levels: toggle.querySelectorAll('input[type=radio]').length,
    buttons: [...bar.querySelectorAll('button')].map(button => button.textContent?.trim()),
  };
}

afterEach(() => document.querySelectorAll('iframe').forEach(frame => frame.remove()));

describe('script-tag bundles', () => {
  for (const [name, head] of [
    ['the ES module bundle', ES],
    ['the classic (IIFE) bundle', CLASSIC],
  ]) {
    it(`${name} alone renders all four elements and logs nothing`, async () => {
      const page = await openPage(head);
      expect(shown(page)).to.deep.equal({ popular: 'Second article', levels: 3, buttons: ['Print', 'Close'] });
      expect(page.logged).to.deep.equal([]);
    });
  }

  const chunkRequests = (page: PageWindow, part: string) =>
    page.performance.getEntriesByType('resource').filter(entry => entry.name.includes(`portal-reader-${part}-`));

  it('the ES bundle loads no opt-in element on a page that does not use one', async () => {
    const page = await openPage(ES);
    // The page has settled: its article rendered; nothing else is on its way.
    expect(OPT_IN.map(tag => page.customElements.get(tag))).to.deep.equal(OPT_IN.map(() => undefined));
    expect(OPT_IN.flatMap(tag => chunkRequests(page, tag))).to.have.length(0);
    expect(chunkRequests(page, 'page-reader'), 'no page reader without from').to.have.length(0);
    expect(chunkRequests(page, 'traditional-labels'), 'no Traditional labels on an English page').to.have.length(0);
  });

  for (const [name, head] of [
    ['the ES module bundle', ES],
    ['the classic (IIFE) bundle', CLASSIC],
  ]) {
    it(`${name} alone registers the opt-in elements a page uses, in the page or added later`, async () => {
      const page = await openPage(head, PAGE.replace('<print-close-bar slot="footer">', '<read-aloud slot="meta"></read-aloud><print-close-bar slot="footer">'));
      await waitUntil(() => page.customElements.get('read-aloud'), '<read-aloud> is defined', { timeout: 30_000 });
      const control = page.document.querySelector('read-aloud')!;
      await waitUntil(() => control.shadowRoot, '<read-aloud> renders', { timeout: 30_000 });
      expect(page.customElements.get('reader-settings'), 'not used yet').to.equal(undefined);

      page.document.body.append(page.document.createElement('reader-settings'));
      await waitUntil(() => page.document.querySelector('reader-settings')!.shadowRoot?.querySelector('button'),
        'an added <reader-settings> is defined and renders', { timeout: 30_000 });
      if (head === ES) expect(['reader-settings', 'read-aloud'].map(tag => chunkRequests(page, tag).length)).to.deep.equal([1, 1]);
      expect(page.logged).to.deep.equal([]);
    });
  }

  for (const [name, head] of [
    ['the ES module bundle', ES],
    ['the classic (IIFE) bundle', CLASSIC],
  ]) {
    it(`${name} loads the elderly self-check from its file beside the bundle on the first call only`, async () => {
      const page = await openPage(head);
      expect(chunkRequests(page, 'elderly-check'), 'loaded before use').to.have.length(0);
      const view = page.document.querySelector('article-view')! as HTMLElement & { checkElderly(): Promise<{ id: string; label: string }[]> };
      const rows = await view.checkElderly();
      expect(rows.map(row => row.id)).to.deep.equal(['body-size', 'line-spacing', 'paragraph-spacing', 'text-contrast', 'muted-contrast', 'link-contrast', 'target-size', 'motion', 'popup']);
      expect(rows[0].label).to.equal('Body text size');
      await view.checkElderly();
      expect(chunkRequests(page, 'elderly-check')).to.have.length(1);
      expect(page.logged).to.deep.equal([]);
    });
  }

  it('the ES bundle loads the JSON-LD and JSON Feed readers only for such input', async () => {
    const page = await openPage(ES);
    expect(chunkRequests(page, 'normalize'), 'no request for a canonical article').to.have.length(0);
    const view = page.document.querySelector('article-view')! as HTMLElement & { article: unknown };
    const loaded = new Promise<CustomEvent>(resolve => view.addEventListener('article-load', resolve as EventListener, { once: true }));
    view.article = { '@type': 'ReportageNewsArticle', headline: 'From JSON-LD', image: { '@list': ['https://example.org/a.jpg'] } };
    expect((await loaded).detail.article.title).to.equal('From JSON-LD');
    expect(chunkRequests(page, 'normalize')).to.have.length(1);
    expect(page.logged).to.deep.equal([]);
  });

  it('the ES bundle loads the sanitizer chunk only for an article with HTML', async () => {
    const page = await openPage(ES);
    const sanitizerRequests = () => chunkRequests(page, 'sanitize');
    expect(sanitizerRequests(), 'no request for a structured article').to.have.length(0);

    const view = page.document.querySelector('article-view')! as HTMLElement & { article: unknown };
    view.article = { title: 'With HTML', body: '<p>Safe <b>bold</b><img src=x onerror="parent.__pwned=1"></p>' };
    const body = () => view.shadowRoot!.querySelector('.html');
    await waitUntil(() => body()?.textContent === 'Safe bold', 'the HTML renders once the sanitizer has loaded', { timeout: 30_000 });
    expect(sanitizerRequests()).to.have.length(1);
    expect(body()!.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(page.logged).to.deep.equal([]);
  });

  // <article-view from> on a page after Hanweb's (the article in #zoom, its title in a meta tag):
  // the page reader is a chunk of the ES bundle, inside the classic one.
  const HANWEB_HEAD = '<meta name="ArticleTitle" content="关于开展春季植树活动的通知">';
  const HANWEB_BODY = `<div class="main"><div class="title">关于开展春季植树活动的通知</div>
    <div id="zoom"><p>各单位：</p><p>现将有关事项通知如下。</p></div></div>
    <article-view from lang="zh-CN"></article-view>`;
  for (const [name, head, body] of [
    ['the ES module bundle', HANWEB_HEAD + ES, HANWEB_BODY],
    ['the classic (IIFE) bundle', HANWEB_HEAD, HANWEB_BODY + CLASSIC],
  ]) {
    it(`${name} reads the article of the page it is on, and hides the page's copy`, async () => {
      const page = await openPage(head, body, '关于开展春季植树活动的通知');
      const view = page.document.querySelector('article-view')!;
      expect(view.shadowRoot!.textContent).to.contain('现将有关事项通知如下。');
      await waitUntil(() => page.document.querySelector('#zoom')!.hasAttribute('hidden'), 'the page\'s copy is hidden');
      expect(chunkRequests(page, 'page-reader')).to.have.length(name.includes('ES') ? 1 : 0);
      expect(page.logged).to.deep.equal([]);
    });
  }

  // Before the bundle: what each element's shadow root holds when it is first written, its first render.
  const FIRST_RENDERS = `<script>
    window.firstRenders = {};
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      new MutationObserver((records, observer) => {
        firstRenders[this.localName] = root.textContent.replace(/\\s+/g, ' ').trim();
        observer.disconnect();
      }).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  </script>`;
  const TAIWAN_BODY = `<div lang="zh-TW"><article-view>
      <script type="application/json">{ "title": "春季植樹活動", "source": "新聞處", "body": [{ "type": "paragraph", "text": "活動說明。" }] }</script>
      <font-size-toggle slot="meta"></font-size-toggle><print-close-bar slot="footer"></print-close-bar>
    </article-view></div>`;
  for (const [name, head, body] of [
    ['the ES module bundle', FIRST_RENDERS + ES, TAIWAN_BODY],
    ['the classic (IIFE) bundle', FIRST_RENDERS, TAIWAN_BODY + CLASSIC],
  ]) {
    it(`${name} shows a zh-TW page's labels in Traditional from the first render`, async () => {
      const page = await openPage(head, body, '春季植樹活動') as PageWindow & { firstRenders: Record<string, string> };
      expect(page.firstRenders['font-size-toggle']).to.equal('字號： 大 中 小');
      expect(page.firstRenders['article-view']).to.contain('來源：').and.not.to.contain('来源');
      // The ES bundle loads what makes them for this page only; the classic one holds it.
      expect(chunkRequests(page, 'traditional-labels')).to.have.length(name.includes('ES') ? 1 : 0);
      expect(page.logged).to.deep.equal([]);
    });
  }

  it('the ES bundle on a page whose <html lang> is zh-TW shows Traditional labels from the first render', async () => {
    const body = TAIWAN_BODY.replace('<div lang="zh-TW">', '<div>');
    const page = await openPage(FIRST_RENDERS + ES, body, '春季植樹活動', { lang: 'zh-TW' }) as PageWindow & { firstRenders: Record<string, string> };
    expect(page.firstRenders['font-size-toggle']).to.equal('字號： 大 中 小');
    expect(chunkRequests(page, 'traditional-labels')).to.have.length(1);
    expect(page.logged).to.deep.equal([]);
  });

  // A file beside the ES bundle, failing or never answering: an import map sends it elsewhere.
  const redirectChunk = async (part: string, to: string) => {
    const bundle = await (await fetch('/dist/portal-reader.js')).text();
    const file = bundle.match(new RegExp(`portal-reader-${part}-[\\w-]+\\.js`))![0];
    const imports = { [new URL(`/dist/${file}`, location.href).href]: to };
    return `<script type="importmap">${JSON.stringify({ imports })}</script>`;
  };
  for (const [name, to] of [
    ['cannot be loaded', '/test-api/status/404'],
    ['never arrives', '/test-api/stall'],
  ]) {
    it(`a zh-TW page whose Traditional labels' file ${name} still renders, with the Simplified labels`, async () => {
      const head = (await redirectChunk('traditional-labels', to)) + FIRST_RENDERS + ES;
      const page = await openPage(head, TAIWAN_BODY, '春季植樹活動', { parsedOnly: true }) as PageWindow & { firstRenders: Record<string, string> };
      expect(page.firstRenders['font-size-toggle']).to.equal('字号： 大 中 小');
      const toggle = page.document.querySelector('font-size-toggle')!;
      expect(toggle.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('字号： 大 中 小');
      if (to.includes('404')) {
        expect(page.logged).to.have.length(1);
        expect(page.logged[0]).to.match(/^error: portal-reader: could not load the Traditional labels:/);
      } else {
        expect(page.logged).to.deep.equal([]);
      }
    });
  }

  // A second article-view reading the page, after the one openPage waits for.
  const WITH_READER = `${PAGE}<article-view id="reader" from lang="en"></article-view>`;
  it('an article given while the page reader is still on its way is shown as ready, not loading', async () => {
    const page = await openPage((await redirectChunk('page-reader', '/test-api/stall')) + ES, WITH_READER, 'Bundled article', { parsedOnly: true });
    const reader = page.document.querySelector<HTMLElement & { article: unknown; updateComplete: Promise<boolean> }>('#reader')!;
    await waitUntil(() => reader.getAttribute('state') === 'loading', 'it waits for the page reader');
    reader.article = { title: 'Given instead', body: [{ type: 'paragraph', text: 'Not from the page.' }] };
    await reader.updateComplete;
    expect(reader.getAttribute('state')).to.equal('ready');
    expect(reader.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('');
    expect(reader.shadowRoot!.querySelector('h1')!.textContent).to.equal('Given instead');
  });

  it('a page reader that cannot be loaded is said in the element and by article-error, and tried again when from changes', async () => {
    const listen = `<script>window.errors = []; document.addEventListener('article-error', event => errors.push(event.detail.message), true);</script>`;
    const page = await openPage((await redirectChunk('page-reader', '/test-api/status/404')) + listen + ES, WITH_READER) as PageWindow & { errors: string[] };
    const reader = page.document.querySelector('#reader')!;
    const message = 'The page reader could not be loaded. Check the connection and try again.';
    await waitUntil(() => reader.getAttribute('state') === 'error', 'it says the reader could not be loaded');
    expect(reader.shadowRoot!.textContent).to.contain(message);
    expect(page.errors).to.deep.equal([message]);
    reader.setAttribute('from', '#nothing');
    await waitUntil(() => page.errors.length === 2, 'it tries again');
    expect(page.errors[1]).to.equal(message);
  });

  // An article and a list from `src`: their requests start as the bundle starts, before the
  // elements upgrade, and each JSON is fetched once.
  const SEED_TITLE = 'Wenzhou Speeds up Its Integration into the Global Innovation Network';
  const FROM_SRC = `<popular-list src="/test/fixtures/popular.json"></popular-list>
    <article-view lang="en" src="/test/fixtures/seed-article.json">
      <font-size-toggle slot="meta"></font-size-toggle><print-close-bar slot="footer"></print-close-bar>
    </article-view>`;
  const jsonRequests = (page: PageWindow) => page.performance.getEntriesByType('resource')
    .filter(entry => entry.name.endsWith('.json'))
    .map(entry => [new URL(entry.name).pathname, (entry as PerformanceResourceTiming).initiatorType])
    .sort();
  for (const [name, head, body] of [
    ['the ES module bundle', ES, FROM_SRC],
    // A classic script at the end of the body, where site builders put it: the elements are parsed.
    ['the classic (IIFE) bundle', '', FROM_SRC + CLASSIC],
  ]) {
    it(`${name} asks for each src JSON once, before the elements upgrade`, async () => {
      const page = await openPage(head, body, SEED_TITLE);
      await waitUntil(() => page.document.querySelector('popular-list')!.shadowRoot?.querySelector('a'), 'the list renders', { timeout: 30_000 });
      expect(jsonRequests(page)).to.deep.equal([['/test/fixtures/popular.json', 'link'], ['/test/fixtures/seed-article.json', 'link']]);
      expect(page.logged).to.deep.equal([]);
    });
  }

  it('an article from src paints with its date as written; the locale data loads after that paint', async () => {
    // Before the bundle: count the Intl date formatters made, and look at the article as it first shows.
    const watch = `<script>
      window.formatters = 0;
      Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, { construct: (target, args) => (formatters++, new target(...args)) });
      document.addEventListener('article-load', event => {
        window.atLoad = { formatters, date: event.target.shadowRoot.querySelector('time').textContent };
      }, true);
    </script>`;
    const page = await openPage(watch + ES, '<article-view lang="en" src="/test-api/fixture?name=seed-article.json&ms=300"></article-view>', SEED_TITLE) as PageWindow & { atLoad: unknown };
    // The "Loading…" message painted long before the article came: the locale data still waited for the article's paint.
    expect(page.atLoad).to.deep.equal({ formatters: 0, date: '2020-10-17' });
    const time = page.document.querySelector('article-view')!.shadowRoot!.querySelector('time')!;
    await waitUntil(() => time.textContent === 'October 17, 2020', "the date is then shown in the reader's format", { timeout: 30_000 });
    expect(page.logged).to.deep.equal([]);
  });

  it('a page with the preload recipe keeps its own link, and the JSON is fetched once', async () => {
    const recipe = '<link rel="preload" href="/test/fixtures/seed-article.json" as="fetch" crossorigin>';
    const page = await openPage(recipe + ES, '<article-view lang="en" src="/test/fixtures/seed-article.json"></article-view>', SEED_TITLE);
    expect(page.document.querySelectorAll('link[rel=preload]')).to.have.length(1);
    expect(jsonRequests(page)).to.deep.equal([['/test/fixtures/seed-article.json', 'link']]);
    expect(page.logged).to.deep.equal([]);
  });

  it('a src that is not a safe URL is not asked for, and the element says why', async () => {
    const page = await openPage(ES, `${PAGE}<article-view id="unsafe" lang="en" src="javascript:alert(1)"></article-view>`);
    const unsafe = page.document.getElementById('unsafe')!;
    await waitUntil(() => unsafe.getAttribute('state') === 'error', 'the unsafe src is refused', { timeout: 30_000 });
    expect(page.document.querySelectorAll('link[rel=preload]')).to.have.length(0);
  });

  for (const [name, head] of [
    ['classic then ES', CLASSIC + ES],
    ['ES then classic', ES + CLASSIC],
  ]) {
    it(`two copies (${name}) define each element once, warn instead of failing, and render`, async () => {
      const page = await openPage(head);
      expect(shown(page)).to.deep.equal({ popular: 'Second article', levels: 3, buttons: ['Print', 'Close'] });
      // The second copy keeps the first definitions: one warning per element, no error.
      await waitUntil(() => page.logged.length >= TAGS.length, 'the second copy has run', { timeout: 30_000 });
      expect(page.logged.filter(line => !line.startsWith('warn: '))).to.deep.equal([]);
      expect(page.logged.map(line => /<([a-z-]+)>/.exec(line)?.[1]).sort()).to.deep.equal([...TAGS].sort());
    });
  }
});

// Every name the bundled code (Lit) reads from `window`, taken over by host page elements.
const CLOBBERING_HOST = `
  <div id="litHtmlVersions"></div><div id="litElementVersions"></div>
  <div id="reactiveElementVersions"></div><div id="litPropertyMetadata"></div>
  <div id="litHtmlPolyfillSupport"></div><div id="litElementPolyfillSupport"></div>
  <img name="reactiveElementPolyfillSupport" alt=""><div id="ShadyCSS"></div><div id="ShadyDOM"></div>
  <form name="trustedTypes"></form><div id="DOMPurify"></div>
  <div id="litElementHydrateSupport"></div><div id="litNonce"></div><div id="litIssuedWarnings"></div>
  <div id="emitLitDebugLogEvents"></div><div id="litDisableBundleWarning"></div>`;

describe('a host page whose element ids shadow global names', () => {
  for (const [name, head] of [
    ['ES module bundle', ES],
    ['classic bundle', CLASSIC],
  ]) {
    it(`does not stop the ${name} from loading`, async () => {
      const page = await openPage(head, CLOBBERING_HOST + PAGE);
      expect(shown(page)).to.deep.equal({ popular: 'Second article', levels: 3, buttons: ['Print', 'Close'] });
      expect(page.logged).to.deep.equal([]);
    });
  }
});
