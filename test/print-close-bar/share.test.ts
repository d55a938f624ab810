import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { PrintCloseBar, ShareRequestEvent } from '../../src/print-close-bar/print-close-bar.js';
import { seedArticle } from '../fixtures/articles.js';

const ARTICLE = { ...seedArticle, url: 'https://example.org/news/123.html', title: 'Seed title' };

const part = <E extends HTMLElement = HTMLButtonElement>(bar: PrintCloseBar, name: string) =>
  bar.shadowRoot!.querySelector<E>(`[part="${name}"]`);

const labels = (bar: PrintCloseBar) => [...bar.shadowRoot!.querySelectorAll('button')].map(b => b.textContent!.trim());

/** Replaces `object[key]` (own or inherited) for one test; returns the restore function. */
function stub<T extends object>(object: T, key: PropertyKey, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { configurable: true, writable: true, value });
  return () => {
    if (own) Object.defineProperty(object, key, own);
    else delete (object as Record<PropertyKey, unknown>)[key];
  };
}

/** Settles the share handler's awaits (the stubs answer at once). */
const settle = async (bar: PrintCloseBar) => {
  await new Promise(resolve => setTimeout(resolve, 20));
  await bar.updateComplete;
};

describe('print-close-bar share', () => {
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).reverse().forEach(undo => undo()));

  /** Stubs navigator.share (undefined: none) and the clipboard (undefined: none); records their calls. */
  function stubNavigator({
    share,
    writeText,
  }: {
    share?: (data: ShareData) => Promise<void>;
    writeText?: (text: string) => Promise<void>;
  }) {
    const calls: unknown[][] = [];
    restore.push(
      stub(navigator, 'share', share && ((data: ShareData) => (calls.push(['share', data]), share(data)))),
      stub(navigator, 'canShare', undefined),
      stub(navigator, 'clipboard', writeText && { writeText: (text: string) => (calls.push(['copy', text]), writeText(text)) }),
    );
    return calls;
  }

  /** Records each share-request's detail; cancels it when told. */
  function requests(bar: PrintCloseBar, { cancel = false } = {}) {
    const details: ShareRequestEvent['detail'][] = [];
    bar.addEventListener('share-request', event => {
      details.push(event.detail);
      if (cancel) event.preventDefault();
    });
    return details;
  }

  it('shows Share only with the share attribute, after Print and Close, in English and Chinese', async () => {
    const plain = await fixture<PrintCloseBar>(html`<print-close-bar lang="en"></print-close-bar>`);
    expect(labels(plain)).to.deep.equal(['Print', 'Close']);
    const en = await fixture<PrintCloseBar>(html`<print-close-bar share lang="en"></print-close-bar>`);
    expect(labels(en)).to.deep.equal(['Print', 'Close', 'Share']);
    const zh = await fixture<PrintCloseBar>(html`<print-close-bar share lang="zh-CN"></print-close-bar>`);
    expect(labels(zh)).to.deep.equal(['打印', '关闭', '分享']);
    const alone = await fixture<PrintCloseBar>(html`<print-close-bar share no-print no-close lang="en"></print-close-bar>`);
    expect(labels(alone)).to.deep.equal(['Share']);
  });

  it("fires share-request with the article's url and title when the bar is in an article-view", async () => {
    stubNavigator({ writeText: async () => {} });
    const view = await fixture(html`<article-view lang="en" .article=${ARTICLE}>
      <print-close-bar slot="footer" share></print-close-bar>
    </article-view>`);
    const bar = view.querySelector('print-close-bar')!;
    const details = requests(bar, { cancel: true });
    part(bar, 'share')!.click();
    expect(details).to.deep.equal([{ url: ARTICLE.url, title: 'Seed title' }]);
  });

  it('shares the article that loaded before the bar was added (a bar added by script later)', async () => {
    stubNavigator({ writeText: async () => {} });
    const view = await fixture<HTMLElement>(html`<article-view lang="en" .article=${ARTICLE}></article-view>`);
    const bar = Object.assign(document.createElement('print-close-bar'), { slot: 'footer' });
    bar.setAttribute('share', '');
    view.append(bar);
    await bar.updateComplete;
    const details = requests(bar, { cancel: true });
    part(bar, 'share')!.click();
    expect(details).to.deep.equal([{ url: ARTICLE.url, title: 'Seed title' }]);
  });

  it('shares the article of the article-view named by for, or the first on the page', async () => {
    stubNavigator({ writeText: async () => {} });
    const page = await fixture(html`<div>
      <article-view id="first" .article=${ARTICLE}></article-view>
      <article-view id="second" .article=${{ ...ARTICLE, url: 'https://example.org/2.html', title: 'Two' }}></article-view>
      <print-close-bar share></print-close-bar>
      <print-close-bar share for="second"></print-close-bar>
    </div>`);
    const [first, second] = page.querySelectorAll('print-close-bar');
    const details = requests(first, { cancel: true });
    const named = requests(second, { cancel: true });
    part(first, 'share')!.click();
    part(second, 'share')!.click();
    expect(details).to.deep.equal([{ url: ARTICLE.url, title: 'Seed title' }]);
    expect(named).to.deep.equal([{ url: 'https://example.org/2.html', title: 'Two' }]);
  });

  it('falls back to the page address and title without an article, or for an article without url', async () => {
    const title = document.title;
    document.title = 'The portal page';
    restore.push(() => (document.title = title));
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share></print-close-bar>`);
    const details = requests(bar, { cancel: true });
    part(bar, 'share')!.click();
    expect(details).to.deep.equal([{ url: location.href, title: 'The portal page' }]);

    const view = await fixture(html`<article-view .article=${{ title: 'No address', body: [] }}>
      <print-close-bar slot="footer" share></print-close-bar>
    </article-view>`);
    const inView = view.querySelector('print-close-bar')!;
    const inViewDetails = requests(inView, { cancel: true });
    part(inView, 'share')!.click();
    expect(inViewDetails).to.deep.equal([{ url: location.href, title: 'No address' }]);
  });

  it('shares the page again once the article-view shows an error instead of its article', async () => {
    const view = await fixture<ArticleView>(html`<article-view .article=${ARTICLE}>
      <print-close-bar slot="footer" share></print-close-bar>
    </article-view>`);
    const bar = view.querySelector('print-close-bar')!;
    const details = requests(bar, { cancel: true });
    view.article = { body: [] } as unknown as ArticleView['article'];
    await view.updateComplete;
    part(bar, 'share')!.click();
    expect(details).to.deep.equal([{ url: location.href, title: document.title }]);
  });

  it('does nothing else when share-request is cancelled', async () => {
    const calls = stubNavigator({ share: async () => {}, writeText: async () => {} });
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share lang="en"></print-close-bar>`);
    const details = requests(bar, { cancel: true });
    part(bar, 'share')!.click();
    await settle(bar);
    expect(details).to.have.length(1);
    expect(calls).to.deep.equal([]);
    expect(part(bar, 'share-status')!.textContent!.trim()).to.equal('');
  });

  it('opens the system share sheet with { url, title }; dismissing it is not an error', async () => {
    const calls = stubNavigator({
      share: () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
      writeText: async () => {},
    });
    const view = await fixture(html`<article-view lang="en" .article=${ARTICLE}>
      <print-close-bar slot="footer" share></print-close-bar>
    </article-view>`);
    const bar = view.querySelector('print-close-bar')!;
    part(bar, 'share')!.click();
    await settle(bar);
    expect(calls).to.deep.equal([['share', { url: ARTICLE.url, title: 'Seed title' }]]);
    expect(part(bar, 'share-status')!.textContent!.trim()).to.equal('');
    expect(part(bar, 'share-link')).to.equal(null);
  });

  it('copies the link when the share sheet fails for another reason', async () => {
    const calls = stubNavigator({
      share: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')),
      writeText: async () => {},
    });
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share lang="en"></print-close-bar>`);
    part(bar, 'share')!.click();
    await settle(bar);
    expect(calls.map(([kind]) => kind)).to.deep.equal(['share', 'copy']);
    expect(part(bar, 'share-status')!.textContent!.trim()).to.equal('Link copied');
  });

  it('without a share sheet, copies the link, says so in a status region and keeps focus on Share', async () => {
    const calls = stubNavigator({ writeText: async () => {} });
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share lang="en"></print-close-bar>`);
    const button = part(bar, 'share')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(bar);
    expect(calls).to.deep.equal([['copy', location.href]]);
    const status = bar.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Link copied');
    expect(status.getBoundingClientRect().width).to.be.above(0);
    expect(bar.shadowRoot!.activeElement).to.equal(button);
    await expect(bar).to.be.accessible();
  });

  it('says it in Chinese under lang="zh-CN"', async () => {
    stubNavigator({ writeText: async () => {} });
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share lang="zh-CN"></print-close-bar>`);
    part(bar, 'share')!.click();
    await settle(bar);
    expect(part(bar, 'share-status')!.textContent!.trim()).to.equal('链接已复制');
  });

  for (const [name, writeText] of [
    ['the clipboard refuses', () => Promise.reject(new DOMException('Denied', 'NotAllowedError'))],
    ['there is no clipboard', undefined],
  ] as const) {
    it(`shows the link selected in a read-only field when ${name}`, async () => {
      stubNavigator({ writeText });
      const view = await fixture(html`<article-view lang="en" .article=${ARTICLE}>
        <print-close-bar slot="footer" share></print-close-bar>
      </article-view>`);
      const bar = view.querySelector('print-close-bar')!;
      part(bar, 'share')!.click();
      await settle(bar);
      const field = part<HTMLInputElement>(bar, 'share-link')!;
      expect(field.readOnly).to.equal(true);
      expect(field.value).to.equal(ARTICLE.url);
      expect(field.getBoundingClientRect().width).to.be.above(0);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, ARTICLE.url.length]);
      expect(bar.shadowRoot!.activeElement).to.equal(field);
      expect(part(bar, 'share-status')!.textContent).to.contain('Copy this link:');
      await expect(bar).to.be.accessible();
    });
  }

  // ' ' is Space in both engines' key tables (Firefox's WebDriver BiDi knows no "Space").
  for (const [name, key] of [['Enter', 'Enter'], ['Space', ' ']]) {
    it(`is pressed with ${name}`, async () => {
      stubNavigator({ writeText: async () => {} });
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar share></print-close-bar>`);
      const details = requests(bar, { cancel: true });
      part(bar, 'share')!.focus();
      await sendKeys({ press: key });
      expect(details).to.have.length(1);
    });
  }

  it('passes axe', async () => {
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar share lang="en"></print-close-bar>`);
    await expect(bar).to.be.accessible();
  });

  it('makes every button at least 60 × 60 px under elderly, even with small text', async () => {
    const bar = await fixture<PrintCloseBar>(
      html`<print-close-bar share elderly lang="en" style="font-size: 10px"></print-close-bar>`,
    );
    const buttons = [...bar.shadowRoot!.querySelectorAll('button')];
    expect(buttons).to.have.length(3);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(width, button.textContent!).to.be.at.least(60);
      expect(height, button.textContent!).to.be.at.least(60);
    }
  });
});
