/**
 * What `<article-view from>` keeps of the page reader: the failure it reports, and the loading of
 * its controller from the page reader's chunk (page-reader.ts) the first time an element needs it.
 * A module of its own, imported before the element's styles, so that the classic bundle, which
 * holds the chunk inside, keeps the elements' styles side by side: apart, they compress 0.7 kB worse.
 */
export const loadPageSource = () => import('./page-reader.js').then(reader => reader.PageSource);

/** Why the page's article could not be read, or its reader not loaded: the JSON source shows its message as the error. */
export class PageFailure extends Error {}
