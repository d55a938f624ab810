import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// This file imports no element up front: the tags start out undefined, as on a page whose
// script has not run yet.

/** The CSS block that follows `marker` in docs/theming.md, as a user copies it. */
async function docsCss(marker: string): Promise<string> {
  const page = await (await fetch('/docs/theming.md')).text();
  const block = /```css\n([\s\S]*?)```/.exec(page.slice(page.indexOf(marker)));
  expect(block, `a css block after ${marker} in docs/theming.md`).to.exist;
  return block![1];
}

const height = (element: Element) => element.getBoundingClientRect().height;

describe('no flash, no jump (the CSS of docs/theming.md)', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = await docsCss('<!-- no-flash-css');
    document.head.append(style);
  });

  it('keeps the room of undefined elements and hides their controls, then keeps it while loading', async () => {
    const page = await fixture<HTMLElement>(html`<div style="font-size: 16px; width: 600px">
      <popular-list src="/test-api/article?title=List&ms=10000"></popular-list>
      <article-view src="/test-api/article?title=Late&ms=10000">
        <font-size-toggle slot="meta">Fonts</font-size-toggle>
        <print-close-bar slot="footer">Print Close</print-close-bar>
      </article-view>
    </div>`);
    const article = page.querySelector('article-view')!;
    const list = page.querySelector('popular-list')!;
    expect(customElements.get('article-view'), 'not defined yet').to.equal(undefined);
    const before = { article: height(article), list: height(list) };
    expect(before.article).to.be.at.least(20 * 16);
    expect(before.list).to.be.at.least(12 * 16);
    expect(getComputedStyle(page.querySelector('font-size-toggle')!).visibility).to.equal('hidden');

    await import('../../src/index.js');
    await waitUntil(() => article.getAttribute('state') === 'loading' && list.getAttribute('state') === 'loading');
    // Defined and still loading: the same room, so nothing below moves.
    expect(height(article)).to.be.closeTo(before.article, 1);
    expect(height(list)).to.be.closeTo(before.list, 1);
    // Defined: the page's rule no longer hides the toggle.
    expect(page.querySelector('font-size-toggle')!.matches(':not(:defined)')).to.equal(false);
  });
});
