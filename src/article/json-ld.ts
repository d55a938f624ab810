import type { Article, BodyBlock, DocumentValidity, GovernmentDocument, ImageBlock } from './types.js';
import { compact } from './body.js';
import { readArticle } from './fields.js';
import {
  Problem,
  Warnings,
  bodyFromText,
  canonicalUrl,
  firstOf,
  firstUsable,
  image,
  imageUrl,
  isoDate,
  joinNames,
  language,
  pixels,
  plainText,
  tagList,
} from './lenient.js';
import { ArticleError, MAX_TEXT_LENGTH, isObject, type JsonObject } from './validate.js';

/**
 * schema.org types read as an article: `Article` and every type below it (schema.org 28.0:
 * AdvertiserContentArticle, NewsArticle and its six subtypes, Report, SatiricalArticle,
 * ScholarlyArticle, MedicalScholarlyArticle, SocialMediaPosting, BlogPosting, LiveBlogPosting,
 * DiscussionForumPosting, TechArticle, APIReference), and `Legislation`, which government
 * portals use for their documents. Compared without case: real pages write `socialmediaposting`.
 */
const ARTICLE_TYPES = new Set([
  'article', 'advertisercontentarticle', 'newsarticle', 'analysisnewsarticle', 'askpublicnewsarticle',
  'backgroundnewsarticle', 'opinionnewsarticle', 'reportagenewsarticle', 'reviewnewsarticle', 'report',
  'satiricalarticle', 'scholarlyarticle', 'medicalscholarlyarticle', 'socialmediaposting', 'blogposting',
  'liveblogposting', 'discussionforumposting', 'techarticle', 'apireference', 'legislation', 'legislationobject',
]);
const LEGISLATION_TYPES = new Set(['legislation', 'legislationobject']);
// A compact IRI or a full one: `schema:NewsArticle`, `https://schema.org/NewsArticle`.
const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/(?:www\.)?schema\.org\/)/i;

/** Nodes looked at when searching for the article, and nodes indexed by `@id`: a hostile document cannot keep us busy. */
const MAX_NODES = 1_000;
/** How deep values are followed (arrays in arrays, `@list`, references to references). */
const MAX_DEPTH = 8;
/** Values read from one property. */
const MAX_VALUES = 1_000;
/** Steps of value reading for the whole document, so references that loop end. */
const MAX_STEPS = 100_000;
/** Updates of a live blog read into the body. */
const MAX_UPDATES = 500;

export { isJsonLd } from './input-form.js';

/** A property as JSON-LD may name it: `headline`, `schema:headline` or `https://schema.org/headline`. Own properties only. */
function property(node: JsonObject, name: string): unknown {
  for (const key of [name, `schema:${name}`, `https://schema.org/${name}`, `http://schema.org/${name}`]) {
    if (Object.hasOwn(node, key)) return node[key];
  }
  return undefined;
}

function typeNames(node: JsonObject): string[] {
  const types = property(node, '@type');
  return (Array.isArray(types) ? types.slice(0, 20) : [types]).flatMap(type =>
    typeof type === 'string' ? type.trim().replace(SCHEMA_PREFIX, '').toLowerCase() : []);
}

/** `{ "@id": … }`, perhaps with its `@type`: it refers to a node and says nothing itself. */
function isReference(value: JsonObject): boolean {
  return Object.keys(value).every(key => key === '@id' || key === '@type' || key === '@context');
}

function isArticleNode(value: unknown): value is JsonObject {
  return isObject(value) && typeNames(value).some(type => ARTICLE_TYPES.has(type));
}

/** One JSON-LD document being read: its nodes by `@id`, and what reading it dropped. */
class Graph {
  readonly warnings: Warnings;
  private readonly nodes = new Map<string, JsonObject>();
  private steps = MAX_STEPS;

  constructor(input: JsonObject | readonly unknown[], warnings: Warnings) {
    this.warnings = warnings;
    // Breadth-first over everything, without recursion (documents may nest thousands of levels).
    const pending: unknown[] = [input];
    for (let i = 0, seen = 0; i < pending.length && seen < MAX_NODES; i++) {
      const value = pending[i];
      if (Array.isArray(value)) {
        pending.push(...value.slice(0, MAX_NODES));
        continue;
      }
      if (!isObject(value)) continue;
      seen++;
      const id = value['@id'];
      // A node that says more than its `@id` and `@type` defines it; `{ "@id": … }` alone refers to one.
      if (typeof id === 'string' && !this.nodes.has(id) && !isReference(value)) {
        this.nodes.set(id, value);
      }
      for (const key of Object.keys(value).slice(0, 200)) {
        const child = value[key];
        if (typeof child === 'object' && child !== null) pending.push(child);
      }
      if (pending.length > 20 * MAX_NODES) break;
    }
  }

  /** A reference `{ "@id": … }` as the node it refers to (its own properties win); anything else as it is. */
  resolve(value: JsonObject): JsonObject {
    const id = value['@id'];
    const node = typeof id === 'string' ? this.nodes.get(id) : undefined;
    if (!node || node === value) return value;
    return isReference(value) ? node : { ...node, ...value };
  }

  /**
   * The values a property holds, flattened: arrays, `@list` and `@set` opened, `@value` taken
   * out, references resolved. `null` gives nothing.
   */
  values(value: unknown): unknown[] {
    const found: unknown[] = [];
    const visit = (item: unknown, depth: number): void => {
      if (item === undefined || item === null || depth > MAX_DEPTH || found.length >= MAX_VALUES || this.steps-- <= 0) return;
      if (Array.isArray(item)) {
        for (const entry of item.slice(0, MAX_VALUES)) visit(entry, depth + 1);
      } else if (!isObject(item)) {
        found.push(item);
      } else if (Object.hasOwn(item, '@list') || Object.hasOwn(item, '@set')) {
        visit(Object.hasOwn(item, '@list') ? item['@list'] : item['@set'], depth + 1);
      } else if (Object.hasOwn(item, '@value')) {
        visit(item['@value'], depth + 1);
      } else {
        found.push(this.resolve(item));
      }
    };
    visit(value, 0);
    return found;
  }

  /** The first value of `node[name]` that `read` can use; a warning names the property when none can. */
  first<T>(node: JsonObject, name: string, read: (value: unknown) => T | undefined | Problem): T | undefined {
    return firstUsable(this.values(property(node, name)), read, name, this.warnings);
  }

  /** `@language` of the first `@value` object of a property: a page may give a language only there. */
  languageOf(value: unknown): string | undefined {
    const first = Array.isArray(value) ? value[0] : value;
    const tag = isObject(first) ? first['@language'] : undefined;
    const lang = language(tag);
    return typeof lang === 'string' ? lang : undefined;
  }

  /** Text of a Thing: a string, or its `name`. */
  thingName = (value: unknown): string | undefined | Problem => {
    if (!isObject(value)) return plainText(value);
    return firstOf(this.values(property(value, 'name')), entry => plainText(entry));
  };

  /**
   * A person's or an organization's name: a string, or an object's `name`, else its `givenName`,
   * `additionalName` and `familyName`.
   */
  personName = (value: unknown): string | undefined | Problem => {
    if (typeof value === 'string') return plainText(value);
    if (!isObject(value)) return new Problem('must be a name or an object with a name');
    const name = this.thingName(value);
    if (typeof name === 'string') return name;
    const parts = ['givenName', 'additionalName', 'familyName'].flatMap(part => {
      return firstOf(this.values(property(value, part)), entry => plainText(entry)) ?? [];
    });
    if (parts.length > 0) return plainText(parts.join(' '));
    if (isReference(value)) return new Problem('refers to a node (@id) that the document does not contain');
    return new Problem('must be a name or an object with a name');
  };

  /** Names of the people or organizations a property holds (`author`, `publisher`), joined with commas. */
  names(node: JsonObject, name: string): string | undefined {
    const entries = this.values(property(node, name));
    return joinNames(entries, this.personName, name, this.warnings, entries.length > 1);
  }
}

/** The article node: the object itself, in `@graph` or an array, or a page's `mainEntity` (also by reference). */
function findArticleNode(input: JsonObject | readonly unknown[], graph?: Graph): JsonObject | undefined {
  const nodes: unknown[] = Array.isArray(input) ? input.slice(0, MAX_NODES) : [input];
  for (let i = 0; i < nodes.length && i < MAX_NODES; i++) {
    const node = nodes[i];
    if (isArticleNode(node)) return node;
    // Arrays in arrays are not JSON-LD, but pages write them: their nodes are read too.
    if (Array.isArray(node)) nodes.push(...node.slice(0, MAX_NODES));
    if (!isObject(node)) continue;
    // Sliced: spreading a huge array into push() throws a RangeError, and at most 1,000 nodes are read.
    const children = node['@graph'];
    if (Array.isArray(children)) nodes.push(...children.slice(0, MAX_NODES));
    else if (isObject(children)) nodes.push(children);
    const main = node.mainEntity;
    if (Array.isArray(main)) nodes.push(...main.slice(0, MAX_NODES));
    else if (isObject(main)) nodes.push(graph ? graph.resolve(main) : main);
  }
  return undefined;
}

/** The first article node in a JSON-LD document, or an ArticleError when the document has none. */
export function findJsonLdArticle(input: JsonObject | readonly unknown[]): JsonObject {
  const node = findArticleNode(input);
  if (!node) throw noArticle();
  return node;
}

function noArticle(): ArticleError {
  return new ArticleError('@type', 'must name an article type such as Article or NewsArticle');
}

/** The title, from `headline`, `name` or `title`; the one field whose absence is an error. */
function readTitle(node: JsonObject, graph: Graph): { title: string; field: string } {
  const fields = ['headline', 'name', 'title'];
  let failure: { field: string; problem: Problem } | undefined;
  for (const field of fields) {
    let problem: Problem | undefined;
    for (const value of graph.values(property(node, field))) {
      const title = plainText(value);
      if (title instanceof Problem) problem ??= title;
      else if (title !== undefined) {
        // An earlier title field that could not be used is one more dropped field.
        if (failure) graph.warnings.add(failure.field, failure.problem.message);
        return { title, field };
      }
    }
    if (problem) failure ??= { field, problem };
  }
  if (failure) throw new ArticleError(failure.field, failure.problem.message);
  const present = fields.find(field => property(node, field) !== undefined) ?? 'headline';
  throw new ArticleError(present, 'is required');
}

/** An ImageObject (or a URL) as an image block; `undefined` when it has no safe URL. */
function imageFrom(value: unknown, graph: Graph): ImageBlock | undefined | Problem {
  if (!isObject(value)) {
    const src = imageUrl(value);
    return typeof src === 'string' ? image(src, {}) : src;
  }
  const candidates = [...graph.values(property(value, 'url')), ...graph.values(property(value, 'contentUrl'))];
  const id = value['@id'];
  // An `@id` that names the file itself (not a `#primaryimage` node of the page) is its URL.
  if (typeof id === 'string' && !id.includes('#')) candidates.push(id);
  const src = firstOf(candidates, imageUrl);
  if (src === undefined) return new Problem('no usable URL');
  const text = (name: string) =>
    firstUsable(graph.values(property(value, name)), entry => plainText(entry, MAX_TEXT_LENGTH), `image.${name}`, graph.warnings);
  const size = (name: string) => {
    const raw = graph.values(property(value, name))[0];
    const side = pixels(isObject(raw) ? raw.value : raw);
    if (side instanceof Problem) graph.warnings.add(`image.${name}`, side.message);
    return typeof side === 'number' ? side : undefined;
  };
  return image(src, {
    alt: text('name') ?? text('description'),
    caption: text('caption'),
    width: size('width'),
    height: size('height'),
  });
}

function leadImage(node: JsonObject, graph: Graph): BodyBlock[] {
  const read = (value: unknown) => imageFrom(value, graph);
  const block = graph.first(node, 'image', read) ?? graph.first(node, 'thumbnailUrl', read);
  return block ? [block] : [];
}

/** The body: `articleBody` (or `text`, as social media postings and legislation have it), then a live blog's updates. */
function body(node: JsonObject, graph: Graph): BodyBlock[] {
  const blocks = bodyText(node, graph, '');
  for (const update of graph.values(property(node, 'liveBlogUpdate')).slice(0, MAX_UPDATES)) {
    if (!isObject(update)) continue;
    const headline = firstUsable(graph.values(property(update, 'headline')), entry => plainText(entry), 'liveBlogUpdate.headline', graph.warnings);
    if (headline !== undefined) blocks.push({ type: 'heading', text: headline, level: 2 });
    blocks.push(...bodyText(update, graph, 'liveBlogUpdate.'));
  }
  return blocks;
}

/** The first string of `articleBody`, else of `text`, as body blocks. */
function bodyText(node: JsonObject, graph: Graph, prefix: string): BodyBlock[] {
  const field = property(node, 'articleBody') !== undefined ? 'articleBody' : 'text';
  const values = graph.values(property(node, field));
  const text = values.find(value => typeof value === 'string');
  if (text === undefined && values.length > 0) graph.warnings.add(`${prefix}${field}`, 'must be a string');
  return bodyFromText(text, `${prefix}${field}`, graph.warnings);
}

/** schema.org's LegalForceStatus as the document's validity. */
const LEGAL_FORCE = new Map<string, DocumentValidity>([
  ['inforce', 'valid'],
  ['notinforce', 'expired'],
  ['partiallyinforce', 'amended'],
]);

function legalForce(value: unknown): DocumentValidity | undefined | Problem {
  const name = isObject(value) ? (value['@id'] ?? value.name) : value;
  if (name === undefined || name === null) return undefined;
  const key = typeof name === 'string' ? name.trim().replace(SCHEMA_PREFIX, '').toLowerCase() : '';
  return LEGAL_FORCE.get(key) ?? new Problem('must be InForce, NotInForce or PartiallyInForce');
}

/** An ISO date (`2020-10-17`), from a date or a date-time as written. */
function dateOnly(value: unknown): string | undefined | Problem {
  const date = isoDate(value);
  return typeof date === 'string' ? date.slice(0, 10) : date;
}

/**
 * schema.org `Legislation` as the government document's register data. Read only for a
 * Legislation node or one with `legislation…` properties, so a news article gets none.
 */
function governmentDocument(node: JsonObject, graph: Graph): GovernmentDocument | undefined {
  const legislative = typeNames(node).some(type => LEGISLATION_TYPES.has(type)) ||
    Object.keys(node).some(key => key.replace(SCHEMA_PREFIX, '').startsWith('legislation'));
  if (!legislative) return undefined;
  const first = <T>(names: string[], read: (value: unknown) => T | undefined | Problem) => {
    for (const name of names) {
      const value = graph.first(node, name, read);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const issuerField = ['legislationPassedBy', 'legislationResponsible', 'publisher']
    .find(name => property(node, name) !== undefined);
  // `temporalCoverage` as an ISO interval: "2004-12-08/2022-02-09" (an open end is "..").
  const coverage = graph.first(node, 'temporalCoverage', value => (typeof value === 'string' ? value : undefined));
  const [start, end] = coverage?.split('/') ?? [];
  const coverageDate = (part: string | undefined) => {
    if (part === undefined || part.trim() === '..' || part.trim() === '') return undefined;
    const date = dateOnly(part.trim());
    if (date instanceof Problem) graph.warnings.add('temporalCoverage', date.message);
    return typeof date === 'string' ? date : undefined;
  };
  const validFrom = first(['legislationDateOfApplicability'], dateOnly) ?? coverageDate(start);
  let validUntil = first(['expires'], dateOnly) ?? coverageDate(end);
  if (validFrom && validUntil && validUntil < validFrom) {
    graph.warnings.add('expires', 'is before the date the document applies from');
    validUntil = undefined;
  }
  const topics = ['about', 'genre'].find(name => property(node, name) !== undefined);
  const result = compact<GovernmentDocument>({
    issuer: issuerField ? graph.names(node, issuerField) : undefined,
    number: first(['legislationIdentifier'], entry => plainText(entry)),
    written: first(['legislationDate', 'dateCreated'], dateOnly),
    topic: topics ? joinNames(graph.values(property(node, topics)), graph.thingName, topics, graph.warnings, false) : undefined,
    validity: first(['legislationLegalForce'], legalForce),
    validFrom,
    validUntil,
  });
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The article's address: `url`, else the page it is the main entity of. */
function articleUrl(node: JsonObject, graph: Graph): string | undefined {
  const fromPage = (value: unknown) => {
    const page = isObject(value) ? (property(value, 'url') ?? value['@id']) : value;
    const url = canonicalUrl(Array.isArray(page) ? page[0] : page);
    return typeof url === 'string' ? url : undefined;
  };
  const pageUrl = (value: unknown) => (isObject(value) ? fromPage(value) : canonicalUrl(value));
  return graph.first(node, 'url', pageUrl) ??
    graph.values(property(node, 'mainEntityOfPage')).map(fromPage).find(url => url !== undefined);
}

function articleLanguage(node: JsonObject, graph: Graph): string | undefined {
  const lang = graph.first(node, 'inLanguage', value =>
    isObject(value) ? language(property(value, 'alternateName') ?? property(value, 'name')) : language(value));
  return lang ?? graph.languageOf(property(node, 'headline')) ?? graph.languageOf(property(node, 'name'));
}

/**
 * Maps a schema.org article node (any Article or SocialMediaPosting type, or Legislation) to the
 * canonical form, reading the values as real pages write them. An optional field that cannot be
 * used is dropped and added to `warnings`; only a missing title (or no article node) throws.
 */
export function fromJsonLd(input: JsonObject | readonly unknown[], warnings = new Warnings()): Article {
  const graph = new Graph(input, warnings);
  const node = findArticleNode(input, graph);
  if (!node) throw noArticle();
  const { title, field: titleField } = readTitle(node, graph);
  const id = graph.first(node, '@id', value => (typeof value === 'string' && value.length <= 2_048 ? value : new Problem('must be an IRI')));
  const datePublished = graph.first(node, 'datePublished', isoDate);
  const article = readArticle(
    {
      id,
      title,
      subtitle: graph.first(node, 'alternativeHeadline', entry => plainText(entry)),
      author: graph.names(node, 'author') ?? graph.names(node, 'creator'),
      date: datePublished ?? graph.first(node, 'dateCreated', isoDate),
      url: articleUrl(node, graph),
      lang: articleLanguage(node, graph),
      summary: graph.first(node, 'description', entry => plainText(entry, MAX_TEXT_LENGTH)),
      tags: tagList(graph.values(property(node, 'keywords')), 'keywords', warnings, graph.thingName),
      publisher: graph.names(node, 'publisher'),
      body: [...leadImage(node, graph), ...body(node, graph)],
    },
    { title: titleField },
  );
  const register = governmentDocument(node, graph);
  return register ? { ...article, document: register } : article;
}
