import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { CHARACTERS_PER_MINUTE, WORDS_PER_MINUTE, readingMinutes } from '../../src/article/reading-time.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import type { ArticleInput } from '../../src/article/types.js';
import { seedArticle } from '../fixtures/articles.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';
import { contrast } from '../shared/contrast.js';

// The reader aids of <article-view> (each opt-in by attribute): reading time, contents, themes,
// line spacing, content width, elderly mode, print provenance.

const chineseArticle = await (await fetch(new URL('../fixtures/articles/youth-housing-zh.json', import.meta.url))).json();
const withExtras = {
  ...seedArticle,
  url: 'https://www.wenzhou.gov.cn/news/2020/10/17/global-innovation.html',
  attachments: [{ title: 'Summit programme', url: '/files/programme.pdf', type: 'application/pdf', size: 123_456 }],
};

async function render(attributes = '', article: ArticleInput = withExtras): Promise<ArticleView> {
  // Room below, so that any heading can be scrolled to the top.
  const host = await fixture<HTMLDivElement>(html`<div style="width: 800px; padding-bottom: 100vh"></div>`);
  host.innerHTML = `<article-view ${attributes}></article-view>`;
  const el = host.querySelector('article-view')!;
  const loaded = oneEvent(el, 'article-load');
  el.article = article;
  await loaded;
  await el.updateComplete;
  return el;
}

const part = (el: ArticleView, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const style = (element: Element) => getComputedStyle(element);
const px = (value: string) => parseFloat(value);


describe('article-view reader aids', () => {
  describe('reading time', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    const cases: [name: string, body: string[], minutes: number][] = [
      ['a short text is at least a minute', ['Hello.'], 1],
      [`${WORDS_PER_MINUTE * 2} English words`, [words(WORDS_PER_MINUTE * 2)], 2],
      [`${WORDS_PER_MINUTE * 2 + 1} English words`, [words(WORDS_PER_MINUTE * 2 + 1)], 3],
      [`${CHARACTERS_PER_MINUTE} Chinese characters`, ['温'.repeat(CHARACTERS_PER_MINUTE)], 1],
      [`${CHARACTERS_PER_MINUTE * 3} Chinese characters, with punctuation`, ['温州。'.repeat(CHARACTERS_PER_MINUTE * 1.5)], 3],
      ['Chinese and English mixed, each at its own speed', ['温'.repeat(CHARACTERS_PER_MINUTE), words(WORDS_PER_MINUTE)], 2],
    ];
    for (const [name, texts, minutes] of cases) {
      it(`counts ${name}: ${minutes} min`, () => {
        const article = normalizeArticle({ title: 'T', body: texts.map(text => ({ type: 'paragraph', text })) });
        expect(readingMinutes(article)).to.equal(minutes);
      });
    }

    it('shows in the meta row only with the reading-time attribute, in the labels\' language', async () => {
      expect((await render()).shadowRoot!.querySelector('[part=reading-time]')).to.equal(null);
      const expected = readingMinutes(normalizeArticle(withExtras));
      expect(part(await render('reading-time'), 'reading-time').textContent).to.equal(`${expected} min read`);
      const chinese = await render('reading-time lang="zh-CN"', chineseArticle);
      expect(part(chinese, 'reading-time').textContent).to.equal(`阅读约 ${readingMinutes(normalizeArticle(chineseArticle))} 分钟`);
      expect(part(chinese, 'meta').contains(part(chinese, 'reading-time'))).to.equal(true);
    });
  });

  describe('contents', () => {
    it('lists the section headings, and its links move focus to the heading', async () => {
      const el = await render('toc');
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=toc-link]')];
      const headings = seedArticle.body.filter(block => block.type === 'heading').map(block => block.text);
      expect(links.map(link => link.textContent!.trim())).to.deep.equal(headings);
      expect(headings).to.have.length(3);
      expect(part(el, 'toc').getAttribute('aria-labelledby')).to.equal('toc-title');
      links[2].click();
      const target = el.shadowRoot!.querySelectorAll('[part=heading]')[2];
      expect(el.shadowRoot!.activeElement).to.equal(target);
      await expect(el).to.be.accessible();
    });

    it('follows a link from the keyboard', async () => {
      const el = await render('toc');
      el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=toc-link]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part=heading]'));
    });

    it('lands each link\'s heading at the top and marks it as the current section while scrolling', async () => {
      window.scrollTo({ top: 0, behavior: 'instant' });
      const el = await render('toc');
      const current = () => el.shadowRoot!.querySelector('[aria-current=location]')?.textContent?.trim();
      const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=heading]')];
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~=toc-link]')];
      expect(current()).to.equal(headings[0].textContent!.trim());
      for (const index of [1, 2, 0]) {
        links[index].click();
        // A smooth scroll takes some frames; the heading must end at the top, not where estimated heights put it.
        const expected = headings[index].textContent!.trim();
        for (let frame = 0; frame < 120 && (current() !== expected || Math.abs(headings[index].getBoundingClientRect().top) > 2); frame++) {
          await nextFrame();
        }
        expect(Math.round(headings[index].getBoundingClientRect().top), `heading ${index} at the top`).to.be.closeTo(0, 2);
        expect(current()).to.equal(expected);
      }
      expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(1);
    });

    it('is absent without the toc attribute, and from the printout', async function () {
      expect((await render()).shadowRoot!.querySelector('[part=toc]')).to.equal(null);
      const toc = part(await render('toc'), 'toc');
      const reset = await emulateMediaOrSkip(this, { media: 'print' });
      try {
        expect(style(toc).display).to.equal('none');
      } finally {
        await reset();
      }
    });
  });

  describe('themes', () => {
    const THEMES: [theme: string, minimum: number][] = [['light', 4.5], ['sepia', 4.5], ['dark', 4.5], ['contrast', 7]];
    for (const [theme, minimum] of THEMES) {
      it(`${theme}: text, muted text and links reach ${minimum}:1 on the background, with no axe violation`, async () => {
        const el = await render(`theme="${theme}" toc`);
        const background = style(el).backgroundColor;
        for (const name of ['title', 'paragraph', 'meta', 'toc-link']) {
          expect(contrast(style(part(el, name)).color, background), `${theme} ${name}`).to.be.at.least(minimum);
        }
        const link = el.shadowRoot!.querySelector('.attachments a')!;
        expect(contrast(style(link).color, background), `${theme} link`).to.be.at.least(minimum);
        await expect(el).to.be.accessible();
      });
    }

    it('auto follows the reader\'s light or dark setting like no theme at all', async () => {
      const plain = await render();
      const auto = await render('theme="auto"');
      expect(style(auto).backgroundColor).to.equal(style(plain).backgroundColor);
      expect(style(part(auto, 'paragraph')).color).to.equal(style(part(plain, 'paragraph')).color);
    });

    it('dark is dark and sepia is warm, whatever the reader\'s setting', async () => {
      expect(style(await render('theme="dark"')).backgroundColor).to.equal('rgb(22, 22, 22)');
      expect(style(await render('theme="sepia"')).backgroundColor).to.equal('rgb(244, 236, 216)');
    });
  });

  describe('line spacing and width', () => {
    const lineHeight = (el: ArticleView) => px(style(part(el, 'paragraph')).lineHeight) / px(style(part(el, 'paragraph')).fontSize);
    it('loosens the lines', async () => {
      const normal = lineHeight(await render('line-spacing="normal"'));
      const relaxed = lineHeight(await render('line-spacing="relaxed"'));
      const loose = lineHeight(await render('line-spacing="loose"'));
      expect(normal).to.be.closeTo(1.75, 0.01);
      expect(relaxed).to.be.closeTo(2, 0.01);
      expect(loose).to.be.closeTo(2.3, 0.01);
    });

    it('narrows the lines to a number of characters, centred', async () => {
      for (const [width, ems] of [['wide', 60], ['medium', 42], ['narrow', 32]] as const) {
        const el = await render(`content-width="${width}"`);
        const article = part(el, 'article');
        const limit = ems * px(style(article).fontSize);
        expect(article.getBoundingClientRect().width, width).to.be.closeTo(Math.min(limit, 800 - 2 * px(style(el).paddingLeft)), 1);
      }
      const full = await render();
      expect(part(full, 'article').getBoundingClientRect().width).to.be.closeTo(800 - 2 * px(style(full).paddingLeft), 1);
    });
  });

  describe('elderly mode', () => {
    it('meets each figure: 1.5 × text, 1.5 line spacing, 1.3 × paragraph spacing, AAA contrast, 60 px targets, no motion', async () => {
      const medium = await render('toc');
      const el = await render('elderly toc');
      const paragraph = style(part(el, 'paragraph'));
      expect(px(paragraph.fontSize) / px(style(part(medium, 'paragraph')).fontSize), 'text size').to.be.at.least(1.5);
      expect(px(paragraph.lineHeight) / px(paragraph.fontSize), 'line spacing').to.be.at.least(1.5);
      expect(px(paragraph.marginBottom) / px(paragraph.lineHeight), 'paragraph spacing').to.be.at.least(1.3);
      expect(contrast(paragraph.color, style(el).backgroundColor), 'contrast').to.be.at.least(7);
      for (const link of el.shadowRoot!.querySelectorAll('.attachments a, .toc a')) {
        const box = link.getBoundingClientRect();
        expect(box.height, link.textContent!).to.be.at.least(60);
        expect(box.width, link.textContent!).to.be.at.least(60);
      }
      for (const element of [part(el, 'paragraph'), part(el, 'toc-link'), el.shadowRoot!.querySelector('.attachments a')!]) {
        expect(style(element).transitionDuration).to.equal('0s');
        expect(style(element).animationName).to.equal('none');
      }
      expect(style(el).scrollBehavior).to.equal('auto');
      await expect(el).to.be.accessible();
    });

    it('keeps the font toggle working: Large is larger than Medium, and Small no smaller than 1.5 × Medium', async () => {
      const size = async (attributes: string) => px(style(part(await render(attributes), 'paragraph')).fontSize);
      const [small, medium, large] = [await size('elderly font-size="small"'), await size('elderly'), await size('elderly font-size="large"')];
      expect(large).to.be.greaterThan(medium);
      expect(small / (await size('')), 'even Small is 1.5 × Medium').to.be.at.least(1.5);
      expect(small).to.be.at.most(medium);
    });
  });

  describe('print provenance', () => {
    it('ends the printout with the article\'s address and the print date, and only the printout', async function () {
      const el = await render('provenance');
      const provenance = part(el, 'provenance');
      expect(style(provenance).display).to.equal('none');
      const reset = await emulateMediaOrSkip(this, { media: 'print' });
      try {
        expect(style(provenance).display).not.to.equal('none');
        expect(provenance.textContent).to.contain(`Printed from: ${withExtras.url}`);
        // The reader's calendar day (not UTC's, which differs for hours a day in most time zones).
        const now = new Date();
        const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        expect(provenance.querySelector('time')!.dateTime).to.equal(today);
      } finally {
        await reset();
      }
    });

    it('adds a QR code of the article\'s url, its encoder loaded only then', async () => {
      const el = await render('provenance');
      let qr: SVGSVGElement | null = null;
      for (let frame = 0; frame < 120 && !qr; frame++) {
        await nextFrame();
        qr = el.shadowRoot!.querySelector<SVGSVGElement>('[part=qr]');
      }
      expect(qr, 'QR code').to.exist;
      expect(qr!.getAttribute('role')).to.equal('img');
      expect(qr!.getAttribute('aria-label')).to.equal('QR code of the article\'s address');
      // Version 3 or more for this address: 29 modules a side and up, most of them with a path step.
      expect(qr!.viewBox.baseVal.width - 8).to.be.at.least(29);
      expect(qr!.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length).to.be.greaterThan(200);
      expect((await render('provenance', seedArticle)).shadowRoot!.querySelector('[part=qr]'), 'no url, no code').to.equal(null);
    });

    it('uses the page\'s address for an article without a url, and the date of printing', async () => {
      const el = await render('provenance lang="zh-CN"', seedArticle);
      expect(part(el, 'provenance').textContent).to.contain(`原文链接：${location.href}`);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(part(el, 'provenance').querySelector('time')!.textContent).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
    });
  });

  it('highlights the paragraph that <read-aloud> marks as being read', async () => {
    const el = await render();
    const paragraph = part(el, 'paragraph');
    const before = style(paragraph).backgroundColor;
    paragraph.setAttribute('data-reading', '');
    expect(style(paragraph).backgroundColor).not.to.equal(before);
    expect(style(paragraph).outlineStyle).to.equal('solid');
  });
});
