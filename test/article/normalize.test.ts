import { expect, fixture, html } from '@open-wc/testing';
import { ArticleError, normalizeArticle, readArticleInput } from '../../src/article/index.js';
import type { Article } from '../../src/article/index.js';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { seedArticle } from '../fixtures/articles.js';

/** The error `normalizeArticle` throws for `input`, or a failure when it throws nothing. */
function errorOf(input: unknown): ArticleError {
  try {
    normalizeArticle(input);
  } catch (error) {
    return error as ArticleError;
  }
  throw new Error('expected normalizeArticle to throw');
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

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

function expectNoPollution(article: Article): void {
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  for (const node of allNodes(article)) {
    const expectedPrototype = Array.isArray(node) ? Array.prototype : Object.prototype;
    expect(Object.getPrototypeOf(node)).to.equal(expectedPrototype);
    for (const key of FORBIDDEN_KEYS) expect(Object.hasOwn(node, key), `own key ${key}`).to.equal(false);
  }
}

describe('normalizeArticle', () => {
  describe('the canonical form', () => {
    it('keeps the seed article\'s title and every body block, in order', () => {
      const article = normalizeArticle(seedArticle);
      expect(article.title).to.equal(seedArticle.title);
      expect(article.body.map(block => [block.type, 'text' in block ? block.text : undefined]))
        .to.deep.equal(seedArticle.body.map(block => [block.type, block.text]));
      expect([article.id, article.source, article.date, article.lang])
        .to.deep.equal([seedArticle.id, seedArticle.source, seedArticle.date, seedArticle.lang]);
    });

    it('gives the same article when its own output is normalized again', () => {
      const once = normalizeArticle(seedArticle);
      expect(normalizeArticle(JSON.parse(JSON.stringify(once)))).to.deep.equal(once);
    });

    it('drops fields it does not know, at the top, in blocks and in attachments', () => {
      const article = normalizeArticle({
        title: 'Known',
        views: 1234,
        html: '<script>alert(1)</script>',
        body: [{ type: 'paragraph', text: 'Text', onclick: 'alert(1)', style: 'color: red' }],
        attachments: [{ title: 'Report', url: '/report.pdf', owner: 'nobody' }],
      });
      expect(article).to.deep.equal({
        title: 'Known',
        body: [{ type: 'paragraph', text: 'Text' }],
        attachments: [{ title: 'Report', url: '/report.pdf' }],
        tags: [],
      });
    });

    it('accepts null for every optional field', () => {
      const article = normalizeArticle({
        id: null, title: 'Only a title', subtitle: null, source: null, author: null, date: null, url: null,
        lang: null, dir: null, summary: null, body: null, attachments: null, tags: null, publisher: null,
      });
      expect(article).to.deep.equal({ title: 'Only a title', body: [], attachments: [], tags: [] });
    });

    it('drops empty paragraphs and other blocks with nothing to show', () => {
      const article = normalizeArticle({
        title: 'T',
        body: [
          { type: 'paragraph', text: '' },
          { type: 'paragraph', text: '  \n ' },
          { type: 'paragraph', text: 'Kept' },
          { type: 'heading', text: ' ' },
          { type: 'quote', text: '' },
          { type: 'list', items: [] },
          { type: 'html', html: '' },
        ],
      });
      expect(article.body).to.deep.equal([{ type: 'paragraph', text: 'Kept' }]);
    });

    it('gives headings level 2 by default and raises level 1 to 2, since the title is the level-1 heading', () => {
      const article = normalizeArticle({
        title: 'T',
        body: [
          { type: 'heading', text: 'No level' },
          { type: 'heading', text: 'Level one', level: 1 },
          { type: 'heading', text: 'Level three', level: 3 },
        ],
      });
      expect(article.body).to.deep.equal([
        { type: 'heading', text: 'No level', level: 2 },
        { type: 'heading', text: 'Level one', level: 2 },
        { type: 'heading', text: 'Level three', level: 3 },
      ]);
    });

    it('keeps its body when it also carries a field that JSON Feed uses, such as image', () => {
      const article = normalizeArticle({
        title: 'Canonical',
        image: 'https://example.com/lead.jpg',
        date_published: '2020-10-17',
        body: [{ type: 'paragraph', text: 'Still here' }],
      });
      expect(article).to.deep.equal({
        title: 'Canonical',
        body: [{ type: 'paragraph', text: 'Still here' }],
        attachments: [],
        tags: [],
      });
    });

    it('turns a string body into one html block', () => {
      const article = normalizeArticle({ title: 'T', body: '<p>Hello <b>world</b></p>' });
      expect(article.body).to.deep.equal([{ type: 'html', html: '<p>Hello <b>world</b></p>' }]);
    });

    const languages: { lang: string; dir?: string; expected: { lang: string; dir?: string } }[] = [
      { lang: 'zh-cn', expected: { lang: 'zh-CN' } },
      { lang: 'EN-gb', expected: { lang: 'en-GB' } },
      { lang: 'ar', expected: { lang: 'ar', dir: 'rtl' } },
      { lang: 'he', expected: { lang: 'he', dir: 'rtl' } },
      { lang: 'ar-EG', expected: { lang: 'ar-EG', dir: 'rtl' } },
      { lang: 'ar', dir: 'ltr', expected: { lang: 'ar', dir: 'ltr' } },
    ];
    for (const { lang, dir, expected } of languages) {
      it(`reads lang ${lang}${dir ? ` with dir ${dir}` : ''} as ${JSON.stringify(expected)}`, () => {
        const article = normalizeArticle({ title: 'T', lang, dir });
        expect({ lang: article.lang, dir: article.dir }).to.deep.equal({ dir: undefined, ...expected });
      });
    }
  });

  describe('schema.org JSON-LD', () => {
    const newsArticle = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://example.com/news/1#article',
      headline: 'Wenzhou hosts the finals',
      datePublished: '2020-10-17T08:00:00+08:00',
      author: 'Li Lei',
      publisher: { '@type': 'Organization', name: 'Wenzhou Daily' },
      articleBody: 'First paragraph.\n\nSecond paragraph,\nstill second.\n  \nThird paragraph.',
      image: 'https://example.com/lead.jpg',
      inLanguage: 'zh-cn',
      url: 'https://example.com/news/1',
      keywords: 'innovation, youth',
    };
    const expected: Article = {
      id: 'https://example.com/news/1#article',
      title: 'Wenzhou hosts the finals',
      author: 'Li Lei',
      date: '2020-10-17T08:00:00+08:00',
      url: 'https://example.com/news/1',
      lang: 'zh-CN',
      body: [
        { type: 'image', src: 'https://example.com/lead.jpg', alt: '' },
        { type: 'paragraph', text: 'First paragraph.' },
        { type: 'paragraph', text: 'Second paragraph,\nstill second.' },
        { type: 'paragraph', text: 'Third paragraph.' },
      ],
      attachments: [],
      tags: ['innovation', 'youth'],
      publisher: 'Wenzhou Daily',
    };
    const website = { '@type': 'WebSite', name: 'Portal', url: 'https://example.com/' };
    const organization = { '@type': 'Organization', name: 'Wenzhou Daily' };

    const wrappings: { name: string; input: unknown }[] = [
      { name: 'a NewsArticle object', input: newsArticle },
      {
        name: 'a NewsArticle inside @graph, after WebSite and Organization nodes',
        input: { '@context': 'https://schema.org', '@graph': [website, organization, newsArticle] },
      },
      { name: 'a NewsArticle inside a top-level array', input: [website, newsArticle] },
      {
        name: 'a NewsArticle as the mainEntity of a WebPage',
        input: { '@context': 'https://schema.org', '@type': 'WebPage', name: 'Page', mainEntity: newsArticle },
      },
    ];
    for (const { name, input } of wrappings) {
      it(`maps ${name} to the canonical form`, () => {
        expect(normalizeArticle(input)).to.deep.equal(expected);
      });
    }

    const authors: { name: string; author: unknown; expected: string }[] = [
      { name: 'a string', author: 'Li Lei', expected: 'Li Lei' },
      { name: 'a Person object', author: { '@type': 'Person', name: 'Li Lei' }, expected: 'Li Lei' },
      {
        name: 'an array of Person objects',
        author: [{ '@type': 'Person', name: 'Li Lei' }, { '@type': 'Person', name: 'Han Meimei' }],
        expected: 'Li Lei, Han Meimei',
      },
    ];
    for (const { name, author, expected: names } of authors) {
      it(`reads an author given as ${name}`, () => {
        expect(normalizeArticle({ ...newsArticle, author }).author).to.equal(names);
      });
    }

    it('turns an ImageObject into a leading image block', () => {
      const image = {
        '@type': 'ImageObject',
        url: 'https://example.com/lead.jpg',
        name: 'The stage',
        caption: 'Finalists on stage',
        width: 1200,
        height: '800',
      };
      expect(normalizeArticle({ ...newsArticle, image }).body[0]).to.deep.equal({
        type: 'image',
        src: 'https://example.com/lead.jpg',
        alt: 'The stage',
        caption: 'Finalists on stage',
        width: 1200,
        height: 800,
      });
    });

    it('reads keywords given as an array', () => {
      expect(normalizeArticle({ ...newsArticle, keywords: ['a', ' b '] }).tags).to.deep.equal(['a', 'b']);
    });
  });

  describe('JSON Feed 1.1', () => {
    const item = {
      id: 'item-1',
      title: 'Feed title',
      summary: 'In short',
      content_text: 'One.\n\nTwo.',
      authors: [{ name: 'Li Lei' }, { name: 'Han Meimei' }],
      date_published: '2020-10-17T08:00:00Z',
      tags: ['innovation', 'youth'],
      image: 'https://example.com/item.jpg',
      language: 'zh-cn',
      url: 'https://example.com/items/1',
    };

    it('maps an item with content_text to paragraphs, with authors, date, tags, image and language', () => {
      expect(normalizeArticle(item)).to.deep.equal({
        id: 'item-1',
        title: 'Feed title',
        summary: 'In short',
        author: 'Li Lei, Han Meimei',
        date: '2020-10-17T08:00:00Z',
        url: 'https://example.com/items/1',
        lang: 'zh-CN',
        body: [
          { type: 'image', src: 'https://example.com/item.jpg', alt: '' },
          { type: 'paragraph', text: 'One.' },
          { type: 'paragraph', text: 'Two.' },
        ],
        attachments: [],
        tags: ['innovation', 'youth'],
      });
    });

    it('maps an item with content_html to one html block', () => {
      const article = normalizeArticle({ id: '2', title: 'Rich', content_html: '<p>Rich <em>text</em></p>' });
      expect(article.body).to.deep.equal([{ type: 'html', html: '<p>Rich <em>text</em></p>' }]);
    });

    it('reads the first item of a whole feed, with the feed\'s language', () => {
      const { language: _language, ...first } = item;
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Portal news',
        language: 'en',
        items: [first, { id: 'item-2', title: 'Second', content_text: 'Not this one.' }],
      };
      const article = normalizeArticle(feed);
      expect([article.id, article.title, article.lang]).to.deep.equal(['item-1', 'Feed title', 'en']);
      expect(article.body.map(block => block.type)).to.deep.equal(['image', 'paragraph', 'paragraph']);
    });
  });

  describe('canonical twins', () => {
    const title = 'Twins agree';
    const paragraphs = ['The first paragraph.', 'The second paragraph.', 'The third paragraph.'];
    const twins: { name: string; input: unknown }[] = [
      { name: 'canonical', input: { title, body: paragraphs.map(text => ({ type: 'paragraph', text })) } },
      {
        name: 'JSON-LD',
        input: { '@context': 'https://schema.org', '@type': 'Article', headline: title, articleBody: paragraphs.join('\n\n') },
      },
      { name: 'JSON Feed', input: { id: 'twin', title, content_text: paragraphs.join('\n\n') } },
    ];

    async function rendered(input: unknown): Promise<{ title: string; paragraphs: string[] }> {
      const el = await fixture<ArticleView>(html`<article-view lang="en" .article=${input as Article}></article-view>`);
      const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
      const root = el.shadowRoot!;
      return {
        title: text(root.querySelector('h1')!),
        paragraphs: [...root.querySelectorAll('.body p')].map(text),
      };
    }

    it('render the same title and body text from canonical, JSON-LD and JSON Feed input', async () => {
      const views = [];
      for (const twin of twins) views.push({ name: twin.name, ...(await rendered(twin.input)) });
      for (const view of views) {
        expect({ title: view.title, paragraphs: view.paragraphs }, view.name).to.deep.equal({ title, paragraphs });
      }
    });
  });

  describe('prototype pollution', () => {
    const hostileKeys = '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}';
    const inputs: { name: string; json: string }[] = [
      {
        name: 'canonical, at the top, in body blocks and in attachments',
        json: `{
          ${hostileKeys}, "title": "Safe",
          "body": [
            {${hostileKeys}, "type": "paragraph", "text": "p"},
            {${hostileKeys}, "type": "image", "src": "/a.png"},
            {${hostileKeys}, "type": "list", "items": ["a"]},
            {${hostileKeys}, "type": "quote", "text": "q", "cite": "c"},
            {${hostileKeys}, "type": "heading", "text": "h"}
          ],
          "attachments": [{${hostileKeys}, "title": "A", "url": "/a.pdf", "size": 1}]
        }`,
      },
      {
        name: 'JSON-LD, in the graph, the article, its author, publisher and image',
        json: `{
          ${hostileKeys}, "@context": "https://schema.org",
          "@graph": [{${hostileKeys}, "@type": "WebSite"}, {
            ${hostileKeys}, "@type": "NewsArticle", "headline": "Safe", "articleBody": "p",
            "author": [{${hostileKeys}, "name": "Li Lei"}],
            "publisher": {${hostileKeys}, "name": "Daily"},
            "image": {${hostileKeys}, "url": "/a.png"}
          }]
        }`,
      },
      {
        name: 'JSON Feed, in the feed, the item and its authors',
        json: `{
          ${hostileKeys}, "version": "https://jsonfeed.org/version/1.1",
          "items": [{${hostileKeys}, "title": "Safe", "content_text": "p", "authors": [{${hostileKeys}, "name": "Li Lei"}]}]
        }`,
      },
    ];
    for (const { name, json } of inputs) {
      it(`ignores __proto__, constructor and prototype keys: ${name}`, () => {
        const article = normalizeArticle(JSON.parse(json));
        expect(article.title).to.equal('Safe');
        expectNoPollution(article);
      });
    }

    it('never reads a title or block type hidden under __proto__', () => {
      expect(errorOf(JSON.parse('{"__proto__": {"title": "Hidden"}}')).message).to.equal('title is required');
      const block = JSON.parse('{"title": "T", "body": [{"__proto__": {"type": "paragraph", "text": "Hidden"}}]}');
      expect(errorOf(block).message).to.equal('body[0].type is required');
      expect(({} as Record<string, unknown>).title).to.equal(undefined);
    });
  });

  // Other people's JSON is read as it comes (SPEC "Real-world input is read as it comes"); more in real-world-input.test.ts.
  describe('an optional JSON-LD or JSON Feed field that cannot be used', () => {
    const news = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'T' };
    const cases: { name: string; input: unknown; expected: Partial<Article>; warnings: { field: string; message: string }[] }[] = [
      {
        name: 'a JSON-LD datePublished that is not a date',
        input: { ...news, datePublished: 'yesterday' },
        expected: { title: 'T' },
        warnings: [{ field: 'datePublished', message: 'must be an ISO 8601 date such as 2020-10-17' }],
      },
      {
        name: 'a JSON-LD author that is a number',
        input: { ...news, author: [{ name: 'Li Lei' }, 7] },
        expected: { title: 'T', author: 'Li Lei' },
        warnings: [{ field: 'author[1]', message: 'must be a name or an object with a name' }],
      },
      {
        name: 'a JSON Feed date_published that is not a date',
        input: { title: 'T', content_text: 'x', date_published: 'soon' },
        expected: { title: 'T', body: [{ type: 'paragraph', text: 'x' }] },
        warnings: [{ field: 'date_published', message: 'must be an ISO 8601 date such as 2020-10-17' }],
      },
    ];
    for (const { name, input, expected, warnings } of cases) {
      it(`is dropped with a warning, the article kept: ${name}`, () => {
        const result = readArticleInput(input);
        expect(result.article).to.deep.equal({ body: [], attachments: [], tags: [], ...expected });
        expect(result.warnings).to.deep.equal(warnings);
        expect(normalizeArticle(input)).to.deep.equal(result.article);
      });
    }

    it('never warns about the canonical form, which stays strict', () => {
      expect(readArticleInput(seedArticle).warnings).to.deep.equal([]);
      expect(errorOf({ title: 'T', date: 'yesterday' }).message).to.equal('date must be an ISO 8601 date such as 2020-10-17');
    });
  });

  describe('errors', () => {
    const paragraph = { type: 'paragraph', text: 'Fine' };
    const news = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
    const cases: { name: string; input: unknown; field: string; message: string }[] = [
      {
        name: 'a block text that is not a string',
        input: { title: 'T', body: [paragraph, paragraph, paragraph, { type: 'paragraph', text: 42 }] },
        field: 'body[3].text',
        message: 'body[3].text must be a string',
      },
      { name: 'a missing title', input: { body: [paragraph] }, field: 'title', message: 'title is required' },
      { name: 'a blank title', input: { title: '  ' }, field: 'title', message: 'title is required' },
      {
        name: 'a JSON-LD headline that is not a string',
        input: { ...news, headline: 42 },
        field: 'headline',
        message: 'headline must be a string',
      },
      {
        name: 'a JSON-LD headline that is too long',
        input: { ...news, headline: 'x'.repeat(2_001) },
        field: 'headline',
        message: 'headline is too long (more than 2,000 characters)',
      },
      {
        name: 'a JSON-LD article without headline or name',
        input: { ...news, articleBody: 'Text' },
        field: 'headline',
        message: 'headline is required',
      },
      {
        name: 'a JSON-LD name, used for want of a headline, that is not a string',
        input: { ...news, name: 7 },
        field: 'name',
        message: 'name must be a string',
      },
      {
        name: 'a JSON-LD document with no article node',
        input: { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Portal' },
        field: '@type',
        message: '@type must name an article type such as Article or NewsArticle',
      },
      {
        name: 'an attachment title that is not a string',
        input: { title: 'T', attachments: [{ title: 5, url: '/a.pdf' }] },
        field: 'attachments[0].title',
        message: 'attachments[0].title must be a string',
      },
      {
        name: 'an attachment without a title',
        input: { title: 'T', attachments: [{ title: 'A' }, { url: '/a.pdf' }] },
        field: 'attachments[1].title',
        message: 'attachments[1].title is required',
      },
      {
        name: 'a JSON Feed with no items',
        input: { version: 'https://jsonfeed.org/version/1.1', items: [] },
        field: 'items',
        message: 'items must hold at least one item',
      },
      {
        name: 'a JSON-LD @graph of a million nodes, none an article',
        input: { '@context': 'https://schema.org', '@graph': new Array(1_000_000).fill({ '@type': 'WebSite' }) },
        field: '@type',
        message: '@type must name an article type such as Article or NewsArticle',
      },
      { name: 'an array of numbers', input: [1, 2], field: 'article', message: 'article must be a JSON object, not an array' },
    ];
    for (const { name, input, field, message } of cases) {
      it(`names the field for ${name}: "${message}"`, () => {
        const error = errorOf(input);
        expect(error).to.be.instanceOf(ArticleError);
        expect(error.name).to.equal('ArticleError');
        expect(error.field).to.equal(field);
        expect(error.message).to.equal(message);
      });
    }
  });
});
