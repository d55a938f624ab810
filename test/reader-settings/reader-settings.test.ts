import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/reader-settings/reader-settings.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { READER_SETTINGS_STORAGE_KEY, type ReaderSettings } from '../../src/reader-settings/reader-settings.js';
import { seedArticle } from '../fixtures/articles.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';

const DEFAULTS = {
  theme: 'auto',
  lineSpacing: 'normal',
  contentWidth: 'full',
  elderly: false,
  pointToRead: false,
  captionBar: false,
  readingGuide: false,
  largeCursor: false,
};

// A key of its own for each test, so no test sees another's stored settings.
let count = 0;
let key = '';

function shadow(el: ReaderSettings): ShadowRoot {
  return el.shadowRoot!;
}

function toggleButton(el: ReaderSettings): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
}

function switchButton(el: ReaderSettings): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[role="switch"]')!;
}

function radio(el: ReaderSettings, name: string, value: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
}

function checked(el: ReaderSettings, name: string): string | undefined {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

function groups(el: ReaderSettings): { legend: string; options: string[] }[] {
  return [...shadow(el).querySelectorAll('fieldset')].map(fieldset => ({
    legend: fieldset.querySelector('legend')!.textContent!.trim(),
    options: [...fieldset.querySelectorAll('label')].map(label => label.textContent!.trim()),
  }));
}

/** The reader-settings in an article-view's meta row, beside a font-size-toggle, as on a portal page. */
async function articleWithSettings({ lang = 'en', open = false } = {}) {
  const view = await fixture<ArticleView>(html`
    <article-view lang=${lang} .article=${seedArticle}>
      <font-size-toggle slot="meta" storage-key=${`${key}:font-size`}></font-size-toggle>
      <reader-settings slot="meta" storage-key=${key} ?open=${open}></reader-settings>
    </article-view>
  `);
  const settings = view.querySelector('reader-settings')!;
  await settings.updateComplete;
  return { view, settings, toggle: view.querySelector('font-size-toggle')! };
}

/** The smaller side of the smallest choice of a font-size-toggle, in CSS px. */
function smallestOption(toggle: Element): number {
  const boxes = [...toggle.shadowRoot!.querySelectorAll('[part~=option]')].map(option => option.getBoundingClientRect());
  return Math.min(...boxes.map(box => Math.min(box.width, box.height)));
}

function withBlockedStorage(): () => void {
  const { getItem, setItem } = Storage.prototype;
  Storage.prototype.getItem = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  Storage.prototype.setItem = Storage.prototype.getItem;
  return () => Object.assign(Storage.prototype, { getItem, setItem });
}

describe('reader-settings', () => {
  beforeEach(() => {
    key = `reader-settings-test-${++count}`;
  });

  afterEach(() => {
    localStorage.clear();
  });

  describe('labels and semantics', () => {
    it('shows a "Reading settings" button, an "Elderly mode" switch and three labelled radio groups', async () => {
      const { settings } = await articleWithSettings({ open: true });
      expect(toggleButton(settings).textContent!.trim()).to.equal('Reading settings');
      expect(switchButton(settings).textContent!.trim()).to.equal('Elderly mode');
      expect(groups(settings)).to.deep.equal([
        { legend: 'Theme', options: ['Auto', 'Light', 'Sepia', 'Dark', 'High contrast'] },
        { legend: 'Line spacing', options: ['Normal', 'Relaxed', 'Loose'] },
        { legend: 'Width', options: ['Full', 'Wide', 'Medium', 'Narrow'] },
      ]);
    });

    it('speaks Simplified Chinese inside a Chinese page', async () => {
      const { settings } = await articleWithSettings({ lang: 'zh-CN', open: true });
      expect(toggleButton(settings).textContent!.trim()).to.equal('阅读设置');
      expect(switchButton(settings).textContent!.trim()).to.equal('长者模式');
      expect(groups(settings)).to.deep.equal([
        { legend: '主题', options: ['自动', '浅色', '护眼', '深色', '高对比度'] },
        { legend: '行距', options: ['标准', '较宽', '宽松'] },
        { legend: '版面宽度', options: ['全宽', '宽', '中', '窄'] },
      ]);
    });

    it('is closed at first: the button says so, the panel is hidden, and it passes axe', async () => {
      const { settings } = await articleWithSettings();
      expect(settings.open).to.equal(false);
      expect(toggleButton(settings).getAttribute('aria-expanded')).to.equal('false');
      const panel = shadow(settings).getElementById(toggleButton(settings).getAttribute('aria-controls')!)!;
      expect(getComputedStyle(panel).display).to.equal('none');
      expect(switchButton(settings).getAttribute('aria-checked')).to.equal('false');
      await expect(settings).to.be.accessible();
    });

    it('opens on click, reflects open, shows the defaults checked, and passes axe', async () => {
      const { settings } = await articleWithSettings();
      toggleButton(settings).click();
      await settings.updateComplete;
      expect(settings.hasAttribute('open')).to.equal(true);
      expect(toggleButton(settings).getAttribute('aria-expanded')).to.equal('true');
      const panel = shadow(settings).querySelector('[part="panel"]')!;
      expect(getComputedStyle(panel).display).not.to.equal('none');
      expect(['theme', 'line-spacing', 'content-width'].map(name => checked(settings, name))).to.deep.equal([
        'auto',
        'normal',
        'full',
      ]);
      await expect(settings).to.be.accessible();
      toggleButton(settings).click();
      await settings.updateComplete;
      expect(settings.hasAttribute('open')).to.equal(false);
    });

    it('passes axe open, in Chinese, with elderly mode on', async () => {
      const { settings } = await articleWithSettings({ lang: 'zh-CN', open: true });
      switchButton(settings).click();
      await settings.updateComplete;
      await expect(settings).to.be.accessible();
    });
  });

  describe('choosing', () => {
    const rows: [name: string, value: string, attribute: string, detail: Partial<typeof DEFAULTS>][] = [
      ['theme', 'light', 'theme', { theme: 'light' }],
      ['theme', 'sepia', 'theme', { theme: 'sepia' }],
      ['theme', 'dark', 'theme', { theme: 'dark' }],
      ['theme', 'contrast', 'theme', { theme: 'contrast' }],
      ['line-spacing', 'relaxed', 'line-spacing', { lineSpacing: 'relaxed' }],
      ['line-spacing', 'loose', 'line-spacing', { lineSpacing: 'loose' }],
      ['content-width', 'wide', 'content-width', { contentWidth: 'wide' }],
      ['content-width', 'medium', 'content-width', { contentWidth: 'medium' }],
      ['content-width', 'narrow', 'content-width', { contentWidth: 'narrow' }],
    ];
    for (const [name, value, attribute, detail] of rows) {
      it(`${name} ${value}: sets ${attribute}="${value}" on the enclosing article-view and fires reader-settings-change`, async () => {
        const { view, settings } = await articleWithSettings({ open: true });
        const event = oneEvent(settings, 'reader-settings-change');
        radio(settings, name, value).click();
        const fired = await event;
        await settings.updateComplete;
        expect(fired.detail).to.deep.equal({ ...DEFAULTS, ...detail });
        expect(fired.bubbles).to.equal(true);
        expect(view.getAttribute(attribute)).to.equal(value);
        expect(settings.getAttribute(attribute)).to.equal(value);
        expect(checked(settings, name)).to.equal(value);
        expect(radio(settings, name, value).closest('label')!.part.contains('option-checked')).to.equal(true);
      });
    }

    it('sets every attribute on the article-view from the start, auto and full included', async () => {
      const { view } = await articleWithSettings();
      expect(view.getAttribute('theme')).to.equal('auto');
      expect(view.getAttribute('line-spacing')).to.equal('normal');
      expect(view.getAttribute('content-width')).to.equal('full');
      expect(view.hasAttribute('elderly')).to.equal(false);
    });

    it('going back to a default sets it again', async () => {
      const { view, settings } = await articleWithSettings({ open: true });
      radio(settings, 'theme', 'dark').click();
      radio(settings, 'theme', 'auto').click();
      await settings.updateComplete;
      expect(view.getAttribute('theme')).to.equal('auto');
    });

    it('with for, sets only the named article-view', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <reader-settings for="second" storage-key=${key} open></reader-settings>
        <article-view id="first" .article=${seedArticle}></article-view>
        <article-view id="second" .article=${seedArticle}></article-view>
      </div>`);
      const settings = wrapper.querySelector('reader-settings')!;
      const event = oneEvent(settings, 'reader-settings-change');
      radio(settings, 'line-spacing', 'loose').click();
      await event;
      await settings.updateComplete;
      expect(wrapper.querySelector('#second')!.getAttribute('line-spacing')).to.equal('loose');
      expect(wrapper.querySelector('#first')!.hasAttribute('line-spacing')).to.equal(false);
    });

    it('without for or an enclosing article, sets every article-view, including one that loads later', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <reader-settings storage-key=${key} open></reader-settings>
        <article-view .article=${seedArticle}></article-view>
        <article-view .article=${seedArticle}></article-view>
      </div>`);
      const settings = wrapper.querySelector('reader-settings')!;
      radio(settings, 'theme', 'sepia').click();
      radio(settings, 'content-width', 'narrow').click();
      await settings.updateComplete;
      for (const view of wrapper.querySelectorAll('article-view')) {
        expect(view.getAttribute('theme')).to.equal('sepia');
        expect(view.getAttribute('content-width')).to.equal('narrow');
      }
      const later = document.createElement('article-view');
      later.src = '/test-api/article?title=Later&ms=100';
      const loaded = oneEvent(later, 'article-load');
      wrapper.append(later);
      await loaded;
      expect(later.getAttribute('theme')).to.equal('sepia');
      expect(later.getAttribute('content-width')).to.equal('narrow');
    });

    it('starts from the article-view\'s own attributes when nothing was chosen', async () => {
      const view = await fixture<ArticleView>(html`<article-view theme="dark" line-spacing="loose" elderly .article=${seedArticle}>
        <reader-settings slot="meta" storage-key=${key}></reader-settings>
      </article-view>`);
      const settings = view.querySelector('reader-settings')!;
      expect(settings.settings).to.deep.equal({ ...DEFAULTS, theme: 'dark', lineSpacing: 'loose', contentWidth: 'full', elderly: true });
      expect(view.getAttribute('theme')).to.equal('dark');
    });

    it('treats unknown attribute values as the defaults', async () => {
      const view = await fixture<ArticleView>(html`<article-view .article=${seedArticle}>
        <reader-settings slot="meta" storage-key=${key} theme="neon" line-spacing="huge" content-width="7"></reader-settings>
      </article-view>`);
      const settings = view.querySelector('reader-settings')!;
      await settings.updateComplete;
      expect(settings.settings).to.deep.equal(DEFAULTS);
      expect(view.getAttribute('theme')).to.equal('auto');
      expect(view.getAttribute('line-spacing')).to.equal('normal');
      expect(view.getAttribute('content-width')).to.equal('full');
    });
  });

  describe('elderly mode', () => {
    it('sets elderly on the article and itself, and removes it when switched off; the article\'s controls grow without it', async () => {
      const { view, settings, toggle } = await articleWithSettings();
      const sw = switchButton(settings);
      const event = oneEvent(settings, 'reader-settings-change');
      sw.click();
      expect((await event).detail).to.deep.equal({ ...DEFAULTS, elderly: true });
      await settings.updateComplete;
      expect(sw.getAttribute('aria-checked')).to.equal('true');
      expect(view.hasAttribute('elderly')).to.equal(true);
      expect(settings.hasAttribute('elderly')).to.equal(true);
      // The font switch is not told: it inherits the article's target size.
      expect(toggle.hasAttribute('elderly')).to.equal(false);
      expect(smallestOption(toggle)).to.be.at.least(60);
      sw.click();
      await settings.updateComplete;
      expect(sw.getAttribute('aria-checked')).to.equal('false');
      expect(view.hasAttribute('elderly')).to.equal(false);
      expect(settings.hasAttribute('elderly')).to.equal(false);
      expect(smallestOption(toggle)).to.be.below(60);
    });

    it('leaves elements that are not portal-reader controls, or not directly in the article, alone', async () => {
      const view = await fixture<ArticleView>(html`<article-view .article=${seedArticle}>
        <reader-settings slot="meta" storage-key=${key}></reader-settings>
        <div slot="footer"><font-size-toggle storage-key=${`${key}:font-size`}></font-size-toggle></div>
      </article-view>`);
      const settings = view.querySelector('reader-settings')!;
      switchButton(settings).click();
      await settings.updateComplete;
      expect(view.querySelector('div')!.hasAttribute('elderly')).to.equal(false);
      expect(view.querySelector('font-size-toggle')!.hasAttribute('elderly')).to.equal(false);
    });

    it('makes every target at least 60 × 60 CSS pixels', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 12px">
        <reader-settings storage-key=${key} open></reader-settings>
      </div>`);
      const settings = wrapper.querySelector('reader-settings')!;
      const targets = [...shadow(settings).querySelectorAll<HTMLElement>('button, input')];
      // The button and the elderly switch; five themes, three spacings, four widths; four aids and the self-check.
      expect(targets.length).to.equal(2 + 5 + 3 + 4 + 4 + 1);
      const small = targets.filter(target => target.getBoundingClientRect().height < 60);
      expect(small.length, 'some targets are small outside elderly mode').to.be.above(0);
      switchButton(settings).click();
      await settings.updateComplete;
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        const name = target.textContent!.trim() || (target as HTMLInputElement).value;
        expect(width, `${name} width`).to.be.at.least(60);
        expect(height, `${name} height`).to.be.at.least(60);
      }
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the button, Enter opens, Space flips the switch, arrows choose, Escape closes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">before</button>
        <article-view lang="en" .article=${seedArticle}>
          <reader-settings slot="meta" storage-key=${key}></reader-settings>
        </article-view>
        <button id="after">after</button>
      </div>`);
      const settings = wrapper.querySelector('reader-settings')!;
      const view = wrapper.querySelector('article-view')!;
      await settings.updateComplete;
      const focused = () => shadow(settings).activeElement;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(toggleButton(settings));
      await sendKeys({ press: 'Enter' });
      await settings.updateComplete;
      expect(settings.open).to.equal(true);

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(switchButton(settings));
      // ' ' is Space in both engines' key tables (Firefox's WebDriver BiDi knows no "Space").
      await sendKeys({ press: ' ' });
      await settings.updateComplete;
      expect(view.hasAttribute('elderly')).to.equal(true);
      expect(switchButton(settings).getAttribute('aria-checked')).to.equal('true');

      // Tab enters each radio group at its current choice; arrows move the choice.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radio(settings, 'theme', 'auto'));
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await settings.updateComplete;
      expect(view.getAttribute('theme')).to.equal('sepia');

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radio(settings, 'line-spacing', 'normal'));
      await sendKeys({ press: 'ArrowDown' });
      await settings.updateComplete;
      expect(view.getAttribute('line-spacing')).to.equal('relaxed');

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radio(settings, 'content-width', 'full'));
      await sendKeys({ press: 'ArrowUp' });
      await settings.updateComplete;
      expect(view.getAttribute('content-width')).to.equal('narrow');

      await sendKeys({ press: 'Escape' });
      await settings.updateComplete;
      expect(settings.open).to.equal(false);
      expect(focused()).to.equal(toggleButton(settings));

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });
  });

  describe('remembering', () => {
    it('stores one JSON object under storage-key and restores it on the next page', async () => {
      const first = await articleWithSettings({ open: true });
      radio(first.settings, 'theme', 'contrast').click();
      radio(first.settings, 'line-spacing', 'loose').click();
      radio(first.settings, 'content-width', 'medium').click();
      switchButton(first.settings).click();
      await first.settings.updateComplete;
      const expected = { ...DEFAULTS, theme: 'contrast', lineSpacing: 'loose', contentWidth: 'medium', elderly: true };
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal(expected);

      // The next page: a new element with the same key.
      first.view.remove();
      const next = await articleWithSettings({ open: true });
      expect(next.settings.settings).to.deep.equal(expected);
      expect(checked(next.settings, 'theme')).to.equal('contrast');
      expect(next.view.getAttribute('theme')).to.equal('contrast');
      expect(next.view.getAttribute('line-spacing')).to.equal('loose');
      expect(next.view.getAttribute('content-width')).to.equal('medium');
      expect(next.view.hasAttribute('elderly')).to.equal(true);
      expect(smallestOption(next.toggle)).to.be.at.least(60);
    });

    it('the stored choice wins over the page\'s attributes', async () => {
      localStorage.setItem(key, JSON.stringify({ theme: 'dark', lineSpacing: 'relaxed', contentWidth: 'wide', elderly: false }));
      const view = await fixture<ArticleView>(html`<article-view .article=${seedArticle}>
        <reader-settings slot="meta" storage-key=${key} theme="light" line-spacing="loose" elderly></reader-settings>
      </article-view>`);
      const settings = view.querySelector('reader-settings')!;
      await settings.updateComplete;
      expect(settings.settings).to.deep.equal({ ...DEFAULTS, theme: 'dark', lineSpacing: 'relaxed', contentWidth: 'wide', elderly: false });
      expect(view.getAttribute('theme')).to.equal('dark');
      expect(view.hasAttribute('elderly')).to.equal(false);
    });

    it('uses a default key when storage-key is absent', async () => {
      localStorage.removeItem(READER_SETTINGS_STORAGE_KEY);
      const settings = await fixture<ReaderSettings>(html`<reader-settings open></reader-settings>`);
      radio(settings, 'theme', 'sepia').click();
      await settings.updateComplete;
      expect(JSON.parse(localStorage.getItem(READER_SETTINGS_STORAGE_KEY)!)).to.deep.equal({ ...DEFAULTS, theme: 'sepia' });
    });

    it('still works for the visit when storage throws', async () => {
      const restore = withBlockedStorage();
      try {
        const { view, settings } = await articleWithSettings({ open: true });
        radio(settings, 'theme', 'dark').click();
        switchButton(settings).click();
        await settings.updateComplete;
        expect(view.getAttribute('theme')).to.equal('dark');
        expect(view.hasAttribute('elderly')).to.equal(true);
        // An element added later in the same visit gets the settings too.
        view.remove();
        const later = await articleWithSettings();
        expect(later.view.getAttribute('theme')).to.equal('dark');
        expect(later.view.hasAttribute('elderly')).to.equal(true);
      } finally {
        restore();
      }
    });

    const garbage: [what: string, stored: string, expected: Partial<typeof DEFAULTS>][] = [
      ['not JSON', '{theme: dark', {}],
      ['a bare string', '"dark"', {}],
      ['null', 'null', {}],
      ['an array', '["dark", "loose"]', {}],
      ['a number', '42', {}],
      ['unknown values', '{"theme":"neon","lineSpacing":3,"contentWidth":"100vw","elderly":"yes"}', {}],
      ['objects for values', '{"theme":{"toString":"dark"},"lineSpacing":["loose"],"elderly":{}}', {}],
      ['CSS injection', '{"theme":"dark; background: url(//evil)","contentWidth":"narrow\\" onclick=\\"x"}', {}],
      ['a prototype key', '{"__proto__":{"theme":"dark"},"constructor":{"prototype":{"elderly":true}}}', {}],
      ['some valid fields among bad ones', '{"theme":"sepia","lineSpacing":"huge","elderly":1}', { theme: 'sepia' }],
      ['a stale object with fewer fields', '{"theme":"dark"}', { theme: 'dark' }],
    ];
    for (const [what, stored, expected] of garbage) {
      it(`ignores ${what} in storage`, async () => {
        localStorage.setItem(key, stored);
        const { view, settings } = await articleWithSettings({ open: true });
        const settled = { ...DEFAULTS, ...expected };
        expect(settings.settings).to.deep.equal(settled);
        expect(view.getAttribute('theme')).to.equal(settled.theme);
        expect(view.getAttribute('line-spacing')).to.equal('normal');
        expect(view.getAttribute('content-width')).to.equal('full');
        expect(view.hasAttribute('elderly')).to.equal(false);
        expect(({} as Record<string, unknown>).theme).to.equal(undefined);
        // A choice afterwards replaces the garbage with a valid object.
        radio(settings, 'content-width', 'wide').click();
        expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ ...settled, contentWidth: 'wide' });
      });
    }
  });

  describe('several instances', () => {
    it('keeps several elements with the same key in agreement', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <reader-settings storage-key=${key} open></reader-settings>
        <reader-settings storage-key=${key} open></reader-settings>
        <reader-settings storage-key=${`${key}:other`} open></reader-settings>
        <article-view .article=${seedArticle}></article-view>
      </div>`);
      const [first, second, other] = wrapper.querySelectorAll('reader-settings');
      radio(second, 'theme', 'dark').click();
      radio(second, 'content-width', 'narrow').click();
      switchButton(second).click();
      await first.updateComplete;
      expect(first.settings).to.deep.equal({ ...DEFAULTS, theme: 'dark', lineSpacing: 'normal', contentWidth: 'narrow', elderly: true });
      expect(checked(first, 'theme')).to.equal('dark');
      expect(switchButton(first).getAttribute('aria-checked')).to.equal('true');
      expect(other.theme).to.equal('auto');
    });

    it('follows a change made in another tab (storage event), ignoring garbage', async () => {
      const { view, settings } = await articleWithSettings({ open: true });
      const newValue = JSON.stringify({ theme: 'sepia', lineSpacing: 'loose', contentWidth: 'narrow', elderly: true });
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
      await settings.updateComplete;
      expect(settings.settings).to.deep.equal({ ...DEFAULTS, theme: 'sepia', lineSpacing: 'loose', contentWidth: 'narrow', elderly: true });
      expect(view.getAttribute('theme')).to.equal('sepia');
      expect(view.hasAttribute('elderly')).to.equal(true);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: '{"theme":"neon"' }));
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: null }));
      window.dispatchEvent(new StorageEvent('storage', { key: 'another', newValue: '{"theme":"dark"}' }));
      await settings.updateComplete;
      expect(settings.theme).to.equal('sepia');
    });
  });

  describe('styling', () => {
    function checkedBackground(settings: ReaderSettings): string {
      return getComputedStyle(shadow(settings).querySelector('[part~="option-checked"]')!).backgroundColor;
    }

    it('takes its colors from the documented custom properties', async () => {
      const settings = await fixture<ReaderSettings>(html`<reader-settings
        storage-key=${key}
        open
        style="--reader-settings-checked-background: rgb(0, 100, 0); --reader-settings-checked-color: rgb(255, 255, 0)"
      ></reader-settings>`);
      expect(checkedBackground(settings)).to.equal('rgb(0, 100, 0)');
      expect(getComputedStyle(shadow(settings).querySelector('[part~="option-checked"]')!).color).to.equal('rgb(255, 255, 0)');
    });

    it('marks the current choice in the chosen theme\'s colors: white on black (21:1) in high contrast and elderly mode', async () => {
      const settings = await fixture<ReaderSettings>(html`<reader-settings storage-key=${key} open></reader-settings>`);
      const colors = () => {
        const style = getComputedStyle(shadow(settings).querySelector('[part~="option-checked"]')!);
        return [style.color, style.backgroundColor];
      };
      radio(settings, 'theme', 'contrast').click();
      await settings.updateComplete;
      expect(colors()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      radio(settings, 'theme', 'dark').click();
      await settings.updateComplete;
      expect(colors()).to.deep.equal(['rgb(31, 31, 31)', 'rgb(242, 184, 181)']);
      switchButton(settings).click();
      await settings.updateComplete;
      expect(colors()).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    });

    it('follows a dark color scheme', async function () {
      const settings = await fixture<ReaderSettings>(html`<reader-settings storage-key=${key} open></reader-settings>`);
      const light = checkedBackground(settings);
      const restore = await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      try {
        expect(checkedBackground(settings)).not.to.equal(light);
      } finally {
        await restore();
      }
    });

    it('is not printed', async function () {
      const settings = await fixture<ReaderSettings>(html`<reader-settings storage-key=${key}></reader-settings>`);
      const restore = await emulateMediaOrSkip(this, { media: 'print' });
      try {
        expect(getComputedStyle(settings).display).to.equal('none');
      } finally {
        await restore();
      }
    });
  });
});
