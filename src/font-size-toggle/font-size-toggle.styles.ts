import { css } from 'lit';
import { linkColor, accentColor, checkedColor } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--font-size-toggle-color, inherit);
    --_checked-color: var(--font-size-toggle-checked-color, ${checkedColor});
    --_checked-background: var(--font-size-toggle-checked-background, ${accentColor});
    --_focus: var(--font-size-toggle-focus-color, ${linkColor});

    display: inline-block;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
