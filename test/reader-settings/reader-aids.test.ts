import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';
import { laidOut, pointAtText, pointAway } from '../shared/pointer.js';
import '../../src/article-view/article-view.js';
import '../../src/reader-settings/reader-settings.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { AidName, ReaderSettings } from '../../src/reader-settings/reader-settings.js';
import { seedArticle } from '../fixtures/articles.js';

// The reading aids as switches of <reader-settings>: names, states, remembering, loading on first
// use, listeners only while on, the article's tab stops, the self-check table. What each aid does
// is tested in its own file (point-to-read, caption-bar, reading-guide, large-cursor).

const AIDS: { aid: AidName; attribute: string; en: string; zh: string }[] = [
  { aid: 'pointToRead', attribute: 'point-to-read', en: 'Point to read', zh: '指读' },
  { aid: 'captionBar', attribute: 'caption-bar', en: 'Caption bar', zh: '大字幕' },
  { aid: 'readingGuide', attribute: 'reading-guide', en: 'Reading guide', zh: '辅助线' },
  { aid: 'largeCursor', attribute: 'large-cursor', en: 'Large cursor', zh: '大鼠标' },
];

let count = 0;
let key = '';

function aidSwitch(settings: ReaderSettings, aid: AidName): HTMLButtonElement {
  return settings.shadowRoot!.querySelector<HTMLButtonElement>(`[role=switch][data-setting=${aid}]`)!;
}

async function articleWithSettings({ lang = 'en', open = true } = {}) {
  const view = await fixture<ArticleView>(html`
    <article-view lang=${lang} .article=${seedArticle}>
      <reader-settings slot="meta" storage-key=${key} ?open=${open}></reader-settings>
    </article-view>
  `);
  const settings = view.querySelector('reader-settings')!;
  await settings.updateComplete;
  return { view, settings };
}

/** Counts the listeners on the document and the window added and not yet removed since it was called. */
function trackListeners(): { live(type: string): number; restore(): void } {
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  const id = (target: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return { target, type, listener, capture };
  };
  const sameAs = (a: ReturnType<typeof id>, b: ReturnType<typeof id>) =>
    a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;
  const added: ReturnType<typeof id>[] = [];
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
    if ((this === document || this === window) && !added.some(entry => sameAs(entry, id(this, type, listener, options)))) {
      added.push(id(this, type, listener, options));
    }
    return addEventListener.call(this, type, listener as EventListener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
    const gone = id(this, type, listener, options);
    const index = added.findIndex(entry => sameAs(entry, gone));
    if (index >= 0) added.splice(index, 1);
    return removeEventListener.call(this, type, listener as EventListener, options);
  };
  return {
    live: type => added.filter(entry => entry.type === type).length,
    restore: () => Object.assign(EventTarget.prototype, { addEventListener, removeEventListener }),
  };
}

const loaded = (file: string) => performance.getEntriesByType('resource').some(entry => entry.name.includes(`/aids/${file}`));

describe('reader-settings reading aids', () => {
  beforeEach(() => {
    key = `reader-aids-test-${++count}`;
  });

  afterEach(async () => {
    // Switch every aid off, so that none outlives its test.
    for (const settings of document.querySelectorAll('reader-settings')) {
      for (const { aid } of AIDS) settings[aid] = false;
      await settings.updateComplete;
    }
    localStorage.clear();
  });

  // First: resource timing remembers what any earlier test loaded.
  it('loads an aid’s code only when it is first switched on', async () => {
    const { settings } = await articleWithSettings();
    expect(loaded('reading-guide'), 'loaded before use').to.equal(false);
    aidSwitch(settings, 'readingGuide').click();
    await waitUntil(() => loaded('reading-guide'), 'the reading guide was not loaded');
  });

  it('offers four switches, off until chosen, named in English and in Chinese', async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const { settings } = await articleWithSettings({ lang });
      const group = settings.shadowRoot!.querySelector('[part=aids]')!;
      expect(group.getAttribute('role')).to.equal('group');
      const name = settings.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent;
      expect(name).to.equal(lang === 'en' ? 'Reading aids' : '辅助工具');
      for (const { aid, en, zh } of AIDS) {
        const button = aidSwitch(settings, aid);
        expect(button.textContent!.trim()).to.equal(lang === 'en' ? en : zh);
        expect(button.getAttribute('aria-checked')).to.equal('false');
        expect(settings[aid]).to.equal(false);
      }
    }
  });

  for (const { aid, attribute, en } of AIDS) {
    it(`${en}: the pointer and the keyboard switch it on and off; it is reflected, announced, remembered and fired`, async () => {
      const { settings } = await articleWithSettings();
      const button = aidSwitch(settings, aid);
      const changes: boolean[] = [];
      settings.addEventListener('reader-settings-change', event => changes.push(event.detail[aid]));
      button.click();
      await settings.updateComplete;
      expect(button.getAttribute('aria-checked')).to.equal('true');
      expect(button.part.contains('switch-checked')).to.equal(true);
      expect(settings.hasAttribute(attribute)).to.equal(true);
      expect(JSON.parse(localStorage.getItem(key)!)[aid]).to.equal(true);
      button.focus();
      await sendKeys({ press: ' ' });
      await settings.updateComplete;
      expect(button.getAttribute('aria-checked')).to.equal('false');
      expect(settings.hasAttribute(attribute)).to.equal(false);
      expect(JSON.parse(localStorage.getItem(key)!)[aid]).to.equal(false);
      expect(changes).to.deep.equal([true, false]);
    });
  }

  it('restores the aids on the next page, without opening the panel', async () => {
    localStorage.setItem(key, JSON.stringify({ captionBar: true, largeCursor: true }));
    const { settings } = await articleWithSettings({ open: false });
    expect(settings.captionBar).to.equal(true);
    expect(settings.largeCursor).to.equal(true);
    expect(settings.pointToRead).to.equal(false);
    expect(aidSwitch(settings, 'captionBar').getAttribute('aria-checked')).to.equal('true');
  });

  it('ignores aid values in storage that are not true or false', async () => {
    localStorage.setItem(key, JSON.stringify({ captionBar: 'yes', pointToRead: 1, readingGuide: null, largeCursor: true }));
    const { settings } = await articleWithSettings();
    expect([settings.captionBar, settings.pointToRead, settings.readingGuide, settings.largeCursor]).to.deep.equal([false, false, false, true]);
  });

  it('has no pointer or focus listeners while the aids are off, and removes them when switched off', async () => {
    const listeners = trackListeners();
    try {
      const { settings } = await articleWithSettings();
      expect(listeners.live('pointermove'), 'pointermove while off').to.equal(0);
      expect(listeners.live('focusin'), 'focusin while off').to.equal(0);
      for (const aid of ['pointToRead', 'captionBar', 'readingGuide'] as const) {
        aidSwitch(settings, aid).click();
        await settings.updateComplete;
        await waitUntil(() => listeners.live('pointermove') > 0, `${aid} does not follow the pointer`);
        aidSwitch(settings, aid).click();
        await settings.updateComplete;
        expect(listeners.live('pointermove'), `pointermove after ${aid} was switched off`).to.equal(0);
        expect(listeners.live('focusin'), `focusin after ${aid} was switched off`).to.equal(0);
      }
    } finally {
      listeners.restore();
    }
  });

  it('makes the article’s blocks Tab stops only while an aid follows the focus', async () => {
    const { view, settings } = await articleWithSettings();
    const stops = () => view.readableBlocks().filter(block => block.tabIndex === 0).length;
    expect(view.hasAttribute('focusable-blocks')).to.equal(false);
    expect(stops()).to.equal(0);
    aidSwitch(settings, 'largeCursor').click();
    await settings.updateComplete;
    expect(view.hasAttribute('focusable-blocks'), 'the cursor does not follow focus').to.equal(false);
    aidSwitch(settings, 'captionBar').click();
    await settings.updateComplete;
    await view.updateComplete;
    expect(view.hasAttribute('focusable-blocks')).to.equal(true);
    expect(stops()).to.equal(view.readableBlocks().length);
    aidSwitch(settings, 'captionBar').click();
    await settings.updateComplete;
    await view.updateComplete;
    expect(view.hasAttribute('focusable-blocks')).to.equal(false);
    expect(stops()).to.equal(0);
    // The title keeps its own tabindex, for focusTitle().
    expect(view.shadowRoot!.querySelector('h1')!.getAttribute('tabindex')).to.equal('-1');
  });

  it('runs an aid once however many reader-settings share the choice, and hands it over when one goes', async () => {
    const listeners = trackListeners();
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <article-view lang="en" .article=${seedArticle}></article-view>
        <reader-settings storage-key=${key} open></reader-settings>
        <reader-settings storage-key=${key}></reader-settings>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('reader-settings');
      aidSwitch(first, 'captionBar').click();
      await first.updateComplete;
      expect(second.captionBar).to.equal(true);
      await waitUntil(() => listeners.live('pointermove') > 0);
      // follow() adds one pointermove listener per running aid.
      expect(listeners.live('pointermove')).to.equal(1);
      first.remove();
      await waitUntil(() => listeners.live('pointermove') === 1 && second.captionBar);
      second.captionBar = false;
      await second.updateComplete;
      expect(listeners.live('pointermove')).to.equal(0);
    } finally {
      listeners.restore();
    }
  });

  /** Every aid on, the pointer over the first paragraph: the caption bar and the guide drawn. */
  async function everyAidOn(lang = 'en') {
    await pointAway();
    const { view, settings } = await articleWithSettings({ lang });
    for (const { aid } of AIDS) settings[aid] = true;
    await settings.updateComplete;
    await laidOut();
    const overlays = () => [...settings.shadowRoot!.querySelectorAll('.aids-layer > div')].map(host => host.shadowRoot!);
    await waitUntil(() => overlays().length === 2, 'the caption bar and the guide are not there');
    const paragraph = view.readableBlocks().find(block => block.matches('p'))!;
    await pointAtText(paragraph, paragraph.textContent!.trim().slice(0, 8));
    await waitUntil(() => overlays().some(root => root.querySelector('.bar:not([hidden])')) && overlays().some(root => root.querySelector('.dim')), 'nothing drawn');
    return { view, settings, overlays };
  }

  it('passes axe with every aid on, the panel open and the caption bar and guide drawn', async () => {
    const { view } = await everyAidOn();
    // The article with its reader-settings, the overlays in the latter's shadow root.
    await expect(view).to.be.accessible();
    await pointAway();
  });

  it('leaves print untouched with every aid on: no bar, no guide, the article as without them', async function () {
    const { view, overlays } = await everyAidOn();
    const hosts = overlays().map(root => root.host);
    const back = await emulateMediaOrSkip(this, { media: 'print' });
    try {
      for (const host of hosts) expect(getComputedStyle(host).display).to.equal('none');
      const paragraph = view.readableBlocks().find(block => block.matches('p'))!;
      expect(getComputedStyle(paragraph).opacity).to.equal('1');
    } finally {
      await back();
      await pointAway();
    }
  });

  for (const { lang, check, note, pass } of [
    { lang: 'en', check: 'Check this page', note: 'Measured in this browser, now; not the official evaluation.', pass: 'Pass' },
    { lang: 'zh-CN', check: '适老化自检', note: '在此浏览器中实测，并非官方评测。', pass: '通过' },
  ]) {
    it(`shows the self-check's rows in a table, in ${lang}, focused, and passes axe`, async () => {
      const { view, settings } = await articleWithSettings({ lang });
      settings.elderly = true;
      await settings.updateComplete;
      const button = settings.shadowRoot!.querySelector<HTMLButtonElement>('[part=check]')!;
      expect(button.textContent!.trim()).to.equal(check);
      button.click();
      await waitUntil(() => settings.shadowRoot!.querySelector('[part=check-table]'), 'no table');
      const table = settings.shadowRoot!.querySelector<HTMLTableElement>('[part=check-table]')!;
      expect(table.caption!.textContent).to.equal(check);
      const expected = await view.checkElderly();
      const rows = [...table.tBodies[0].rows].map(row => ({
        id: row.dataset.id,
        label: row.cells[0].textContent!.trim(),
        required: row.cells[1].textContent!.trim(),
        measured: row.cells[2].textContent!.trim(),
        pass: row.cells[3].textContent!.includes('✔'),
      }));
      expect(rows).to.deep.equal(expected.map(({ id, label, required, measured, pass }) => ({ id, label, required, measured, pass })));
      expect(rows.length).to.equal(9);
      // Elderly mode passes the text figures; the result is said in words, not only by the mark.
      expect(table.tBodies[0].rows[0].cells[3].textContent).to.include(pass);
      expect(settings.shadowRoot!.activeElement).to.equal(table);
      expect(settings.shadowRoot!.querySelector('.check .note')!.textContent).to.equal(note);
      await expect(settings).to.be.accessible();
    });
  }
});
