import { expect } from '@open-wc/testing';
import { ArticleError, normalizePopularList } from '../../src/article/index.js';

/** The error `normalizePopularList` throws for `input`, or a failure when it throws nothing. */
function errorOf(input: unknown): ArticleError {
  try {
    normalizePopularList(input);
  } catch (error) {
    return error as ArticleError;
  }
  throw new Error('expected normalizePopularList to throw');
}

const item = (fields: object) => [{ title: 'Fine', url: '/fine.html', ...fields }];

const badInputs: { name: string; input: unknown; message: string }[] = [
  { name: 'null', input: null, message: 'list must be an array of items or an object with items' },
  { name: 'a string', input: '[{"title": "JSON text"}]', message: 'list must be an array of items or an object with items' },
  { name: 'a number', input: 7, message: 'list must be an array of items or an object with items' },
  { name: 'an object without items', input: { title: 'Popular' }, message: 'items is required' },
  { name: 'items that are an object', input: { items: { title: 'A' } }, message: 'items must be an array' },
  { name: 'items that are a string', input: { items: 'A, B' }, message: 'items must be an array' },
  { name: 'a title that is a number', input: { title: 5, items: [] }, message: 'title must be a string' },
  { name: 'an item that is null', input: [null], message: 'items[0] must be an object' },
  { name: 'an item that is a string', input: ['Headline'], message: 'items[0] must be an object' },
  { name: 'an item that is an array', input: [[]], message: 'items[0] must be an object' },
  {
    name: 'a third item without a title',
    input: [...item({}), ...item({}), { url: '/c.html' }],
    message: 'items[2].title is required',
  },
  { name: 'an empty title', input: item({ title: '   ' }), message: 'items[0].title is required' },
  { name: 'a title that is a number', input: item({ title: 42 }), message: 'items[0].title must be a string' },
  {
    name: 'a 3,000-character title',
    input: item({ title: 'x'.repeat(3_000) }),
    message: 'items[0].title is too long (more than 2,000 characters)',
  },
  { name: 'an item without a url', input: [{ title: 'A' }], message: 'items[0].url is required' },
  { name: 'a url that is an object', input: item({ url: { href: '/a' } }), message: 'items[0].url must be a string' },
  { name: 'a url inside an object form', input: { items: item({ url: 5 }) }, message: 'items[0].url must be a string' },
  {
    name: 'the date "yesterday"',
    input: item({ date: 'yesterday' }),
    message: 'items[0].date must be an ISO 8601 date such as 2020-10-17',
  },
  {
    name: 'negative views',
    input: item({ views: -1 }),
    message: `items[0].views must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
  },
  {
    name: 'fractional views',
    input: item({ views: 1.5 }),
    message: `items[0].views must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
  },
  {
    name: 'views given as a string',
    input: item({ views: '1234' }),
    message: `items[0].views must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
  },
  { name: 'a src that is a number', input: item({ src: 3 }), message: 'items[0].src must be a string' },
  { name: 'more than 10,000 items', input: new Array(10_001).fill(item({})[0]), message: 'items has more than 10000 entries' },
  // Found by test/article/fuzz.test.ts: a hole was kept as a hole, and the list shown empty.
  { name: 'a hole in a sparse array', input: [, ...item({})], message: 'items[0] must be an object' },
];

describe('normalizePopularList', () => {
  it('turns -0 views into 0 (valid JSON, but shown as "-0 views")', () => {
    expect(Object.is(normalizePopularList(item({ views: -0 })).items[0].views, 0)).to.equal(true);
  });

  it('accepts an array of items', () => {
    expect(normalizePopularList([
      { title: 'First', url: '/news/1.html', date: '2020-10-17', views: 1234, src: '/articles/1.json' },
      { title: 'Second', url: 'https://example.com/2.html' },
    ])).to.deep.equal({
      items: [
        { title: 'First', url: '/news/1.html', date: '2020-10-17', views: 1234, src: '/articles/1.json' },
        { title: 'Second', url: 'https://example.com/2.html' },
      ],
    });
  });

  it('accepts { title, items } and keeps the title', () => {
    expect(normalizePopularList({ title: ' Hot News ', items: [{ title: 'A', url: '/a.html' }] }))
      .to.deep.equal({ title: 'Hot News', items: [{ title: 'A', url: '/a.html' }] });
  });

  it('accepts an empty list, and null for every optional field', () => {
    expect(normalizePopularList([])).to.deep.equal({ items: [] });
    expect(normalizePopularList({ title: null, items: [{ title: 'A', url: '/a', date: null, views: null, src: null }] }))
      .to.deep.equal({ items: [{ title: 'A', url: '/a' }] });
  });

  it('trims text and drops fields it does not know', () => {
    expect(normalizePopularList([{ title: '  A  ', url: ' /a.html ', onclick: 'alert(1)', html: '<b>x</b>', views: 0 }]))
      .to.deep.equal({ items: [{ title: 'A', url: '/a.html', views: 0 }] });
  });

  it('copies items into new plain objects, so __proto__ goes nowhere', () => {
    const list = normalizePopularList(JSON.parse('[{"title": "A", "url": "/a", "__proto__": {"polluted": true}}]'));
    expect(Object.getPrototypeOf(list.items[0])).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(list.items[0]).to.deep.equal({ title: 'A', url: '/a' });
  });

  describe('unsafe URLs', () => {
    const unsafeLinks = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>'];
    for (const url of unsafeLinks) {
      it(`keeps the item but drops the url ${JSON.stringify(url)}`, () => {
        expect(normalizePopularList([{ title: 'A', url }])).to.deep.equal({ items: [{ title: 'A' }] });
      });
    }

    const unsafeSources = ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'mailto:a@example.com'];
    for (const src of unsafeSources) {
      it(`drops the src ${JSON.stringify(src)}`, () => {
        expect(normalizePopularList([{ title: 'A', url: '/a', src }])).to.deep.equal({ items: [{ title: 'A', url: '/a' }] });
      });
    }
  });

  describe('throws an ArticleError naming the field', () => {
    for (const { name, input, message } of badInputs) {
      it(`"${message}" for ${name}`, () => {
        const error = errorOf(input);
        expect(error).to.be.instanceOf(ArticleError);
        expect(error.message).to.equal(message);
      });
    }
  });
});
