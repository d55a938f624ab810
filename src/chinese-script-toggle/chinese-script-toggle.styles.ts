import { css } from 'lit';
import { linkColor, accentColor, checkedColor } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--chinese-script-toggle-color, inherit);
    --_checked-color: var(--chinese-script-toggle-checked-color, ${checkedColor});
    --_checked-background: var(--chinese-script-toggle-checked-background, ${accentColor});
    --_focus: var(--chinese-script-toggle-focus-color, ${linkColor});

    display: inline-block;
    color: var(--_color) !important;
  }

  :host([hidden]) {
    display: none;
  }

  /* 简 | 繁 stay on one line. */
  .group {
    flex-wrap: nowrap;
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
