import { isObject, type JsonObject } from './validate.js';

// Which form an input is in, decided without the readers of the foreign forms, so that an element
// can load those readers (their own chunk in the script-tag bundles) only for such input.

export function isJsonLd(value: JsonObject): boolean {
  return '@context' in value || '@type' in value || '@graph' in value;
}

const FEED_FIELDS = ['content_html', 'content_text', 'date_published', 'authors', 'image', 'banner_image'];

/** A whole feed (`{ "version": "https://jsonfeed.org/version/1.1", "items": [...] }`). */
export function isJsonFeed(value: JsonObject): boolean {
  return typeof value.version === 'string' && value.version.startsWith('https://jsonfeed.org/version/');
}

/** An item: it has a field that only JSON Feed uses. */
export function isJsonFeedItem(value: JsonObject): boolean {
  return FEED_FIELDS.some(field => field in value);
}

/** JSON-LD (also an array of nodes) or JSON Feed: other people's forms, read leniently. */
export function isForeignInput(input: unknown): boolean {
  if (Array.isArray(input)) return input.some(item => isObject(item) && isJsonLd(item));
  if (!isObject(input)) return false;
  // JSON Feed has no `body`: an article with one is canonical even if it also has, say, an `image`.
  return isJsonLd(input) || (!('body' in input) && (isJsonFeed(input) || isJsonFeedItem(input)));
}
