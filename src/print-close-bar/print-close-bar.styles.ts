import { css } from 'lit';
import { textColor, backgroundColor, linkColor, targetSize } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--print-close-bar-color, ${textColor});
    --_background: var(--print-close-bar-background, ${backgroundColor});
    --_focus: var(--print-close-bar-focus-color, ${linkColor});

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

  button {
    min-width: max(5em, ${targetSize});
    min-height: max(2.75em, ${targetSize});
    padding: 0.25em 1.25em;
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
    min-height: ${targetSize};
    margin-inline-start: 0.25em;
    font: inherit;
    color: inherit;
    background: inherit;
    border: 1px solid currentColor;
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
