/**
 * What reads `<article-view from>`'s page: its controller, from the page reader's chunk
 * (page-reader.ts), loaded the first time an element needs it. A module of its own, imported
 * before the element's styles, so that the classic bundle, which holds the chunk inside, keeps
 * the elements' styles side by side: apart, they compress 0.7 kB worse.
 */
export const loadPageSource = () => import('./page-reader.js').then(reader => reader.PageSource);
