import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/print-close-bar/print-close-bar.js';
import '../../src/reader-settings/reader-settings.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { start, LARGE_CURSOR } from '../../src/reader-settings/aids/large-cursor.js';
import type { Aid } from '../../src/reader-settings/aids/aid.js';
import { seedArticle } from '../fixtures/articles.js';

// Large cursor (大鼠标): the cursor the reader sees over the article and the controls, inside
// their shadow roots, and that the host page's own elements keep theirs.

const withLink = { ...seedArticle, body: [{ type: 'html' as const, html: '<p>See <a href="https://example.org/">the notice</a>.</p>' }, ...seedArticle.body] };

async function page() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <p id="host-text" style="cursor: text">The host page's own text</p>
    <a id="host-link" href="#x">The host page's own link</a>
    <article-view .article=${withLink}>
      <font-size-toggle slot="meta" storage-key="large-cursor-test"></font-size-toggle>
      <print-close-bar slot="footer"></print-close-bar>
    </article-view>
  </div>`);
  const view = wrapper.querySelector<ArticleView>('article-view')!;
  await view.updateComplete;
  const inView = (selector: string) => view.shadowRoot!.querySelector(selector)!;
  return {
    paragraph: () => inView('[part=paragraph]'),
    articleLink: () => inView('.html a[href]'),
    fontOption: () => wrapper.querySelector('font-size-toggle')!.shadowRoot!.querySelector('[part~=option]')!,
    printButton: () => wrapper.querySelector('print-close-bar')!.shadowRoot!.querySelector('button')!,
    hostText: () => wrapper.querySelector('#host-text')!,
    hostLink: () => wrapper.querySelector('#host-link')!,
  };
}

const cursorOf = (element: Element) => getComputedStyle(element).cursor;

describe('large cursor aid', () => {
  let aid: Aid | undefined;
  afterEach(() => aid?.stop());

  it('shows a 48–128 px image cursor over the article and every control, shadow roots included', async () => {
    const at = await page();
    const before = [at.paragraph(), at.articleLink(), at.fontOption(), at.printButton()].map(cursorOf);
    expect(before).to.deep.equal(['auto', 'pointer', 'pointer', 'pointer']);
    aid = start({ views: () => [], layer: document.createElement('div') });
    for (const element of [at.paragraph()]) expect(cursorOf(element)).to.match(/^url\("data:image\/svg\+xml,.*"\) 6 4, auto$/);
    for (const element of [at.articleLink(), at.fontOption(), at.printButton()]) {
      expect(cursorOf(element)).to.match(/^url\("data:image\/svg\+xml,.*"\) 26 4, pointer$/);
    }
  });

  it('leaves the host page’s own elements as they were', async () => {
    const at = await page();
    aid = start({ views: () => [], layer: document.createElement('div') });
    expect(cursorOf(at.hostText())).to.equal('text');
    expect(cursorOf(at.hostLink())).to.equal('pointer');
  });

  it('gives the normal cursors back at once when stopped', async () => {
    const at = await page();
    aid = start({ views: () => [], layer: document.createElement('div') });
    aid.stop();
    aid = undefined;
    expect([at.paragraph(), at.articleLink(), at.fontOption(), at.printButton()].map(cursorOf)).to.deep.equal(['auto', 'pointer', 'pointer', 'pointer']);
    expect(document.adoptedStyleSheets.some(sheet => [...sheet.cssRules].some(rule => rule.cssText.includes('--portal-reader-cursor')))).to.equal(false);
  });

  it('draws an image between 48 and 128 px, which the browser can decode', async () => {
    const url = decodeURIComponent(/^url\("data:image\/svg\+xml,(.*)"\)/.exec(LARGE_CURSOR)![1]);
    const svg = new DOMParser().parseFromString(url, 'image/svg+xml').documentElement;
    const size = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    for (const side of size) expect(side).to.be.within(48, 128);
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(url)}`;
    await image.decode();
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal(size);
  });

  it('is switched on and off from reader-settings', async () => {
    const view = await fixture<ArticleView>(html`<article-view .article=${seedArticle}>
      <reader-settings slot="meta" storage-key="large-cursor-settings" open></reader-settings>
    </article-view>`);
    const settings = view.querySelector('reader-settings')!;
    await settings.updateComplete;
    const button = settings.shadowRoot!.querySelector<HTMLButtonElement>('[data-setting=largeCursor]')!;
    const paragraph = view.shadowRoot!.querySelector('[part=paragraph]')!;
    button.click();
    await new Promise<void>(resolve => {
      const check = () => (cursorOf(paragraph).startsWith('url(') ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(cursorOf(button)).to.match(/pointer$/);
    button.click();
    await settings.updateComplete;
    expect(cursorOf(paragraph)).to.equal('auto');
    localStorage.removeItem('large-cursor-settings');
  });
});
