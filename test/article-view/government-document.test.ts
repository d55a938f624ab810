import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import { ArticleError } from '../../src/article/validate.js';
import type { Article, DocumentValidity } from '../../src/article/types.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';

// SPEC "Government documents": the register table (part `document`), the notice of a document
// no longer in force, the related links after the body, and Chinese typesetting.

const governmentArticle = (await (await fetch(new URL('../fixtures/articles/government-document-zh.json', import.meta.url))).json()) as Article;

const english: Article = {
  title: 'Notice on the renovation of old residential estates',
  date: '2020-11-06',
  lang: 'en',
  document: {
    indexNumber: '001008003/2020-12345',
    issuer: 'Wenzhou Municipal Government',
    number: 'WZF [2020] No. 12',
    written: '2020-11-02',
    topic: 'Urban development',
    validity: 'valid',
    validFrom: '2020-12-01',
  },
  body: [
    { type: 'paragraph', text: 'The implementation measures are issued to you; please carry them out.' },
    { type: 'html', html: '<p>An English paragraph in an HTML block.</p>' },
  ],
  attachments: [],
  tags: [],
  related: [{ title: 'Questions and answers', url: '/news/qa.html', kind: 'interpretation' }],
};

async function render(article: unknown, lang = 'zh-CN', attributes = ''): Promise<ArticleView> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  host.innerHTML = `<article-view lang="${lang}" ${attributes}></article-view>`;
  const el = host.querySelector('article-view')!;
  const loaded = oneEvent(el, 'article-load');
  el.article = article as Article;
  await loaded;
  await el.updateComplete;
  return el;
}

const part = (el: ArticleView, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const rows = (el: ArticleView) =>
  [...part(el, 'document')!.querySelectorAll('tr')].map(row => [text(row.querySelector('th')), text(row.querySelector('td'))]);
const paragraphs = (el: ArticleView) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.body > p, .html p')];
const withDocument = (document: Article['document'], lang = 'zh-CN'): Article => ({ ...governmentArticle, lang, document });

describe('article-view: government documents', () => {
  describe('the register table', () => {
    it('is a table of labelled rows above the body, in Chinese, with the article date as 发布日期', async () => {
      const el = await render(governmentArticle);
      const table = part(el, 'document')!;
      expect(table.localName).to.equal('table');
      expect(rows(el)).to.deep.equal([
        ['索引号', '001008003/2020-12345'],
        ['发布机构', '温州市人民政府办公室'],
        ['文号', '温政发〔2020〕12号'],
        ['成文日期', '2020年11月2日'],
        ['发布日期', '2020年11月6日'],
        ['主题分类', '城乡建设、环境保护'],
        ['有效性', '废止'],
        ['生效日期', '2020年12月1日'],
        ['失效日期', '2023年3月12日'],
      ]);
      for (const th of table.querySelectorAll('th')) expect(th.getAttribute('scope')).to.equal('row');
      expect(text(table.querySelector('caption'))).to.equal('文件信息');
      expect(table.querySelector('time')!.dateTime).to.equal('2020-11-02');
      // Between the header and the body.
      expect(table.previousElementSibling).to.equal(part(el, 'header'));
      expect(table.compareDocumentPosition(part(el, 'body')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    });

    it('has English labels for an English reader, and rows only for the fields given', async () => {
      const el = await render(english, 'en-GB');
      expect(rows(el)).to.deep.equal([
        ['Index number', '001008003/2020-12345'],
        ['Issued by', 'Wenzhou Municipal Government'],
        ['Document number', 'WZF [2020] No. 12'],
        ['Date written', '2 November 2020'],
        ['Published', '6 November 2020'],
        ['Topic', 'Urban development'],
        ['Validity', 'Valid'],
        ['Valid from', '1 December 2020'],
      ]);
      expect(text(part(el, 'document')!.querySelector('caption'))).to.equal('Document information');
      await expect(el).to.be.accessible();
    });

    it('labels follow the element language, the values the article', async () => {
      const el = await render(governmentArticle, 'en-GB');
      expect(rows(el)[0]).to.deep.equal(['Index number', '001008003/2020-12345']);
      expect(rows(el)[6]).to.deep.equal(['Validity', 'Repealed']);
      expect(part(el, 'document')!.querySelector('th')!.lang).to.equal('en-GB');
      expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('zh-CN');
    });

    it('is absent without `document`', async () => {
      const el = await render({ ...governmentArticle, document: undefined });
      expect(part(el, 'document')).to.equal(null);
      expect(part(el, 'notice')).to.equal(null);
    });

    it('passes axe, in Chinese with every part shown', async () => {
      const el = await render(governmentArticle);
      await expect(el).to.be.accessible();
    });
  });

  describe('the validity notice', () => {
    const CASES: [validity: DocumentValidity, zh: string, en: string][] = [
      ['repealed', '本文件已于2023年3月12日废止。', 'This document was repealed on 12 March 2023.'],
      ['expired', '本文件已于2023年3月12日失效。', 'This document expired on 12 March 2023.'],
      ['amended', '本文件已于2023年3月12日修改。', 'This document was amended on 12 March 2023.'],
    ];
    for (const [validity, zh, en] of CASES) {
      it(`${validity}: says so above the title, with validUntil, in Chinese and English`, async () => {
        const document = { validity, validFrom: '2020-12-01', validUntil: '2023-03-12' };
        const chinese = await render(withDocument(document));
        const notice = part(chinese, 'notice')!;
        expect(text(notice)).to.equal(zh);
        expect(notice.localName).to.equal('p');
        // Before the title, so it is read first; and the title's description, heard when it is focused.
        expect(notice.nextElementSibling).to.equal(part(chinese, 'title'));
        expect(part(chinese, 'title')!.getAttribute('aria-describedby')).to.equal(notice.id);
        expect(notice.getAttribute('role')).to.equal(null);
        const englishView = await render(withDocument(document), 'en-GB');
        expect(text(part(englishView, 'notice'))).to.equal(en);
        await expect(englishView).to.be.accessible();
      });
    }

    const UNDATED: [validity: DocumentValidity, zh: string, en: string][] = [
      ['repealed', '本文件已废止。', 'This document has been repealed.'],
      ['expired', '本文件已失效。', 'This document has expired.'],
      ['amended', '本文件已修改。', 'This document has been amended.'],
    ];
    for (const [validity, zh, en] of UNDATED) {
      it(`${validity} without validUntil: the notice without a date (validFrom never dates it)`, async () => {
        const document = { validity, validFrom: '2020-12-01' };
        expect(text(part(await render(withDocument(document)), 'notice'))).to.equal(zh);
        expect(text(part(await render(withDocument(document), 'en'), 'notice'))).to.equal(en);
      });
    }

    it('none for a valid document, nor for one without validity', async () => {
      for (const document of [{ validity: 'valid' as const, validUntil: '2030-01-01' }, { issuer: '温州市人民政府' }]) {
        const el = await render(withDocument(document));
        expect(part(el, 'notice')).to.equal(null);
        expect(part(el, 'title')!.hasAttribute('aria-describedby')).to.equal(false);
      }
    });

    it('dates the notice in the reader’s calendar', async () => {
      const el = await render(withDocument({ validity: 'repealed', validUntil: '2023-03-12' }), 'en-u-ca-buddhist');
      const expected = new Intl.DateTimeFormat('en-u-ca-buddhist', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2023-03-12T00:00:00Z'));
      expect(expected).to.contain('2566');
      expect(text(part(el, 'notice'))).to.equal(`This document was repealed on ${expected}.`);
    });

    it('follows the theme: its border is the error color', async () => {
      const el = await render(governmentArticle, 'zh-CN', 'style="--article-view-error-color: rgb(1, 2, 3)"');
      expect(getComputedStyle(part(el, 'notice')!).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('related links', () => {
    it('follow the body in groups 政策解读, 原文件, 相关文件, each a heading and a list', async () => {
      const el = await render(governmentArticle);
      const related = part(el, 'related')!;
      expect(related.compareDocumentPosition(part(el, 'body')!) & Node.DOCUMENT_POSITION_PRECEDING).to.be.above(0);
      const groups = [...related.querySelectorAll('[part~="related-group"]')];
      expect(groups.map(group => text(group.querySelector('h2')))).to.deep.equal(['政策解读', '原文件', '相关文件']);
      expect(groups.map(group => [...group.querySelectorAll('li')].map(li => text(li)))).to.deep.equal([
        ['《温州市老旧小区改造提升工作实施办法》政策解读', '图解：老旧小区改造怎么改'],
        ['浙江省人民政府办公厅关于全面推进城镇老旧小区改造工作的实施意见'],
        ['温州市城镇老旧小区改造技术导则'],
      ]);
      expect([...related.querySelectorAll('a')].map(a => a.getAttribute('href'))).to.deep.equal([
        '/news/interpretation.html',
        '/news/graphic.html',
        'https://www.zj.gov.cn/art/2020/8/1/art_1.html',
      ]);
    });

    it('a javascript: URL is no link: its title shows as text', async () => {
      const el = await render(governmentArticle);
      const last = [...part(el, 'related')!.querySelectorAll('li')].pop()!;
      expect(last.querySelector('a')).to.equal(null);
      expect(text(last)).to.equal('温州市城镇老旧小区改造技术导则');
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('English headings; only the groups that have links; a link without a kind is related', async () => {
      const el = await render({ ...english, related: [...english.related!, { title: 'See also', url: '/see-also.html' }] }, 'en');
      const headings = [...part(el, 'related')!.querySelectorAll('h2')].map(h2 => text(h2));
      expect(headings).to.deep.equal(['Interpretation', 'Related documents']);
      await expect(el).to.be.accessible();
    });
  });

  describe('Chinese typesetting', () => {
    const indentInCharacters = (p: HTMLElement) => parseFloat(getComputedStyle(p).textIndent) / parseFloat(getComputedStyle(p).fontSize);

    it('indents every paragraph of a Chinese article by two characters and justifies it, HTML blocks too', async () => {
      const el = await render(governmentArticle);
      const chinese = paragraphs(el).filter(p => p.closest('[lang]')!.getAttribute('lang') !== 'ja');
      expect(chinese.length).to.equal(4);
      for (const p of chinese) {
        expect(indentInCharacters(p)).to.be.closeTo(2, 0.01);
        expect(getComputedStyle(p).textAlign).to.equal('justify');
      }
      // Not the list items, and not a paragraph in another language.
      expect(getComputedStyle(el.shadowRoot!.querySelector('.body li')!).textIndent).to.equal('0px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.html p[lang="ja"]')!).textIndent).to.equal('0px');
    });

    it('leaves English paragraphs as they were: no indent, aligned to the start', async () => {
      const el = await render(english, 'en');
      for (const p of paragraphs(el)) {
        expect(getComputedStyle(p).textIndent).to.equal('0px');
        expect(['start', 'left']).to.include(getComputedStyle(p).textAlign);
      }
    });

    it('--article-view-paragraph-indent changes the indent', async () => {
      const el = await render(governmentArticle, 'zh-CN', 'style="--article-view-paragraph-indent: 3em"');
      expect(indentInCharacters(paragraphs(el)[0])).to.be.closeTo(3, 0.01);
      el.style.setProperty('--article-view-paragraph-indent', '0');
      expect(getComputedStyle(paragraphs(el)[0]).textIndent).to.equal('0px');
    });

    for (const attributes of ['elderly', 'theme="dark"', 'theme="sepia"', 'theme="contrast"', 'line-spacing="loose"', 'font-size="large"']) {
      it(`is kept with ${attributes}`, async () => {
        const el = await render(governmentArticle, 'zh-CN', attributes);
        const p = paragraphs(el)[1];
        expect(indentInCharacters(p)).to.be.closeTo(2, 0.01);
        expect(getComputedStyle(p).textAlign).to.equal('justify');
      });
    }
  });

  describe('print', () => {
    it('prints the notice, the table and the related links, black on white', async function () {
      const el = await render(governmentArticle, 'zh-CN', 'theme="dark"');
      const reset = await emulateMediaOrSkip(this, { media: 'print' });
      try {
        for (const name of ['notice', 'document', 'related']) {
          expect(getComputedStyle(part(el, name)!).display, name).not.to.equal('none');
        }
        expect(getComputedStyle(part(el, 'notice')!).borderInlineStartColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(part(el, 'document')!.querySelector('td')!).borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(paragraphs(el)[0]).textAlign).to.equal('justify');
      } finally {
        await reset();
      }
    });
  });

  describe('canonical validation', () => {
    const base = { title: 'A document', body: [] };
    const BAD: [name: string, input: Record<string, unknown>, field: string][] = [
      ['document not an object', { document: '温政发〔2020〕12号' }, 'document'],
      ['document an array', { document: [] }, 'document'],
      ['an unknown validity', { document: { validity: 'invalid' } }, 'document.validity'],
      ['validity in Chinese', { document: { validity: '有效' } }, 'document.validity'],
      ['a number for the issuer', { document: { issuer: 12 } }, 'document.issuer'],
      ['an index number object', { document: { indexNumber: { value: 'x' } } }, 'document.indexNumber'],
      ['a date that is not ISO', { document: { written: '2020年11月2日' } }, 'document.written'],
      ['validFrom not a date', { document: { validFrom: 'soon' } }, 'document.validFrom'],
      ['validUntil before validFrom', { document: { validFrom: '2021-01-01', validUntil: '2020-01-01' } }, 'document.validUntil'],
      ['related not an array', { related: { title: 'x' } }, 'related'],
      ['a related link without a title', { related: [{ url: '/a.html' }] }, 'related[0].title'],
      ['an unknown kind', { related: [{ title: 'x', kind: 'interpretations' }] }, 'related[0].kind'],
      ['a related URL that is a number', { related: [{ title: 'x', url: 42 }] }, 'related[0].url'],
      ['a related link that is a string', { related: ['政策解读'] }, 'related[0]'],
    ];
    for (const [name, input, field] of BAD) {
      it(`${name}: an ArticleError naming ${field}`, () => {
        let error: unknown;
        try {
          normalizeArticle({ ...base, ...input });
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(ArticleError);
        expect((error as ArticleError).field).to.equal(field);
      });
    }

    it('ends in article-error naming document.validity in the element', async () => {
      const el = await fixture<ArticleView>(html`<article-view lang="en"></article-view>`);
      const failed = oneEvent(el, 'article-error');
      el.article = { ...base, document: { validity: 'cancelled' } };
      const { detail } = await failed;
      expect(detail.message).to.contain('document.validity');
      await el.updateComplete;
      expect(text(part(el, 'error'))).to.contain('document.validity must be one of valid, expired, repealed, amended');
    });

    it('keeps what is good: trimmed text, dates, the kinds; drops an empty document, an unsafe URL and unknown keys', () => {
      const article = normalizeArticle({
        ...base,
        document: { issuer: '  温州市人民政府  ', written: '2020-11-02', validity: 'amended', extra: 'ignored' },
        related: [
          { title: '解读', url: ' /a.html ', kind: 'interpretation' },
          { title: '原文', url: 'vbscript:msgbox(1)', kind: 'original' },
          { title: '相关' },
        ],
      });
      expect(article.document).to.deep.equal({ issuer: '温州市人民政府', written: '2020-11-02', validity: 'amended' });
      expect(article.related).to.deep.equal([
        { title: '解读', url: '/a.html', kind: 'interpretation' },
        { title: '原文', kind: 'original' },
        { title: '相关', kind: 'related' },
      ]);
      const empty = normalizeArticle({ ...base, document: { issuer: '  ' }, related: [] });
      expect('document' in empty).to.equal(false);
      expect('related' in empty).to.equal(false);
    });
  });
});
