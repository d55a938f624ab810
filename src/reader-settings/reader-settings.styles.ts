import { css } from 'lit';
import { accentColor, checkedColor, targetSize } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_checked-color: var(--reader-settings-checked-color, ${checkedColor});
    --_checked-background: var(--reader-settings-checked-background, ${accentColor});
    --_border: var(--reader-settings-border-color, currentColor);
    /* The text's own color: it contrasts with whatever background the reader's theme gives the text. */
    --_focus: var(--reader-settings-focus-color, currentColor);

    display: inline-block;
    color: var(--reader-settings-color, inherit) !important;
  }

  :host([hidden]) {
    display: none;
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
    min-width: ${targetSize};
    min-height: max(1.75em, ${targetSize});
    margin: 0;
    padding: 0.1em 0.5em;
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 0.25em;
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

  /* The radio group's choices (radio-group.styles.ts), a little taller in the panel. */
  .options {
    flex: 1 1 auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  label {
    min-height: max(1.75em, ${targetSize});
  }

  /* The reading aids: a name like the groups' legends, then the switches. */
  .aids {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .group-name {
    flex: none;
    min-width: 7.5em;
    font-weight: bold;
  }

  [part~='check'] {
    border-color: var(--_border);
  }

  table {
    margin-block-start: 0.5em;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  caption {
    font-weight: bold;
    text-align: start;
  }

  th,
  td {
    padding: 0.2em 0.6em 0.2em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }

  th[scope='row'] {
    font-weight: normal;
  }

  .fail > td:last-child {
    font-weight: bold;
  }

  .note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }

  #check-result:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button:hover > span:not(.track) {
    text-decoration: underline;
  }

  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
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

    [part~='switch-checked'] .track {
      background: Highlight;
      border-color: Highlight;
    }

    [part~='switch-checked'] .thumb {
      background: HighlightText;
    }

    button:focus-visible {
      outline-color: CanvasText;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
