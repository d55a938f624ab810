/**
 * The script-tag bundles, dist/portal-reader.js (ES module) and dist/portal-reader.iife.js
 * (classic): the four elements of the portal page and the article model at once; each opt-in
 * element from its own file beside the bundle, the first time the page uses it.
 */
import './shared/host-guard.js';
// Before Lit and the elements: the articles' and lists' requests start as the bundle starts.
import './shared/preload-sources.js';
import { loadWhenUsed } from './shared/load-when-used.js';

export * from './article-view/article-view.js';
export * from './font-size-toggle/font-size-toggle.js';
export * from './print-close-bar/print-close-bar.js';
export * from './popular-list/popular-list.js';
// The model's light parts; `normalizeArticle` (with the JSON-LD and JSON Feed readers, which the
// elements load only for such input) is in the npm package: portal-reader/article.js.
export type * from './article/types.js';
export { ArticleError } from './article/validate.js';
export { loadSanitizer, type Sanitize } from './article/load-sanitizer.js';
export { safeUrl, type UrlUse } from './article/urls.js';
export { normalizePopularList } from './article/popular.js';
export { loadElement } from './shared/load-when-used.js';

loadWhenUsed({
  'reader-settings': () => import('./reader-settings/reader-settings.js'),
  'read-aloud': () => import('./read-aloud/read-aloud.js'),
  'chinese-script-toggle': () => import('./chinese-script-toggle/chinese-script-toggle.js'),
});
