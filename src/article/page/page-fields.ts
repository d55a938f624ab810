import type { Article, ImportWarning } from '../types.js';
import { findJsonLdArticle } from '../json-ld.js';
import { readArticleInput } from '../normalize.js';
import { ArticleError, isObject } from '../validate.js';
import { isAbsoluteHttpUrl } from '../urls.js';
import { readPageDate } from './dates.js';
import { COMMENT_NODE_TYPE, isOwn, squash } from './dom.js';

/** The article fields a page's head can give; each comes from the first place that has a usable value. */
export type PageFieldName = 'title' | 'source' | 'author' | 'date' | 'url' | 'lang' | 'dir' | 'summary' | 'tags' | 'publisher';
export type PageFields = Partial<Pick<Article, PageFieldName>>;

/** A meta tag's content by its name or property, case-insensitively: `ArticleTitle` is `articletitle`. */
export class PageMeta {
  private readonly values = new Map<string, string[]>();

  constructor(doc: Document) {
    for (const meta of doc.querySelectorAll('meta[content]')) {
      if (isOwn(meta)) continue;
      const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
      const content = squash(meta.getAttribute('content'));
      if (!name || !content) continue;
      this.values.set(name, [...(this.values.get(name) ?? []), content]);
    }
  }

  get(name: string): string | undefined {
    return this.values.get(name.toLowerCase())?.[0];
  }

  all(name: string): string[] {
    return this.values.get(name.toLowerCase()) ?? [];
  }
}

/** A value found for a field, and where: the meta tag's name, `JSON-LD headline`, `<h1>`… (named in warnings). */
export interface Candidate {
  from: string;
  value: unknown;
}

/**
 * The schema.org article of the page's JSON-LD, mapped to the canonical form, without its body.
 * Read leniently, as JSON-LD is (SPEC "Real-world input"): a field that cannot be used is left
 * out and reported; a script that is not JSON, or JSON-LD about something else (a breadcrumb
 * list, an organization), is passed over.
 */
export function readJsonLd(doc: Document, warnings: ImportWarning[]): Partial<Article> | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      warnings.push({ field: 'JSON-LD', message: 'is not valid JSON' });
      continue;
    }
    if (!isObject(json) && !Array.isArray(json)) continue;
    try {
      // Other JSON-LD (a breadcrumb list, the site's organization) is not about the article.
      findJsonLdArticle(json);
    } catch {
      continue;
    }
    try {
      const { article, warnings: dropped } = readArticleInput(json);
      warnings.push(...dropped.map(warning => ({ field: `JSON-LD ${warning.field}`, message: warning.message })));
      // The page's block is the body: the JSON-LD's own body and image are not used.
      const { body: _body, attachments: _attachments, ...fields } = article;
      return fields;
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      warnings.push({ field: `JSON-LD ${error.field}`, message: error.message.slice(error.field.length + 1) });
    }
  }
  return undefined;
}

/** The address in the page's "saved from url" comment, which browsers write when they save a page. */
export function savedFromUrl(doc: Document): string | undefined {
  for (let node = doc.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== COMMENT_NODE_TYPE) continue;
    const url = node.nodeValue?.match(/saved from url=\(\d+\)(\S+)/i)?.[1];
    if (url) return url;
  }
  return undefined;
}

const TITLE_SEPARATOR = /\s+[-–—|]\s+|\s*_\s*|\s*\|\s*/;

/**
 * The `<title>` without a site name after " - ", " | " or "_": "温州加快融入全球创新网络_政务动态_温州市人民政府"
 * is the article's title. Known names (the site's, the column's) are taken off the end as long as
 * they are there; else the last part goes.
 */
export function titleWithoutSite(title: string, siteNames: readonly string[]): string {
  let text = squash(title);
  const separator = /(\s+[-–—|]\s*|\s*_\s*|\s*\|\s*)$/;
  let stripped = false;
  for (let again = true; again; ) {
    again = false;
    for (const site of siteNames) {
      const at = site ? text.lastIndexOf(site) : -1;
      if (at <= 0 || at + site.length !== text.length || !separator.test(text.slice(0, at))) continue;
      text = squash(text.slice(0, at).replace(separator, ''));
      again = stripped = true;
    }
  }
  if (stripped) return text;
  const parts = [...text.matchAll(new RegExp(TITLE_SEPARATOR, 'g'))];
  return parts.length === 0 ? text : squash(text.slice(0, parts[parts.length - 1].index));
}

/** Keywords as portals write them: "温州,创新;青年科学家" or space-separated. */
export function splitKeywords(value: string): string[] {
  return value.split(/[,，;；、|]+|\s{1,}/).map(squash).filter(Boolean);
}

/** Whether a date-like value is a usable page date; the canonical form it takes. */
export function pageDate(value: unknown): string | undefined {
  return typeof value === 'string' ? readPageDate(value) : undefined;
}

/** An absolute http(s) URL for a field such as `og:url`, resolved against the page. */
export function absoluteUrl(value: unknown, base: string | undefined): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base).href;
    return isAbsoluteHttpUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}
