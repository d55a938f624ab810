import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { seedArticle } from '../fixtures/articles.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function shadow(el: ArticleView): ShadowRoot {
  return el.shadowRoot!;
}

function texts(el: ArticleView, selector: string): string[] {
  return [...shadow(el).querySelectorAll(selector)].map(node => node.textContent!.replace(/\s+/g, ' ').trim());
}

/** Creates the element, listens for `type`, then attaches it: inline JSON loads on connection. */
async function attachAndWait(el: ArticleView, type: 'article-load' | 'article-error') {
  const event = oneEvent(el, type);
  document.body.append(el);
  try {
    return await event;
  } finally {
    await el.updateComplete;
  }
}

describe('article-view', () => {
  afterEach(() => document.querySelectorAll('body > article-view').forEach(el => el.remove()));

  describe('the seed article', () => {
    let el: ArticleView;
    beforeEach(async () => {
      el = await fixture<ArticleView>(html`<article-view lang="en" .article=${seedArticle}></article-view>`);
    });

    it('renders the title as the level-1 heading', () => {
      expect(texts(el, 'h1')).to.deep.equal([seedArticle.title]);
    });

    it('renders source and date in the meta row', () => {
      const meta = shadow(el).querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain('Source: Wenzhou·China');
      expect(meta).to.contain('Date: October 17, 2020');
      expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.equal('2020-10-17');
    });

    it('renders all 3 section headings as headings and all 17 paragraphs, in order', () => {
      const expected = seedArticle.body.map(block => block.text);
      const rendered = texts(el, '.body h2, .body p');
      expect(texts(el, '.body h2')).to.have.length(3);
      expect(texts(el, '.body p')).to.have.length(17);
      expect(rendered).to.deep.equal(expected);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('fires article-load with the canonical article', async () => {
      const next = document.createElement('article-view');
      next.article = { title: 'Hello', body: [{ type: 'paragraph', text: 'World' }] };
      const { detail } = await attachAndWait(next, 'article-load');
      expect(detail.article).to.deep.equal({
        title: 'Hello',
        body: [{ type: 'paragraph', text: 'World' }],
        attachments: [],
        tags: [],
      });
    });
  });

  describe('every part of an article', () => {
    const full = {
      title: 'Full article',
      subtitle: 'A subtitle',
      source: 'Portal',
      author: 'Li Lei',
      date: '2024-03-05',
      body: [
        { type: 'heading', text: 'Asked for level three', level: 3 },
        { type: 'heading', text: 'Level three', level: 3 },
        { type: 'paragraph', text: '<b>not bold</b>' },
        { type: 'image', src: PIXEL, alt: 'A chart', caption: 'Figure 1', width: 800, height: 600 },
        { type: 'list', ordered: true, items: ['one', 'two'] },
        { type: 'list', items: ['apple'] },
        { type: 'quote', text: 'To be', cite: 'Hamlet' },
        { type: 'html', html: '<p>Rich <em>text</em></p>' },
      ],
      attachments: [
        { title: 'Report', url: '/report.pdf', type: 'application/pdf', size: 12345 },
        { title: 'Data', url: 'javascript:alert(1)', type: 'text/csv', size: 2_500_000 },
      ],
      tags: ['innovation', 'youth'],
      publisher: 'Produced By Wenzhou Daily',
    };

    let el: ArticleView;
    beforeEach(async () => {
      el = await fixture<ArticleView>(html`<article-view lang="en" .article=${full}></article-view>`);
    });

    it('shows subtitle, author and publisher credit', () => {
      expect(texts(el, '[part="subtitle"]')).to.deep.equal(['A subtitle']);
      expect(texts(el, '[part="author"]')).to.deep.equal(['Author: Li Lei']);
      expect(texts(el, '[part="publisher"]')).to.deep.equal(['Produced By Wenzhou Daily']);
    });

    it('renders each block type with its element', () => {
      const body = shadow(el).querySelector('.body')!;
      // A heading never skips a level: the first one becomes h2 under the title's h1.
      expect(texts(el, '.body h2, .body h3')).to.deep.equal(['Asked for level three', 'Level three']);
      expect(body.querySelector('h3')!.textContent).to.equal('Level three');
      expect(body.querySelector('p')!.textContent).to.equal('<b>not bold</b>');
      expect(body.querySelector('b')).to.equal(null);
      const img = body.querySelector('img')!;
      expect([img.getAttribute('src'), img.alt, img.getAttribute('width'), img.getAttribute('height')])
        .to.deep.equal([PIXEL, 'A chart', '800', '600']);
      expect(body.querySelector('figcaption')!.textContent).to.equal('Figure 1');
      expect(texts(el, '.body ol li')).to.deep.equal(['one', 'two']);
      expect(texts(el, '.body ul li')).to.deep.equal(['apple']);
      expect(body.querySelector('blockquote')!.textContent!.trim()).to.equal('To be');
      expect(body.querySelector('.html em')!.textContent).to.equal('text');
    });

    it('lists attachments with type and a readable size, and drops unsafe links', () => {
      expect(texts(el, '.attachments li')).to.deep.equal(['Report (PDF, 12.3 kB)', 'Data (CSV, 2.5 MB)']);
      const links = [...shadow(el).querySelectorAll('.attachments a')].map(a => a.getAttribute('href'));
      expect(links).to.deep.equal(['/report.pdf']);
    });

    it('lists tags', () => {
      expect(texts(el, '[part="tag"]')).to.deep.equal(['innovation', 'youth']);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('feeding', () => {
    it('reads an inline <script type="application/json">', async () => {
      const el = document.createElement('article-view');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ title: 'Inline article', body: [] });
      el.append(script);
      await attachAndWait(el, 'article-load');
      expect(texts(el, 'h1')).to.deep.equal(['Inline article']);
    });

    it('reads inline JSON that arrives after the element is connected', async () => {
      const el = await fixture<ArticleView>(html`<article-view></article-view>`);
      const loaded = oneEvent(el, 'article-load');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"title": "Late inline"}';
      el.append(script);
      await loaded;
      await el.updateComplete;
      expect(texts(el, 'h1')).to.deep.equal(['Late inline']);
    });

    it('reads inline JSON once while the rest of its children arrive, and again when it changes', async () => {
      // As when the parser adds children one by one after the element upgraded (a script in <head>).
      const el = await fixture<ArticleView>(html`<article-view></article-view>`);
      let loads = 0;
      el.addEventListener('article-load', () => loads++);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"title": "Once"}' });
      el.append(script);
      await oneEvent(el, 'article-load');
      el.append(document.createElement('print-close-bar'), '\n  ');
      await new Promise(resolve => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(loads).to.equal(1);
      script.textContent = '{"title": "Changed"}';
      await oneEvent(el, 'article-load');
      await el.updateComplete;
      expect(texts(el, 'h1')).to.deep.equal(['Changed']);
      expect(loads).to.equal(2);
    });

    it('prefers the property over src and inline JSON', async () => {
      const el = await fixture<ArticleView>(html`
        <article-view src="/test-api/article?title=FromSrc" .article=${{ title: 'FromProperty' }}>
          <script type="application/json">{"title": "FromInline"}</script>
        </article-view>`);
      expect(texts(el, 'h1')).to.deep.equal(['FromProperty']);
    });

    it('prefers src over inline JSON', async () => {
      const el = document.createElement('article-view');
      el.src = '/test-api/article?title=FromSrc';
      el.innerHTML = '<script type="application/json">{"title": "FromInline"}</script>';
      await attachAndWait(el, 'article-load');
      expect(texts(el, 'h1')).to.deep.equal(['FromSrc']);
    });

    it('loads src with same-origin credentials and shows loading meanwhile', async () => {
      const el = document.createElement('article-view');
      el.lang = 'en';
      el.src = '/test-api/fixture?name=seed-article.json&ms=300';
      const loaded = oneEvent(el, 'article-load');
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(texts(el, '[role="status"]')).to.deep.equal(['Loading article…']);
      await expect(el).to.be.accessible();
      await loaded;
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(texts(el, 'h1')).to.deep.equal([seedArticle.title]);
      expect(texts(el, '.body p')).to.have.length(17);
    });

    it('keeps the newer article when a slow first answer arrives after a second src', async () => {
      const el = await fixture<ArticleView>(html`<article-view src="/test-api/article?title=Slow&ms=800"></article-view>`);
      const loads: string[] = [];
      el.addEventListener('article-load', event => loads.push(event.detail.article.title));
      el.src = '/test-api/article?title=Fast';
      await oneEvent(el, 'article-load');
      // Give the aborted slow answer time to arrive if it were still alive.
      await new Promise(resolve => setTimeout(resolve, 1000));
      await el.updateComplete;
      expect(texts(el, 'h1')).to.deep.equal(['Fast']);
      expect(loads).to.deep.equal(['Fast']);
    });

    it('switches from src to a property set later', async () => {
      const el = await fixture<ArticleView>(html`<article-view src="/test-api/article?title=Slow&ms=500"></article-view>`);
      el.article = { title: 'Property wins' };
      await el.updateComplete;
      await new Promise(resolve => setTimeout(resolve, 700));
      expect(texts(el, 'h1')).to.deep.equal(['Property wins']);
    });

    it('shows the empty state when given nothing', async () => {
      const el = await fixture<ArticleView>(html`<article-view lang="en"></article-view>`);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(texts(el, '[role="status"]')).to.deep.equal(['No article to show.']);
      await expect(el).to.be.accessible();
    });
  });

  describe('failed loads', () => {
    const cases = [
      { name: 'a 404', src: '/test-api/status/404', message: 'The server answered 404.' },
      { name: 'a 500', src: '/test-api/status/500', message: 'The server answered 500.' },
      { name: 'invalid JSON', src: '/test-api/invalid-json', message: 'The article is not valid JSON.' },
      { name: 'an HTML page', src: '/test-api/html', message: 'The server sent text/html, not JSON.' },
      { name: 'a javascript: src', src: 'javascript:alert(1)', message: 'The article address is not an http(s) or relative URL.' },
      { name: 'an unreachable host', src: 'http://127.0.0.1:9/none.json', message: 'The article could not be fetched. Check the connection and try again.' },
    ];
    for (const { name, src, message } of cases) {
      it(`shows an alert and fires article-error for ${name}`, async () => {
        const el = document.createElement('article-view');
        el.lang = 'en';
        el.src = src;
        const { detail } = await attachAndWait(el, 'article-error');
        expect(detail.message).to.equal(message);
        expect(el.getAttribute('state')).to.equal('error');
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`This article could not be shown. ${message}`);
        await expect(el).to.be.accessible();
      });
    }

    it('recovers when a good article follows an error', async () => {
      const el = document.createElement('article-view');
      el.src = '/test-api/status/404';
      await attachAndWait(el, 'article-error');
      el.article = { title: 'Recovered' };
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(texts(el, 'h1')).to.deep.equal(['Recovered']);
    });
  });

  describe('font-size', () => {
    const paragraphSize = (el: ArticleView) =>
      parseFloat(getComputedStyle(shadow(el).querySelector('.body p')!).fontSize);

    it('scales the text relative to the host page, through CSS alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 20px">
        <article-view .article=${seedArticle}></article-view>
      </div>`);
      const el = wrapper.querySelector('article-view')!;
      await el.updateComplete;
      const paragraph = shadow(el).querySelector('.body p');
      let renders = 0;
      const view = el as unknown as { render(): unknown };
      const render = view.render.bind(el);
      view.render = () => {
        renders++;
        return render();
      };
      expect(el.fontSize).to.equal('medium');
      expect(paragraphSize(el)).to.be.closeTo(20, 0.05);
      el.fontSize = 'large';
      expect(el.getAttribute('font-size')).to.equal('large');
      expect(paragraphSize(el)).to.be.closeTo(26, 0.05);
      el.setAttribute('font-size', 'small');
      expect(paragraphSize(el)).to.be.closeTo(17.5, 0.05);
      await el.updateComplete;
      expect(renders).to.equal(0);
      expect(shadow(el).querySelector('.body p')).to.equal(paragraph);
    });

    it('follows the reader\'s browser text size', async () => {
      const root = document.documentElement;
      const before = root.style.fontSize;
      root.style.fontSize = '24px';
      try {
        const el = await fixture<ArticleView>(html`<article-view .article=${seedArticle}></article-view>`);
        expect(paragraphSize(el)).to.be.closeTo(24, 0.05);
        el.fontSize = 'large';
        expect(paragraphSize(el)).to.be.closeTo(31.2, 0.05);
      } finally {
        root.style.fontSize = before;
      }
    });

    it('makes large at least 1.25 times medium', async () => {
      const el = await fixture<ArticleView>(html`<article-view .article=${seedArticle}></article-view>`);
      const medium = paragraphSize(el);
      el.fontSize = 'large';
      expect(paragraphSize(el) / medium).to.be.at.least(1.25);
    });
  });

  describe('language and direction', () => {
    it('shows Simplified Chinese labels and dates for lang="zh-CN"', async () => {
      const el = await fixture<ArticleView>(html`<article-view lang="zh-CN" .article=${seedArticle}></article-view>`);
      const meta = shadow(el).querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain('来源：Wenzhou·China');
      expect(meta).to.contain('日期：2020年10月17日');
      await expect(el).to.be.accessible();
    });

    it('shows Chinese loading and error messages', async () => {
      const el = document.createElement('article-view');
      el.setAttribute('lang', 'zh-CN');
      el.src = '/test-api/status/404';
      const { detail } = await attachAndWait(el, 'article-error');
      expect(detail.message).to.equal('服务器返回了 404。');
      expect(texts(el, '.error-title')).to.deep.equal(['无法显示这篇文章。']);
    });

    it('takes the language of the nearest ancestor, and follows changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
        <article-view .article=${seedArticle}></article-view>
      </div>`);
      const el = wrapper.querySelector('article-view')!;
      await el.updateComplete;
      expect(texts(el, '[part="source"]')).to.deep.equal(['来源：Wenzhou·China']);
      wrapper.lang = 'en';
      await new Promise(resolve => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, '[part="source"]')).to.deep.equal(['Source: Wenzhou·China']);
    });

    it('lays out a right-to-left article right to left', async () => {
      const el = await fixture<ArticleView>(html`<article-view .article=${{
        title: 'عنوان', lang: 'ar', body: [{ type: 'paragraph', text: 'نص عربي' }],
      }}></article-view>`);
      const article = shadow(el).querySelector('article')!;
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(getComputedStyle(shadow(el).querySelector('.body p')!).direction).to.equal('rtl');
    });

    it('honours an explicit dir', async () => {
      const el = await fixture<ArticleView>(html`<article-view .article=${{ title: 'T', dir: 'rtl' }}></article-view>`);
      expect(getComputedStyle(shadow(el).querySelector('h1')!).direction).to.equal('rtl');
    });
  });

  describe('registration', () => {
    it('keeps the first definition when the tag is defined again, with a warning', async () => {
      const { defineElement } = await import('../../src/shared/define.js');
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        expect(() => defineElement('article-view', class extends HTMLElement {})).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('article-view')!.name).to.equal('ArticleView');
      expect(warnings).to.have.length(1);
    });
  });
});
