import { unsafeCSS } from 'lit';

/*
 * The theme layer: every colour of portal-reader (focus rings take the link colour, the current
 * choice of a radio group the accent), the colour scheme and the smallest target size, each
 * defined once, here.
 *
 * Each is an inherited custom property, `--portal-reader-*`, with its default: what an ancestor
 * sets reaches every element below it, the controls slotted in an `article-view` included. The
 * article's `theme` and `elderly` (reader-themes.styles.ts) set them on its host, so its controls
 * follow without palettes of their own. An element reads them in its CSS under its own documented
 * properties: `--_color: var(--read-aloud-color, ${textColor})`.
 *
 * Light and dark are one palette: `light-dark()` pairs, resolved by the element's `color-scheme`
 * (set by hostReset), which follows the reader's system setting unless a `theme` says `light` or
 * `dark`.
 *
 * Each value is its own export, so that an element's own module (`portal-reader/popular-list.js`)
 * holds only the ones it reads.
 */

/** `light dark` (the reader's system setting), or `light` or `dark` for a `theme` that says so. */
export const colorScheme = /* @__PURE__ */ unsafeCSS('var(--portal-reader-color-scheme, light dark)');
/** Text. */
export const textColor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-color, light-dark(#1f1f1f, #e6e6e6))');
/** Background. */
export const backgroundColor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-background, light-dark(#ffffff, #161616))');
/** Muted text: meta rows, captions, ranks, disabled buttons. */
export const mutedColor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-muted-color, light-dark(#595959, #b4b4b4))');
/** Links and focus rings. */
export const linkColor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-link-color, light-dark(#0b57d0, #8ab4f8))');
const property = (name: string, fallback: string) => `var(--portal-reader-${name}, ${fallback})`;
const accent = 'var(--portal-reader-accent-color, light-dark(#b3261e, #f2b8b5))';
/** Rules, quote borders, the top ranks and the current choice of a radio group. */
export const accentColor = /* @__PURE__ */ unsafeCSS(accent);
/** Error messages and notices; the accent unless a theme sets its own. */
export const errorColor = /* @__PURE__ */ unsafeCSS(/* @__PURE__ */ property('error-color', accent));
/** Text on the accent: the current choice of a radio group. */
export const checkedColor = /* @__PURE__ */ unsafeCSS('light-dark(#ffffff, #1f1f1f)');
/**
 * The cursors: none of our own (the page's, inherited) unless the Large cursor aid (大鼠标) sets
 * them on the document, and the pointing hand over links and buttons. Written once, in hostReset.
 */
export const cursor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-cursor)');
export const pointerCursor = /* @__PURE__ */ unsafeCSS('var(--portal-reader-pointer-cursor, pointer)');
/** The smallest width and height of a control: none, or `elderlyTargetSize` in elderly mode. */
export const targetSize = /* @__PURE__ */ unsafeCSS('var(--portal-reader-target-size, 0px)');
/** Elderly mode's targets: 60 × 60 CSS px (MIIT 适老版). Set on an element with `elderly`, inherited below it. */
export const elderlyTargetSize = /* @__PURE__ */ unsafeCSS('60px');
