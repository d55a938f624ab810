import { css } from 'lit';
import { textColor, backgroundColor, mutedColor, linkColor, accentColor, targetSize } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--popular-list-color, ${textColor});
    --_background: var(--popular-list-background, ${backgroundColor});
    --_muted: var(--popular-list-muted-color, ${mutedColor});
    --_link: var(--popular-list-link-color, ${linkColor});
    --_accent: var(--popular-list-accent-color, ${accentColor});
    --_error: var(--_accent);

    display: block;
    padding: var(--popular-list-padding, 1em) !important;
    color: var(--_color) !important;
    background: var(--_background) !important;
    font-family: var(--popular-list-font-family, inherit);
    line-height: 1.5 !important;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  /* Keeps room while the data loads, so the page below does not jump when it arrives. */
  :host([state='loading']) {
    min-height: var(--popular-list-loading-min-height, 12em);
  }

  .heading {
    font-size: 1.15em;
    line-height: 1.35;
    margin: 0 0 0.5em;
    padding-block-end: 0.35em;
    border-block-end: 2px solid var(--_accent);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    display: flex;
    align-items: baseline;
    gap: 0.6em;
    padding-block: 0.45em;
    /* A long list lays out only the items in view (its links stay in the accessibility tree and
       in find-in-page); "auto" remembers each item's real height once it has been shown. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.4em;
  }

  .item + .item {
    border-block-start: 1px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }

  .rank {
    flex: none;
    box-sizing: border-box;
    min-width: 1.6em;
    padding-inline: 0.25em;
    border: 1px solid var(--_muted);
    border-radius: 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
    line-height: 1.5;
    text-align: center;
  }

  /* The top three stand out; the text takes the background color, so the pair keeps its contrast. */
  .rank.top {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_background);
  }

  .text {
    min-width: 0;
  }

  /* Elderly mode's targets (theme.styles.ts) in an article or page that asks for them. */
  a {
    display: inline-flex;
    align-items: center;
    min-width: ${targetSize};
    min-height: ${targetSize};
    color: var(--_link);
    text-decoration: none;
  }

  a:hover {
    text-decoration: underline;
  }

  a:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 1px;
  }

  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  /* The loading, empty and error states (source-states.styles.ts), closer set in a list. */
  .status:not(:empty) {
    padding: 1em 0.5em;
  }

  .error {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
  }

  @media (forced-colors: active) {
    .heading,
    .error,
    .rank,
    .rank.top {
      border-color: CanvasText;
    }

    .rank,
    .details,
    .status {
      color: CanvasText;
    }

    .rank.top {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }

  /* A list of links to other pages means nothing on paper. */
  @media print {
    :host {
      display: none;
    }
  }
`;
