/**
 * The elderly self-check (适老化自检) of `<article-view>`'s `checkElderly()`: each MIIT 适老化
 * figure measured on the article as rendered, in this browser, now, from computed styles and
 * boxes, so a page whose own styles fall below a figure gets an honest fail. Loaded on the first
 * call. It is not the official evaluation (docs/accessibility.md says what that covers besides).
 */
import { contrastRatio, type Rgb } from '../shared/contrast.js';
import type { ElderlyCheckLabels } from './elderly-check.labels.js';
import { CONTROLS, controlRectsIn } from '../shared/control-rects.js';
import { elementControlRects } from '../shared/page-controls.js';

export { elderlyCheckLabels } from './elderly-check.labels.js';

/** One figure: what it is, what MIIT asks, what this page gives, and whether that is enough. */
export interface ElderlyCheckRow {
  id: 'body-size' | 'line-spacing' | 'paragraph-spacing' | 'text-contrast' | 'muted-contrast' | 'link-contrast' | 'target-size' | 'motion' | 'popup';
  label: string;
  required: string;
  measured: string;
  pass: boolean;
}

/** 18 pt, the MIIT figure for body text (and WCAG's "large text"). */
const LARGE_TEXT_PX = 24;
/** 14 pt bold is large text too. */
const LARGE_BOLD_PX = 18.66;
const TARGET_PX = 60;
const LINE_SPACING = 1.3;
const PARAGRAPH_SPACING = 1.3;
// A fixed box over a quarter of the view hides the article as an ad layer or a modal does; a
// fixed header or toolbar is smaller than that.
const POPUP_AREA = 0.25;
// Longer than this, or endless, an animation is motion the reader did not ask for.
const LONG_ANIMATION_MS = 5000;

const px = (value: string) => Number.parseFloat(value) || 0;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

// Any CSS colour the browser computes (rgb(), color(srgb …), oklab() …) drawn on one pixel.
let pixel: CanvasRenderingContext2D | null | undefined;
function rgba(color: string): [number, number, number, number] {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return [0, 0, 0, 1];
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = '#000';
  pixel.fillStyle = color;
  pixel.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const over = (top: [number, number, number, number], below: Rgb): Rgb =>
  [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])) as unknown as Rgb;

/** The colour behind `element`: its own and its ancestors' backgrounds (across shadow roots), on the page's white canvas. */
function backgroundOf(element: Element): Rgb {
  const layers: [number, number, number, number][] = [];
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (!(node instanceof Element)) continue;
    const layer = rgba(getComputedStyle(node).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  return layers.reduceRight<Rgb>((below, layer) => over(layer, below), [255, 255, 255]);
}

/** The lowest contrast among `elements`, with the ratio each needs (3 for large text, else 4.5). */
function lowestContrast(elements: Element[]): { ratio: number; needed: number } | undefined {
  let lowest: { ratio: number; needed: number; margin: number } | undefined;
  for (const element of elements) {
    if (!element.textContent?.trim()) continue;
    const style = getComputedStyle(element);
    const size = px(style.fontSize);
    const large = size >= LARGE_TEXT_PX || (size >= LARGE_BOLD_PX && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const background = backgroundOf(element);
    const ratio = contrastRatio(over(rgba(style.color), background), background);
    if (!lowest || ratio / needed < lowest.margin) lowest = { ratio, needed, margin: ratio / needed };
  }
  return lowest;
}

/** Every box of animation that keeps moving: endless, or longer than LONG_ANIMATION_MS, and running. */
function movingCount(root: ShadowRoot): number {
  const animations = new Set([...document.getAnimations(), ...root.getAnimations()]);
  let moving = 0;
  for (const animation of animations) {
    if (animation.playState !== 'running') continue;
    const timing = animation.effect?.getComputedTiming();
    const duration = Number(timing?.activeDuration ?? 0);
    if (!Number.isFinite(duration) || duration > LONG_ANIMATION_MS) moving++;
  }
  for (const scope of [document, root] as const) {
    moving += scope.querySelectorAll('marquee').length;
    for (const media of scope.querySelectorAll<HTMLMediaElement>('video, audio')) if (!media.paused && media.autoplay) moving++;
  }
  return moving;
}

/** Open dialogs and popovers of the page, and fixed boxes over a quarter of the view; portal-reader's own aids are in shadow roots, not counted. */
function popupCount(): number {
  const open = new Set<Element>(document.querySelectorAll('dialog[open]'));
  try {
    for (const popover of document.querySelectorAll(':popover-open')) open.add(popover);
  } catch {
    // A browser without popovers has none open.
  }
  const view = window.innerWidth * window.innerHeight;
  for (const element of document.body?.querySelectorAll('*') ?? []) {
    if (open.has(element) || getComputedStyle(element).position !== 'fixed') continue;
    const box = element.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, window.innerWidth) - Math.max(box.left, 0));
    const height = Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
    if (width * height >= POPUP_AREA * view && getComputedStyle(element).visibility === 'visible') open.add(element);
  }
  return open.size;
}

/**
 * The self-check's rows for the article rendered in `root` (article-view's shadow root), labelled
 * with `t` (the element's language of `elderlyCheckLabels`, chosen by the caller so that this file
 * needs nothing of localize.ts).
 */
export function checkElderly(root: ShadowRoot, t: ElderlyCheckLabels): ElderlyCheckRow[] {
  const paragraphs = [...root.querySelectorAll<HTMLElement>('.body [part=paragraph], .body .html p')].filter(p => p.textContent?.trim() && p.getClientRects().length > 0);
  const styles = paragraphs.map(p => getComputedStyle(p));
  const rows: ElderlyCheckRow[] = [];
  const row = (id: ElderlyCheckRow['id'], required: string, measured: string, pass: boolean) => rows.push({ id, label: t[camel(id)], required, measured, pass });
  const none = (count: number, describe: (n: number) => string) => (count === 0 ? t.none : describe(count));

  const sizes = styles.map(style => px(style.fontSize));
  const smallest = sizes.length ? Math.min(...sizes) : 0;
  row('body-size', `≥ ${LARGE_TEXT_PX} px (18 pt)`, sizes.length ? `${round(smallest)} px` : t.none, sizes.length > 0 && smallest >= LARGE_TEXT_PX - 0.05);

  // `normal` line height is the font's own, about 1.2: measured from the box of a one-line probe.
  const lineHeights = paragraphs.map((p, i) => (styles[i].lineHeight === 'normal' ? normalLineHeight(p) : px(styles[i].lineHeight)));
  const spacing = lineHeights.length ? Math.min(...lineHeights.map((height, i) => height / sizes[i])) : 0;
  row('line-spacing', `≥ ${LINE_SPACING}`, lineHeights.length ? String(round(spacing, 2)) : t.none, lineHeights.length > 0 && spacing >= LINE_SPACING - 0.005);

  // The gap between one paragraph's box and the next, in line heights of the first.
  const gaps: number[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const gap = paragraphs[i + 1].getBoundingClientRect().top - paragraphs[i].getBoundingClientRect().bottom;
    if (gap >= 0 && paragraphs[i].parentElement === paragraphs[i + 1].parentElement) gaps.push(gap / lineHeights[i]);
  }
  const gap = gaps.length ? Math.min(...gaps) : undefined;
  row('paragraph-spacing', `≥ ${t.lines(PARAGRAPH_SPACING)}`, gap === undefined ? t.none : t.lines(round(gap, 2)), gap === undefined || gap >= PARAGRAPH_SPACING - 0.005);

  const contrastRow = (id: 'text-contrast' | 'muted-contrast' | 'link-contrast', elements: Element[]) => {
    const lowest = lowestContrast(elements);
    row(id, `≥ ${lowest?.needed ?? 4.5} : 1`, lowest ? `${round(lowest.ratio, 2)} : 1` : t.none, !lowest || lowest.ratio >= lowest.needed);
  };
  contrastRow('text-contrast', paragraphs);
  contrastRow('muted-contrast', [...root.querySelectorAll('[part=meta] > *, [part=subtitle], figcaption, [part~=credit]')]);
  contrastRow('link-contrast', [...root.querySelectorAll('a[href]')]);

  // The article's own controls, but not a link in a sentence of the body, which runs with the
  // text (WCAG 2.5.8's inline exception); then those of every portal-reader element on the page.
  const controls = [
    ...controlRectsIn(root, `:is(${CONTROLS}):not(.body :is(p, li, td, th, dd, blockquote) a)`),
    ...elementControlRects(root.host),
  ];
  const smallestControl = controls.reduce<DOMRect | undefined>((min, box) => (!min || Math.min(box.width, box.height) < Math.min(min.width, min.height) ? box : min), undefined);
  row(
    'target-size',
    `≥ ${TARGET_PX} × ${TARGET_PX} px`,
    smallestControl ? `${round(smallestControl.width, 0)} × ${round(smallestControl.height, 0)} px` : t.none,
    !smallestControl || Math.min(smallestControl.width, smallestControl.height) >= TARGET_PX - 0.5,
  );

  const moving = movingCount(root);
  row('motion', t.none, none(moving, t.moving), moving === 0);
  const popups = popupCount();
  row('popup', t.none, none(popups, t.popups), popups === 0);
  return rows;
}

function camel(id: ElderlyCheckRow['id']): 'bodySize' | 'lineSpacing' | 'paragraphSpacing' | 'textContrast' | 'mutedContrast' | 'linkContrast' | 'targetSize' | 'motion' | 'popup' {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as ReturnType<typeof camel>;
}

/** The height of one line of `element`'s text at `line-height: normal`. */
function normalLineHeight(element: HTMLElement): number {
  const probe = document.createElement('span');
  probe.textContent = 'X';
  probe.style.cssText = 'display:block;position:absolute;visibility:hidden;white-space:nowrap;line-height:normal';
  element.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}
