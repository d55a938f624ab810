/**
 * Property-based tests (fast-check) of lenient JSON-LD and JSON Feed reading: any JSON-LD-shaped
 * value, nested arbitrarily (`@type`, `@graph`, `@list`, `@set`, `@value`, `@id` references that
 * may loop, arrays, strings, numbers, null), gives an article with warnings, or the one title
 * error, or (when no node has an article type) the `@type` error; never any other exception.
 * Seeds are not fixed; on a failure fast-check prints the seed, the path and the shrunk input.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ArticleError, normalizeArticle, readArticleInput, safeUrl } from '../../src/article/index.js';
import type { Article, ImportWarning } from '../../src/article/index.js';

const RUNS = 400;

const ARTICLE_TYPES = [
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting',
  'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'Report', 'ScholarlyArticle', 'TechArticle',
  'Legislation', 'socialmediaposting',
];
const OTHER_TYPES = ['WebPage', 'WebSite', 'Organization', 'Person', 'ImageObject', 'BreadcrumbList', 'Thing', 'Event', 'Language'];
const PREFIXES = ['', 'schema:', 'https://schema.org/', 'http://schema.org/'];
const IDS = ['#a', '#b', '#article', 'https://example.com/#org', 'https://example.com/a.jpg', '_:b0'];
const TITLE_FIELDS = ['headline', 'name', 'title'];
const PROPERTIES = [
  ...TITLE_FIELDS, 'alternativeHeadline', 'description', 'articleBody', 'text', 'author', 'creator', 'publisher',
  'datePublished', 'dateCreated', 'image', 'thumbnailUrl', 'url', 'mainEntityOfPage', 'inLanguage', 'keywords',
  'liveBlogUpdate', 'legislationIdentifier', 'legislationLegalForce', 'legislationPassedBy', 'legislationDate',
  'temporalCoverage', 'expires', 'about', 'genre', 'givenName', 'familyName', 'contentUrl', 'width', 'height', 'caption',
];

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '', ' ', 'Title', '&mdash;', '&amp;mdash;', '&#039;', '&#x2019;', '&rsquo;', '&nbsp;', '&#0;', '&#99999999;', '<p>Para</p>',
    '<p class="FirstParagraph">x &mdash; y</p>', '&lt;p&gt;escaped&lt;/p&gt;', '<script>alert(1)</script>', '<!--', '<b>unclosed',
    '2020-10-17', '2020-10-17T08:00:00+08:00', 'yesterday', '2004-12-08/2022-02-09', '2021-01-01/..', 'en', 'zh-cn', 'not a tag!!',
    'https://example.com/a.jpg', '/relative.png', 'javascript:alert(1)', 'data:image/png;base64,AA==', 'a, b; c，d',
    'InForce', 'https://schema.org/NotInForce', 'PartiallyInForce', '国发〔2020〕8号', '__proto__', 'constructor',
  ),
);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const typeName = (names: readonly string[]) =>
  fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...names)).map(([prefix, name]) => prefix + name);

/** Values of properties: never an article-typed node (so the `@type` error can be predicted). */
const { value } = fc.letrec<{ value: unknown; node: unknown }>(tie => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.record({ '@list': tie('value') }),
    fc.record({ '@set': tie('value') }),
    fc.record({ '@value': scalar, '@language': fc.constantFrom('en', 'fr', 'bad tag!!') }, { requiredKeys: ['@value'] }),
    fc.record({ '@id': fc.constantFrom(...IDS) }),
    tie('node'),
  ),
  node: fc.record(
    {
      '@type': fc.oneof(typeName(OTHER_TYPES), fc.array(typeName(OTHER_TYPES), { maxLength: 2 }), scalar),
      '@id': fc.oneof(fc.constantFrom(...IDS), scalar),
      ...Object.fromEntries(PROPERTIES.slice(0, 14).map(name => [name, tie('value')])),
    },
    { requiredKeys: [] },
  ),
}));

/** A node that may be an article: an article type half the time, any property with any value. */
const graphNode = fc.record(
  {
    '@type': fc.oneof(typeName(ARTICLE_TYPES), fc.array(fc.oneof(typeName(ARTICLE_TYPES), typeName(OTHER_TYPES)), { maxLength: 3 }), typeName(OTHER_TYPES), scalar),
    '@id': fc.oneof(fc.constantFrom(...IDS), scalar),
    ...Object.fromEntries(PROPERTIES.map(name => [name, value])),
  },
  { requiredKeys: [] },
);

/** JSON-LD as pages embed it, nested: a node, a `@graph`, an array, a page with a `mainEntity`. */
const { document: jsonLd } = fc.letrec<{ document: unknown }>(tie => ({
  document: fc.oneof(
    { depthSize: 'small' },
    graphNode.map(node => ({ '@context': 'https://schema.org', ...node })),
    fc.record({ '@context': fc.constantFrom('https://schema.org', 'http://schema.org/'), '@graph': fc.array(fc.oneof(graphNode, tie('document')), { maxLength: 4 }) }),
    fc.array(fc.oneof(graphNode, tie('document')), { minLength: 1, maxLength: 3 }).map(nodes => [{ '@type': 'WebSite' }, ...nodes]),
    fc.record({ '@type': fc.constant('WebPage'), mainEntity: fc.oneof(graphNode, fc.record({ '@id': fc.constantFrom(...IDS) }), tie('document')) }),
  ),
}));

/** Whether a node anywhere in `input` where the reader looks has an article type: only then may it be read. */
function hasArticleNode(input: unknown): boolean {
  const pending: unknown[] = [input];
  for (let i = 0; i < pending.length; i++) {
    const node = pending[i];
    if (Array.isArray(node)) {
      pending.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const record = node as Record<string, unknown>;
    const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
    if (types.some(type => typeof type === 'string' && ARTICLE_TYPES.some(name => PREFIXES.some(prefix => prefix + name === type)))) return true;
    pending.push(record['@graph'], record.mainEntity);
  }
  return false;
}

function expectText(value: unknown, field: string): void {
  expect(value, field).to.be.a('string');
  expect((value as string).trim(), `${field} is trimmed`).to.equal(value);
  expect((value as string).length, `${field} is not empty`).to.be.greaterThan(0);
}

/** The shape the canonical form promises, the document's register data included. */
function expectArticle(article: Article, warnings: ImportWarning[]): void {
  expectText(article.title, 'title');
  expect(article.title.length).to.be.at.most(2_000);
  for (const field of ['subtitle', 'author', 'publisher', 'summary', 'lang', 'date', 'id'] as const) {
    if (article[field] !== undefined) expectText(article[field], field);
  }
  if (article.url !== undefined) expect(article.url).to.match(/^https?:\/\//i);
  for (const block of article.body) {
    if (block.type === 'image') expect(safeUrl(block.src, 'image'), 'image src is safe').to.equal(block.src);
    if (block.type === 'paragraph' || block.type === 'heading') expectText(block.text, `${block.type}.text`);
    if (block.type === 'html') expectText(block.html, 'html');
  }
  article.tags.forEach((tag, i) => expectText(tag, `tags[${i}]`));
  if (article.document) {
    for (const [key, field] of Object.entries(article.document)) {
      expect(['indexNumber', 'issuer', 'number', 'written', 'topic', 'validity', 'validFrom', 'validUntil'], 'document key').to.include(key);
      expectText(field, `document.${key}`);
    }
    for (const key of ['written', 'validFrom', 'validUntil'] as const) {
      if (article.document[key] !== undefined) expect(article.document[key]).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
    if (article.document.validity !== undefined) expect(['valid', 'expired', 'repealed', 'amended']).to.include(article.document.validity);
  }
  expect(warnings.length, 'warnings are bounded').to.be.at.most(100);
  for (const warning of warnings) {
    expect(Object.keys(warning)).to.deep.equal(['field', 'message']);
    expectText(warning.field, 'warning.field');
    expectText(warning.message, 'warning.message');
  }
  // The canonical form read back (strictly) is the same article: readable, JSON, nothing lost.
  const { document: _document, ...canonical } = article;
  expect(normalizeArticle(JSON.parse(JSON.stringify(canonical)))).to.deep.equal(canonical);
}

function check(input: unknown): void {
  let result: ReturnType<typeof readArticleInput>;
  try {
    result = readArticleInput(input);
  } catch (error) {
    if (!(error instanceof ArticleError)) throw new Error(`threw ${String(error)}, not an ArticleError`, { cause: error });
    if (error.field === '@type') {
      expect(hasArticleNode(input), 'the @type error only when no node is an article').to.equal(false);
      return;
    }
    expect(TITLE_FIELDS, `the only other error is the title's, not ${error.message}`).to.include(error.field);
    expect(hasArticleNode(input)).to.equal(true);
    return;
  }
  expectArticle(result.article, result.warnings);
}

describe('fuzzing lenient JSON-LD (fast-check)', () => {
  it('gives an article, the title error or (without an article node) the @type error, for any JSON-LD shape', () => {
    let read = 0;
    fc.assert(fc.property(jsonLd, input => {
      check(input);
      if (hasArticleNode(input)) read++;
    }), { numRuns: RUNS });
    expect(read, 'documents with an article node').to.be.greaterThan(RUNS / 4);
  });

  it('reads an article-typed node with a title whatever its other values are, listing what it dropped', () => {
    const titled = fc.tuple(graphNode, fc.constantFrom(...ARTICLE_TYPES), fc.constantFrom(...TITLE_FIELDS))
      .map(([node, type, field]) => {
        const input: Record<string, unknown> = { ...node, '@type': type, [field]: 'A title' };
        // A field before it (headline, then name, then title) would win.
        for (const earlier of TITLE_FIELDS.slice(0, TITLE_FIELDS.indexOf(field))) delete input[earlier];
        return input;
      });
    fc.assert(fc.property(titled, input => {
      const { article, warnings } = readArticleInput(input);
      expect(article.title).to.equal('A title');
      expectArticle(article, warnings);
    }), { numRuns: RUNS });
  });

  it('ends references that loop, however deep', () => {
    const loop = fc.nat({ max: 50 }).map(length => ({
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#n0', headline: 'Loop', author: { '@id': '#n1' }, image: { '@id': '#n1' } },
        ...Array.from({ length }, (_, i) => ({ '@type': 'Person', '@id': `#n${i + 1}`, name: { '@id': `#n${(i + 2) % (length + 1)}` }, url: { '@id': '#n0' } })),
      ],
    }));
    fc.assert(fc.property(loop, input => {
      const { article } = readArticleInput(input);
      expect(article.title).to.equal('Loop');
    }), { numRuns: 50 });
  });
});
