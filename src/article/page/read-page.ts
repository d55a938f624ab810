import type { Article, GovernmentDocument, ImportWarning, RelatedLink } from '../types.js';
import { normalizeArticle } from '../normalize.js';
import { ArticleError, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../validate.js';
import { readLinks } from './attachments.js';
import { removeWidgets, resolveUrls } from './clean-block.js';
import { CMS_CONTAINERS } from './cms-containers.js';
import { readPageDate } from './dates.js';
import { readDocumentTable } from './document-table.js';
import { OWN_ELEMENTS, compact, inertDocument, isBlank, isOwn, removeAndTidy, squash } from './dom.js';
import {
  PageMeta,
  absoluteUrl,
  readJsonLd,
  savedFromUrl,
  splitKeywords,
  titleWithoutSite,
  type Candidate,
} from './page-fields.js';
import { PageReadError } from './errors.js';
import { loadReadability, type ReadabilityArticle } from './readability.js';

export { PageReadError, type PageReadFailure } from './errors.js';

export interface ReadPageOptions {
  /** The page's address, against which its relative URLs resolve; default: the document's base URL. */
  url?: string;
  /** A CSS selector of the article's block, or `true` (or an empty string) to find it. Default `true`. */
  from?: string | true;
}

export interface PageReading {
  /** The canonical article. */
  article: Article;
  /** Each optional field that was found but could not be used, and why. */
  warnings: ImportWarning[];
  /** The element on the page that holds the article's body. */
  block: Element;
}

/**
 * Reads the article of a portal page (SPEC "Articles already on the page"): the body from the
 * element `from` names (or the block found by CMS containers, `[itemprop=articleBody]`, a single
 * `<article>`, `<main>`, then Readability); the fields from the government meta tags, JSON-LD,
 * Open Graph, the title heading, `<title>` and `<html lang dir>`, in that order; attachments,
 * interpretations and the document's register data from the page. The page is never changed:
 * the body is read from a copy in an inert document. Throws {@link PageReadError} when `from`
 * names nothing, no block is found, or the page has no title.
 */
export async function readPage(doc: Document, options: ReadPageOptions = {}): Promise<PageReading> {
  const warnings: ImportWarning[] = [];
  const meta = new PageMeta(doc);
  const base = pageBase(doc, meta, options.url);
  const { block, readability } = await findBlock(doc, options.from ?? true);

  // The body, from a copy in a document that loads and runs nothing.
  const inert = inertDocument(doc);
  let body: Element;
  if (readability) {
    body = inert.createElement('div');
    body.innerHTML = readability.content ?? '';
  } else {
    body = inert.importNode(block, true) as Element;
  }
  const table = readDocumentTable(doc);
  warnings.push(...table.warnings);
  const heading = titleHeading(block, meta);

  removeWidgets(body);
  removeDocumentTable(body);
  const infoLine = infoBefore(block, removeInfoLines(body));
  resolveUrls(body, base);
  const links = readLinks(body, true);
  const related = [...links.related, ...relatedNearby(block, inert, base, links.related)];

  const jsonLd = readJsonLd(doc, warnings);
  const html = doc.documentElement;
  const sites = [meta.get('SiteName'), meta.get('og:site_name'), meta.get('ColumnName')].filter((site): site is string => !!site);
  const pageTitle = squash(doc.querySelector('head > title, title')?.textContent);
  const choose = chooser(warnings);

  const title = choose.text('title', MAX_TITLE_LENGTH, [
    { from: 'ArticleTitle', value: meta.get('ArticleTitle') },
    { from: 'JSON-LD headline', value: jsonLd?.title },
    { from: 'og:title', value: meta.get('og:title') },
    { from: '<h1>', value: heading ? squash(heading.textContent) : undefined },
    { from: '<title>', value: pageTitle ? titleWithoutSite(pageTitle, sites) : undefined },
    { from: 'readability', value: readability?.title },
  ]);
  if (title === undefined) {
    throw new PageReadError('page', 'has no article title: no ArticleTitle meta tag, JSON-LD headline, og:title, <h1> or <title>', 'no-title');
  }
  removeTitleHeading(body, title);

  const input: Record<string, unknown> = {
    title,
    source: choose.text('source', MAX_TITLE_LENGTH, [
      { from: 'ContentSource', value: meta.get('ContentSource') },
      { from: '来源', value: infoLine.source },
    ]),
    author: choose.text('author', MAX_TITLE_LENGTH, [
      { from: 'Author', value: meta.get('Author') },
      { from: 'JSON-LD author', value: jsonLd?.author },
      { from: 'article:author', value: isUrlLike(meta.get('article:author')) ? undefined : meta.get('article:author') },
      { from: 'readability', value: readability?.byline?.replace(/^\s*(by|作者\s*[：:])\s*/i, '') },
    ]),
    date: choose.date([
      { from: 'PubDate', value: meta.get('PubDate') },
      { from: 'JSON-LD datePublished', value: jsonLd?.date },
      { from: 'article:published_time', value: meta.get('article:published_time') },
      { from: 'firstpublishedtime', value: meta.get('firstpublishedtime') },
      { from: '发布日期', value: table.published },
      { from: '发布时间', value: infoLine.date },
      { from: 'readability', value: readability?.publishedTime },
    ]),
    url: choose.url(base, [
      { from: 'Url', value: meta.get('Url') },
      { from: 'JSON-LD url', value: jsonLd?.url },
      { from: 'og:url', value: meta.get('og:url') },
      { from: 'canonical', value: doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') },
      { from: 'page', value: options.url ?? (/^https?:/i.test(doc.URL) ? doc.URL : savedFromUrl(doc)) },
    ]),
    lang: choose.lang([
      { from: 'JSON-LD inLanguage', value: jsonLd?.lang },
      { from: 'og:locale', value: meta.get('og:locale') },
      { from: '<html lang>', value: html?.getAttribute('lang') || html?.getAttribute('xml:lang') },
      { from: 'readability', value: readability?.lang },
    ]),
    dir: choose.dir([
      { from: '<html dir>', value: html?.getAttribute('dir') },
      { from: 'readability', value: readability?.dir },
    ]),
    summary: choose.text('summary', MAX_TEXT_LENGTH, [
      { from: 'Description', value: meta.get('Description') },
      { from: 'JSON-LD description', value: jsonLd?.summary },
      { from: 'og:description', value: meta.get('og:description') },
    ]),
    tags: choose.tags([
      { from: 'Keywords', value: meta.get('Keywords') },
      { from: 'JSON-LD keywords', value: jsonLd?.tags },
      { from: 'article:tag', value: meta.all('article:tag') },
    ]),
    publisher: choose.text('publisher', MAX_TITLE_LENGTH, [{ from: 'JSON-LD publisher', value: jsonLd?.publisher }]),
    body: isBlank(body) ? [] : [{ type: 'html', html: body.innerHTML.trim() }],
    attachments: links.attachments,
    document: table.document,
    related: related.length > 0 ? related : undefined,
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  return { article: canonical(input, warnings), warnings, block };
}

// ---- Finding the block ----

async function findBlock(doc: Document, from: string | true): Promise<{ block: Element; readability?: ReadabilityArticle }> {
  if (typeof from === 'string' && from.trim() !== '') {
    let matches: NodeListOf<Element>;
    try {
      matches = doc.querySelectorAll(from);
    } catch {
      throw new PageReadError('from', `is not a CSS selector: ${from}`, 'bad-selector', from);
    }
    const block = [...matches].find(element => !isOwn(element));
    if (!block) throw new PageReadError('from', `"${from}" matches nothing on this page`, 'no-match', from);
    return { block };
  }
  const first = (selector: string) => [...doc.querySelectorAll(selector)].find(element => !isOwn(element) && !isBlank(element));
  for (const { selector } of CMS_CONTAINERS) {
    const block = first(selector);
    if (block) return { block };
  }
  const marked = first('[itemprop="articleBody"]');
  if (marked) return { block: marked };
  const articles = [...doc.querySelectorAll('article')].filter(element => !isOwn(element) && !element.parentElement?.closest('article'));
  if (articles.length === 1 && !isBlank(articles[0])) return { block: articles[0] };
  const main = first('main');
  if (main) return { block: main };
  return readWithReadability(doc);
}

async function readWithReadability(doc: Document): Promise<{ block: Element; readability: ReadabilityArticle }> {
  const Readability = await loadReadability();
  // Readability changes the document it reads: it gets a copy, without portal-reader's elements.
  const copy = doc.cloneNode(true) as Document;
  for (const element of copy.querySelectorAll(OWN_ELEMENTS)) element.remove();
  const result = new Readability(copy).parse();
  if (!result?.content) {
    throw new PageReadError('page', 'has no article block: no CMS content container, [itemprop=articleBody], single <article> or <main>, and readability found none', 'no-block');
  }
  const content = inertDocument(doc).createElement('div');
  content.innerHTML = result.content;
  return { block: locate(doc, content) ?? doc.body ?? doc.documentElement, readability: result };
}

/** The element of `doc` that holds what Readability found: the common ancestor of its first and last paragraphs. */
function locate(doc: Document, content: Element): Element | undefined {
  const texts = [...content.querySelectorAll('p, li, h2, h3, h4, h5, h6, pre, blockquote, td, dd')]
    .map(element => squash(element.textContent))
    .filter(text => text.length >= 6);
  if (texts.length === 0) return undefined;
  const first = elementWithText(doc, texts[0]);
  const last = elementWithText(doc, texts[texts.length - 1]);
  if (!first || !last) return first ?? last;
  const ancestors = new Set<Element>();
  for (let node: Element | null = first; node; node = node.parentElement) ancestors.add(node);
  for (let node: Element | null = last; node; node = node.parentElement) if (ancestors.has(node)) return node;
  return undefined;
}

function elementWithText(doc: Document, text: string): Element | undefined {
  const start = text.slice(0, 12);
  const whole = text.slice(0, 60);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!squash(node.nodeValue).includes(start)) continue;
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (isOwn(element)) break;
      if (squash(element.textContent).includes(whole)) return element;
    }
  }
  return undefined;
}

// ---- The body ----

/** The address the page's relative URLs resolve against: `url`, else the document's, else the one the page declares. */
function pageBase(doc: Document, meta: PageMeta, url: string | undefined): string | undefined {
  const declared = [
    url,
    /^https?:/i.test(doc.URL) ? doc.URL : undefined,
    meta.get('Url'),
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href'),
    meta.get('og:url'),
    savedFromUrl(doc),
  ].find(candidate => candidate && /^https?:\/\//i.test(candidate.trim()));
  const page = declared?.trim() ?? (doc.baseURI && /^(https?|file):/i.test(doc.baseURI) ? doc.baseURI : undefined);
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (!page) return undefined;
  try {
    return baseHref ? new URL(baseHref, page).href : page;
  } catch {
    return page;
  }
}

/** The `<h1>` in or just before the block that is the article's title, not a logo or a section heading. */
function titleHeading(block: Element, meta: PageMeta): Element | undefined {
  const notTitles = new Set([meta.get('ColumnName'), meta.get('SiteName'), meta.get('og:site_name')].filter(Boolean).map(compact));
  const usable = (heading: Element) => {
    const text = squash(heading.textContent);
    if (!text || text.length > MAX_TITLE_LENGTH || isOwn(heading) || notTitles.has(compact(text))) return false;
    if (heading.closest('nav, footer, aside') || (heading.closest('header') && !heading.closest('article, main'))) return false;
    const names = `${heading.id} ${heading.getAttribute('class') ?? ''} ${heading.parentElement?.getAttribute('class') ?? ''}`;
    return !/logo|banner|nav|menu|column|lanmu/i.test(names);
  };
  const inside = [...block.querySelectorAll('h1')].find(usable);
  if (inside) return inside;
  let ancestor = block.parentElement;
  for (let level = 0; ancestor && level < 4; level++, ancestor = ancestor.parentElement) {
    const before = [...ancestor.querySelectorAll('h1')].filter(
      heading => !block.contains(heading) && heading.compareDocumentPosition(block) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */,
    );
    const heading = before.reverse().find(usable);
    if (heading) return heading;
  }
  return undefined;
}

/** The article's title shows in its header: a heading in the body that repeats it goes. */
function removeTitleHeading(body: Element, title: string): void {
  const heading = [...body.querySelectorAll('h1, h2, h3')].find(element => compact(element.textContent) === compact(title));
  if (heading) removeAndTidy(heading, body);
}

/** The document's register table shows above the body: its copy inside the block goes. */
function removeDocumentTable(body: Element): void {
  for (const cell of readDocumentTable(body).cells) {
    if (!body.contains(cell)) continue;
    const list = cell.closest('table, ul, ol, dl');
    const holder = list && body.contains(list) && list !== body ? list : cell.closest('tr, li, p, dd, dt, div');
    removeAndTidy(holder && holder !== body && body.contains(holder) ? holder : cell, body);
  }
}

const INFO_LABEL = '(?:信息来源|文章来源|稿件来源|来源|发布时间|发布日期|更新时间|时间|日期|作者|浏览次数|点击数|点击率|访问次数|阅读次数|浏览量|source|date|author|time|views|hits)';
const INFO_LINE = new RegExp(`^(?:${INFO_LABEL}[\\s\\u00a0\\u3000]*[：:][^：:]*?)+$`, 'i');
const INFO_VALUE = (labels: string) =>
  new RegExp(`(?:${labels})\\s*[：:]\\s*(.+?)(?=\\s+(?:[\\u4e00-\\u9fff]{2,6}|[A-Za-z]+)\\s*[：:]|$)`, 'i');
const SOURCE_VALUE = INFO_VALUE('信息来源|文章来源|稿件来源|来源|source');
const DATE_VALUE = INFO_VALUE('发布时间|发布日期|时间|日期|date|time');

interface InfoLine {
  source?: string;
  date?: string;
}

/** The text of an info line ("来源：温州市人民政府 发布时间：2020-10-17 14:36", "【Source: Wenzhou·China 【Date: 2020.10.17】"), or undefined. */
function infoLineText(element: Element): string | undefined {
  const raw = element.textContent ?? '';
  if (raw.length > 400) return undefined;
  const text = squash(raw.replace(/[【】[\]]/g, ' '));
  return text.length <= 200 && INFO_LINE.test(text) && !element.querySelector('p, div, img, table') ? text : undefined;
}

function readInfo(text: string, found: InfoLine): void {
  found.source ??= text.match(SOURCE_VALUE)?.[1];
  found.date ??= text.match(DATE_VALUE)?.[1];
}

/** Info lines in the block go (the meta row shows them); their 来源 and 发布时间 are the last fallbacks. */
function removeInfoLines(body: Element): InfoLine {
  const found: InfoLine = {};
  for (const element of [...body.querySelectorAll('p, div, span, td, li')]) {
    if (!body.contains(element)) continue;
    const text = infoLineText(element);
    if (text === undefined) continue;
    readInfo(text, found);
    removeAndTidy(element, body);
  }
  return found;
}

/** The info line just above the block, where most templates put it (read, not changed). */
function infoBefore(block: Element, found: InfoLine): InfoLine {
  let element: Element | null = block;
  for (let level = 0; element && level < 3; level++, element = element.parentElement) {
    let sibling = element.previousElementSibling;
    for (let count = 0; sibling && count < 3; count++, sibling = sibling.previousElementSibling) {
      for (const candidate of [sibling, ...sibling.querySelectorAll('p, div, span, td, li')]) {
        const text = isOwn(candidate) ? undefined : infoLineText(candidate);
        if (text !== undefined) readInfo(text, found);
      }
    }
  }
  return found;
}

/**
 * Interpretation links just after the block (a "政策解读" line under the text), not already in it:
 * the next few elements after the block and after each of its nearest ancestors, short of the
 * page's navigation and footer.
 */
function relatedNearby(block: Element, inert: Document, base: string | undefined, known: RelatedLink[]): RelatedLink[] {
  const found: RelatedLink[] = [];
  let element: Element | null = block;
  for (let level = 0; element && element.localName !== 'body' && level < 4; level++, element = element.parentElement) {
    let sibling = element.nextElementSibling;
    for (let count = 0; sibling && count < 3; count++, sibling = sibling.nextElementSibling) {
      const names = `${sibling.id} ${sibling.getAttribute('class') ?? ''}`;
      if (isOwn(sibling) || /^(script|style|nav|footer|header)$/i.test(sibling.localName) || /foot|nav|menu|copyright/i.test(names)) continue;
      const copy = inert.importNode(sibling, true) as Element;
      resolveUrls(copy, base);
      for (const link of readLinks(copy, false).related) {
        if (![...known, ...found].some(other => other.url === link.url)) found.push(link);
      }
    }
  }
  return found;
}

// ---- Fields ----

function isUrlLike(value: string | undefined): boolean {
  return value !== undefined && /^(https?:)?\/\//i.test(value);
}

/** Picks each field from its first usable candidate; a candidate present but unusable is a warning. */
function chooser(warnings: ImportWarning[]) {
  const pick = <T>(candidates: Candidate[], read: (value: unknown) => T | undefined, problem: string): T | undefined => {
    for (const { from, value } of candidates) {
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      const read_ = read(value);
      if (read_ !== undefined) return read_;
      warnings.push({ field: from, message: `${problem}: ${JSON.stringify(value).slice(0, 200)}` });
    }
    return undefined;
  };
  return {
    text: (_field: string, max: number, candidates: Candidate[]) =>
      pick(candidates, value => (typeof value === 'string' && squash(value) && value.length <= max ? squash(value) : undefined), 'is not usable text'),
    date: (candidates: Candidate[]) =>
      pick(candidates, value => (typeof value === 'string' ? readPageDate(value) : undefined), 'is not a date'),
    url: (base: string | undefined, candidates: Candidate[]) =>
      pick(candidates, value => absoluteUrl(value, base), 'is not an http(s) URL'),
    lang: (candidates: Candidate[]) =>
      pick(candidates, value => {
        if (typeof value !== 'string') return undefined;
        try {
          return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
        } catch {
          return undefined;
        }
      }, 'is not a language tag'),
    dir: (candidates: Candidate[]) =>
      pick(candidates, value => {
        const dir = typeof value === 'string' ? value.trim().toLowerCase() : '';
        return dir === 'ltr' || dir === 'rtl' || dir === 'auto' ? dir : undefined;
      }, 'is not ltr, rtl or auto'),
    tags: (candidates: Candidate[]) =>
      pick(candidates, value => {
        const tags = (Array.isArray(value) ? value : [value]).flatMap(tag => (typeof tag === 'string' ? splitKeywords(tag) : []));
        return tags.length > 0 ? [...new Set(tags)] : undefined;
      }, 'has no keywords'),
  };
}

/**
 * The canonical reader's verdict on the page's article: a field it refuses is dropped (an entry of
 * a list, or the field) and reported, and the rest read again. `document` and `related` are kept
 * as read when the canonical reader does not carry them.
 */
function canonical(input: Record<string, unknown>, warnings: ImportWarning[]): Article {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const article = normalizeArticle(input);
      const extra = article as { document?: GovernmentDocument; related?: RelatedLink[] };
      if (input.document !== undefined && extra.document === undefined) extra.document = input.document as GovernmentDocument;
      if (input.related !== undefined && extra.related === undefined) extra.related = input.related as RelatedLink[];
      return article;
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      const [, key, index, part] = error.field.match(/^([^.[]+)(?:\[(\d+)\])?(?:\.(\w+))?/) ?? [];
      if (!key || key === 'title' || !(key in input)) throw error;
      warnings.push({ field: error.field, message: error.message.slice(error.field.length + 1) });
      const value = input[key];
      if (index !== undefined && Array.isArray(value)) input[key] = value.filter((_, i) => i !== Number(index));
      else if (part !== undefined && typeof value === 'object' && value !== null && part in value) {
        const { [part]: _dropped, ...rest } = value as Record<string, unknown>;
        input[key] = rest;
      } else if (key === 'body') input.body = [];
      else delete input[key];
    }
  }
  throw new ArticleError('page', 'could not be read as an article');
}
