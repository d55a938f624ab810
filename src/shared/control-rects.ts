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

