import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { DEFAULT_STORAGE_KEY, type FontSizeToggle } from '../../src/font-size-toggle/font-size-toggle.js';
import { seedArticle } from '../fixtures/articles.js';

const KEY = 'font-size-toggle-test';

function options(toggle: FontSizeToggle): string[] {
  return [...toggle.shadowRoot!.querySelectorAll('label')].map(label => label.textContent!.trim());
}

function radio(toggle: FontSizeToggle, level: string): HTMLInputElement {
  return toggle.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${level}"]`)!;
}

function checkedLevel(toggle: FontSizeToggle): string | undefined {
  return toggle.shadowRoot!.querySelector<HTMLInputElement>('input:checked')?.value;
}

function paragraphPx(view: ArticleView): number {
  return parseFloat(getComputedStyle(view.shadowRoot!.querySelector('.body p')!).fontSize);
}

/** An article-view holding the seed article with a toggle in its meta row, as on the original page. */
async function articleWithToggle(lang = 'en') {
  const view = await fixture<ArticleView>(html`
    <article-view lang=${lang} .article=${seedArticle}>
      <font-size-toggle slot="meta" storage-key=${KEY}></font-size-toggle>
    </article-view>
  `);
  const toggle = view.querySelector('font-size-toggle')!;
  await toggle.updateComplete;
  return { view, toggle };
}

describe('font-size-toggle', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(DEFAULT_STORAGE_KEY);
  });

  it('shows "Fonts:" then Large, Medium, Small, in that order', async () => {
    const { toggle } = await articleWithToggle();
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Fonts:');
    expect(options(toggle)).to.deep.equal(['Large', 'Medium', 'Small']);
  });

  it('speaks Simplified Chinese inside a Chinese page', async () => {
    const { toggle } = await articleWithToggle('zh-CN');
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('字号：');
    expect(options(toggle)).to.deep.equal(['大', '中', '小']);
  });

  it('is a labelled radio group with the current level checked, and passes axe', async () => {
    const { toggle } = await articleWithToggle();
    const group = toggle.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(toggle.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Fonts:');
    expect(checkedLevel(toggle)).to.equal('medium');
    await expect(toggle).to.be.accessible();
  });

  it('sizes the enclosing article on click, reflects value and fires font-size-change', async () => {
    const { view, toggle } = await articleWithToggle();
    const medium = paragraphPx(view);
    const event = oneEvent(toggle, 'font-size-change');
    radio(toggle, 'large').click();
    const { detail } = await event;
    await toggle.updateComplete;
    expect(detail).to.deep.equal({ value: 'large' });
    expect(toggle.getAttribute('value')).to.equal('large');
    expect(view.getAttribute('font-size')).to.equal('large');
    expect(checkedLevel(toggle)).to.equal('large');
    // Large is large enough for older readers: at least 1.25 times Medium.
    expect(paragraphPx(view) / medium).to.be.at.least(1.25);
    radio(toggle, 'small').click();
    await toggle.updateComplete;
    expect(paragraphPx(view)).to.be.below(medium);
  });

  it('works by keyboard: Tab enters at the current level, arrows change it, Tab leaves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <article-view lang="en" .article=${seedArticle}>
        <font-size-toggle slot="meta" storage-key=${KEY}></font-size-toggle>
      </article-view>
      <button id="after">after</button>
    </div>`);
    const toggle = wrapper.querySelector('font-size-toggle')!;
    const view = wrapper.querySelector('article-view')!;
    await toggle.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(toggle.shadowRoot!.activeElement).to.equal(radio(toggle, 'medium'));
    await sendKeys({ press: 'ArrowLeft' });
    await toggle.updateComplete;
    expect(toggle.value).to.equal('large');
    expect(view.getAttribute('font-size')).to.equal('large');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await toggle.updateComplete;
    expect(toggle.value).to.equal('small');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('remembers the choice in localStorage under storage-key and restores it on the next page', async () => {
    const { toggle } = await articleWithToggle();
    radio(toggle, 'large').click();
    await toggle.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal('large');
    const next = await articleWithToggle();
    expect(next.toggle.value).to.equal('large');
    expect(next.view.getAttribute('font-size')).to.equal('large');
  });

  it('uses a default key when storage-key is absent', async () => {
    const toggle = await fixture<FontSizeToggle>(html`<font-size-toggle></font-size-toggle>`);
    radio(toggle, 'small').click();
    await toggle.updateComplete;
    expect(localStorage.getItem(DEFAULT_STORAGE_KEY)).to.equal('small');
  });

  it('still works for the visit when storage throws', async () => {
    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const { view, toggle } = await articleWithToggle();
      radio(toggle, 'large').click();
      await toggle.updateComplete;
      expect(view.getAttribute('font-size')).to.equal('large');
      // A toggle added later in the same visit gets the choice too.
      const later = await articleWithToggle();
      expect(later.view.getAttribute('font-size')).to.equal('large');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('keeps several toggles on one page in agreement', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <font-size-toggle storage-key=${KEY}></font-size-toggle>
      <font-size-toggle storage-key=${KEY}></font-size-toggle>
      <article-view .article=${seedArticle}></article-view>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('font-size-toggle');
    radio(second, 'small').click();
    await first.updateComplete;
    expect(first.value).to.equal('small');
    expect(checkedLevel(first)).to.equal('small');
  });

  it('without for or an enclosing article, sizes every article-view, including one that loads later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <font-size-toggle storage-key=${KEY}></font-size-toggle>
      <article-view .article=${seedArticle}></article-view>
    </div>`);
    const toggle = wrapper.querySelector('font-size-toggle')!;
    radio(toggle, 'large').click();
    await toggle.updateComplete;
    expect(wrapper.querySelector('article-view')!.getAttribute('font-size')).to.equal('large');
    const later = document.createElement('article-view');
    later.src = '/test-api/article?title=Later&ms=100';
    const loaded = oneEvent(later, 'article-load');
    wrapper.append(later);
    await loaded;
    expect(later.getAttribute('font-size')).to.equal('large');
  });

  it('with for, sizes only the named article-view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <font-size-toggle for="second" storage-key=${KEY}></font-size-toggle>
      <article-view id="first" .article=${seedArticle}></article-view>
      <article-view id="second" .article=${seedArticle}></article-view>
    </div>`);
    const toggle = wrapper.querySelector('font-size-toggle')!;
    radio(toggle, 'small').click();
    await toggle.updateComplete;
    expect(wrapper.querySelector('#second')!.getAttribute('font-size')).to.equal('small');
    expect(wrapper.querySelector('#first')!.hasAttribute('font-size')).to.equal(false);
  });

  it('with for naming a legacy content block, scales its text and restores it at Medium', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 20px">
      <font-size-toggle for="zoom" storage-key=${KEY}></font-size-toggle>
      <div id="zoom"><p>Legacy portal text</p></div>
    </div>`);
    const toggle = wrapper.querySelector('font-size-toggle')!;
    const paragraph = wrapper.querySelector('#zoom p')!;
    expect(getComputedStyle(paragraph).fontSize).to.equal('20px');
    radio(toggle, 'large').click();
    await toggle.updateComplete;
    expect(getComputedStyle(paragraph).fontSize).to.equal('26px');
    radio(toggle, 'medium').click();
    await toggle.updateComplete;
    expect(getComputedStyle(paragraph).fontSize).to.equal('20px');
    expect(wrapper.querySelector<HTMLElement>('#zoom')!.style.fontSize).to.equal('');
  });

  it('each level follows its documented custom property', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 10px; --article-view-font-size-large: 2em">
      <font-size-toggle for="zoom" storage-key=${KEY}></font-size-toggle>
      <div id="zoom"><p>Text</p></div>
    </div>`);
    radio(wrapper.querySelector('font-size-toggle')!, 'large').click();
    await wrapper.querySelector('font-size-toggle')!.updateComplete;
    expect(getComputedStyle(wrapper.querySelector('#zoom p')!).fontSize).to.equal('20px');
  });

  it('starts from the article-view\'s own font-size when nothing was chosen', async () => {
    const view = await fixture<ArticleView>(html`<article-view font-size="small" .article=${seedArticle}>
      <font-size-toggle slot="meta" storage-key=${KEY}></font-size-toggle>
    </article-view>`);
    expect(view.querySelector('font-size-toggle')!.value).to.equal('small');
  });

  it('treats an unknown value as medium', async () => {
    const toggle = await fixture<FontSizeToggle>(html`<font-size-toggle value="huge" storage-key=${KEY}></font-size-toggle>`);
    await toggle.updateComplete;
    expect(toggle.value).to.equal('medium');
    expect(checkedLevel(toggle)).to.equal('medium');
  });
});
