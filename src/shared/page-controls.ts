/*
 * Every control on the page, for the reading aids that must not cover one and the elderly
 * self-check: apart from control-rects.ts, which each element loads, as only their lazily loaded
 * code needs it.
 */
import { controlRectsIn } from './control-rects.js';

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
