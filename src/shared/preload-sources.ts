import { safeUrl } from '../article/urls.js';

/**
 * Imported first by the script-tag bundles, before Lit and the elements are evaluated: the JSON of
 * each `<article-view src>` and `<popular-list src>` already in the page is asked for now, with a
 * `<link rel="preload" as="fetch">`, instead of when the element upgrades. The element's own
 * request (same URL, mode and credentials) takes the preloaded response over, so nothing is
 * fetched twice, and its timeout, abort and error messages stay as they are. A page that has the
 * preload recipe in its HTML keeps its own link.
 */
export function preloadSources(doc: Document): void {
  const preloaded = new Set([...doc.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(link => link.href));
  for (const element of doc.querySelectorAll('article-view[src], popular-list[src]')) {
    // Upgraded already (the bundle loaded twice): the element has made its request.
    if (customElements.get(element.localName)) continue;
    const src = safeUrl(element.getAttribute('src'), 'fetch');
    if (src === undefined) continue;
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = src;
    if (preloaded.has(link.href)) continue;
    preloaded.add(link.href);
    (doc.head ?? doc.documentElement).append(link);
  }
}

if (typeof document !== 'undefined') preloadSources(document);
