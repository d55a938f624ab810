import { css } from 'lit';
import { textColor, backgroundColor, mutedColor, linkColor } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--read-aloud-color, ${textColor});
    --_background: var(--read-aloud-background, ${backgroundColor});
    --_focus: var(--read-aloud-focus-color, ${linkColor});

    display: inline-block;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  .controls {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--read-aloud-gap, 0.375em);
    color: var(--_color);
    background: var(--_background);
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

  button[aria-disabled='true'] {
    color: ${mutedColor};
    border-style: dashed;
    cursor: not-allowed;
    text-decoration: none;
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

  @media (forced-colors: active) {
    .controls {
      color: CanvasText;
      background: Canvas;
    }

    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
