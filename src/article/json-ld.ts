import type { Article, BodyBlock } from './types.js';
import { imageBlock, textToParagraphs } from './body.js';
import { personNames, readArticle } from './fields.js';
import {
  ArticleError,
  isObject,
  optionalString,
  type JsonObject,
} from './validate.js';

/** schema.org types whose nodes are read as an article. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'ReportageNews',
  'BackgroundNewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
]);

export function isJsonLd(value: JsonObject): boolean {
  return '@context' in value || '@type' in value || '@graph' in value;
}

function isArticleNode(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  return types.some(type => typeof type === 'string' && ARTICLE_TYPES.has(type.replace(/^schema:/, '')));
}

/** The first article node in a JSON-LD document: the object itself, its `@graph`, an array, or a page's `mainEntity`. */
export function findJsonLdArticle(input: JsonObject | readonly unknown[]): JsonObject {
  const nodes: unknown[] = Array.isArray(input) ? [...input] : [input];
  // Breadth-first over @graph and mainEntity, bounded so a hostile document cannot keep us busy.
  for (let i = 0; i < nodes.length && i < 1_000; i++) {
    const node = nodes[i];
    if (isArticleNode(node)) return node;
    if (!isObject(node)) continue;
    // Sliced: spreading a huge array into push() throws a RangeError, and at most 1,000 nodes are read.
    if (Array.isArray(node['@graph'])) nodes.push(...node['@graph'].slice(0, 1_000));
    if (node.mainEntity !== undefined) nodes.push(node.mainEntity);
  }
  throw new ArticleError('@type', `must name an article type such as Article or NewsArticle`);
}

/** schema.org sizes are numbers, numeric strings or QuantitativeValue objects; unknown shapes are ignored. */
function pixels(value: unknown): number | undefined {
  const raw = isObject(value) ? value.value : value;
  const number = typeof raw === 'string' ? Number.parseInt(raw, 10) : raw;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

function leadImage(value: unknown): BodyBlock[] {
  const image = Array.isArray(value) ? value[0] : value;
  if (image === undefined || image === null) return [];
  if (typeof image === 'string') return [imageBlock({ src: image }, 'image')].flatMap(block => block ?? []);
  if (!isObject(image)) throw new ArticleError('image', 'must be a URL or an ImageObject');
  const block = imageBlock(
    {
      src: image.url ?? image.contentUrl,
      alt: image.name ?? image.description,
      caption: image.caption,
      width: pixels(image.width),
      height: pixels(image.height),
    },
    'image',
  );
  return block ? [block] : [];
}

function keywords(value: unknown): unknown {
  return typeof value === 'string' ? value.split(',') : value;
}

/** Maps a schema.org Article/NewsArticle node to the canonical form. */
export function fromJsonLd(input: JsonObject | readonly unknown[]): Article {
  const node = findJsonLdArticle(input);
  const articleBody = optionalString(node.articleBody, 'articleBody');
  return readArticle(
    {
      id: node['@id'],
      title: node.headline ?? node.name,
      subtitle: node.alternativeHeadline,
      author: personNames(node.author, 'author'),
      date: node.datePublished ?? node.dateCreated,
      url: node.url,
      lang: node.inLanguage,
      summary: node.description,
      tags: keywords(node.keywords),
      publisher: personNames(node.publisher, 'publisher'),
      body: [...leadImage(node.image), ...(articleBody ? textToParagraphs(articleBody) : [])],
    },
    {
      id: '@id',
      title: node.headline === undefined && node.name !== undefined ? 'name' : 'headline',
      subtitle: 'alternativeHeadline',
      date: node.datePublished !== undefined ? 'datePublished' : 'dateCreated',
      lang: 'inLanguage',
      summary: 'description',
      tags: 'keywords',
    },
  );
}
