import { compact } from './body.js';
import { safeUrl } from './urls.js';
import {
  ArticleError,
  MAX_TITLE_LENGTH,
  isObject,
  optionalArray,
  optionalDate,
  optionalInteger,
  optionalString,
  requiredObject,
  requiredString,
} from './validate.js';

/** One entry of a popular list, as described in SPEC.md ("Popular list JSON"). Text is plain text. */
export interface PopularItem {
  title: string;
  /**
   * Where the item links to: http(s), relative or `mailto:`. Absent when the given URL was not
   * safe (`javascript:` and the like): the item is then shown as plain text, never as a link.
   */
  url?: string;
  /** ISO 8601 date (`2020-10-17`) or date-time. */
  date?: string;
  /** How often the article was viewed, a whole number from 0. */
  views?: number;
  /** URL of the article's JSON, for loading it into an `<article-view>`; absent when not http(s) or relative. */
  src?: string;
}

/** The canonical popular list: an optional title (shown as the heading) and its items, in rank order. */
export interface PopularListData {
  title?: string;
  items: PopularItem[];
}

/** What `popular-list` accepts: an array of items, or `{ title, items }`. Anything else ends in the error state. */
export type PopularListInput = PopularListData | readonly unknown[] | Record<string, unknown>;

/**
 * Turns an array of items or a `{ title, items }` object into the canonical popular list, or
 * throws an `ArticleError` naming the offending field, e.g. `items[2].title is required`.
 * Only known fields are copied into new objects. An unsafe `url` or `src` is dropped, not an error,
 * so one bad link does not hide the whole list.
 */
export function normalizePopularList(input: unknown): PopularListData {
  if (Array.isArray(input)) return { items: readItems(input) };
  if (!isObject(input)) throw new ArticleError('list', 'must be an array of items or an object with items');
  if (input.items === undefined || input.items === null) throw new ArticleError('items', 'is required');
  return compact({
    title: optionalString(input.title, 'title', MAX_TITLE_LENGTH),
    items: readItems(input.items),
  });
}

function readItems(value: unknown): PopularItem[] {
  return optionalArray(value, 'items').map((entry, i) => readItem(entry, `items[${i}]`));
}

function readItem(value: unknown, field: string): PopularItem {
  const item = requiredObject(value, field);
  return compact<PopularItem>({
    title: requiredString(item.title, `${field}.title`, MAX_TITLE_LENGTH),
    url: safeUrl(requiredString(item.url, `${field}.url`, 4_096), 'link'),
    date: optionalDate(item.date, `${field}.date`),
    views: optionalInteger(item.views, `${field}.views`, 0),
    src: safeUrl(optionalString(item.src, `${field}.src`, 4_096), 'fetch'),
  });
}
