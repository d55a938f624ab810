/** Reading an article from a portal's HTML page: the model half of `<article-view from>` and `portal-reader/import`. */
export { readPage, PageReadError, type PageReadFailure, type PageReading, type ReadPageOptions } from './read-page.js';
export { CMS_CONTAINERS, GENERIC_CONTAINERS, type CmsContainer } from './cms-containers.js';
