import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/print-close-bar/print-close-bar.js';
import '../../src/chinese-script-toggle/chinese-script-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { ArticleInput } from '../../src/article/types.js';
import { seedArticle } from '../fixtures/articles.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';
import { contrast } from '../shared/contrast.js';

// The theme layer (src/shared/theme.styles.ts): the controls slotted in an article-view follow its
// theme and elderly mode by inheritance, with no palette of their own and no attribute pushed
// onto them. And article-view's public API for reading aids: readableBlocks(), markReading(),
// shownLang, article-change.


const style = (element: Element) => getComputedStyle(element);
const inside = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** An article with a font switch, 简 | 繁 and the print bar in its slots, as on a portal page. */
async function articleWithControls(attributes = '', article: ArticleInput = seedArticle) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  host.innerHTML = `<article-view ${attributes}>
    <font-size-toggle slot="meta" storage-key="theme-layer:font-size"></font-size-toggle>
    <chinese-script-toggle slot="meta" storage-key="theme-layer:script"></chinese-script-toggle>
    <print-close-bar slot="footer"></print-close-bar>
  </article-view>`;
  const view = host.querySelector('article-view')!;
  const loaded = oneEvent(view, 'article-load');
  view.article = article;
  await loaded;
  await view.updateComplete;
  const [fonts, script, bar] = (['font-size-toggle', 'chinese-script-toggle', 'print-close-bar'] as const).map(tag => view.querySelector(tag)!);
  await Promise.all([fonts.updateComplete, script.updateComplete, bar.updateComplete]);
  return { view, fonts, script, bar };
}

describe('the theme layer', () => {
  afterEach(() => ['theme-layer:font-size', 'theme-layer:script'].forEach(key => localStorage.removeItem(key)));

  it('slotted controls follow theme="dark" of their article, whatever the system setting', async () => {
    const { view, fonts, script, bar } = await articleWithControls('theme="dark"');
    for (const toggle of [fonts, script]) {
      const checked = inside(toggle, '[part~=option-checked]');
      expect(style(checked).backgroundColor, toggle.localName).to.equal('rgb(242, 184, 181)');
      expect(style(checked).color, toggle.localName).to.equal('rgb(31, 31, 31)');
    }
    const print = inside(bar, '[part=print]');
    expect(style(print).backgroundColor).to.equal('rgb(22, 22, 22)');
    expect(style(print).color).to.equal('rgb(230, 230, 230)');
    // And back: light, as the article.
    view.setAttribute('theme', 'light');
    expect(style(print).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(style(inside(fonts, '[part~=option-checked]')).backgroundColor).to.equal('rgb(179, 38, 30)');
  });

  it('theme="light" keeps the controls light under a dark system setting, and auto follows it', async function () {
    const { view, fonts, bar } = await articleWithControls('theme="light"');
    const reset = await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      expect(style(inside(bar, '[part=print]')).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(view).backgroundColor).to.equal('rgb(255, 255, 255)');
      view.setAttribute('theme', 'auto');
      expect(style(inside(bar, '[part=print]')).backgroundColor).to.equal('rgb(22, 22, 22)');
      expect(style(inside(fonts, '[part~=option-checked]')).backgroundColor).to.equal('rgb(242, 184, 181)');
      expect(style(view).backgroundColor).to.equal('rgb(22, 22, 22)');
    } finally {
      await reset();
    }
  });

  const THEMES: [theme: string, text: number][] = [['light', 4.5], ['sepia', 4.5], ['dark', 4.5], ['contrast', 7]];
  for (const [theme, minimum] of THEMES) {
    it(`${theme}: the slotted controls' text reaches ${minimum}:1, their focus rings 3:1`, async () => {
      const { view, fonts, script, bar } = await articleWithControls(`theme="${theme}"`);
      const page = style(view).backgroundColor;
      for (const toggle of [fonts, script]) {
        const checked = style(inside(toggle, '[part~=option-checked]'));
        expect(contrast(checked.color, checked.backgroundColor), `${theme} ${toggle.localName} current choice`).to.be.at.least(minimum);
        const option = style(inside(toggle, '[part=option]'));
        expect(contrast(option.color, page), `${theme} ${toggle.localName} choice`).to.be.at.least(minimum);
      }
      const print = style(inside(bar, '[part=print]'));
      expect(contrast(print.color, print.backgroundColor), `${theme} print button`).to.be.at.least(minimum);
      // The focus ring's color, read where the rule would use it.
      for (const host of [fonts, script, bar]) {
        const ring = getComputedStyle(host).getPropertyValue('--_focus').trim();
        const probe = document.createElement('span');
        probe.style.color = ring;
        host.shadowRoot!.append(probe);
        expect(contrast(style(probe).color, page), `${theme} ${host.localName} focus ring ${ring}`).to.be.at.least(3);
        probe.remove();
      }
    });
  }

  it('elderly mode reaches the slotted controls by inheritance: no attribute on them, yet 60 × 60 px targets', async () => {
    const { fonts, script, bar } = await articleWithControls('elderly');
    for (const control of [fonts, script, bar]) {
      expect(control.hasAttribute('elderly'), control.localName).to.equal(false);
      for (const target of control.shadowRoot!.querySelectorAll('label, button')) {
        const { width, height } = target.getBoundingClientRect();
        expect(Math.min(width, height), `${control.localName} ${target.textContent!.trim()}`).to.be.at.least(60);
      }
    }
    // Elderly mode's high contrast, too.
    const checked = style(inside(fonts, '[part~=option-checked]'));
    expect([checked.color, checked.backgroundColor]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  });

  it('a control outside any article keeps its own small targets and the system palette', async () => {
    const toggle = await fixture(html`<font-size-toggle storage-key="theme-layer:font-size"></font-size-toggle>`);
    const box = inside(toggle, '[part~=option-checked]').getBoundingClientRect();
    expect(box.height).to.be.below(60);
    expect(style(inside(toggle, '[part~=option-checked]')).backgroundColor).to.equal('rgb(179, 38, 30)');
  });

  it('a designer\'s custom property still wins over the theme', async () => {
    const { bar } = await articleWithControls('theme="dark" style="--print-close-bar-background: rgb(1, 2, 3)"');
    expect(style(inside(bar, '[part=print]')).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});

describe('article-view API for reading aids', () => {
  const article: ArticleInput = {
    title: 'Title',
    lang: 'en',
    body: [
      { type: 'heading', text: 'Heading' },
      { type: 'paragraph', text: 'First paragraph.' },
      { type: 'list', items: ['One', 'Two'] },
      { type: 'quote', text: 'Quoted.' },
      { type: 'paragraph', text: '   ' },
    ],
  };

  async function render(input: ArticleInput = article): Promise<ArticleView> {
    const view = await fixture<ArticleView>(html`<article-view></article-view>`);
    const loaded = oneEvent(view, 'article-load');
    view.article = input;
    await loaded;
    await view.updateComplete;
    return view;
  }

  it('readableBlocks() gives the blocks of text in reading order, the innermost of HTML, none empty', async () => {
    const view = await render();
    expect(view.readableBlocks().map(block => block.textContent!.trim())).to.deep.equal(['Title', 'Heading', 'First paragraph.', 'One', 'Two', 'Quoted.']);
    const legacy = await render({ title: 'T', body: '<div>Block.</div><ul><li>Item.</li></ul><table><tr><td>Cell.</td></tr></table>' });
    expect(legacy.readableBlocks().map(block => block.textContent!.trim())).to.deep.equal(['T', 'Block.', 'Item.', 'Cell.']);
    expect((await fixture<ArticleView>(html`<article-view></article-view>`)).readableBlocks()).to.deep.equal([]);
  });

  it('markReading() highlights one block at a time and scrolls it to the middle; null or a foreign element clears it', async () => {
    const view = await render();
    const [title, , paragraph] = view.readableBlocks();
    const scrolled: unknown[] = [];
    paragraph.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void scrolled.push(options);
    const marked = () => [...view.shadowRoot!.querySelectorAll('[data-reading]')];
    const before = style(paragraph).backgroundColor;
    view.markReading(title);
    view.markReading(paragraph);
    expect(marked()).to.deep.equal([paragraph]);
    expect(style(paragraph).backgroundColor).not.to.equal(before);
    expect(style(paragraph).outlineStyle).to.equal('solid');
    expect(scrolled[0]).to.include({ block: 'center' });
    view.markReading(document.body);
    expect(marked()).to.deep.equal([]);
    view.markReading(paragraph);
    view.markReading(null);
    expect(marked()).to.deep.equal([]);
  });

  it('markReading() scrolls at once in elderly mode', async () => {
    const view = await render();
    view.setAttribute('elderly', '');
    const block = view.readableBlocks()[1];
    let options: ScrollIntoViewOptions | undefined;
    block.scrollIntoView = (given?: boolean | ScrollIntoViewOptions) => void (options = given as ScrollIntoViewOptions);
    view.markReading(block);
    expect(options).to.deep.equal({ block: 'center', behavior: 'auto' });
  });

  it('article-change says when the article shown changes: shown, replaced, failed, cleared', async () => {
    const view = await fixture<ArticleView>(html`<article-view></article-view>`);
    const next = () => oneEvent(view, 'article-change').then(event => event.detail.article);
    let change = next();
    view.article = article;
    expect((await change)?.title).to.equal('Title');
    expect(view.shownLang).to.equal('en');
    change = next();
    view.article = { title: 'Another', body: [] };
    expect((await change)?.title).to.equal('Another');
    expect(view.shownLang).to.equal(undefined);
    change = next();
    view.article = { body: 'no title' } as ArticleInput;
    expect(await change).to.equal(undefined);
    expect(view.readableBlocks()).to.deep.equal([]);
    view.article = article;
    await oneEvent(view, 'article-change');
    change = next();
    view.article = undefined;
    expect(await change).to.equal(undefined);
  });
});
