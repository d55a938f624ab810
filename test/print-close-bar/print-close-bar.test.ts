import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PrintCloseBar } from '../../src/print-close-bar/print-close-bar.js';
import { seedArticle } from '../fixtures/articles.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function button(bar: PrintCloseBar, part: 'print' | 'close'): HTMLButtonElement | null {
  return bar.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);
}

function labels(bar: PrintCloseBar): string[] {
  return [...bar.shadowRoot!.querySelectorAll('button')].map(b => b.textContent!.trim());
}

/** Replaces `object[key]` (own or inherited, value or getter) for one test; returns the restore function. */
function stub<T extends object>(object: T, key: PropertyKey, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(object, key, own);
    else delete (object as Record<PropertyKey, unknown>)[key];
  };
}

describe('print-close-bar', () => {
  const restore: (() => void)[] = [];
  afterEach(() => restore.splice(0).reverse().forEach(undo => undo()));

  /** Records calls of window.print, window.close and history.back instead of doing them. */
  function recordWindow({ closes = false, historyLength = 1 } = {}) {
    const calls: string[] = [];
    let closed = false;
    restore.push(
      stub(window, 'print', { value: () => calls.push('print'), writable: true }),
      stub(window, 'close', {
        value: () => {
          calls.push('close');
          closed = closes;
        },
        writable: true,
      }),
      stub(window, 'closed', { get: () => closed }),
      stub(history, 'length', { get: () => historyLength }),
      stub(history, 'back', { value: () => calls.push('back'), writable: true }),
    );
    return calls;
  }

  it('shows Print and Close, in English and Chinese, and passes axe', async () => {
    const bar = await fixture<PrintCloseBar>(html`<print-close-bar lang="en"></print-close-bar>`);
    expect(labels(bar)).to.deep.equal(['Print', 'Close']);
    await expect(bar).to.be.accessible();
    const zh = await fixture<PrintCloseBar>(html`<print-close-bar lang="zh-CN"></print-close-bar>`);
    expect(labels(zh)).to.deep.equal(['打印', '关闭']);
  });

  it('hides either action by attribute', async () => {
    const noPrint = await fixture<PrintCloseBar>(html`<print-close-bar no-print lang="en"></print-close-bar>`);
    expect(labels(noPrint)).to.deep.equal(['Close']);
    const noClose = await fixture<PrintCloseBar>(html`<print-close-bar no-close lang="en"></print-close-bar>`);
    expect(labels(noClose)).to.deep.equal(['Print']);
  });

  describe('Print', () => {
    it('fires a cancelable print-request, then opens the print dialog', async () => {
      const calls = recordWindow();
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      const event = oneEvent(bar, 'print-request');
      button(bar, 'print')!.click();
      const request = await event;
      expect(request.cancelable).to.equal(true);
      expect(calls).to.deep.equal(['print']);
    });

    it('does not print when print-request is cancelled', async () => {
      const calls = recordWindow();
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      bar.addEventListener('print-request', event => event.preventDefault());
      button(bar, 'print')!.click();
      expect(calls).to.deep.equal([]);
    });

    it('is reached and pressed with the keyboard', async () => {
      const calls = recordWindow();
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      button(bar, 'print')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(calls).to.deep.equal(['print']);
    });
  });

  describe('the printout', () => {
    async function printMedia(this: Mocha.Context) {
      const reset = await emulateMediaOrSkip(this, { media: 'print' });
      restore.push(() => void reset());
    }

    const display = (element: Element) => getComputedStyle(element).display;

    it('holds only the article: no header, navigation, sidebar, popular list or buttons', async function () {
      const page = await fixture<HTMLDivElement>(html`<div>
        <header id="site-header">Portal header</header>
        <nav id="site-nav"><a href="/">Home</a></nav>
        <main>
          <aside id="sidebar"><popular-list .items=${[{ title: 'Other', url: '/other.html' }]}></popular-list></aside>
          <article-view lang="en" .article=${{ ...seedArticle, attachments: [{ title: 'Notice', url: '/notice.pdf' }] }}>
            <font-size-toggle slot="meta"></font-size-toggle>
            <print-close-bar slot="footer"></print-close-bar>
          </article-view>
        </main>
        <footer id="site-footer">Footer</footer>
      </div>`);
      await printMedia.call(this);
      const view = page.querySelector('article-view')!;
      for (const id of ['site-header', 'site-nav', 'sidebar', 'site-footer']) {
        expect(display(page.querySelector(`#${id}`)!), id).to.equal('none');
      }
      expect(display(view)).to.equal('block');
      expect(display(page.querySelector('main')!)).to.equal('block');
      expect(display(page.querySelector('font-size-toggle')!)).to.equal('none');
      expect(display(page.querySelector('print-close-bar')!)).to.equal('none');
      const root = view.shadowRoot!;
      for (const part of ['title', 'meta', 'body', 'attachments']) {
        expect(display(root.querySelector(`[part="${part}"]`)!), part).to.not.equal('none');
      }
    });

    it('is black on white, writes out link addresses and keeps headings with their paragraphs', async function () {
      const view = await fixture(html`<div>
        <article-view
          .article=${{
            title: 'Printed',
            body: [
              { type: 'heading', text: 'Section' },
              { type: 'paragraph', text: 'Text' },
              { type: 'image', src: PIXEL, alt: 'Wide', width: 4000, height: 100 },
            ],
            attachments: [{ title: 'Notice', url: 'https://example.org/notice.pdf' }],
          }}
        ></article-view>
        <print-close-bar></print-close-bar>
      </div>`).then(page => page.querySelector('article-view')!);
      await printMedia.call(this);
      const root = view.shadowRoot!;
      expect(getComputedStyle(root.querySelector('p')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(view).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(root.querySelector('.attachments a')!, '::after').content).to.contain(
        'https://example.org/notice.pdf',
      );
      expect(getComputedStyle(root.querySelector('.body h2')!).breakAfter).to.equal('avoid');
      expect(root.querySelector('img')!.getBoundingClientRect().width).to.be.at.most(view.getBoundingClientRect().width);
    });

    it('with for, holds only the named legacy content block', async function () {
      const page = await fixture<HTMLDivElement>(html`<div>
        <nav id="site-nav">Navigation</nav>
        <div id="zoom"><p>Legacy article text</p></div>
        <print-close-bar for="zoom"></print-close-bar>
      </div>`);
      await printMedia.call(this);
      expect(display(page.querySelector('#site-nav')!)).to.equal('none');
      expect(display(page.querySelector('#zoom')!)).to.equal('block');
      expect(display(page.querySelector('#zoom p')!)).to.equal('block');
    });

    it('leaves the page alone once no bar is left', async function () {
      const page = await fixture<HTMLDivElement>(html`<div>
        <nav id="site-nav">Navigation</nav>
        <article-view .article=${seedArticle}></article-view>
        <print-close-bar></print-close-bar>
      </div>`);
      page.querySelector('print-close-bar')!.remove();
      await printMedia.call(this);
      expect(display(page.querySelector('#site-nav')!)).to.equal('block');
    });
  });

  describe('Close', () => {
    it('does nothing when close-request is cancelled', async () => {
      const calls = recordWindow({ historyLength: 3 });
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      bar.addEventListener('close-request', event => event.preventDefault());
      const event = oneEvent(bar, 'close-request');
      button(bar, 'close')!.click();
      expect((await event).cancelable).to.equal(true);
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(calls).to.deep.equal([]);
    });

    it('closes the window where the browser allows it', async () => {
      const calls = recordWindow({ closes: true, historyLength: 3 });
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      button(bar, 'close')!.click();
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(calls).to.deep.equal(['close']);
    });

    it('goes back in history when the browser keeps the window open', async () => {
      const calls = recordWindow({ historyLength: 3 });
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar></print-close-bar>`);
      button(bar, 'close')!.click();
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(calls).to.deep.equal(['close', 'back']);
    });

    it('hides itself and moves focus to Print when there is no history to go back to', async () => {
      const calls = recordWindow({ historyLength: 1 });
      const bar = await fixture<PrintCloseBar>(html`<print-close-bar lang="en"></print-close-bar>`);
      button(bar, 'close')!.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise(resolve => setTimeout(resolve, 50));
      await bar.updateComplete;
      expect(calls).to.deep.equal(['close']);
      expect(labels(bar)).to.deep.equal(['Print']);
      expect(bar.shadowRoot!.activeElement).to.equal(button(bar, 'print'));
    });
  });
});
