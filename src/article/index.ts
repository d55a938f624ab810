/** The article model: types, normalizing (canonical, JSON-LD, JSON Feed), validation, sanitizing, URL checks. */
export type * from './types.js';
export { normalizeArticle, readArticleInput } from './normalize.js';
export { ArticleError } from './validate.js';
// DOMPurify is loaded on demand, so the sanitizer is exported only as a loader.
export { loadSanitizer, type Sanitize } from './load-sanitizer.js';
export { safeUrl, type UrlUse } from './urls.js';
export { isRtlLanguage } from './fields.js';
export { normalizePopularList, type PopularItem, type PopularListData, type PopularListInput } from './popular.js';
