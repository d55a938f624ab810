import type { Article } from './types.js';
import { safeUrl } from './urls.js';

/**
 * Sanitizes untrusted HTML with DOMPurify and returns the nodes themselves (never a string that
 * would be parsed again): no script, event handlers, dangerous URLs, embedded or form content.
 */
export type Sanitize = (html: string) => DocumentFragment;

let loaded: Sanitize | undefined;
let loading: Promise<Sanitize> | undefined;

/**
 * The HTML sanitizer once it is loaded, else `undefined`. It is loaded only when an article
 * contains HTML: most articles are structured blocks, and DOMPurify would more than double the
 * script-tag bundle.
 */
export function loadedSanitizer(): Sanitize | undefined {
  return loaded;
}

/** Whether `article` has HTML to sanitize (an `html` block; a string body became one). */
export function needsSanitizer(article: Article): boolean {
  return article.body.some(block => block.type === 'html');
}

/** Loads the sanitizer once; a failed load (a network error) is tried again on the next call. */
export function loadSanitizer(): Promise<Sanitize> {
  loading ??= import('./sanitize.js').then(
    module => (loaded = module.createSanitizer(safeUrl)),
    error => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

let renderOnServer: ((html: string) => unknown) | undefined;

/** Server rendering (portal-reader/ssr) sets how an HTML block renders where there is no DOM. */
export function setServerHtmlRenderer(render: (html: string) => unknown): void {
  renderOnServer = render;
}

/** An HTML block's sanitized content for server rendering; nothing until `portal-reader/ssr` set a renderer. */
export function renderHtmlOnServer(html: string): unknown {
  return renderOnServer?.(html);
}
