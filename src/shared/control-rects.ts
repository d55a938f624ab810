/*
 * The boxes of an element's controls, found once for every element's `controlRects()`: what a
 * reading aid must not cover and what the elderly self-check measures against its target size.
 */

/** What a reader can click or tap: links, buttons, menus, fields and the labels of radio choices. */
export const CONTROLS = 'a[href], button, select, textarea, summary, input:not([type="hidden"]), [role="button"], [role="link"], [role="switch"]';

/**
 * The viewport boxes of the controls under `root` that are shown: none hidden, of zero size or
 * `visibility: hidden`. A control drawn invisible over its label (a radio button of
 * radio-group.styles.ts) counts as its label, which is what the reader sees and hits.
 */
export function controlRectsIn(root: ParentNode | null | undefined, selector = CONTROLS): DOMRect[] {
  if (!root) return [];
  const targets = new Set<Element>();
  for (const control of root.querySelectorAll(selector)) targets.add(shownTarget(control));
  const rects: DOMRect[] = [];
  for (const target of targets) {
    const rect = target.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0 && getComputedStyle(target).visibility === 'visible') rects.push(rect);
  }
  return rects;
}

function shownTarget(control: Element): Element {
  if (control instanceof HTMLInputElement && getComputedStyle(control).opacity === '0') {
    return control.closest('label') ?? control.labels?.[0] ?? control;
  }
  return control;
}

/** The portal-reader elements, each of which tells its controls' boxes by `controlRects()`. */
export const PORTAL_READER_ELEMENTS = 'article-view, font-size-toggle, print-close-bar, popular-list, reader-settings, read-aloud, chinese-script-toggle';

/** The boxes of the controls of every portal-reader element on the page but `except`. */
export function elementControlRects(except?: Element): DOMRect[] {
  return [...document.querySelectorAll(PORTAL_READER_ELEMENTS)]
    .filter(element => element !== except && 'controlRects' in element)
    .flatMap(element => (element as Element & { controlRects(): DOMRect[] }).controlRects());
}

/** Everything a reader can click on the page now: the page's own controls and every portal-reader element's. */
export function pageControlRects(): DOMRect[] {
  return [...controlRectsIn(document), ...elementControlRects()];
}
