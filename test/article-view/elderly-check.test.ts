import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/print-close-bar/print-close-bar.js';
import type { ArticleView, ElderlyCheckRow } from '../../src/article-view/article-view.js';
import { seedArticle } from '../fixtures/articles.js';

// checkElderly(): each MIIT figure measured from what is rendered. Styles set on purpose below a
// figure must fail exactly that row, with the measured value shown.

const IDS = ['body-size', 'line-spacing', 'paragraph-spacing', 'text-contrast', 'muted-contrast', 'link-contrast', 'target-size', 'motion', 'popup'];

const article = {
  ...seedArticle,
  source: 'Wenzhou',
  body: [...seedArticle.body, { type: 'html' as const, html: '<p>More at <a href="https://example.org/">the portal</a>.</p>' }],
};

async function render(style = '', attributes: { elderly?: boolean; lang?: string } = {}) {
  const view = await fixture<ArticleView>(html`<article-view style=${style} lang=${attributes.lang ?? 'en'} ?elderly=${attributes.elderly} .article=${article}>
    <font-size-toggle slot="meta" storage-key="elderly-check-test"></font-size-toggle>
    <print-close-bar slot="footer"></print-close-bar>
  </article-view>`);
  await view.updateComplete;
  return view;
}

const byId = (rows: ElderlyCheckRow[]) => Object.fromEntries(rows.map(row => [row.id, row]));
const failing = (rows: ElderlyCheckRow[]) => rows.filter(row => !row.pass).map(row => row.id);

describe('article-view checkElderly()', () => {
  afterEach(() => localStorage.removeItem('elderly-check-test'));

  it('measures every figure of an elderly article, and elderly mode meets each', async () => {
    const rows = await (await render('', { elderly: true })).checkElderly();
    expect(rows.map(row => row.id)).to.deep.equal(IDS);
    expect(failing(rows), JSON.stringify(rows)).to.deep.equal([]);
    const row = byId(rows);
    expect(row['body-size'].required).to.equal('≥ 24 px (18 pt)');
    expect(Number.parseFloat(row['body-size'].measured)).to.be.at.least(24);
    expect(row['target-size'].measured).to.match(/^\d+ × \d+ px$/);
    expect(row.motion.measured).to.equal('None');
  });

  it('fails body size and control size honestly outside elderly mode', async () => {
    const rows = byId(await (await render()).checkElderly());
    expect(rows['body-size'].pass).to.equal(false);
    expect(rows['body-size'].measured).to.match(/^\d+(\.\d)? px$/);
    expect(rows['target-size'].pass).to.equal(false);
  });

  const cases: [string, string, string, RegExp][] = [
    ['small body text', 'font-size: 10px', 'body-size', /^15 px$/],
    ['low-contrast text', '--portal-reader-color: #bbbbbb', 'text-contrast', /^1\.\d+ : 1$/],
    ['low-contrast muted text', '--portal-reader-muted-color: #cccccc', 'muted-contrast', /^1\.\d+ : 1$/],
    ['low-contrast links', '--portal-reader-link-color: #aaccff', 'link-contrast', /^1\.\d+ : 1$/],
  ];
  for (const [name, style, id, measured] of cases) {
    it(`fails ${id} for ${name}, and only that row`, async () => {
      const rows = await (await render(style, { elderly: true })).checkElderly();
      expect(failing(rows), JSON.stringify(rows)).to.deep.equal([id]);
      expect(byId(rows)[id].measured).to.match(measured);
    });
  }

  /** Styles the article's paragraphs as a page's own style sheet might (elderly mode's figures win over the custom properties). */
  function restyle(view: ArticleView, rule: string): void {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`[part=paragraph], .html p { ${rule} }`);
    view.shadowRoot!.adoptedStyleSheets = [...view.shadowRoot!.adoptedStyleSheets, sheet];
  }

  it('fails paragraph spacing when the paragraphs are packed', async () => {
    const view = await render('', { elderly: true });
    restyle(view, 'margin: 0 !important;');
    const rows = await view.checkElderly();
    expect(failing(rows)).to.deep.equal(['paragraph-spacing']);
    expect(byId(rows)['paragraph-spacing'].measured).to.equal('0 × line spacing');
  });

  it('fails line spacing for tight lines, measuring line-height: normal too', async () => {
    const view = await render('', { elderly: true });
    restyle(view, 'line-height: 1.1 !important; margin-block: 2em !important;');
    let rows = await view.checkElderly();
    expect(failing(rows)).to.deep.equal(['line-spacing']);
    expect(byId(rows)['line-spacing'].measured).to.equal('1.1');
    restyle(view, 'line-height: normal !important;');
    rows = await view.checkElderly();
    expect(Number(byId(rows)['line-spacing'].measured)).to.be.within(1, 1.3);
  });

  it('fails control size for a control below 60 × 60', async () => {
    const rows = await (await render('--portal-reader-target-size: 30px', { elderly: true })).checkElderly();
    expect(failing(rows)).to.deep.equal(['target-size']);
  });

  it('fails motion for an endless animation, and pop-ups for an open dialog', async () => {
    const view = await render('', { elderly: true });
    const banner = document.createElement('div');
    banner.textContent = 'Scrolling news';
    banner.animate([{ transform: 'translateX(0)' }, { transform: 'translateX(10px)' }], { duration: 1000, iterations: Infinity });
    const dialog = document.createElement('dialog');
    dialog.textContent = 'Subscribe!';
    document.body.append(banner, dialog);
    dialog.show();
    try {
      const rows = byId(await view.checkElderly());
      expect(rows.motion).to.include({ pass: false, measured: '1 moving' });
      expect(rows.popup).to.include({ pass: false, measured: '1 open' });
    } finally {
      banner.remove();
      dialog.remove();
    }
    expect(byId(await view.checkElderly()).popup.pass).to.equal(true);
  });

  it('labels the rows in the element’s language', async () => {
    const rows = await (await render('', { elderly: true, lang: 'zh-CN' })).checkElderly();
    expect(rows.map(row => row.label)).to.deep.equal(['正文字号', '行间距', '段落间距', '正文对比度', '辅助文字对比度', '链接对比度', '控件尺寸', '无动画', '无弹窗']);
    expect(byId(rows).motion.measured).to.equal('无');
  });

  it('resolves to no rows while no article is shown', async () => {
    const view = await fixture<ArticleView>(html`<article-view></article-view>`);
    expect(await view.checkElderly()).to.deep.equal([]);
  });
});
