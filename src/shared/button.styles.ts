import { css } from 'lit';
import { elderlyTargetSize, targetSize } from './theme.styles.js';

/*
 * Controls that look alike, styled once. The element declares on its host the colours these
 * rules read, its documented properties over the theme's (theme.styles.ts); the theme's target
 * size makes every target 60 × 60 px in elderly mode, the element's own or its article's.
 */

/** Bordered buttons and menus (`print-close-bar`, `read-aloud`) in the element's colours. */
export const buttonStyles = css`
  :host([elderly]) {
    --portal-reader-target-size: ${elderlyTargetSize};
  }

  button,
  select {
    min-width: max(2.25em, ${targetSize});
    min-height: max(2.25em, ${targetSize});
    font: inherit;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: 0.25em;
  }

  button:hover {
    text-decoration: underline;
  }

  :is(button, select, input):focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    button,
    select {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }

    :is(button, select, input):focus-visible {
      outline-color: CanvasText;
    }
  }
`;
