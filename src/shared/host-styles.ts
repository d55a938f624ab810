import { css } from 'lit';
import { colorScheme, cursor, pointerCursor } from './theme.styles.js';

/**
 * First in every element's styles. A host page's text styles reach a shadow tree by inheritance,
 * and its rules on our tags (`article-view { … }`, `* { … !important }`) beat a plain `:host`;
 * so the host box and the text inside it are set here with `!important`, which wins over the
 * page even against its own `!important`. What the page may still set: the font family and size
 * the widgets inherit, their place (margin, width, display), and the documented custom properties.
 * The colour scheme is the theme's (theme.styles.ts): the reader's, or the one a `theme` chose.
 */
export const hostReset = css`
  :host {
    color-scheme: ${colorScheme} !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    background: none !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    text-shadow: none !important;
    font-style: normal !important;
    font-weight: normal !important;
    white-space: normal !important;
    /* Unset, var() without a fallback leaves the inherited cursor. */
    cursor: ${cursor};
  }

  a[href],
  button,
  select,
  summary,
  label:has(> input) {
    cursor: ${pointerCursor};
  }
`;
