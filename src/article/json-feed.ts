import type { Article } from './types.js';
import { htmlToBlocks, imageBlock, textToParagraphs } from './body.js';
import { personNames, readArticle } from './fields.js';
import { ArticleError, isObject, optionalString, type JsonObject } from './validate.js';

const FEED_FIELDS = ['content_html', 'content_text', 'date_published', 'authors', 'image', 'banner_image'];

/** A whole feed (`{ "version": "https://jsonfeed.org/version/1.1", "items": [...] }`). */
export function isJsonFeed(value: JsonObject): boolean {
  return typeof value.version === 'string' && value.version.startsWith('https://jsonfeed.org/version/');
}

/** An item: it has a field that only JSON Feed uses. */
export function isJsonFeedItem(value: JsonObject): boolean {
  return FEED_FIELDS.some(field => field in value);
}

/** Maps a JSON Feed 1.1 item to the canonical form; a whole feed gives its first item. */
export function fromJsonFeed(input: JsonObject): Article {
  let item = input;
  let language = input.language;
  if (isJsonFeed(input)) {
    const items = input.items;
    if (!Array.isArray(items) || items.length === 0) throw new ArticleError('items', 'must hold at least one item');
    if (!isObject(items[0])) throw new ArticleError('items[0]', 'must be an object');
    item = items[0];
    language = item.language ?? input.language;
  }
  const html = htmlToBlocks(item.content_html, 'content_html');
  const text = optionalString(item.content_text, 'content_text');
  const image = item.image === undefined ? undefined : imageBlock({ src: item.image }, 'image');
  return readArticle(
    {
      id: item.id,
      title: item.title,
      author: personNames(item.authors ?? item.author, item.authors !== undefined ? 'authors' : 'author'),
      date: item.date_published,
      url: item.url,
      lang: language,
      summary: item.summary,
      tags: item.tags,
      body: [
        ...(image ? [image] : []),
        ...(html.length > 0 ? html : text !== undefined ? textToParagraphs(text) : []),
      ],
    },
    { date: 'date_published', lang: 'language' },
  );
}
