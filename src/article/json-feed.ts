import type { Article, BodyBlock } from './types.js';
import { readArticle } from './fields.js';
import {
  Problem,
  Warnings,
  bodyFromText,
  canonicalUrl,
  firstUsable,
  image,
  imageUrl,
  isoDate,
  joinNames,
  language,
  plainText,
  tagList,
} from './lenient.js';
import { ArticleError, MAX_TEXT_LENGTH, isObject, type JsonObject } from './validate.js';
import { isJsonFeed } from './input-form.js';

export { isJsonFeed, isJsonFeedItem } from './input-form.js';

/** One value read leniently: a problem becomes a warning naming `field`. */
function read<T>(value: unknown, reader: (value: unknown) => T | undefined | Problem, field: string, warnings: Warnings): T | undefined {
  return firstUsable([value], reader, field, warnings);
}

/** An author as JSON Feed writes one: `{ "name": … }`, or (seen in real feeds) a plain string. */
function authorName(value: unknown): string | undefined | Problem {
  if (typeof value === 'string') return plainText(value);
  if (!isObject(value)) return new Problem('must be an object with a name');
  // An author may have only a url or avatar (JSON Feed 1.1 allows it): nothing to show, nothing wrong.
  return value.name === undefined ? undefined : plainText(value.name);
}

/** `authors` (1.1) or `author` (1.0) of an item or of the feed, as one line of names. */
function authors(owner: JsonObject, warnings: Warnings): string | undefined {
  for (const field of ['authors', 'author']) {
    const value = owner[field];
    if (value === undefined || value === null) continue;
    const entries = Array.isArray(value) ? value.slice(0, 100) : [value];
    const names = joinNames(entries, authorName, field, warnings, Array.isArray(value));
    if (names !== undefined) return names;
  }
  return undefined;
}

function body(item: JsonObject, warnings: Warnings): BodyBlock[] {
  const lead = read(item.image, imageUrl, 'image', warnings);
  const html = read(item.content_html, value => htmlText(value), 'content_html', warnings);
  const content: BodyBlock[] = html !== undefined
    ? [{ type: 'html', html }]
    : bodyFromText(item.content_text, 'content_text', warnings);
  return [...(lead !== undefined ? [image(lead, {})] : []), ...content];
}

/** `content_html` is HTML already: it is only checked, and sanitized when it is rendered. */
function htmlText(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return new Problem('must be a string');
  if (value.length > MAX_TEXT_LENGTH) return new Problem(`is too long (more than ${MAX_TEXT_LENGTH.toLocaleString('en')} characters)`);
  const html = value.trim();
  return html === '' ? undefined : html;
}

function tags(value: unknown, warnings: Warnings): string[] {
  if (value === undefined || value === null) return [];
  // A string is a list of tags written with commas ("workflow,omnifocus"), as some feeds do.
  if (typeof value === 'string') return tagList([value], 'tags', warnings);
  if (!Array.isArray(value)) {
    warnings.add('tags', 'must be an array of strings');
    return [];
  }
  return tagList(value.slice(0, 10_000), 'tags', warnings, entry => plainText(entry, MAX_TEXT_LENGTH));
}

/** JSON Feed ids are strings; some feeds write numbers. */
function itemId(value: unknown): string | undefined | Problem {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return new Problem('must be a string');
  const id = value.trim();
  if (id.length > 2_048) return new Problem('is too long (more than 2,048 characters)');
  return id === '' ? undefined : id;
}

/** The item to read: the input itself, or a feed's first item that is an object. */
function firstItem(input: JsonObject, warnings: Warnings): JsonObject {
  if (!isJsonFeed(input)) return input;
  const items = input.items;
  if (!Array.isArray(items) || items.length === 0) throw new ArticleError('items', 'must hold at least one item');
  const index = items.slice(0, 1_000).findIndex(isObject);
  if (index === -1) throw new ArticleError('items[0]', 'must be an object');
  if (index > 0) warnings.add(`items[0]`, 'must be an object');
  return items[index] as JsonObject;
}

/**
 * Maps a JSON Feed 1.1 (or 1.0) item to the canonical form; a whole feed gives its first item,
 * with the feed's language and authors when the item has none. An optional field that cannot be
 * used is dropped and added to `warnings`; only a missing title throws.
 */
export function fromJsonFeed(input: JsonObject, warnings = new Warnings()): Article {
  const item = firstItem(input, warnings);
  const feed = item === input ? undefined : input;
  const title = plainText(item.title);
  if (title instanceof Problem) throw new ArticleError('title', title.message);
  if (title === undefined) throw new ArticleError('title', 'is required');
  const id = read(item.id, itemId, 'id', warnings);
  return readArticle(
    {
      id,
      title,
      author: authors(item, warnings) ?? (feed ? authors(feed, warnings) : undefined),
      date: read(item.date_published, isoDate, 'date_published', warnings),
      url: read(item.url, canonicalUrl, 'url', warnings),
      lang: read(item.language, language, 'language', warnings) ?? (feed ? read(feed.language, language, 'language', warnings) : undefined),
      summary: read(item.summary, value => plainText(value, MAX_TEXT_LENGTH), 'summary', warnings),
      tags: tags(item.tags, warnings),
      body: body(item, warnings),
    },
    { date: 'date_published', lang: 'language' },
  );
}
