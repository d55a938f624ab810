import { css } from 'lit';

export const styles = css`
  :host {
    --_checked-color: var(--reader-settings-checked-color, #ffffff);
    --_checked-background: var(--reader-settings-checked-background, #b3261e);
    --_border: var(--reader-settings-border-color, currentColor);
    /* The text's own color: it contrasts with whatever background the reader's theme gives the text. */
    --_focus: var(--reader-settings-focus-color, currentColor);

    display: inline-block;
    color: var(--reader-settings-color, inherit) !important;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The current choice follows the theme the reader chose (reflected on this element), else the
   * system's color scheme; high contrast and elderly mode use black and white (21:1).
   */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], [theme='sepia'])) {
      --_checked-color: var(--reader-settings-checked-color, #1f1f1f);
      --_checked-background: var(--reader-settings-checked-background, #f2b8b5);
    }
  }

  :host([theme='dark']) {
    --_checked-color: var(--reader-settings-checked-color, #1f1f1f);
    --_checked-background: var(--reader-settings-checked-background, #f2b8b5);
  }

  :host([theme='contrast']),
  :host([elderly]) {
    --_checked-color: var(--reader-settings-checked-color, #ffffff);
    --_checked-background: var(--reader-settings-checked-background, #000000);
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 1.75em;
    margin: 0;
    padding: 0.1em 0.5em;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 0.25em;
    cursor: pointer;
  }

  [part~='toggle'] {
    border-color: var(--_border);
  }

  .chevron {
    width: 0.7em;
    height: 0.42em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
  }

  :host([open]) .chevron {
    transform: rotate(180deg);
  }

  /* The switch: a track whose knob sits at the start when off and at the end, filled, when on. */
  .track {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    width: 2.2em;
    height: 1.2em;
    padding: 0 0.15em;
    border: 1px solid var(--_border);
    border-radius: 0.6em;
  }

  .thumb {
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: currentColor;
  }

  [part~='switch-checked'] .track {
    background: var(--_checked-background);
    border-color: var(--_checked-background);
  }

  [part~='switch-checked'] .thumb {
    margin-inline-start: auto;
    background: var(--_checked-color);
  }

  [part~='panel'] {
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
  }

  [part~='panel'][hidden] {
    display: none;
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /*
   * Floated, the legend lays out as the group's first flex item, on the same line as the choices
   * (above them when they do not fit beside it); its width lines the three groups up.
   */
  legend {
    float: left;
    flex: none;
    min-width: 7.5em;
    padding: 0;
    font-weight: bold;
  }

  .options {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  label {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 1.75em;
    padding: 0.1em 0.6em;
    border-radius: 0.25em;
    cursor: pointer;
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

  button:hover > span:not(.track),
  label:hover span {
    text-decoration: underline;
  }

  button:focus-visible,
  label:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }

  /* Elderly mode: every target at least 44 × 44 CSS pixels (WCAG 2.5.5). */
  :host([elderly]) button,
  :host([elderly]) label {
    min-width: max(44px, 2em);
    min-height: max(44px, 2em);
  }

  /* The switch keeps its own system colors: forced colors would paint its knob like its track. */
  @media (forced-colors: active) {
    [part~='toggle'] {
      border-color: ButtonText;
    }

    .track {
      forced-color-adjust: none;
      background: Canvas;
      border-color: ButtonText;
    }

    .thumb {
      background: ButtonText;
    }

    [part~='option-checked'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }

    [part~='switch-checked'] .track {
      background: Highlight;
      border-color: Highlight;
    }

    [part~='switch-checked'] .thumb {
      background: HighlightText;
    }

    button:focus-visible,
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
