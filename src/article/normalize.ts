import type { Article } from './types.js';
import { readAttachments, readBody } from './body.js';
import { readArticle } from './fields.js';
import { fromJsonFeed, isJsonFeed, isJsonFeedItem } from './json-feed.js';
import { fromJsonLd, isJsonLd } from './json-ld.js';
import { ArticleError, isObject } from './validate.js';

/**
 * Turns any accepted input into the canonical article, or throws an `ArticleError` that names
 * the offending field. Accepted: the canonical form; a schema.org Article/NewsArticle JSON-LD
 * object (also inside `@graph` or an array); a JSON Feed 1.1 item (or a feed: its first item).
 * Only known fields are copied into new objects, so keys such as `__proto__` go nowhere.
 */
export function normalizeArticle(input: unknown): Article {
  if (Array.isArray(input)) {
    if (!input.some(item => isObject(item) && isJsonLd(item))) {
      throw new ArticleError('article', 'must be a JSON object, not an array');
    }
    return fromJsonLd(input);
  }
  if (!isObject(input)) throw new ArticleError('article', 'must be a JSON object');
  if (isJsonLd(input)) return fromJsonLd(input);
  // JSON Feed has no `body`: an article with one is canonical even if it also has, say, an `image`.
  if (!('body' in input) && (isJsonFeed(input) || isJsonFeedItem(input))) return fromJsonFeed(input);
  return readArticle({
    ...input,
    body: readBody(input.body, 'body'),
    attachments: readAttachments(input.attachments, 'attachments'),
  });
}
