import type { Article, ImportWarning } from './types.js';
import { readAttachments, readBody } from './body.js';
import { readArticle } from './fields.js';
import { fromJsonFeed, isJsonFeed, isJsonFeedItem } from './json-feed.js';
import { fromJsonLd, isJsonLd } from './json-ld.js';
import { Warnings } from './lenient.js';
import { ArticleError, isObject } from './validate.js';

/**
 * Turns any accepted input into the canonical article, with a warning for each optional field
 * that was dropped. Accepted: the canonical form (strict: a wrong type is an `ArticleError` naming
 * the field, and there are never warnings); a schema.org JSON-LD document with an article node
 * (any Article or SocialMediaPosting type, or Legislation; also inside `@graph` or an array); a
 * JSON Feed item (or a feed: its first item). JSON-LD and JSON Feed are read as real sites write
 * them: an optional field that cannot be used is dropped and listed, and only a document without a
 * title (or JSON-LD without an article node) is an `ArticleError`.
 * Only known fields are copied into new objects, so keys such as `__proto__` go nowhere.
 */
export function readArticleInput(input: unknown): { article: Article; warnings: ImportWarning[] } {
  const warnings = new Warnings();
  const article = read(input, warnings);
  return { article, warnings: warnings.list };
}

/** The canonical article of `readArticleInput`, without its warnings. */
export function normalizeArticle(input: unknown): Article {
  return readArticleInput(input).article;
}

function read(input: unknown, warnings: Warnings): Article {
  if (Array.isArray(input)) {
    if (!input.some(item => isObject(item) && isJsonLd(item))) {
      throw new ArticleError('article', 'must be a JSON object, not an array');
    }
    return fromJsonLd(input, warnings);
  }
  if (!isObject(input)) throw new ArticleError('article', 'must be a JSON object');
  if (isJsonLd(input)) return fromJsonLd(input, warnings);
  // JSON Feed has no `body`: an article with one is canonical even if it also has, say, an `image`.
  if (!('body' in input) && (isJsonFeed(input) || isJsonFeedItem(input))) return fromJsonFeed(input, warnings);
  return readArticle({
    ...input,
    body: readBody(input.body, 'body'),
    attachments: readAttachments(input.attachments, 'attachments'),
  });
}
