import { css } from 'lit';
import type { ArticleView } from '../../article-view/article-view.component.js';
import { pageControlRects } from '../../shared/page-controls.js';
import { sentenceSpans } from '../../shared/speech.js';
import { backgroundColor, textColor } from '../../shared/theme.styles.js';
import type { Aid, AidContext } from './aid.js';
import { follow, type Followed } from './follow.js';
import { box, contains, freeBands, viewport, type Box } from './geometry.js';
import { overlay } from './overlay.js';

/** The caption's text size, in times the article's. */
export const CAPTION_SCALE = 2.5;
// At most this share of the viewport's height; its line height.
const MAX_SHARE = 0.4;
const LINE_HEIGHT = 1.4;

const styles = css`
  :host {
    left: 0;
    right: 0;
  }

  .bar {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    box-sizing: border-box;
    overflow: hidden;
    padding: 0.15em 0.5em;
    border-block: 0.06em solid;
    color: ${textColor};
    background: ${backgroundColor};
    font-weight: bold;
    line-height: ${LINE_HEIGHT};
    text-align: center;
    overflow-wrap: anywhere;
  }

  .bar[hidden] {
    display: none;
  }

  @media (forced-colors: active) {
    .bar {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentence of `block` at (x, y), and the line box of it there; undefined between the lines. */
function sentenceAt(block: HTMLElement, x: number, y: number): { text: string; line: Box } | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const whole = texts.map(text => text.data).join('');
  // Where an offset of `whole` is: its text node and the offset in it.
  const at = (offset: number): [Text, number] => {
    for (const text of texts) {
      if (offset <= text.length) return [text, offset];
      offset -= text.length;
    }
    const last = texts[texts.length - 1];
    return [last, last.length];
  };
  const range = document.createRange();
  for (const [start, end] of sentenceSpans(whole)) {
    range.setStart(...at(start));
    range.setEnd(...at(end));
    for (const line of range.getClientRects()) {
      if (contains(line, x, y)) return { text: oneLine(whole.slice(start, end)), line };
    }
  }
  return undefined;
}

/** The article's body text size, in px: the size most of its blocks have. */
function bodyTextSize(view: ArticleView): number {
  const counts = new Map<number, number>();
  for (const block of view.readableBlocks().slice(0, 40)) {
    const size = Number.parseFloat(getComputedStyle(block).fontSize);
    if (size > 0) counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  let [best, most] = [16, 0];
  for (const [size, count] of counts) if (count > most) [best, most] = [size, count];
  return best;
}

/**
 * Caption bar (大字幕): the sentence under the pointer, or the text of the block focused by
 * keyboard, at 2.5 × the article's text size in a bar along the bottom of the viewport, in the
 * article's colours. It moves to the top, or into the widest free band between, rather than cover
 * a control or the text being read, and is hidden from assistive technology, which reads the
 * article itself.
 */
export function start(context: AidContext): Aid {
  const { host, root, followColours, remove } = overlay(context.layer, styles, () => place());
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.hidden = true;
  root.append(bar);

  // What the bar shows, its text size, and the text on the page it should not cover.
  let shown: { text: string; view: ArticleView; block: HTMLElement; size: number; reading: () => Box | undefined } | undefined;
  let pointed: Followed | undefined;

  // New text: its size and colours are read once here, not on every scroll.
  const show = (next: Omit<NonNullable<typeof shown>, 'size'> | undefined) => {
    shown = next && { ...next, size: bodyTextSize(next.view) * CAPTION_SCALE };
    if (shown) {
      bar.textContent = shown.text;
      bar.style.fontSize = `${shown.size}px`;
      followColours(shown.view, shown.block);
    }
    place();
  };

  const place = () => {
    if (!shown || !shown.view.isConnected) {
      bar.hidden = true;
      return;
    }
    const line = shown.size * LINE_HEIGHT;
    const screen = viewport();
    const hard = pageControlRects().filter(control => control.bottom > 0 && control.top < screen.bottom);
    const reading = shown.reading();
    bar.hidden = false;
    bar.style.maxHeight = `${Math.floor(screen.bottom * MAX_SHARE)}px`;
    bar.style.removeProperty('-webkit-line-clamp');
    const wanted = bar.getBoundingClientRect().height;
    const style = getComputedStyle(bar);
    const padding = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((sum, side) => sum + Number.parseFloat(style[side as 'paddingTop']), 0);
    // The bottom, else the top, else the free band nearest the bottom: first clear of the text
    // being read too, then of the controls alone, shortened if it must be.
    let slot: [number, number] | undefined;
    for (const obstacles of [reading ? [...hard, reading] : hard, hard]) {
      const bands = freeBands(screen.bottom, obstacles).filter(([top, bottom]) => bottom - top >= wanted);
      const band = bands.find(([, bottom]) => bottom === screen.bottom) ?? bands.find(([top]) => top === 0) ?? bands.at(-1);
      if (band) {
        slot = band[1] === screen.bottom ? [band[1] - wanted, band[1]] : [band[0], band[0] + wanted];
        break;
      }
    }
    if (!slot) {
      const band = freeBands(screen.bottom, hard).sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
      if (!band || band[1] - band[0] < line + padding) {
        bar.hidden = true;
        return;
      }
      slot = band;
    }
    const lines = Math.max(1, Math.floor((slot[1] - slot[0] - padding) / line));
    bar.style.setProperty('-webkit-line-clamp', String(lines));
    bar.style.maxHeight = `${slot[1] - slot[0]}px`;
    host.style.top = `${slot[0]}px`;
  };

  const stopFollowing = follow(context, {
    onBlock(followed, how) {
      pointed = how === 'pointer' ? followed : undefined;
      if (!followed) show(undefined);
      else if (how === 'focus') {
        const { view, block } = followed;
        show({ text: oneLine(block.textContent ?? ''), view, block, reading: () => block.getBoundingClientRect() });
      }
      // Pointed at, the sentence comes with the pointer's position.
      else place();
    },
    onPointer(x, y) {
      if (!pointed) return;
      const sentence = sentenceAt(pointed.block, x, y);
      if (!sentence || sentence.text === shown?.text) return;
      const { line } = sentence;
      show({ text: sentence.text, ...pointed, reading: () => box(0, line.top, 1, line.bottom) });
    },
  });

  return {
    stop() {
      stopFollowing();
      remove();
    },
  };
}
