import { adoptStyles, css, type CSSResultOrNative } from 'lit';

/** What an aid draws over the page (the caption bar, the guide), in its own shadow root. */
export interface Overlay {
  host: HTMLElement;
  root: ShadowRoot;
  /** Takes the colours of `text` in `view` as the reader sees them (its theme, or a designer's properties). */
  followColours(view: Element, text: Element): void;
  /** Removes the overlay and stops calling `redraw`. */
  remove(): void;
}

// Fixed over the viewport, in the top layer (a manual popover), so that no transform, overflow or
// z-index of the host page hides it or shifts it; never a target of the pointer; never printed.
const overlayBase = css`
  :host {
    position: fixed !important;
    inset: auto;
    z-index: 2147483647;
    box-sizing: border-box;
    width: auto;
    height: auto;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: visible;
    background: none;
    color: inherit;
    pointer-events: none !important;
  }

  @media print {
    :host {
      display: none !important;
    }
  }
`;

/**
 * Adds an overlay to `layer`, hidden from assistive technology: what it shows is on the page
 * already, which a screen reader reads.
 */
export function overlay(layer: HTMLElement, styles: CSSResultOrNative, redraw: () => void): Overlay {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [overlayBase, styles]);
  layer.append(host);
  // Where there is no popover API, position: fixed with the highest z-index serves.
  if (typeof host.showPopover === 'function') host.showPopover();
  // What is drawn is placed in viewport coordinates: drawn again, once a frame at most, as the page scrolls or resizes.
  let frame = 0;
  const redrawSoon = () =>
    (frame ||= requestAnimationFrame(() => {
      frame = 0;
      redraw();
    }));
  addEventListener('scroll', redrawSoon, { capture: true, passive: true });
  addEventListener('resize', redrawSoon, { passive: true });
  return {
    host,
    root,
    followColours(view, text) {
      const background = getComputedStyle(view).backgroundColor;
      // A view without a background of its own leaves the theme layer's.
      if (background === 'rgba(0, 0, 0, 0)' || background === 'transparent') host.style.removeProperty('--portal-reader-background');
      else host.style.setProperty('--portal-reader-background', background);
      host.style.setProperty('--portal-reader-color', getComputedStyle(text).color);
    },
    remove() {
      removeEventListener('scroll', redrawSoon, { capture: true });
      removeEventListener('resize', redrawSoon);
      cancelAnimationFrame(frame);
      host.remove();
    },
  };
}
