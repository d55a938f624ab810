import type { Article } from './types.js';
import { readAttachments, readBody } from './body.js';
import { readArticle } from './fields.js';
import { ArticleError, isObject } from './validate.js';

/**
 * The canonical form, read strictly: a wrong type is an `ArticleError` naming the field. Only known
 * fields are copied into new objects, so keys such as `__proto__` go nowhere.
 */
export function readCanonical(input: unknown): Article {
  if (Array.isArray(input)) throw new ArticleError('article', 'must be a JSON object, not an array');
  if (!isObject(input)) throw new ArticleError('article', 'must be a JSON object');
  return readArticle({
    ...input,
    body: readBody(input.body, 'body'),
    attachments: readAttachments(input.attachments, 'attachments'),
  });
}
