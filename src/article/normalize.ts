import type { Article, ImportWarning } from './types.js';
import { readCanonical } from './canonical.js';
import { isForeignInput, isJsonLd } from './input-form.js';
import { fromJsonFeed } from './json-feed.js';
import { fromJsonLd } from './json-ld.js';
import { Warnings } from './lenient.js';
import type { JsonObject } from './validate.js';

/**
 * Turns any accepted input into the canonical article, with a warning for each optional field
 * that was dropped. Accepted: the canonical form (strict: a wrong type is an `ArticleError` naming
 * the field, and there are never warnings); a schema.org JSON-LD document with an article node
 * (any Article or SocialMediaPosting type, or Legislation; also inside `@graph` or an array); a
 * JSON Feed item (or a feed: its first item). JSON-LD and JSON Feed are read as real sites write
 * them: an optional field that cannot be used is dropped and listed, and only a document without a
 * title (or JSON-LD without an article node) is an `ArticleError`.
 * Only known fields are copied into new objects, so keys such as `__proto__` go nowhere.
 * (Elements read through read-input.ts, which loads this module only for JSON-LD and JSON Feed.)
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
  if (!isForeignInput(input)) return readCanonical(input);
  if (Array.isArray(input) || isJsonLd(input as JsonObject)) return fromJsonLd(input as JsonObject | unknown[], warnings);
  return fromJsonFeed(input as JsonObject, warnings);
}
