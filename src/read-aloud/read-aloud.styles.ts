import { css } from 'lit';

export const styles = css`
  :host {
    --_color: var(--read-aloud-color, #1f1f1f);
    --_background: var(--read-aloud-background, #ffffff);
    --_focus: var(--read-aloud-focus-color, #0b57d0);
    --_muted: #595959;

    display: inline-block;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_color: var(--read-aloud-color, #e6e6e6);
      --_background: var(--read-aloud-background, #161616);
      --_focus: var(--read-aloud-focus-color, #8ab4f8);
      --_muted: #b4b4b4;
    }
  }

  .controls {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--read-aloud-gap, 0.375em);
    color: var(--_color);
    background: var(--_background);
  }

  button,
  select {
    min-width: 2.25em;
    min-height: 2.25em;
    font: inherit;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: 0.25em;
    cursor: pointer;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375em;
    padding: 0.125em 0.5em;
  }

  select {
    padding: 0.125em 0.25em;
  }

  svg {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: currentColor;
  }

  /* Previous and next point the other way in right-to-left text. */
  :host(:dir(rtl)) .flip svg {
    transform: scaleX(-1);
  }

  button:hover {
    text-decoration: underline;
  }

  button[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
    text-decoration: none;
  }

  button:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .speed {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Elderly mode: targets of at least 44 × 44 CSS px, however small the surrounding text. */
  :host([elderly]) button,
  :host([elderly]) select {
    min-width: max(2.75em, 44px);
    min-height: max(2.75em, 44px);
  }

  @media (forced-colors: active) {
    .controls {
      color: CanvasText;
      background: Canvas;
    }

    button,
    select {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }

    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }

    button:focus-visible,
    select:focus-visible {
      outline-color: CanvasText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
