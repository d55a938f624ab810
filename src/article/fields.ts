import type { Article, Attachment, BodyBlock, TextDirection } from './types.js';
import { compact } from './body.js';
import { isAbsoluteHttpUrl } from './urls.js';
import { readDocument, readRelated } from './government.js';
import {
  ArticleError,
  MAX_TITLE_LENGTH,
  isObject,
  oneOf,
  optionalDate,
  optionalLanguage,
  optionalString,
  stringList,
} from './validate.js';

/** The article's top-level fields, by their canonical names, as found in any input form. */
type FieldName = 'id' | 'title' | 'subtitle' | 'source' | 'author' | 'date' | 'url' | 'lang' | 'dir'
  | 'summary' | 'tags' | 'publisher' | 'document' | 'related';

type ArticleValues = { [K in FieldName]?: unknown } & { body: BodyBlock[]; attachments?: Attachment[] };

const DIRECTIONS: readonly TextDirection[] = ['ltr', 'rtl', 'auto'];

// Languages written right to left, so an article that gives only `lang` still lays out correctly.
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export function isRtlLanguage(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.split('-')[0].toLowerCase());
}

/**
 * Checks the top-level fields and builds the canonical article. `names` gives each field's name
 * in the input form (JSON-LD's `headline` for `title`), so an error names what the author wrote.
 */
export function readArticle(values: ArticleValues, names: { [K in FieldName]?: string } = {}): Article {
  const name = (field: FieldName) => names[field] ?? field;
  const id = typeof values.id === 'number' ? String(values.id) : values.id;
  const url = optionalString(values.url, name('url'), 4_096);
  const lang = optionalLanguage(values.lang, name('lang'));
  const dir = oneOf(values.dir, name('dir'), DIRECTIONS);
  return compact({
    id: optionalString(id, name('id'), 2_048),
    title: optionalString(values.title, name('title'), MAX_TITLE_LENGTH) ?? missing(name('title')),
    subtitle: optionalString(values.subtitle, name('subtitle'), MAX_TITLE_LENGTH),
    source: optionalString(values.source, name('source'), MAX_TITLE_LENGTH),
    author: optionalString(values.author, name('author'), MAX_TITLE_LENGTH),
    date: optionalDate(values.date, name('date')),
    url: url !== undefined && isAbsoluteHttpUrl(url) ? url : undefined,
    lang,
    dir: dir ?? (lang !== undefined && isRtlLanguage(lang) ? 'rtl' : undefined),
    summary: optionalString(values.summary, name('summary')),
    body: values.body,
    attachments: values.attachments ?? [],
    tags: stringList(values.tags, name('tags')),
    publisher: optionalString(values.publisher, name('publisher'), MAX_TITLE_LENGTH),
    document: readDocument(values.document, name('document')),
    related: readRelated(values.related, name('related')),
  });
}

function missing(field: string): never {
  throw new ArticleError(field, 'is required');
}

/**
 * Names of people or organizations as JSON-LD and JSON Feed give them: a string, an object with
 * a `name`, or an array of those. Returns them joined with commas.
 */
export function personNames(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const people = Array.isArray(value) ? value : [value];
  const names = people.flatMap((person, i) => {
    const at = Array.isArray(value) ? `${field}[${i}]` : field;
    if (typeof person === 'string') return optionalString(person, at, MAX_TITLE_LENGTH) ?? [];
    if (isObject(person)) return optionalString(person.name, `${at}.name`, MAX_TITLE_LENGTH) ?? [];
    throw new ArticleError(at, 'must be a name or an object with a name');
  });
  return names.length > 0 ? names.join(', ') : undefined;
}
