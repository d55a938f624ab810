import { css, unsafeCSS } from 'lit';
import { fontSizeCss } from '../shared/font-size.js';
import { textColor, backgroundColor, mutedColor, linkColor, accentColor, errorColor, targetSize } from '../shared/theme.styles.js';

export const styles = css`
  :host {
    --_color: var(--article-view-color, ${textColor});
    --_background: var(--article-view-background, ${backgroundColor});
    --_muted: var(--article-view-muted-color, ${mutedColor});
    --_link: var(--article-view-link-color, ${linkColor});
    --_accent: var(--article-view-accent-color, ${accentColor});
    --_error: var(--article-view-error-color, ${errorColor});
    /* Levels are relative to the host's own text size, so the reader's browser setting still applies. */
    --_font-size: ${unsafeCSS(fontSizeCss('medium'))};

    display: block;
    padding: var(--article-view-padding, 1em) !important;
    color: var(--_color) !important;
    background: var(--_background) !important;
    font-family: var(--article-view-font-family, inherit);
    line-height: var(--article-view-line-height, 1.75) !important;
    overflow-wrap: break-word;
  }

  :host([hidden]) {
    display: none;
  }

  /* Keeps room while the data loads, so the page below does not jump when it arrives. */
  :host([state='loading']) {
    min-height: var(--article-view-loading-min-height, 20em);
  }

  :host([font-size='small']) {
    --_font-size: ${unsafeCSS(fontSizeCss('small'))};
  }

  :host([font-size='large']) {
    --_font-size: ${unsafeCSS(fontSizeCss('large'))};
  }

  article {
    font-size: var(--_font-size);
  }

  /*
   * The reader themes (the \`theme\` attribute) are the theme layer's (reader-themes.styles.ts):
   * set on this host, they reach the controls slotted in the meta row and footer too. A designer's
   * custom properties still win, but in \`contrast\` and elderly mode, which stay AAA (7:1).
   */
  :host([theme='contrast']),
  :host([elderly]) {
    --_color: ${textColor};
    --_background: ${backgroundColor};
    --_muted: ${mutedColor};
    --_link: ${linkColor};
    --_accent: ${accentColor};
    --_error: ${errorColor};
  }

  /* Elderly mode: at least 1.5 × Medium, line spacing 1.6 (a looser choice below still wins). */
  :host([elderly]) {
    line-height: 1.6 !important;
  }

  /* 1.5 × every level, so the font toggle still changes the size in elderly mode. */
  :host([elderly]) article {
    font-size: max(1.5em, calc(1.5 * var(--_font-size)));
  }

  :host([line-spacing='relaxed']) {
    line-height: 2 !important;
  }

  :host([line-spacing='loose']) {
    line-height: 2.3 !important;
  }

  /* Paragraphs more than 1.3 line-heights apart; targets of 60 × 60 px, but for the links in the
     text, which stay inline: growing them would move the text or overlap the lines around them. */
  :host([elderly]) :is(p, li, figure, blockquote) {
    margin-block-end: 1.35lh;
  }

  :host([elderly]) :is(.attachments a, .toc a, .related a) {
    display: inline-flex;
    align-items: center;
    min-height: ${targetSize};
    min-width: ${targetSize};
  }

  /*
   * No motion: nothing here transitions or animates, and the one movement, the smooth scroll to a
   * section of the contents, is instant in elderly mode (goToSection). A rule on every element
   * to say so cost about 10 % of a 10,000-paragraph render.
   */

  /* The longest line, in the article's own text size, so it holds about as many characters at any size. */
  :host([content-width='wide']) article {
    max-width: 60em;
    margin-inline: auto;
  }

  :host([content-width='medium']) article {
    max-width: 42em;
    margin-inline: auto;
  }

  :host([content-width='narrow']) article {
    max-width: 32em;
    margin-inline: auto;
  }


  .header {
    text-align: center;
    border-block-end: 1px solid var(--_accent);
    margin-block-end: 1.5em;
    padding-block-end: 0.75em;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--article-view-title-font-family, inherit);
    line-height: 1.35;
    text-wrap: balance;
  }

  h1 {
    font-size: 1.6em;
    margin: 0 0 0.4em;
  }

  .subtitle {
    font-size: 1.15em;
    margin: 0 0 0.5em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: baseline;
    gap: 0.25em 1.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /*
   * Blocks off screen are not laid out until they come near it, so a long article renders, and
   * changes text size, in about the time of one screenful. Only blocks of plain text: paint
   * containment would clip the focus ring of a link inside an HTML block. \`auto\` keeps each
   * block's real height once it has been shown.
   */
  .body > :where(:not(.html)) {
    content-visibility: auto;
    contain-intrinsic-size: auto 6em;
  }

  .body.laid-out > * {
    content-visibility: visible;
  }

  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    font-size: 1.2em;
    margin: 1.5em 0 0.5em;
  }

  .body h4,
  .body h5,
  .body h6 {
    font-size: 1.05em;
  }

  p {
    margin: 0 0 1em;
  }

  /*
   * Chinese typesetting: paragraphs indented by two characters and justified, in every theme and
   * in elderly mode. Paragraph blocks and the paragraphs of HTML blocks, not those in lists,
   * tables, quotes or figures.
   */
  .body > p:lang(zh),
  .html p:lang(zh):not(:is(li, td, th, blockquote, figure) p) {
    text-indent: var(--article-view-paragraph-indent, 2em);
    text-align: justify;
  }

  a {
    color: var(--_link);
  }

  a:focus-visible,
  h1:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }

  figure {
    margin: 1.5em 0;
  }

  img {
    display: block;
    max-width: 100%;
    height: auto;
    margin-inline: auto;
  }

  figcaption,
  .details,
  .publisher {
    color: var(--_muted);
    font-size: 0.875em;
  }

  figcaption {
    text-align: center;
    margin-block-start: 0.5em;
  }

  blockquote {
    margin: 0;
    padding-inline-start: 1em;
    border-inline-start: 0.25em solid var(--_accent);
  }

  .quote figcaption {
    text-align: start;
  }

  .html table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }

  .html th,
  .html td {
    border: 1px solid var(--_muted);
    padding: 0.25em 0.5em;
  }

  .html pre {
    overflow-x: auto;
  }

  .attachments,
  .related {
    margin-block-start: 2em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--_muted);
  }

  :is(.attachments, .related) h2 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }

  /* A government document: the notice that it is no longer in force as it stands, its register table, its related links. */
  .notice {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_error);
    border-inline-start-width: 0.25em;
    text-align: start;
    font-weight: bold;
  }

  .document {
    width: 100%;
    margin: 0 0 1.5em;
    border-collapse: collapse;
    font-size: 0.875em;
  }

  .document th,
  .document td {
    border: 1px solid var(--_muted);
    padding: 0.25em 0.5em;
    text-align: start;
    vertical-align: top;
  }

  .document th {
    width: 1%;
    white-space: nowrap;
    font-weight: normal;
    color: var(--_muted);
  }

  .related-group + .related-group {
    margin-block-start: 1em;
  }

  .related ul {
    margin: 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
    margin: 1.5em 0 0;
  }

  .tags li {
    border: 1px solid var(--_muted);
    border-radius: 1em;
    padding: 0 0.75em;
    font-size: 0.875em;
  }

  .publisher {
    margin-block-start: 2em;
    text-align: end;
  }

  .toc {
    margin: 0 0 1.5em;
    padding: 0.5em 1em;
    border-inline-start: 0.25em solid var(--_accent);
  }

  .toc h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }

  .toc ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }

  .toc .level-3,
  .toc .level-4,
  .toc .level-5,
  .toc .level-6 {
    margin-inline-start: 1em;
  }

  .toc a[aria-current] {
    font-weight: bold;
  }

  /* Shown in print only (below). */
  .provenance {
    display: none;
  }

  /* What <read-aloud> is reading: the title or a block of the body. */
  [data-reading] {
    background: color-mix(in srgb, var(--_link) 14%, transparent);
    outline: 2px solid var(--_link);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .header,
    blockquote,
    .error,
    .notice,
    .document :is(th, td),
    .related,
    .tags li,
    .toc {
      border-color: CanvasText;
    }

    [data-reading] {
      outline-color: Highlight;
    }
  }

  /* Printed: black on white, no backgrounds, every link's address written out, headings kept with what follows. */
  @media print {
    /* Over any theme, too. */
    :host,
    :host([theme]),
    :host([elderly]) {
      --_color: #000000;
      --_background: transparent;
      --_muted: #000000;
      --_link: #000000;
      --_accent: #000000;
      --_error: #000000;
      padding: 0 !important;
    }

    /* Every block is laid out for the printout (see content-visibility below). */
    .body > * {
      content-visibility: visible;
    }

    .status,
    .toc {
      display: none;
    }

    .provenance {
      display: block;
      margin-block-start: 2em;
      padding-block-start: 0.5em;
      border-block-start: 1px solid #000000;
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }

    .provenance p {
      margin: 0;
    }

    [data-reading] {
      background: none;
      outline: none;
    }

    .provenance:has(.qr) {
      display: flex;
      justify-content: space-between;
      align-items: end;
      gap: 1em;
    }

    .qr {
      flex: none;
      width: 2.5cm;
      height: 2.5cm;
      fill: #000000;
    }

    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }

    :is(h1, h2, h3, h4, h5, h6) {
      break-after: avoid;
    }

    figure,
    blockquote,
    li,
    .notice,
    .document tr {
      break-inside: avoid;
    }

    img {
      max-width: 100%;
    }
  }
`;
