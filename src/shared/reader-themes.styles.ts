import { css } from 'lit';
import { elderlyTargetSize } from './theme.styles.js';

/**
 * The reader themes of a `theme` attribute (`auto`, the default, keeps the system's light or dark),
 * for `article-view` and `reader-settings`. Every pair of text and background meets WCAG AA;
 * `contrast`, also elderly mode's, meets AAA (7:1).
 */
export const readerThemes = css`
  /* Elderly mode's targets, inherited by the controls in the element. */
  :host([elderly]) {
    --portal-reader-target-size: ${elderlyTargetSize};
  }

  :host([theme='light']) {
    --portal-reader-color-scheme: light;
  }

  :host([theme='dark']) {
    --portal-reader-color-scheme: dark;
  }

  :host([theme='sepia']) {
    --portal-reader-color-scheme: light;
    --portal-reader-color: #3b2f20;
    --portal-reader-background: #f4ecd8;
    --portal-reader-muted-color: #5c4a33;
    --portal-reader-link-color: #0a4a9e;
    --portal-reader-accent-color: #9b2c1f;
  }

  :host([theme='contrast']),
  :host([elderly]) {
    --portal-reader-color-scheme: light;
    --portal-reader-color: #000000;
    --portal-reader-background: #ffffff;
    --portal-reader-muted-color: #000000;
    --portal-reader-link-color: #0000ee;
    --portal-reader-accent-color: #000000;
    --portal-reader-error-color: #8b0000;
  }
`;
