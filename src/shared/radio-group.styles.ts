import { css } from 'lit';
import { elderlyTargetSize, targetSize } from './theme.styles.js';

/*
 * Controls that look alike, styled once. The element declares on its host the colours these
 * rules read, its documented properties over the theme's (theme.styles.ts); the theme's target
 * size makes every target 60 × 60 px in elderly mode, the element's own or its article's.
 */

/**
 * A radio group shown as a row of choices (`font-size-toggle`, `chinese-script-toggle`,
 * `reader-settings`): each a `<label part="option">` holding a native radio and its text in a
 * `<span>`; the current one also has part `option-checked`.
 */
export const radioGroupStyles = css`
  :host([elderly]) {
    --portal-reader-target-size: ${elderlyTargetSize};
  }

  .group {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }

  label {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: max(1.5em, ${targetSize});
    min-height: max(1.5em, ${targetSize});
    padding: 0.1em 0.5em;
    border-radius: 0.25em;
  }

  /* The radio stays focusable and announced; its label is what the reader sees and clicks. */
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }

  [part~='option-checked'] {
    color: var(--_checked-color);
    background: var(--_checked-background);
    font-weight: bold;
  }

  label:hover span {
    text-decoration: underline;
  }

  label:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  @media (forced-colors: active) {
    [part~='option-checked'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }

    label:has(input:focus-visible) {
      outline-color: CanvasText;
    }
  }
`;
