import { expect, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { GUIDE_LINES, start } from '../../src/reader-settings/aids/reading-guide.js';
import { aidFixture } from '../shared/aid-fixture.js';
import { emulateMediaOrSkip, forcedColorsOrSkip } from '../shared/emulate-media.js';
import { pointAt } from '../shared/pointer.js';

// Reading guide (辅助线): where the band is as the reader points and tabs, what is dimmed (the rest
// of the article, never a control), in which colours, and nothing of it once switched off.

const article = {
  title: 'Reading guide test',
  lang: 'en',
  body: Array.from({ length: 8 }, (_, index) => ({
    type: 'paragraph' as const,
    text: `Paragraph ${index + 1} is long enough to run over several lines of the article at this width, so that a band of three lines leaves much of it dimmed above and below.`,
  })),
};

const paragraphs = (view: ArticleView) => view.readableBlocks().filter(block => block.matches('p'));
const lineHeight = (element: Element) => Number.parseFloat(getComputedStyle(element).lineHeight);

describe('reading guide aid', () => {
  const aids = aidFixture(start, 600);

  const drawn = (kind: 'dim' | 'edge') => [...(aids.layer.firstElementChild?.shadowRoot?.querySelectorAll<HTMLElement>(`.${kind}`) ?? [])];
  const dimmedAt = (x: number, y: number) =>
    drawn('dim').some(piece => {
      const box = piece.getBoundingClientRect();
      return x >= box.left && x < box.right && y >= box.top && y < box.bottom;
    });
  /** The band between the two edges: from the bottom of the upper edge to the top of the lower one. */
  const band = () => {
    const tops = [...new Set(drawn('edge').map(edge => Math.round(edge.getBoundingClientRect().top)))].sort((a, b) => a - b);
    const upper = drawn('edge').find(edge => Math.round(edge.getBoundingClientRect().top) === tops[0])!.getBoundingClientRect();
    return { top: upper.bottom, bottom: tops[1] };
  };
  const begin = (view: ArticleView) => aids.begin(view);

  const render = (template = html`<article-view .article=${article}></article-view>`) => aids.render(template);

  it('follows the pointer with a band three lines high and dims the article above and below it', async () => {
    const view = await render();
    begin(view);
    const block = paragraphs(view)[1];
    const box = block.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + 40), Math.round(box.top + box.height / 2)];
    await sendMouse({ type: 'move', position: [x, y] });
    await waitUntil(() => drawn('edge').length > 0, 'no guide');
    const { top, bottom } = band();
    expect(bottom - top).to.be.closeTo(GUIDE_LINES * lineHeight(block), 1.5);
    expect((top + bottom) / 2).to.be.closeTo(y, 1.5);
    expect(dimmedAt(x, y), 'the band is dimmed').to.equal(false);
    expect(dimmedAt(x, top - 10), 'above the band').to.equal(true);
    expect(dimmedAt(x, bottom + 10), 'below the band').to.equal(true);
    // Nothing moves: it is drawn at once, with or without reduced motion.
    for (const piece of [...drawn('dim'), ...drawn('edge')]) {
      expect(getComputedStyle(piece).transitionDuration).to.equal('0s');
      expect(piece.getAnimations()).to.deep.equal([]);
    }
    // Dimmed, not hidden.
    expect(Number(getComputedStyle(drawn('dim')[0]).opacity)).to.be.within(0.3, 0.8);
    // Only the article.
    const area = view.getBoundingClientRect();
    expect(dimmedAt(area.right + 5, top - 10), 'beside the article').to.equal(false);
    // It moves with the pointer.
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await waitUntil(() => Math.abs((band().top + band().bottom) / 2 - (y + 60)) < 1.5, 'the band stays');
  });

  it('puts the band on the first lines of the block focused by keyboard, and on the next on Tab', async () => {
    const view = await render();
    view.focusableBlocks = true;
    await view.updateComplete;
    begin(view);
    const [first, second] = paragraphs(view);
    first.focus();
    expect(band().top).to.be.closeTo(first.getBoundingClientRect().top, 1.5);
    expect(band().bottom - band().top).to.be.closeTo(GUIDE_LINES * lineHeight(first), 1.5);
    await sendKeys({ press: 'Tab' });
    expect(band().top).to.be.closeTo(second.getBoundingClientRect().top, 1.5);
  });

  it('moves with the focused block as the page scrolls', async () => {
    const view = await render(html`<article-view .article=${article}></article-view><div style="height: 150vh"></div>`);
    view.focusableBlocks = true;
    await view.updateComplete;
    begin(view);
    const second = paragraphs(view)[1];
    second.focus({ preventScroll: true });
    window.scrollBy(0, 40);
    await waitUntil(() => Math.abs(band().top - second.getBoundingClientRect().top) < 1.5, 'the band stays where the block was');
    window.scrollTo(0, 0);
  });

  it('never dims a control in the article', async () => {
    const view = await render(html`<article-view .article=${article}><font-size-toggle slot="meta"></font-size-toggle></article-view>`);
    begin(view);
    await pointAt(paragraphs(view)[4]);
    await waitUntil(() => drawn('dim').length > 0, 'nothing dimmed');
    const toggle = view.querySelector('font-size-toggle')!;
    for (const control of toggle.controlRects()) {
      expect(dimmedAt(control.left + control.width / 2, control.top + control.height / 2), 'a control is dimmed').to.equal(false);
    }
    // The text beside the controls is.
    const title = view.readableBlocks()[0].getBoundingClientRect();
    expect(dimmedAt(title.left + 5, title.top + 5)).to.equal(true);
  });

  it('dims with the article’s own background, in its theme', async () => {
    const view = await render(html`<article-view theme="sepia" .article=${article}></article-view>`);
    begin(view);
    await pointAt(paragraphs(view)[3]);
    await waitUntil(() => drawn('dim').length > 0);
    expect(getComputedStyle(drawn('dim')[0]).backgroundColor).to.equal(getComputedStyle(view).backgroundColor);
    expect(getComputedStyle(drawn('edge')[0]).borderTopColor).to.equal(getComputedStyle(view).color);
  });

  it('takes the system colours in forced colors', async function () {
    const back = await forcedColorsOrSkip(this);
    try {
      const view = await render(html`<article-view theme="sepia" .article=${article}></article-view><span class="probe" style="color: CanvasText; background: Canvas">x</span>`);
      begin(view);
      await pointAt(paragraphs(view)[3]);
      await waitUntil(() => drawn('dim').length > 0);
      const probe = getComputedStyle(document.querySelector('.probe')!);
      expect(getComputedStyle(drawn('dim')[0]).backgroundColor).to.equal(probe.backgroundColor);
      expect(getComputedStyle(drawn('edge')[0]).borderTopColor).to.equal(probe.color);
    } finally {
      await back();
    }
  });

  it('is not printed', async function () {
    const view = await render();
    begin(view);
    await pointAt(paragraphs(view)[3]);
    await waitUntil(() => drawn('dim').length > 0);
    const back = await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(getComputedStyle(aids.layer.firstElementChild!).display).to.equal('none');
    } finally {
      await back();
    }
  });

  it('leaves nothing behind when switched off', async () => {
    const view = await render();
    begin(view);
    await pointAt(paragraphs(view)[3]);
    await waitUntil(() => drawn('dim').length > 0);
    aids.stop();
    expect(aids.layer.childElementCount).to.equal(0);
    await pointAt(paragraphs(view)[1]);
    await nextFrame();
    expect(aids.layer.childElementCount).to.equal(0);
  });
});
