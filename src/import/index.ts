/**
 * portal-reader/import: the article of a portal's HTML page, as canonical article JSON. The same
 * reader as `<article-view from>` (SPEC "Articles already on the page"), for a `Document` or an
 * HTML string; in Node, a string is parsed with jsdom (an optional peer dependency).
 *
 *     import { importArticle } from 'portal-reader/import';
 *     const article = await importArticle(html, { url: 'https://www.example.gov.cn/art/2020/10/17/art_1.html' });
 *
 * The article's HTML is sanitized here, with the DOMPurify setup that `<article-view>` renders
 * with, so the JSON written out holds no script, handler or unsafe URL.
 */
import type { Article, ImportWarning } from '../article/types.js';
import { loadSanitizer, type Sanitize } from '../article/load-sanitizer.js';
import { safeUrl } from '../article/urls.js';
import { readPage, type ReadPageOptions } from '../article/page/read-page.js';

export { PageReadError, type PageReadFailure } from '../article/page/read-page.js';
export { CMS_CONTAINERS, GENERIC_CONTAINERS, type CmsContainer } from '../article/page/cms-containers.js';
export type { Article, ImportWarning } from '../article/types.js';

export interface ImportOptions extends ReadPageOptions {}

export interface ImportedPage {
  article: Article;
  /** Each optional field that was found but could not be used, and why. */
  warnings: ImportWarning[];
}

/**
 * The canonical article of a page. `url` is the page's address (relative links resolve against
 * it; default: the document's own); `from` a CSS selector of the article's block, or `true`
 * (default) to find it. Throws an error that says why when the page has no article or `from`
 * names nothing.
 */
export async function importArticle(documentOrHtml: Document | string, options: ImportOptions = {}): Promise<Article> {
  return (await importPage(documentOrHtml, options)).article;
}

/** {@link importArticle}, with the warnings about the fields that were dropped. */
export async function importPage(documentOrHtml: Document | string, options: ImportOptions = {}): Promise<ImportedPage> {
  const doc = typeof documentOrHtml === 'string' ? await parse(documentOrHtml, options.url) : documentOrHtml;
  const { article, warnings } = await readPage(doc, { url: options.url, from: options.from ?? true });
  if (article.body.some(block => block.type === 'html')) {
    const { sanitize, container } = await sanitizer();
    for (const block of article.body) {
      if (block.type !== 'html') continue;
      container.replaceChildren(sanitize(block.html));
      block.html = container.innerHTML;
    }
  }
  return { article, warnings };
}

const inBrowser = () => typeof DOMParser !== 'undefined' && typeof document !== 'undefined';

let nodeWindow: Promise<Window & typeof globalThis> | undefined;
const JSDOM_MODULE = 'jsdom';

/**
 * In Node: one jsdom window, whose DOMParser reads every page and whose document the sanitizer
 * works in. A window per page would cost ten times the parsing (a folder of pages is the usual case).
 */
function jsdomWindow(): Promise<Window & typeof globalThis> {
  // A specifier in a variable: browser bundlers must not follow it and ship jsdom to browsers.
  nodeWindow ??= (import(/* @vite-ignore */ JSDOM_MODULE) as Promise<typeof import('jsdom')>).then(
    ({ JSDOM }) => new JSDOM('').window as unknown as Window & typeof globalThis,
    () => {
      nodeWindow = undefined;
      throw new Error('portal-reader/import: reading an HTML string in Node needs the jsdom package: npm install jsdom');
    },
  );
  return nodeWindow;
}

async function parse(html: string, url: string | undefined): Promise<Document> {
  if (url !== undefined) {
    try {
      new URL(url);
    } catch {
      throw new Error(`portal-reader/import: url is not an absolute URL: ${url}`);
    }
  }
  if (!inBrowser()) return new (await jsdomWindow()).DOMParser().parseFromString(html, 'text/html');
  // DOMParser's document takes this window's address as its own, and relative links would resolve
  // against it; in a blank document (about:blank) they resolve against what the page declares.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const blank = document.implementation.createHTMLDocument('');
  blank.replaceChild(blank.importNode(parsed.documentElement, true), blank.documentElement);
  return blank;
}

let serverSanitizer: Promise<{ sanitize: Sanitize; container: Element }> | undefined;

/** The sanitizer `<article-view>` uses: its loaded chunk in a browser; in Node, the same module on a jsdom window (as portal-reader/ssr does). */
function sanitizer(): Promise<{ sanitize: Sanitize; container: Element }> {
  if (inBrowser()) {
    // In a document of its own, where the sanitized images do not load.
    return loadSanitizer().then(sanitize => ({ sanitize, container: document.implementation.createHTMLDocument('').createElement('div') }));
  }
  serverSanitizer ??= (async () => {
    const [window, { createSanitizer }] = await Promise.all([jsdomWindow(), import('../article/sanitize.js')]);
    return {
      sanitize: createSanitizer(safeUrl, window),
      container: window.document.createElement('div'),
    };
  })();
  serverSanitizer.catch(() => (serverSanitizer = undefined));
  return serverSanitizer;
}
