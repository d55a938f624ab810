import { css } from 'lit';

/*
 * What article-view and popular-list, the elements that paint their own surface (text, background
 * and links in their own colours), share besides the theme.
 */

/**
 * The states of an element fed by `JsonSourceController` (`article-view`, `popular-list`): the
 * loading and empty message (`.status`, a live region that takes no room while empty) and the
 * error (`.error`, an alert). Reads the element's `--_muted` and `--_error`.
 */
export const sourceStates = css`
  .status:not(:empty) {
    padding: 2em 1em;
    text-align: center;
    color: var(--_muted);
  }

  .error {
    margin: 1em 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_error);
    border-inline-start-width: 0.25em;
  }

  .error p {
    margin: 0.25em 0;
  }

  .error-title {
    font-weight: bold;
    color: var(--_error);
  }
`;

/** Last in such an element's styles: under forced colors, its surface takes the system's colours. */
export const forcedSurface = css`
  @media (forced-colors: active) {
    :host {
      color: CanvasText;
      background: Canvas;
    }

    a {
      color: LinkText;
    }
  }
`;
