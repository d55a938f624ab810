/**
 * Property-based fuzzing (fast-check) of the article and popular-list models and of the two
 * elements that render them. For random input of any shape:
 * - `normalizeArticle` / `normalizePopularList` either return a valid canonical value or throw an
 *   `ArticleError` naming a field, never any other error;
 * - a canonical value is JSON, normalizes to itself again and holds only documented keys;
 * - `Object.prototype` and `Array.prototype` stay clean, whatever `__proto__` keys the input holds;
 * - `<article-view>` and `<popular-list>` always end in a settled state without uncaught errors.
 *
 * Seeds are not fixed: every run explores new inputs. On a failure fast-check prints the seed, the
 * path and the shrunk counterexample; pass `{ seed, path }` to `fc.assert` to replay it.
 */
import { expect, html, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import { ArticleError, normalizeArticle, normalizePopularList, safeUrl } from '../../src/article/index.js';
import type { Article, BodyBlock, BodyBlockType, PopularListData } from '../../src/article/index.js';
import { MAX_ITEMS, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../../src/article/validate.js';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import '../../src/popular-list/popular-list.js';
import type { PopularList } from '../../src/popular-list/popular-list.js';

// Model properties are cheap; rendering ones create an element per run and stay modest.
const MODEL_RUNS = 500;
const RENDER_RUNS = 50;

// ---------------------------------------------------------------------------------------------
// Prototype hygiene
// ---------------------------------------------------------------------------------------------

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Keys the payloads below try to plant on `Object.prototype`. */
const POLLUTION_KEYS = ['polluted', 'isAdmin', 'title', 'body', 'type', 'html', 'url', 'items', 'src'];

const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype } as const;
type PrototypeName = keyof typeof PROTOTYPES;

function ownKeys(target: object): (string | symbol)[] {
  return Reflect.ownKeys(target);
}

// Taken before any input is generated, so anything added later is pollution.
const pristine = Object.fromEntries(
  Object.entries(PROTOTYPES).map(([name, proto]) => [name, ownKeys(proto)]),
) as Record<PrototypeName, (string | symbol)[]>;

/** Cheap enough for every run: nothing enumerable and none of the payloads' keys on the prototypes. */
function expectNoPollution(): void {
  expect(Object.keys(Object.prototype), 'enumerable keys on Object.prototype').to.deep.equal([]);
  expect(Object.keys(Array.prototype), 'enumerable keys on Array.prototype').to.deep.equal([]);
  const empty: Record<string, unknown> = {};
  for (const key of POLLUTION_KEYS) {
    expect(empty[key], `({}).${key}`).to.equal(undefined);
    expect(Object.hasOwn(Object.prototype, key), `Object.prototype.${key}`).to.equal(false);
  }
}

/** After each batch: the prototypes have exactly the own keys (enumerable or not) they started with. */
function expectPristinePrototypes(): void {
  expectNoPollution();
  for (const name of Object.keys(PROTOTYPES) as PrototypeName[]) {
    expect(ownKeys(PROTOTYPES[name]).map(String), `own keys of ${name}.prototype`)
      .to.have.members(pristine[name].map(String));
  }
}

/** Undoes pollution after a failure, so one bad input does not break every later test (or mocha). */
function restorePrototypes(): void {
  for (const name of Object.keys(PROTOTYPES) as PrototypeName[]) {
    const proto: object = PROTOTYPES[name];
    for (const key of ownKeys(proto)) {
      if (!pristine[name].includes(key)) Reflect.deleteProperty(proto, key);
    }
  }
}

/** Every object and array inside `value`, itself included. */
function allNodes(value: unknown): object[] {
  const found: object[] = [];
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    found.push(node);
    pending.push(...Object.values(node));
  }
  return found;
}

/** Whether `value` holds an own `__proto__` key anywhere, as `JSON.parse` makes from `"__proto__":`. */
function hasOwnProtoKey(value: unknown): boolean {
  return allNodes(value).some(node => Object.hasOwn(node, '__proto__'));
}

// ---------------------------------------------------------------------------------------------
// Checking the outcome of a normalizer
// ---------------------------------------------------------------------------------------------

// A field path as the normalizers write it: `article`, `@type`, `body[3].text`, `items[0].url`.
const FIELD_PATH = /^@?[A-Za-z_]+(\[\d+\])*(\.@?[A-Za-z_]+(\[\d+\])*)*$/;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The one documented failure: an `ArticleError` whose message starts with the field it names. */
function expectArticleError(error: unknown, normalizer: string): asserts error is ArticleError {
  if (!(error instanceof ArticleError)) {
    // Wrapped so the report says what was thrown; `cause` keeps the original and its stack.
    const kind = error instanceof Error ? error.name : typeof error;
    throw new Error(`${normalizer} threw ${kind}, not an ArticleError: ${String(error)}`, { cause: error });
  }
  expect(error.name).to.equal('ArticleError');
  expect(error.field, 'error.field').to.match(FIELD_PATH);
  expect(error.message.startsWith(`${error.field} `), `"${error.message}" starts with its field`).to.equal(true);
  expect(error.message.length, 'message says more than the field').to.be.greaterThan(error.field.length + 1);
}

/** Plain text as the normalizers keep it: a non-empty string, already trimmed, not too long. */
function expectText(value: unknown, field: string, maxLength = MAX_TEXT_LENGTH): void {
  expect(value, field).to.be.a('string');
  const text = value as string;
  expect(text.length, `${field} length`).to.be.within(1, maxLength);
  expect(text.trim(), `${field} is trimmed`).to.equal(text);
}

function expectOptionalText(value: unknown, field: string, maxLength = MAX_TEXT_LENGTH): void {
  if (value !== undefined) expectText(value, field, maxLength);
}

function expectKeys(value: object, allowed: readonly string[], required: readonly string[], field: string): void {
  const keys = Object.keys(value);
  for (const key of keys) expect(allowed, `${field} has no undocumented key "${key}"`).to.include(key);
  for (const key of required) expect(keys, `${field} has "${key}"`).to.include(key);
  // A key present with `undefined` would not survive JSON and is not "carrying only what was given".
  for (const key of keys) expect((value as Record<string, unknown>)[key], `${field}.${key}`).not.to.equal(undefined);
}

/** An array without holes (a sparse array's hole reads as `undefined`, which no field allows). */
function expectDenseArray(value: unknown, field: string, maxLength = MAX_ITEMS): asserts value is unknown[] {
  expect(Array.isArray(value), `${field} is an array`).to.equal(true);
  const array = value as unknown[];
  expect(array.length, `${field} length`).to.be.at.most(maxLength);
  for (let i = 0; i < array.length; i++) expect(i in array, `${field}[${i}] is not a hole`).to.equal(true);
}

function expectInteger(value: unknown, field: string, min: number, max: number): void {
  expect(Number.isInteger(value), `${field} is a whole number`).to.equal(true);
  expect(value as number, field).to.be.within(min, max);
  // -0 passes `>= 0` but is shown as "-0" by Intl and turns into 0 through JSON.
  expect(Object.is(value, -0), `${field} is not -0`).to.equal(false);
}

function expectIsoDate(value: unknown, field: string): void {
  expectText(value, field, 64);
  const text = value as string;
  expect(text, field).to.match(/^\d{4}-\d{2}-\d{2}/);
  expect(Number.isNaN(Date.parse(text.replace(' ', 'T'))), `${field} parses as a date`).to.equal(false);
}

function expectSafeUrl(value: unknown, use: 'link' | 'image' | 'fetch', field: string): void {
  expect(value, field).to.be.a('string');
  expect(safeUrl(value, use), `${field} is a safe ${use} URL, kept as it is`).to.equal(value);
}

/** Every node is a plain object or array, so nothing can be reached through a prototype the input chose. */
function expectPlainNodes(value: unknown, field: string): void {
  for (const node of allNodes(value)) {
    const proto: unknown = Object.getPrototypeOf(node);
    if (Array.isArray(node)) expect(proto === Array.prototype, `an array in ${field} has Array.prototype`).to.equal(true);
    else expect(proto === Object.prototype || proto === null, `an object in ${field} has Object.prototype (or none)`).to.equal(true);
    for (const key of DANGEROUS_KEYS) expect(Object.hasOwn(node, key), `own "${key}" in ${field}`).to.equal(false);
  }
}

/** The canonical form is JSON: a round trip through JSON text gives the same value. */
function expectJson(value: unknown, field: string): void {
  expect(JSON.parse(JSON.stringify(value)), `${field} survives a JSON round trip`).to.deep.equal(value);
}

const ARTICLE_KEYS = [
  'id', 'title', 'subtitle', 'source', 'author', 'date', 'url', 'lang', 'dir', 'summary',
  'body', 'attachments', 'tags', 'publisher',
] as const;
const BLOCK_TYPES: readonly BodyBlockType[] = ['heading', 'paragraph', 'image', 'list', 'quote', 'html'];
const BLOCK_KEYS: Record<BodyBlockType, { allowed: readonly string[]; required: readonly string[] }> = {
  heading: { allowed: ['type', 'text', 'level'], required: ['type', 'text', 'level'] },
  paragraph: { allowed: ['type', 'text'], required: ['type', 'text'] },
  image: { allowed: ['type', 'src', 'alt', 'caption', 'width', 'height'], required: ['type', 'src', 'alt'] },
  list: { allowed: ['type', 'ordered', 'items'], required: ['type', 'ordered', 'items'] },
  quote: { allowed: ['type', 'text', 'cite'], required: ['type', 'text'] },
  html: { allowed: ['type', 'html'], required: ['type', 'html'] },
};
const MAX_IMAGE_SIDE = 100_000;

function expectBlock(block: BodyBlock, at: string): void {
  expect(BLOCK_TYPES, `${at}.type`).to.include(block.type);
  expectKeys(block, BLOCK_KEYS[block.type].allowed, BLOCK_KEYS[block.type].required, at);
  switch (block.type) {
    case 'heading':
      expectText(block.text, `${at}.text`);
      expectInteger(block.level, `${at}.level`, 2, 6);
      break;
    case 'paragraph':
      expectText(block.text, `${at}.text`);
      break;
    case 'quote':
      expectText(block.text, `${at}.text`);
      expectOptionalText(block.cite, `${at}.cite`);
      break;
    case 'image':
      expectSafeUrl(block.src, 'image', `${at}.src`);
      // alt may be empty (a decorative image), but is always a trimmed string.
      expect(block.alt, `${at}.alt`).to.be.a('string');
      expect(block.alt.trim(), `${at}.alt is trimmed`).to.equal(block.alt);
      expectOptionalText(block.caption, `${at}.caption`);
      if (block.width !== undefined) expectInteger(block.width, `${at}.width`, 1, MAX_IMAGE_SIDE);
      if (block.height !== undefined) expectInteger(block.height, `${at}.height`, 1, MAX_IMAGE_SIDE);
      break;
    case 'list':
      expect(block.ordered, `${at}.ordered`).to.be.a('boolean');
      expectDenseArray(block.items, `${at}.items`);
      expect(block.items.length, `${at}.items is not empty`).to.be.greaterThan(0);
      block.items.forEach((item, i) => expectText(item, `${at}.items[${i}]`));
      break;
    case 'html':
      expectText(block.html, `${at}.html`);
      break;
  }
}

/** Everything types.ts and the normalizer promise about a canonical article. */
function expectCanonicalArticle(article: Article): void {
  expectKeys(article, ARTICLE_KEYS, ['title', 'body', 'attachments', 'tags'], 'article');
  expectText(article.title, 'title', MAX_TITLE_LENGTH);
  expectOptionalText(article.id, 'id', 2_048);
  for (const field of ['subtitle', 'source', 'author', 'publisher'] as const) {
    expectOptionalText(article[field], field, MAX_TITLE_LENGTH);
  }
  expectOptionalText(article.summary, 'summary');
  if (article.date !== undefined) expectIsoDate(article.date, 'date');
  if (article.url !== undefined) {
    expect(article.url, 'url is absolute http(s)').to.match(/^https?:\/\//i);
    expectSafeUrl(article.url, 'link', 'url');
  }
  if (article.lang !== undefined) {
    expectText(article.lang, 'lang', 64);
    expect(Intl.getCanonicalLocales(article.lang)[0], 'lang is a canonical BCP 47 tag').to.equal(article.lang);
  }
  if (article.dir !== undefined) expect(['ltr', 'rtl', 'auto'], 'dir').to.include(article.dir);

  // The body's own limit on blocks is not part of the contract; only its shape is checked.
  expectDenseArray(article.body, 'body', Infinity);
  // The title is the level-1 heading and headings never skip a level.
  let previousLevel = 1;
  article.body.forEach((block, i) => {
    expect(block, `body[${i}]`).to.be.an('object');
    expectBlock(block, `body[${i}]`);
    if (block.type === 'heading') {
      expect(block.level, `body[${i}].level skips no level`).to.be.at.most(previousLevel + 1);
      previousLevel = block.level;
    }
  });

  expectDenseArray(article.attachments, 'attachments');
  article.attachments.forEach((attachment, i) => {
    const at = `attachments[${i}]`;
    expect(attachment, at).to.be.an('object');
    expectKeys(attachment, ['title', 'url', 'type', 'size'], ['title'], at);
    expectText(attachment.title, `${at}.title`, MAX_TITLE_LENGTH);
    if (attachment.url !== undefined) expectSafeUrl(attachment.url, 'link', `${at}.url`);
    expectOptionalText(attachment.type, `${at}.type`, 255);
    if (attachment.size !== undefined) expectInteger(attachment.size, `${at}.size`, 0, Number.MAX_SAFE_INTEGER);
  });

  expectDenseArray(article.tags, 'tags');
  article.tags.forEach((tag, i) => expectText(tag, `tags[${i}]`));

  expectPlainNodes(article, 'the article');
  expectJson(article, 'the article');
  const again = attempt(() => normalizeArticle(article));
  if (!again.ok) throw new Error(`normalizing the canonical article again threw: ${String(again.error)}`);
  expect(again.value, 'normalizing the canonical article again changes nothing').to.deep.equal(article);
}

function expectCanonicalPopularList(list: PopularListData): void {
  expectKeys(list, ['title', 'items'], ['items'], 'list');
  expectOptionalText(list.title, 'title', MAX_TITLE_LENGTH);
  expectDenseArray(list.items, 'items');
  list.items.forEach((item, i) => {
    const at = `items[${i}]`;
    expect(item, at).to.be.an('object');
    expectKeys(item, ['title', 'url', 'date', 'views', 'src'], ['title'], at);
    expectText(item.title, `${at}.title`, MAX_TITLE_LENGTH);
    if (item.url !== undefined) expectSafeUrl(item.url, 'link', `${at}.url`);
    if (item.date !== undefined) expectIsoDate(item.date, `${at}.date`);
    if (item.views !== undefined) expectInteger(item.views, `${at}.views`, 0, Number.MAX_SAFE_INTEGER);
    if (item.src !== undefined) expectSafeUrl(item.src, 'fetch', `${at}.src`);
  });
  expectPlainNodes(list, 'the list');
  expectJson(list, 'the list');
}

/** Counts what a generator gave, so a generator that (after a change) only ever fails is noticed. */
interface Tally {
  runs: number;
  accepted: number;
  rejected: number;
}

const newTally = (): Tally => ({ runs: 0, accepted: 0, rejected: 0 });

/**
 * The model property: the normalizer returns a canonical value or throws an `ArticleError`, leaves
 * JSON input as it was, and pollutes nothing.
 */
function checkModel<T>(
  normalizer: string,
  normalize: (input: unknown) => T,
  expectCanonical: (value: T) => void,
  tally: Tally,
): (input: unknown) => void {
  return input => {
    tally.runs++;
    // Only JSON-shaped input can be compared through JSON text; others (Map, BigInt…) are skipped.
    const before = attempt(() => JSON.stringify(input));
    const outcome = attempt(() => normalize(input));
    expectNoPollution();
    if (outcome.ok) {
      tally.accepted++;
      expectCanonical(outcome.value);
    } else {
      tally.rejected++;
      expectArticleError(outcome.error, normalizer);
    }
    if (before.ok) expect(JSON.stringify(input), `${normalizer} leaves its input as it was`).to.equal(before.value);
  };
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const LONG_TITLE = 'x'.repeat(MAX_TITLE_LENGTH);
const TOO_LONG_TITLE = 'x'.repeat(MAX_TITLE_LENGTH + 1);
// Built once: generators hand out the same string, so huge inputs cost no time per run.
const TOO_LONG_TEXT = 'y'.repeat(MAX_TEXT_LENGTH + 1);

// Strings that have tripped up parsers, renderers and validators elsewhere. All are fine as text
// (blank ones are dropped, not rejected).
const SPECIAL_STRINGS = [
  '', ' ', ' \n\t ', '\u00a0', '\u200b', '\ufeff', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', 'null',
  'undefined', 'true', '0', '[object Object]', '__proto__', 'constructor', 'prototype', 'toString',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u202eevil', '\u0000', '\ud800', 'e\u0301',
  '👩‍👩‍👧‍👦', 'مرحبا بالعالم', '中文标题', '{{title}}', '${title}', '%s%n', ' padded ',
];
const WEIRD_NUMBERS = [
  0, -0, 1, -1, 1.5, 2, 6, 7, 100_000, 100_001, 2 ** 31, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2,
  1e308, -1e308, Number.MIN_VALUE, Number.EPSILON, NaN, Infinity, -Infinity,
];

/** Anything that is not what a field expects: other types, odd numbers, empty containers. */
const wild: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.constantFrom(...WEIRD_NUMBERS),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const plainText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  // One constantFrom, so a failure found with the 2,000-character title shrinks to a short one.
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS, LONG_TITLE) },
);

// Unsafe URLs are dropped, not rejected, so all of these are "right" values.
const urlText = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    '/a.html', 'a/b?c=1#d', '//example.com/x', 'mailto:editor@example.com', ' https://example.com/spaced ',
    'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)', 'data:image/png;base64,iVBORw0KGgo=', 'data:text/html,<script>alert(1)</script>',
    'DATA:IMAGE/svg+xml,<svg onload=alert(1)>', 'http://', 'https://[::1', 'ftp://example.com/f',
    'file:///etc/passwd', 'blob:https://example.com/id', 'about:blank', 'https://exa mple.com/', '#top', '',
  ),
);

const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .chain(date => {
    const iso = date.toISOString();
    return fc.constantFrom(iso, iso.slice(0, 10), iso.slice(0, 16), `${iso.slice(0, 10)} ${iso.slice(11, 19)}`,
      `${iso.slice(0, 19)}+08:00`, ` ${iso.slice(0, 10)} `);
  });
// Some of these are accepted by one engine's Date.parse and not by the other's.
const oddDate = fc.constantFrom(
  '2020-02-30', '2020-13-01', '2020-00-10', '2020-01-01T25:00', '2020-01-01T24:00', '2020-01-01T10:00+0530',
  '2020-01-01T10:00+99:99', '0000-01-01', '+275760-09-13', 'yesterday', '17/10/2020', '2020-10-17T10:00:00.123456789Z',
);

const htmlText = fc.oneof(
  fc.constantFrom(
    '<p>Hello</p>', '<script>alert(1)</script><p>x</p>', '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>', '<iframe src="//example.com"></iframe>', '<form><input name="__proto__"></form>',
    '<p id="__proto__" class="constructor">x</p>', '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
    '<math><mi xlink:href="data:x,<script>alert(4)</script>">m</mi></math>', '<table><tr><td>a</td></tr></table>',
    '<!-- comment -->', '</p><p>', '<b>unclosed', '<style>*{display:none}</style>', '<base href="//evil.example">',
  ),
  plainText,
  fc.array(fc.constantFrom('<p>', '</p>', '<b>', 'text', '<img src="/a.png" alt="a">', '&amp;', '&#0;'), { maxLength: 8 })
    .map(parts => parts.join('')),
);

/** Text with paragraph breaks of every kind `textToParagraphs` splits on (and some it does not). */
const multilineText = fc
  .array(fc.oneof(plainText, fc.constantFrom('\n\n', '\r\n\r\n', '\n \t\n', '\n', '\n\u00a0\n')), { maxLength: 6 })
  .map(parts => parts.join(''));

/**
 * Values by kind: `right` is what the field takes (edge cases the normalizer accepts included),
 * `wrong` what it may reject. Every `wrong` includes values of other types.
 */
const KINDS = {
  text: { right: plainText, wrong: fc.oneof(fc.constantFrom(TOO_LONG_TITLE, TOO_LONG_TEXT), wild) },
  multiline: { right: multilineText, wrong: fc.oneof(fc.constant(TOO_LONG_TEXT), wild) },
  html: { right: htmlText, wrong: fc.oneof(fc.constant(TOO_LONG_TEXT), wild) },
  url: { right: urlText, wrong: fc.oneof(fc.constant(`https://example.com/${'a'.repeat(5_000)}`), wild) },
  date: { right: isoDate, wrong: fc.oneof(oddDate, wild) },
  lang: {
    right: fc.constantFrom('en', 'EN-gb', 'zh-cn', 'zh-Hant-TW', 'ar', 'he-IL', 'fa', 'iw', 'ur-PK', 'und', 'sr-Latn-RS', 'de-DE-u-co-phonebk'),
    wrong: fc.oneof(fc.constantFrom('root', 'x-klingon', 'i-klingon', 'en_US', 'en-', '-en', 'e', 'tlh'), fc.string({ maxLength: 12 }), wild),
  },
  dir: { right: fc.constantFrom('ltr', 'rtl', 'auto'), wrong: fc.oneof(fc.constantFrom('LTR', 'rtl ', 'up', ''), wild) },
  level: { right: fc.integer({ min: 1, max: 6 }), wrong: fc.oneof(fc.constantFrom(0, 7, 2.5, '3', -1), wild) },
  side: {
    right: fc.integer({ min: 1, max: MAX_IMAGE_SIDE }),
    wrong: fc.oneof(fc.constantFrom(0, MAX_IMAGE_SIDE + 1, 1.5, '800', '12px'), wild),
  },
  count: {
    right: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)),
    wrong: fc.oneof(fc.constantFrom(-1, 1.5, Number.MAX_SAFE_INTEGER + 2, '1234'), wild),
  },
  bool: { right: fc.boolean(), wrong: fc.oneof(fc.constantFrom('true', 0, 1), wild) },
  blockType: {
    right: fc.constantFrom(...BLOCK_TYPES),
    wrong: fc.oneof(fc.constantFrom('Heading', 'img', 'video', 'script', '', '__proto__', 'toString'), wild),
  },
  mime: { right: fc.constantFrom('application/pdf', 'image/png', 'x', 'application/x-tar; q=1'), wrong: wild },
  articleType: {
    right: fc.oneof(
      fc.constantFrom('Article', 'NewsArticle', 'BlogPosting', 'schema:NewsArticle', 'ScholarlyArticle'),
      fc.constant(['Thing', 'NewsArticle']),
    ),
    wrong: fc.oneof(fc.constantFrom('WebPage', 'Person', 'article', 'NewsArticle ', ''), wild),
  },
  context: { right: fc.constantFrom('https://schema.org', 'http://schema.org/', 'https://schema.org/'), wrong: wild },
  feedVersion: {
    right: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
    wrong: fc.oneof(fc.constant('https://jsonfeed.org/version/'), wild),
  },
} satisfies Record<string, { right: fc.Arbitrary<unknown>; wrong: fc.Arbitrary<unknown> }>;

type Kind = keyof typeof KINDS;

/**
 * Every input shape, with on average one value in `rightWeight + 1` replaced by a wrong one.
 * Tidy shapes (mostly accepted) exercise the canonical checks, messy ones the error paths.
 */
function shapes(rightWeight: number) {
  const either = (right: fc.Arbitrary<unknown>, wrong: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: rightWeight, arbitrary: right }, { weight: 1, arbitrary: wrong });
  const a = (kind: Kind) => either(KINDS[kind].right, KINDS[kind].wrong);
  // Sparse arrays too: the elements' properties take JS values, and a hole is not JSON.
  const listOf = (item: fc.Arbitrary<unknown>, maxLength: number) =>
    either(fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength }) }, fc.sparseArray(item, { maxLength })), wild);

  const blockFields: Record<BodyBlockType, Record<string, fc.Arbitrary<unknown>>> = {
    heading: { text: a('text'), level: a('level') },
    paragraph: { text: a('text') },
    image: { src: a('url'), alt: a('text'), caption: a('text'), width: a('side'), height: a('side') },
    list: { ordered: a('bool'), items: listOf(a('text'), 5) },
    quote: { text: a('text'), cite: a('text') },
    html: { html: a('html') },
  };
  // A block of each type with its own fields and an undocumented one; now and then the wrong `type`.
  const block = either(
    fc.oneof(...BLOCK_TYPES.map(type =>
      fc.record({ type: either(fc.constant(type), KINDS.blockType.wrong), ...blockFields[type], onclick: wild }, { requiredKeys: ['type'] }),
    )),
    wild,
  );
  const attachment = either(
    fc.record({ title: a('text'), url: a('url'), type: a('mime'), size: a('count'), owner: wild }, { requiredKeys: [] }),
    wild,
  );

  /** The canonical form's keys, each mostly right and sometimes wrong; any key may be missing. */
  const canonicalArticle = fc.record(
    {
      id: either(fc.oneof(plainText, fc.integer()), wild),
      title: a('text'),
      subtitle: a('text'),
      source: a('text'),
      author: a('text'),
      date: a('date'),
      url: a('url'),
      lang: a('lang'),
      dir: a('dir'),
      summary: a('text'),
      body: either(fc.oneof({ weight: 4, arbitrary: fc.array(block, { maxLength: 6 }) }, htmlText), wild),
      attachments: listOf(attachment, 3),
      tags: listOf(a('text'), 4),
      publisher: a('text'),
      views: wild,
    },
    { requiredKeys: [] },
  );

  const person = either(
    fc.oneof(plainText, fc.record({ '@type': fc.constantFrom('Person', 'Organization'), name: a('text'), url: a('url') }, { requiredKeys: [] })),
    wild,
  );
  const people = fc.oneof(person, fc.array(person, { maxLength: 3 }));
  // schema.org sizes: numbers, numeric strings or QuantitativeValue objects; unknown shapes are ignored.
  const pixels = fc.oneof(a('side'), fc.record({ '@type': fc.constant('QuantitativeValue'), value: a('side') }), fc.nat().map(String), wild);
  const imageObject = fc.record(
    {
      '@type': fc.constant('ImageObject'),
      url: a('url'),
      contentUrl: a('url'),
      name: a('text'),
      description: a('text'),
      caption: a('text'),
      width: pixels,
      height: pixels,
    },
    { requiredKeys: [] },
  );
  const image = either(fc.oneof(urlText, imageObject, fc.array(fc.oneof(urlText, imageObject), { maxLength: 3 })), wild);
  const jsonLdArticle = fc.record(
    {
      '@context': a('context'),
      '@type': a('articleType'),
      '@id': either(fc.oneof(urlText, fc.integer()), wild),
      headline: a('text'),
      name: a('text'),
      alternativeHeadline: a('text'),
      description: a('text'),
      articleBody: a('multiline'),
      datePublished: a('date'),
      dateCreated: a('date'),
      author: people,
      publisher: people,
      image,
      inLanguage: a('lang'),
      url: a('url'),
      keywords: either(fc.oneof(plainText, fc.array(plainText, { maxLength: 4 }), fc.constantFrom('a, b,,c', ',', ' , ')), wild),
    },
    { requiredKeys: ['@type'] },
  );
  const otherNode = fc.record(
    { '@type': fc.constantFrom('WebSite', 'Organization', 'BreadcrumbList', 'WebPage'), name: a('text') },
    { requiredKeys: [] },
  );
  const graphNode = fc.oneof({ weight: 3, arbitrary: jsonLdArticle }, otherNode, wild);
  /** JSON-LD as pages embed it: one node, a `@graph`, an array of nodes, or a page whose `mainEntity` is the article. */
  const jsonLd = fc.oneof(
    { weight: 4, arbitrary: jsonLdArticle },
    fc.record({ '@context': a('context'), '@graph': listOf(graphNode, 4) }, { requiredKeys: ['@graph'] }),
    fc.array(graphNode, { maxLength: 4 }),
    fc.record({ '@context': a('context'), '@type': fc.constantFrom('WebPage', 'ItemPage'), mainEntity: graphNode }),
  );

  const feedAuthor = either(fc.record({ name: a('text'), url: a('url'), avatar: a('url') }, { requiredKeys: [] }), wild);
  const feedItem = fc.record(
    {
      id: either(fc.oneof(plainText, fc.integer()), wild),
      url: a('url'),
      external_url: a('url'),
      title: a('text'),
      content_html: a('html'),
      content_text: a('multiline'),
      summary: a('text'),
      image: a('url'),
      banner_image: a('url'),
      date_published: a('date'),
      date_modified: a('date'),
      authors: listOf(feedAuthor, 3),
      author: feedAuthor,
      tags: listOf(a('text'), 4),
      language: a('lang'),
    },
    { requiredKeys: [] },
  );
  const feed = fc.record(
    {
      version: a('feedVersion'),
      title: a('text'),
      home_page_url: a('url'),
      language: a('lang'),
      items: listOf(either(feedItem, wild), 3),
    },
    { requiredKeys: ['version'] },
  );
  const jsonFeed = fc.oneof({ weight: 3, arbitrary: feedItem }, feed);

  const popularItem = either(
    fc.record(
      { title: a('text'), url: a('url'), date: a('date'), views: a('count'), src: a('url'), rank: wild },
      { requiredKeys: ['title', 'url'] },
    ),
    wild,
  );
  const popularItems = listOf(popularItem, 12);
  const popularList = fc.oneof(
    { weight: 2, arbitrary: popularItems },
    fc.record({ title: a('text'), items: popularItems }, { requiredKeys: [] }),
  );

  return { canonicalArticle, jsonLd, jsonLdArticle, jsonFeed, popularList };
}

type Shapes = ReturnType<typeof shapes>;
const TIDY = shapes(40);
const MESSY = shapes(4);
/** A shape, tidy or messy. */
const shape = (pick: (shapes: Shapes) => fc.Arbitrary<unknown>) => fc.oneof(pick(TIDY), pick(MESSY));

/** An article hidden at the end of a long chain of `mainEntity` and `@graph` (the search is bounded). */
const deepJsonLd = fc.tuple(fc.nat({ max: 2_000 }), fc.boolean(), TIDY.jsonLdArticle).map(([depth, viaGraph, article]) => {
  let node: unknown = article;
  for (let i = 0; i < depth; i++) {
    node = viaGraph ? { '@graph': [{ '@type': 'WebSite' }, node] } : { '@type': 'WebPage', mainEntity: node };
  }
  return node;
});

const canonicalArticle = shape(s => s.canonicalArticle);
const jsonLd = shape(s => s.jsonLd);
const jsonFeed = shape(s => s.jsonFeed);
const popularList = shape(s => s.popularList);

// --- The same shapes as JSON text, with `__proto__`, `constructor` and `prototype` keys ---------

/** JSON text planted under a dangerous key; each tries to reach `Object.prototype` another way. */
const PAYLOADS = [
  '{"polluted":"yes"}',
  '{"polluted":1,"isAdmin":true}',
  '{"prototype":{"polluted":"via constructor.prototype"}}',
  '{"__proto__":{"polluted":"nested"}}',
  '{"title":"Polluted","body":[{"type":"html","html":"<img src=x onerror=alert(1)>"}],"items":[{"title":"p","url":"/p"}]}',
  '{"type":"html","html":"<script>alert(1)</script>","url":"javascript:alert(1)","src":"javascript:alert(1)"}',
  '[{"polluted":true}]',
  'null',
  '"polluted"',
  '1',
];

interface Injection {
  key: (typeof DANGEROUS_KEYS)[number];
  payload: string;
  first: boolean;
}

/** Which objects get a dangerous key: the n-th object written takes `plan[n % plan.length]`. */
const injectionPlan = fc.array(
  fc.option(
    fc.record({ key: fc.constantFrom(...DANGEROUS_KEYS), payload: fc.constantFrom(...PAYLOADS), first: fc.boolean() }),
    { nil: undefined, freq: 2 },
  ),
  { minLength: 1, maxLength: 6 },
);

/**
 * `value` as JSON text, with dangerous members added to objects at every depth. Written by hand
 * because `JSON.stringify` cannot emit a `"__proto__"` member; `JSON.parse` then makes it an own
 * property, as a server's JSON would. `-0` is kept (JSON allows it); NaN and Infinity become null.
 */
function toJsonText(value: unknown, plan: readonly (Injection | undefined)[]): string {
  let objects = 0;
  const write = (node: unknown): string => {
    if (Array.isArray(node)) return `[${Array.from(node, write).join(',')}]`;
    if (typeof node === 'object' && node !== null) {
      const members = Object.entries(node)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${JSON.stringify(k)}:${write(v)}`);
      const injection = plan[objects++ % plan.length];
      if (injection) {
        const member = `${JSON.stringify(injection.key)}:${injection.payload}`;
        if (injection.first) members.unshift(member);
        else members.push(member);
      }
      return `{${members.join(',')}}`;
    }
    if (Object.is(node, -0)) return '-0';
    return JSON.stringify(node) ?? 'null';
  };
  return write(value);
}

/** `inputs` as JS values half the time, and half the time parsed from JSON text with dangerous keys. */
function withDangerousKeys(inputs: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    inputs,
    fc.tuple(inputs, injectionPlan).map(([value, plan]): unknown => JSON.parse(toJsonText(value, plan))),
  );
}

/** Every key any input form knows, plus the dangerous ones, so `fc.anything` builds near-articles. */
const KNOWN_KEYS = [
  ...ARTICLE_KEYS, 'type', 'text', 'level', 'src', 'alt', 'caption', 'width', 'height', 'ordered', 'items',
  'cite', 'html', 'size', '@context', '@type', '@graph', '@id', 'headline', 'name', 'articleBody',
  'datePublished', 'image', 'inLanguage', 'mainEntity', 'keywords', 'version', 'content_html', 'content_text',
  'date_published', 'authors', 'language', 'views', 'value', ...DANGEROUS_KEYS,
];
const KNOWN_VALUES = [
  ...BLOCK_TYPES, 'Article', 'NewsArticle', 'https://schema.org', 'https://jsonfeed.org/version/1.1',
  'https://example.com/a', '/a.html', 'javascript:alert(1)', '2020-10-17', 'en', 'ar', 'rtl', 'Title',
];

/** Any JS value: the element's property can be given things JSON never produces. */
const anyValue = fc.anything({
  key: fc.oneof(fc.string(), fc.constantFrom(...KNOWN_KEYS)),
  values: [
    fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(undefined),
    fc.constantFrom(...KNOWN_VALUES), fc.constantFrom(...SPECIAL_STRINGS),
  ],
  maxDepth: 4,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
});

const articleLike = withDangerousKeys(fc.oneof(canonicalArticle, jsonLd, jsonFeed));
const popularLike = withDangerousKeys(popularList);

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

/** Records uncaught errors and rejections, and the element's events, while an element renders. */
function watch(events: readonly string[]) {
  const uncaught: unknown[] = [];
  const fired: CustomEvent<Record<string, unknown>>[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  const onEvent = (event: Event) => fired.push(event as CustomEvent<Record<string, unknown>>);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  // On the document: the events fire during the first update, before `fixture` hands the element over.
  for (const type of events) document.addEventListener(type, onEvent);
  return {
    uncaught,
    fired: (type: string, target: Element) => fired.filter(event => event.type === type && event.target === target),
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      for (const type of events) document.removeEventListener(type, onEvent);
    },
  };
}

/** Lets a late task (a timer or rejection queued by the update) surface while still watched. */
const nextTask = () => new Promise<void>(resolve => setTimeout(resolve));

function alertText(root: ShadowRoot): string {
  return root.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function expectArticleViewRenders(input: unknown): Promise<void> {
  const watching = watch(['article-load', 'article-error']);
  try {
    const el = await fixture<ArticleView>(html`<article-view lang="en" .article=${input}></article-view>`);
    await el.updateComplete;
    await nextTask();
    expect(watching.uncaught, 'uncaught errors').to.deep.equal([]);
    const state = el.getAttribute('state');
    const expected = attempt(() => normalizeArticle(input));
    const root = el.shadowRoot!;
    if (input === undefined) {
      expect(state).to.equal('empty');
    } else if (expected.ok) {
      expect(state).to.equal('ready');
      const { title, body, attachments } = expected.value;
      expect(root.querySelector('h1')?.textContent, 'the title is shown').to.equal(title);
      expect(root.querySelector('[part="body"]')?.children.length, 'one element per body block').to.equal(body.length);
      expect(root.querySelectorAll('[part="attachments"] li').length, 'one entry per attachment').to.equal(attachments.length);
      const [load] = watching.fired('article-load', el);
      expect(load?.detail.article, 'article-load carries the canonical article').to.deep.equal(expected.value);
    } else {
      expect(state).to.equal('error');
      const message = expected.error instanceof Error ? expected.error.message : String(expected.error);
      expect(alertText(root), 'the alert names the problem').to.include(message);
      const [failure] = watching.fired('article-error', el);
      expect(failure?.detail.message, 'article-error carries the message').to.equal(message);
    }
    expectNoPollution();
  } finally {
    watching.stop();
    fixtureCleanup();
  }
}

async function expectPopularListRenders(input: unknown): Promise<void> {
  const watching = watch(['popular-load', 'popular-error']);
  try {
    const el = await fixture<PopularList>(html`<popular-list lang="en" .items=${input}></popular-list>`);
    await el.updateComplete;
    await nextTask();
    expect(watching.uncaught, 'uncaught errors').to.deep.equal([]);
    const state = el.getAttribute('state');
    const expected = attempt(() => normalizePopularList(input));
    const root = el.shadowRoot!;
    if (input === undefined) {
      expect(state).to.equal('empty');
    } else if (expected.ok) {
      expect(state).to.equal('ready');
      expect(root.querySelectorAll('li').length, 'one entry per item, up to the limit')
        .to.equal(Math.min(expected.value.items.length, el.limit));
      expect(watching.fired('popular-load', el), 'popular-load fired').to.have.length(1);
    } else {
      expect(state).to.equal('error');
      const message = expected.error instanceof Error ? expected.error.message : String(expected.error);
      expect(alertText(root), 'the alert names the problem').to.include(message);
      const [failure] = watching.fired('popular-error', el);
      expect(failure?.detail.message, 'popular-error carries the message').to.equal(message);
    }
    expectNoPollution();
  } finally {
    watching.stop();
    fixtureCleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

/**
 * The test runner prints an error's message but not its `cause`, where fast-check keeps the failed
 * assertion (its `includeErrorInReport` prints a stack instead, which in Firefox lacks the message).
 */
function explained(error: unknown): unknown {
  if (!(error instanceof Error) || !(error.cause instanceof Error)) return error;
  // A new error, as Chromium prints the stack, which holds the message it was made with.
  return new Error(`${error.message}\nGot ${error.cause.name}: ${error.cause.message}`, { cause: error.cause });
}

function assertProperty(property: fc.IProperty<[unknown]>, numRuns: number): void {
  try {
    fc.assert(property, { numRuns });
  } catch (error) {
    throw explained(error);
  }
}

async function assertAsyncProperty(property: fc.IAsyncProperty<[unknown]>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, { numRuns });
  } catch (error) {
    throw explained(error);
  }
}

interface ModelCase {
  name: string;
  input: fc.Arbitrary<unknown>;
  numRuns: number;
  /** Least share of runs that must be accepted: guards against a generator that only makes garbage. */
  minAccepted: number;
}

const articleCases: ModelCase[] = [
  { name: 'any JSON value', input: fc.jsonValue(), numRuns: 1_000, minAccepted: 0 },
  { name: 'any JS value (Map, Set, boxed, BigInt, Date, typed and sparse arrays, null prototypes)', input: anyValue, numRuns: 1_000, minAccepted: 0 },
  { name: 'canonical-looking articles', input: withDangerousKeys(canonicalArticle), numRuns: MODEL_RUNS, minAccepted: 0.1 },
  { name: 'schema.org JSON-LD (node, @graph, array, mainEntity)', input: withDangerousKeys(jsonLd), numRuns: MODEL_RUNS, minAccepted: 0.1 },
  { name: 'deeply nested JSON-LD', input: deepJsonLd, numRuns: 100, minAccepted: 0.1 },
  { name: 'JSON Feed items and feeds', input: withDangerousKeys(jsonFeed), numRuns: MODEL_RUNS, minAccepted: 0.1 },
];

const popularCases: ModelCase[] = [
  { name: 'any JSON value', input: fc.jsonValue(), numRuns: 1_000, minAccepted: 0 },
  { name: 'any JS value', input: anyValue, numRuns: 1_000, minAccepted: 0 },
  { name: 'popular-list-looking input', input: popularLike, numRuns: MODEL_RUNS, minAccepted: 0.1 },
];

function runModelCase<T>(
  { input, numRuns, minAccepted }: ModelCase,
  normalizer: string,
  normalize: (input: unknown) => T,
  expectCanonical: (value: T) => void,
): void {
  const tally = newTally();
  assertProperty(fc.property(input, checkModel(normalizer, normalize, expectCanonical, tally)), numRuns);
  expectPristinePrototypes();
  expect(tally.accepted, `accepted ${tally.accepted} of ${tally.runs}`).to.be.at.least(Math.floor(minAccepted * tally.runs));
}

describe('fuzzing the article model (fast-check)', () => {
  afterEach(restorePrototypes);

  describe('the generators', () => {
    it('plant own "__proto__" keys at every depth through JSON text', () => {
      const samples = fc.sample(withDangerousKeys(canonicalArticle), { numRuns: 200 });
      const planted = samples.filter(hasOwnProtoKey);
      expect(planted.length, 'inputs with an own __proto__ key').to.be.greaterThan(20);
      // Nested too, not only at the top: a body block or attachment with its own __proto__.
      const nested = planted.filter(sample =>
        allNodes(sample).some(node => node !== sample && Object.hasOwn(node, '__proto__')));
      expect(nested.length, 'inputs with a nested own __proto__ key').to.be.greaterThan(5);
      expectPristinePrototypes();
    });
  });

  describe('normalizeArticle returns a canonical article or throws an ArticleError', () => {
    for (const row of articleCases) {
      it(`for ${row.name}`, () => runModelCase(row, 'normalizeArticle', normalizeArticle, expectCanonicalArticle));
    }
  });

  describe('normalizePopularList returns a canonical list or throws an ArticleError', () => {
    for (const row of popularCases) {
      it(`for ${row.name}`, () => runModelCase(row, 'normalizePopularList', normalizePopularList, expectCanonicalPopularList));
    }

    // `PopularListInput` includes `PopularListData`, so a list the element showed (and handed out in
    // `popular-load`) must be accepted when it is given back.
    it('accepts its own output again, unchanged, when every link was kept', () => {
      assertProperty(
        fc.property(popularLike, input => {
          const once = attempt(() => normalizePopularList(input));
          // SPEC.md requires each item's url; one refused as unsafe (javascript:) leaves an item
          // without a link, which is shown as text but is not valid input again.
          if (!once.ok || once.value.items.some(item => item.url === undefined)) return;
          const twice = attempt(() => normalizePopularList(once.value));
          if (!twice.ok) throw new Error(`normalizing the canonical list again threw: ${String(twice.error)}`);
          expect(twice.value).to.deep.equal(once.value);
        }),
        MODEL_RUNS,
      );
      expectPristinePrototypes();
    });
  });

  describe('<article-view> always settles, without uncaught errors', () => {
    const rows = [
      { name: 'article-like input', input: articleLike },
      { name: 'any JS value', input: anyValue },
    ];
    for (const { name, input } of rows) {
      it(`for ${name}`, async () => {
        await assertAsyncProperty(fc.asyncProperty(input, expectArticleViewRenders), RENDER_RUNS);
        expectPristinePrototypes();
      });
    }
  });

  describe('<popular-list> always settles, without uncaught errors', () => {
    const rows = [
      { name: 'popular-list-like input', input: popularLike },
      { name: 'any JS value', input: anyValue },
    ];
    for (const { name, input } of rows) {
      it(`for ${name}`, async () => {
        await assertAsyncProperty(fc.asyncProperty(input, expectPopularListRenders), RENDER_RUNS);
        expectPristinePrototypes();
      });
    }
  });
});
