import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/print-close-bar/print-close-bar.js';
import '../../src/popular-list/popular-list.js';
import '../../src/reader-settings/reader-settings.js';
import '../../src/read-aloud/read-aloud.js';
import '../../src/chinese-script-toggle/chinese-script-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { ArticleInput } from '../../src/article/types.js';
import type { PopularItem } from '../../src/article/popular.js';

// Elderly mode's targets (MIIT 适老版): every control of every element at least 60 × 60 CSS px,
// in an article-view in elderly mode and with the element's own `elderly`; smaller outside it.

const TARGET = 60;

/** An element with controls and `controlRects()`: any of ours. */
type WithControls = HTMLElement & { controlRects(): DOMRect[]; updateComplete?: Promise<unknown> };

const article: ArticleInput = {
  title: 'Target sizes',
  lang: 'en',
  body: [
    { type: 'paragraph', text: 'A paragraph of text before the first section.' },
    { type: 'heading', text: 'One' },
    { type: 'paragraph', text: 'A paragraph.' },
    { type: 'heading', text: 'Two' },
    { type: 'html', html: '<p>See <a href="https://example.org/a">a</a> or <a href="https://example.org/notice">the notice</a> for more.</p>' },
  ],
  attachments: [
    { title: 'A', url: '/files/a.pdf', type: 'application/pdf', size: 2048 },
    { title: 'Form', url: '/files/form.docx' },
  ],
  related: [
    { title: 'B', url: '/news/b.html', kind: 'interpretation' },
    { title: 'The original notice', url: '/news/original.html', kind: 'original' },
  ],
};

const popular: PopularItem[] = [
  { title: 'C', url: '/news/c.html' },
  { title: 'A longer title of a popular article', url: '/news/long.html' },
];

/** speechSynthesis as headless browsers lack it, enough for read-aloud to show and play. */
function installSpeech(): () => void {
  const synth = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => [{ name: 'English', lang: 'en-US', default: true, localService: true, voiceURI: 'English' }],
    speak() {},
    cancel() {},
    pause() {},
    resume() {},
  });
  class Utterance extends EventTarget {
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: unknown = null;
    constructor(public text = '') {
      super();
    }
  }
  const saved = (['speechSynthesis', 'SpeechSynthesisUtterance'] as const).map(key => [key, Object.getOwnPropertyDescriptor(window, key)] as const);
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, writable: true, value: synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
  return () => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, key, descriptor);
      else delete (window as unknown as Record<string, unknown>)[key];
    }
  };
}

/**
 * Brings out the controls shown only after a step: read-aloud's stop, previous and next (while
 * playing), reader-settings' panel (open), print-close-bar's link field (where copying fails).
 */
async function showEveryControl(elements: WithControls[]): Promise<void> {
  for (const element of elements) {
    const root = element.shadowRoot!;
    if (element.localName === 'read-aloud') root.querySelector<HTMLElement>('[part~="play"]')!.click();
    if (element.localName === 'reader-settings') element.setAttribute('open', '');
    if (element.localName === 'print-close-bar') {
      element.addEventListener('share-request', () => {}, { once: true });
      root.querySelector<HTMLElement>('[part="share"]')!.click();
    }
  }
  for (const element of elements) await element.updateComplete;
  const bar = elements.find(element => element.localName === 'print-close-bar');
  if (bar) await waitFor(() => !!bar.shadowRoot!.querySelector('[part="share-link"]'), 'the share link field');
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 300 && !condition(); frame++) await new Promise(resolve => requestAnimationFrame(resolve));
  expect(condition(), what).to.equal(true);
}

/** What the test finds by looking into the shadow root itself, to check controlRects() against. */
function controlsInside(element: Element): HTMLElement[] {
  const found = [...element.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button, select, input, label:has(> input[type="radio"])')];
  return found.filter(control => {
    // A radio button is drawn invisible over its label, the target measured.
    if (control instanceof HTMLInputElement && control.type === 'radio') return false;
    if (control.localName === 'label' && control.querySelector('select')) return false;
    return control.getClientRects().length > 0;
  });
}

const name = (element: Element, box: DOMRect) => `${element.localName} control at ${Math.round(box.x)},${Math.round(box.y)} of ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`;

/**
 * Links in the running text of the article's body: controls, in controlRects(), but inline, so
 * exempt from the figure (as in WCAG 2.5.8; MIIT's is for the main controls); growing them would
 * move the text or overlap the lines around them.
 */
function linksInText(element: Element): HTMLElement[] {
  return element.localName === 'article-view' ? [...element.shadowRoot!.querySelectorAll<HTMLElement>('.body a[href]')] : [];
}

const sameBox = (a: DOMRect, b: DOMRect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

function expectAllAtLeast(element: WithControls, size: number, expected: number): void {
  const rects = element.controlRects();
  expect(rects.length, `${element.localName} controlRects()`).to.equal(expected);
  const inText = linksInText(element).map(link => link.getBoundingClientRect());
  expect(rects.filter(box => inText.some(link => sameBox(link, box))).length, 'the links in the text are in controlRects()').to.equal(inText.length);
  for (const box of rects.filter(box => !inText.some(link => sameBox(link, box)))) {
    expect(box.width, name(element, box)).to.be.at.least(size);
    expect(box.height, name(element, box)).to.be.at.least(size);
  }
  const inside = controlsInside(element);
  expect(inside.length, `${element.localName} controls in its shadow root`).to.equal(expected);
  for (const control of inside.filter(control => !linksInText(element).includes(control))) {
    const box = control.getBoundingClientRect();
    expect(Math.min(box.width, box.height), `${name(element, box)}: ${control.outerHTML.slice(0, 80)}`).to.be.at.least(size);
  }
}

function expectSomeBelow(element: WithControls, size: number): void {
  const rects = element.controlRects();
  expect(rects.length, `${element.localName} controlRects()`).to.be.above(0);
  expect(rects.some(box => box.width < size || box.height < size), `${element.localName} has a control below ${size} px outside elderly mode`).to.equal(true);
}

// Storage keys of their own, so that these tests neither read nor leave the others' settings.
const key = (name: string) => `elderly-targets:${name}`;

/** How many controls each element shows, all brought out. */
const COUNTS: Record<string, number> = {
  // Two contents links, two links in the body, two attachments, two related links.
  'article-view': 8,
  'font-size-toggle': 3,
  'chinese-script-toggle': 2,
  'read-aloud': 5,
  // Print, Close, Share and the link field.
  'print-close-bar': 4,
  'popular-list': 2,
  // The button and the elderly switch; five themes, three spacings, four widths; four aids and the self-check.
  'reader-settings': 2 + 5 + 3 + 4 + 4 + 1,
};

describe('elderly mode targets: 60 × 60 CSS px', () => {
  let restoreSpeech: () => void;
  let restoreClipboard: () => void;
  beforeEach(() => {
    restoreSpeech = installSpeech();
    // No share sheet and no clipboard: the bar shows the link in a field, one more control to measure.
    const share = Object.getOwnPropertyDescriptor(navigator, 'share');
    const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('not allowed')) } });
    restoreClipboard = () => {
      for (const [prop, descriptor] of [['share', share], ['clipboard', clipboard]] as const) {
        if (descriptor) Object.defineProperty(navigator, prop, descriptor);
        else delete (navigator as unknown as Record<string, unknown>)[prop];
      }
    };
  });
  afterEach(() => {
    restoreSpeech();
    restoreClipboard();
    for (const stored of Object.keys(localStorage)) if (stored.startsWith(key(''))) localStorage.removeItem(stored);
  });

  /** An article-view with every other element in its slots, small text around it. */
  async function articleWithEverything(elderly: boolean) {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; font-size: 12px">
      <article-view toc ?elderly=${elderly} .article=${article}>
        <font-size-toggle slot="meta" storage-key=${key('font-size')}></font-size-toggle>
        <chinese-script-toggle slot="meta" storage-key=${key('script')}></chinese-script-toggle>
        <read-aloud slot="meta"></read-aloud>
        <reader-settings slot="meta" storage-key=${key('settings')}></reader-settings>
        <print-close-bar slot="footer" share></print-close-bar>
        <popular-list slot="footer" lang="en" .items=${popular}></popular-list>
      </article-view>
    </div>`);
    const view = wrapper.querySelector<ArticleView>('article-view')!;
    const elements = [view, ...view.querySelectorAll<WithControls>('*')] as WithControls[];
    for (const element of elements) await element.updateComplete;
    await waitFor(() => !!view.shownArticle, 'the article shown');
    await showEveryControl(elements);
    return elements;
  }

  it('gives every control of every element 60 × 60 inside an article-view in elderly mode, none with an attribute of its own', async () => {
    const elements = await articleWithEverything(true);
    expect(elements.map(element => element.localName).sort()).to.deep.equal(Object.keys(COUNTS).sort());
    for (const element of elements) {
      // reader-settings takes the article's elderly mode as its own setting; the others only inherit it.
      if (!['article-view', 'reader-settings'].includes(element.localName)) expect(element.hasAttribute('elderly'), element.localName).to.equal(false);
      expectAllAtLeast(element, TARGET, COUNTS[element.localName]);
    }
  });

  it('leaves them smaller in the same article outside elderly mode: the token switches', async () => {
    const elements = await articleWithEverything(false);
    for (const element of elements) expectSomeBelow(element, TARGET);
  });

  // font-size-toggle has no elderly of its own: it grows with the article it is in.
  for (const tag of ['chinese-script-toggle', 'read-aloud', 'print-close-bar', 'reader-settings']) {
    it(`gives every control of a ${tag} with its own elderly 60 × 60, on a page with small text`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 12px"></div>`);
      // read-aloud reads the article it is given; the others need none.
      wrapper.innerHTML = `<article-view id="article"></article-view>
        <${tag} elderly for="article" share storage-key="${key(tag)}"></${tag}>`;
      const view = wrapper.querySelector<ArticleView>('article-view')!;
      view.article = article;
      const element = wrapper.querySelector<WithControls>(tag)!;
      await element.updateComplete;
      await waitFor(() => !!view.shownArticle, 'the article shown');
      // reader-settings sets elderly on its article: the test is of the control's own attribute.
      expect(element.hasAttribute('elderly')).to.equal(true);
      await showEveryControl([element]);
      expectAllAtLeast(element, TARGET, COUNTS[tag]);

      element.removeAttribute('elderly');
      await element.updateComplete;
      expectSomeBelow(element, TARGET);
    });
  }
});
