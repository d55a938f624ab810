import { css } from 'lit';

export const styles = css`
  :host {
    --_color: var(--chinese-script-toggle-color, inherit);
    --_checked-color: var(--chinese-script-toggle-checked-color, #ffffff);
    --_checked-background: var(--chinese-script-toggle-checked-background, #b3261e);
    --_focus: var(--chinese-script-toggle-focus-color, #0b57d0);

    display: inline-block;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_checked-color: var(--chinese-script-toggle-checked-color, #1f1f1f);
      --_checked-background: var(--chinese-script-toggle-checked-background, #f2b8b5);
      --_focus: var(--chinese-script-toggle-focus-color, #8ab4f8);
    }
  }

  .group {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }

  label {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 1.5em;
    min-width: 1.5em;
    padding: 0.1em 0.4em;
    border-radius: 0.25em;
    cursor: pointer;
  }

  :host([elderly]) label {
    min-width: 44px;
    min-height: 44px;
  }

  /* The radio stays focusable and announced; its label is what the reader sees and clicks. */
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
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

  @media print {
    :host {
      display: none;
    }
  }
`;
