import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import type { ArticleLoadEvent, ArticleView } from '../../src/article-view/article-view.js';
import type { ArticleInput } from '../../src/article/types.js';

/** Creates the element, listens for `article-load`, then attaches it and waits for the render. */
async function load(feed: (el: ArticleView) => void): Promise<{ el: ArticleView; event: ArticleLoadEvent }> {
  const el = document.createElement('article-view');
  el.lang = 'en';
  const loaded = oneEvent(el, 'article-load');
  feed(el);
  document.body.append(el);
  const event = await loaded;
  await el.updateComplete;
  return { el, event };
}

async function realWorld(name: string): Promise<ArticleInput> {
  return (await fetch(new URL(`../fixtures/real-world/${name}`, import.meta.url))).json() as Promise<ArticleInput>;
}

const visibleText = (el: ArticleView) => el.shadowRoot!.querySelector('article')!.textContent!.replace(/\s+/g, ' ');

describe('article-view and import warnings', () => {
  afterEach(() => document.querySelectorAll('body > article-view').forEach(el => el.remove()));

  it('fires article-load with detail.warnings, each dropped field and why, and shows the rest', async () => {
    const input = {
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
      headline: 'Shown anyway',
      image: 'javascript:alert(1)',
      datePublished: 'yesterday',
      articleBody: 'The body.',
    };
    const { el, event } = await load(view => (view.article = input));
    expect(event.detail.warnings).to.deep.equal([
      { field: 'datePublished', message: 'must be an ISO 8601 date such as 2020-10-17' },
      { field: 'image', message: 'no usable URL' },
    ]);
    expect(event.detail.article.title).to.equal('Shown anyway');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(visibleText(el)).to.contain('The body.');
  });

  it('gives an empty warnings array for clean input, canonical or not', async () => {
    for (const input of [{ title: 'Canonical' }, { id: '1', title: 'Feed item', content_text: 'Text' }]) {
      const { event } = await load(view => (view.article = input));
      expect(event.detail.warnings).to.deep.equal([]);
    }
  });

  it('delivers the warnings of inline JSON too', async () => {
    const { event } = await load(view => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'T', url: '/relative' }] });
      view.append(script);
    });
    expect(event.detail.warnings).to.deep.equal([{ field: 'url', message: 'is not an absolute http(s) URL' }]);
  });

  // Of 8 real documents whose articleBody held markup or entities, 4 showed them as text (issue 12).
  for (const file of ['articlebody-markup.json', 'perthnow-entities.json', 'cbc-reportage-entities.json', 'yoast-bvoltaire-graph.json']) {
    it(`never shows a reader an entity or a tag: ${file}`, async () => {
      const input = await realWorld(file);
      const el = await fixture<ArticleView>(html`<article-view lang="en" .article=${input}></article-view>`);
      const text = visibleText(el);
      expect(text).not.to.match(/&(?:#[0-9]+|#x[0-9a-f]+|[a-z]+);/i);
      expect(text).not.to.match(/<\/?[a-z]+[\s>]/i);
    });
  }

  it('renders articleBody markup as sanitized HTML, entities as characters', async () => {
    const el = await fixture<ArticleView>(html`<article-view lang="en" .article=${await realWorld('articlebody-markup.json')}></article-view>`);
    const paragraphs = [...el.shadowRoot!.querySelectorAll('[part="html"] p')].map(p => p.textContent);
    expect(paragraphs).to.deep.equal([
      'The council voted on Monday to build a library on the old harbour site — the first new library in the city since 1998.',
      'Work starts in spring. “It’s a place for everyone,” the mayor said.',
    ]);
  });
});
