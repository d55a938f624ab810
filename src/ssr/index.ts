/**
 * portal-reader/ssr (Node): renders an `<article-view>` to HTML with Declarative Shadow DOM, so the
 * article is in the page's HTML for search engines and for readers without JavaScript. The article
 * also goes into the element as inline JSON, so the browser (with `portal-reader/hydrate.js`) takes
 * over the rendered HTML without fetching the article again.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../article-view/article-view.js';
import { needsSanitizer, setServerHtmlRenderer } from '../article/load-sanitizer.js';
import { normalizeArticle } from '../article/normalize.js';
import { safeUrl } from '../article/urls.js';
import type { FontSize } from '../shared/font-size.js';
import { loadTraditionalLabels } from '../shared/localize.js';

export interface RenderArticleViewOptions {
  /** The element's `id`, e.g. for a `<font-size-toggle for>` elsewhere on the page. */
  id?: string;
  /** Language of the element's labels and dates (the article's own `lang` is in the article). */
  lang?: string;
  /** The `font-size` attribute: `small`, `medium` or `large`. */
  fontSize?: FontSize;
  /**
   * Puts a `<font-size-toggle slot="meta">` in the meta row. Only its tag is rendered: its state is
   * the reader's remembered choice, which only the browser knows.
   */
  fontSizeToggle?: boolean;
  /** Puts a `<print-close-bar slot="footer">` under the article; rendered by the browser too. */
  printCloseBar?: boolean;
  /**
   * The reader aids (see `<article-view>`), rendered on the server as in the browser. Set them
   * here rather than on the element later: the browser's first render must match the server's.
   */
  readingTime?: boolean;
  toc?: boolean;
  provenance?: boolean;
  theme?: 'auto' | 'light' | 'sepia' | 'dark' | 'contrast';
  lineSpacing?: 'normal' | 'relaxed' | 'loose';
  contentWidth?: 'full' | 'wide' | 'medium' | 'narrow';
  elderly?: boolean;
}

/**
 * The HTML of an `<article-view>` showing `input` (canonical article, schema.org JSON-LD or a JSON
 * Feed item). Throws `ArticleError`, naming the field, when the article is not valid. An article
 * with HTML blocks is sanitized here with DOMPurify on jsdom (an optional peer dependency).
 */
export async function renderArticleView(input: unknown, options: RenderArticleViewOptions = {}): Promise<string> {
  const article = normalizeArticle(input);
  const hasHtml = needsSanitizer(article);
  if (hasHtml) await useServerSanitizer();
  // Server rendering does not wait for updates: a Traditional page's labels are made before.
  await loadTraditionalLabels();
  // `<` escaped, so no text in the article can end the script element early.
  const json = JSON.stringify(article).replace(/</g, '\\u003c');
  const children = [
    options.fontSizeToggle ? '<font-size-toggle slot="meta"></font-size-toggle>' : '',
    `<script type="application/json">${json}</script>`,
    options.printCloseBar ? '<print-close-bar slot="footer"></print-close-bar>' : '',
  ].join('');
  const result = render(
    html`<article-view
      .article=${article}
      id=${ifDefined(options.id)}
      lang=${ifDefined(options.lang)}
      font-size=${ifDefined(options.fontSize)}
      ?reading-time=${options.readingTime === true}
      ?toc=${options.toc === true}
      ?provenance=${options.provenance === true}
      theme=${ifDefined(options.theme)}
      line-spacing=${ifDefined(options.lineSpacing)}
      content-width=${ifDefined(options.contentWidth)}
      ?elderly=${options.elderly === true}
      defer-hydration=${hasHtml ? '' : nothing}
      >${unsafeHTML(children)}</article-view
    >`,
  );
  return collectResult(result);
}

let serverSanitizer: Promise<void> | undefined;

/** Sets up, once, the sanitizer that renders HTML blocks on the server. */
function useServerSanitizer(): Promise<void> {
  serverSanitizer ??= (async () => {
    let jsdom: typeof import('jsdom');
    try {
      jsdom = await import('jsdom');
    } catch {
      serverSanitizer = undefined;
      throw new Error('portal-reader/ssr: an article with HTML needs the jsdom package to sanitize it: npm install jsdom');
    }
    const { createSanitizer } = await import('../article/sanitize.js');
    const { window } = new jsdom.JSDOM('');
    const sanitize = createSanitizer(safeUrl, window as unknown as Window & typeof globalThis);
    const container = window.document.createElement('div');
    setServerHtmlRenderer(source => {
      container.replaceChildren(sanitize(source));
      // The same element the browser makes for an HTML block (article-view's sanitizedBlock).
      return unsafeHTML(`<div class="html" part="html">${container.innerHTML}</div>`);
    });
  })();
  return serverSanitizer;
}
