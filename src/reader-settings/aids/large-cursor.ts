import type { Aid, AidContext } from './aid.js';

/*
 * Large cursor (大鼠标): a 64 px arrow, and a 64 px pointing hand over links and buttons, black
 * outlined in white so it shows on any background and in forced colors. Browsers ignore cursor
 * images over 128 px. Set as the theme layer's cursor properties on the document (theme.styles.ts),
 * which every portal-reader element reads in its shadow root: the host page's own elements keep
 * their cursor. A constructable style sheet, so a strict `style-src` allows it; the images are
 * `data:` URLs, which `img-src` must allow.
 */
const svg = (body: string) => `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 32 32">${body}</svg>`)}")`;
const ARROW = svg('<path d="M3 2v24l6.5-6.2 4.2 9.6 4.4-1.9-4.2-9.4H23z" fill="#000" stroke="#fff" stroke-width="1.6" stroke-linejoin="round"/>');
const HAND = svg(
  '<path d="M11 3.5a2.2 2.2 0 0 1 4.4 0V13l1.2-.3a2.2 2.2 0 0 1 2.6 1.3l.2-.1a2.2 2.2 0 0 1 2.9 1.2 2.2 2.2 0 0 1 3 1.9V23c0 3.6-2.9 6.5-6.5 6.5h-2.3a6.5 6.5 0 0 1-5.4-2.9l-4.6-6.9a2.2 2.2 0 0 1 3.4-2.8L11 18z" fill="#000" stroke="#fff" stroke-width="1.6" stroke-linejoin="round"/>',
);

/** The cursor values, as the aid sets them: the image with its hotspot (in the image's 64 px), then the keyword. */
export const LARGE_CURSOR = `${ARROW} 6 4, auto`;
export const LARGE_POINTER_CURSOR = `${HAND} 26 4, pointer`;

export function start(_context: AidContext): Aid {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:root { --portal-reader-cursor: ${LARGE_CURSOR}; --portal-reader-pointer-cursor: ${LARGE_POINTER_CURSOR}; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    stop() {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter(adopted => adopted !== sheet);
    },
  };
}
