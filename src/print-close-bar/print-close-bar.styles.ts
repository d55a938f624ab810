import { css } from 'lit';

export const styles = css`
  :host {
    --_color: var(--print-close-bar-color, #1f1f1f);
    --_background: var(--print-close-bar-background, #ffffff);
    --_focus: var(--print-close-bar-focus-color, #0b57d0);

    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: var(--print-close-bar-gap, 1em);
    margin-block: 1.5em;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_color: var(--print-close-bar-color, #e6e6e6);
      --_background: var(--print-close-bar-background, #161616);
      --_focus: var(--print-close-bar-focus-color, #8ab4f8);
    }
  }

  button {
    min-width: 5em;
    min-height: 2.75em;
    padding: 0.25em 1.25em;
    font: inherit;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: 0.25em;
    cursor: pointer;
  }

  button:hover {
    text-decoration: underline;
  }

  :host([elderly]) button {
    min-width: 44px;
    min-height: 44px;
  }

  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .share {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
  }

  [part='share-status'] {
    color: var(--_color);
    background: var(--_background);
  }

  [part='share-status']:not(:empty) {
    margin-inline-start: 0.5em;
  }

  input {
    width: 20em;
    max-width: 100%;
    margin-inline-start: 0.25em;
    font: inherit;
    color: inherit;
    background: inherit;
    border: 1px solid currentColor;
  }

  @media (forced-colors: active) {
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
