import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { CAPTION_SCALE, start } from '../../src/reader-settings/aids/caption-bar.js';
import { aidFixture } from '../shared/aid-fixture.js';
import { emulateMediaOrSkip, forcedColorsOrSkip } from '../shared/emulate-media.js';
import { pointAt, pointAtText, pointAway } from '../shared/pointer.js';

// Caption bar (大字幕): what the bar shows as the reader points and tabs, how large, where (never
// over a control or the text being read), in which colours, and nothing of it once switched off.

const article = {
  title: 'Caption bar test',
  lang: 'en',
  body: [
    { type: 'paragraph' as const, text: 'The first sentence is here. The second one follows it.' },
    { type: 'paragraph' as const, text: '第一段第一句。第二句在这里。' },
    { type: 'paragraph' as const, text: 'A third paragraph, short.' },
  ],
};

const paragraphs = (view: ArticleView) => view.readableBlocks().filter(block => block.matches('p'));
const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('caption bar aid', () => {
  const aids = aidFixture(start, 700);

  const bar = () => aids.layer.firstElementChild?.shadowRoot?.querySelector<HTMLElement>('.bar') ?? null;
  const shownText = () => (bar() && !bar()!.hidden ? bar()!.textContent : null);
  const begin = (view: ArticleView) => aids.begin(view);

  const render = (template = html`<article-view .article=${article}></article-view>`) => aids.render(template);

  it('shows the sentence under the pointer at 2.5 × the article’s text size, along the bottom, hidden from assistive technology', async () => {
    const view = await render();
    begin(view);
    const [first, second] = paragraphs(view);
    await pointAtText(first, 'first sentence');
    await waitUntil(() => shownText() === 'The first sentence is here.', `shown: ${shownText()}`);
    const size = Number.parseFloat(getComputedStyle(first).fontSize);
    expect(Number.parseFloat(getComputedStyle(bar()!).fontSize)).to.be.closeTo(size * CAPTION_SCALE, 0.5);
    expect(bar()!.getBoundingClientRect().bottom).to.be.closeTo(document.documentElement.clientHeight, 1);
    expect(aids.layer.firstElementChild!.getAttribute('aria-hidden')).to.equal('true');
    await pointAtText(first, 'second one');
    await waitUntil(() => shownText() === 'The second one follows it.', `shown: ${shownText()}`);
    await pointAtText(second, '第二句');
    await waitUntil(() => shownText() === '第二句在这里。', `shown: ${shownText()}`);
    // Nothing moves: it is placed at once, with or without reduced motion.
    expect(getComputedStyle(bar()!).transitionDuration).to.equal('0s');
    expect(bar()!.getAnimations()).to.deep.equal([]);
  });

  it('keeps the last caption while the pointer is over the margins', async () => {
    const view = await render();
    begin(view);
    await pointAtText(paragraphs(view)[2], 'third');
    await waitUntil(() => shownText() === 'A third paragraph, short.', `shown: ${shownText()}`);
    await pointAway();
    await nextFrame();
    await nextFrame();
    expect(shownText()).to.equal('A third paragraph, short.');
  });

  it('shows the sentence a finger taps', async () => {
    const view = await render();
    begin(view);
    const first = paragraphs(view)[0];
    const range = document.createRange();
    range.setStart(first.lastChild!, first.lastChild!.textContent!.indexOf('second one'));
    range.setEnd(first.lastChild!, first.lastChild!.textContent!.indexOf('second one') + 6);
    const line = range.getClientRects()[0];
    // A tap: pointerdown where the finger lands, with no move before it.
    first.dispatchEvent(
      new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true, clientX: line.left + 5, clientY: line.top + line.height / 2 }),
    );
    await waitUntil(() => shownText() === 'The second one follows it.', `shown: ${shownText()}`);
  });

  it('shows the block focused by keyboard, and the next one on Tab', async () => {
    const view = await render();
    view.focusableBlocks = true;
    await view.updateComplete;
    begin(view);
    paragraphs(view)[0].focus();
    expect(shownText()).to.equal(article.body[0].text);
    await sendKeys({ press: 'Tab' });
    expect(shownText()).to.equal(article.body[1].text);
  });

  it('moves to the top rather than cover a control along the bottom of the viewport', async () => {
    const view = await render(html`
      <article-view .article=${article}></article-view>
      <font-size-toggle style="position: fixed; left: 0; right: 0; bottom: 0; background: white"></font-size-toggle>
    `);
    begin(view);
    await pointAtText(paragraphs(view)[0], 'first sentence');
    await waitUntil(() => shownText() !== null);
    const toggle = document.querySelector('font-size-toggle')!;
    const caption = bar()!.getBoundingClientRect();
    for (const control of toggle.controlRects()) expect(overlap(caption, control), 'the bar covers a control').to.equal(false);
    expect(caption.top).to.be.closeTo(0, 1);
  });

  it('fits between controls at the top and the bottom, and covers none', async () => {
    const view = await render(html`
      <button style="position: fixed; top: 0; left: 0; height: 60px">Top</button>
      <article-view .article=${article} style="margin-top: 70px"></article-view>
      <button style="position: fixed; bottom: 0; right: 0; height: 60px">Bottom</button>
    `);
    begin(view);
    await pointAtText(paragraphs(view)[0], 'first sentence');
    await waitUntil(() => shownText() !== null);
    const caption = bar()!.getBoundingClientRect();
    for (const button of document.querySelectorAll('button')) {
      expect(overlap(caption, button.getBoundingClientRect()), `covers ${button.textContent}`).to.equal(false);
    }
    expect(caption.height).to.be.greaterThan(0);
  });

  it('moves to the top rather than cover the line being read near the bottom', async () => {
    const view = await render(html`
      <div style="height: calc(100vh - 110px)"></div>
      <article-view .article=${article} style="--article-view-padding: 0"></article-view>
      <div style="height: 100vh"></div>
    `);
    begin(view);
    const first = paragraphs(view)[0];
    expect(first.getBoundingClientRect().top).to.be.greaterThan(document.documentElement.clientHeight / 2);
    await pointAtText(first, 'first sentence');
    await waitUntil(() => shownText() !== null);
    expect(bar()!.getBoundingClientRect().top).to.be.closeTo(0, 1);
  });

  it('follows the article’s theme', async () => {
    const view = await render(html`<article-view theme="dark" .article=${article}></article-view>`);
    begin(view);
    const first = paragraphs(view)[0];
    await pointAtText(first, 'first sentence');
    await waitUntil(() => shownText() !== null);
    expect(getComputedStyle(bar()!).color).to.equal(getComputedStyle(first).color);
    expect(getComputedStyle(bar()!).backgroundColor).to.equal(getComputedStyle(view).backgroundColor);
    expect(getComputedStyle(view).backgroundColor).not.to.equal('rgb(255, 255, 255)');
  });

  it('takes the system colours in forced colors', async function () {
    const back = await forcedColorsOrSkip(this);
    try {
      const view = await render(html`<article-view theme="sepia" .article=${article}></article-view><span class="probe" style="color: CanvasText; background: Canvas">x</span>`);
      begin(view);
      await pointAtText(paragraphs(view)[0], 'first sentence');
      await waitUntil(() => shownText() !== null);
      const probe = getComputedStyle(document.querySelector('.probe')!);
      expect(getComputedStyle(bar()!).color).to.equal(probe.color);
      expect(getComputedStyle(bar()!).backgroundColor).to.equal(probe.backgroundColor);
    } finally {
      await back();
    }
  });

  it('is not printed', async function () {
    const view = await render();
    begin(view);
    await pointAtText(paragraphs(view)[0], 'first sentence');
    await waitUntil(() => shownText() !== null);
    const back = await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(getComputedStyle(aids.layer.firstElementChild!).display).to.equal('none');
    } finally {
      await back();
    }
  });

  it('clears when the article changes, and leaves nothing behind when switched off', async () => {
    const view = await render();
    begin(view);
    await pointAtText(paragraphs(view)[0], 'first sentence');
    await waitUntil(() => shownText() !== null);
    view.article = { title: 'Another', body: [{ type: 'paragraph', text: 'Other text.' }] };
    await view.updateComplete;
    await waitUntil(() => shownText() === null, 'the old caption stays');
    aids.stop();
    expect(aids.layer.childElementCount).to.equal(0);
    await pointAt(paragraphs(view)[0]);
    await nextFrame();
    expect(aids.layer.childElementCount).to.equal(0);
  });
});
