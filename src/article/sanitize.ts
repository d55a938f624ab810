import DOMPurify, { type Config, type DOMPurify as Purifier, type WindowLike } from 'dompurify';
import type { safeUrl } from './urls.js';

const CONFIG: Config = {
  // HTML only: SVG and MathML are where most sanitizer bypasses live, and articles need neither.
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input',
    'button', 'select', 'option', 'textarea', 'template', 'slot', 'dialog',
  ],
  // `style` could lay a fake page over the host; `id`/`name`/`class` could impersonate the
  // element's own ids (aria-labelledby) and classes.
  // `part`/`exportparts`/`slot` would let article HTML take the host page's `::part()` styles
  // meant for our own parts; popovers and invokers would open a dormant `position: fixed` layer.
  FORBID_ATTR: [
    'style', 'class', 'id', 'name', 'srcset', 'action', 'formaction', 'ping', 'target', 'part', 'exportparts', 'slot',
    'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'interestfor',
  ],
  ALLOW_DATA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'cite', 'poster', 'background', 'longdesc'];

/**
 * Makes the sanitizer around our own DOMPurify instance, so its hooks never touch a DOMPurify the
 * host page uses. The URL check comes in as an argument so that this module, loaded on demand
 * (load-sanitizer.ts), shares no code with the main bundle. Server rendering passes a jsdom window.
 */
export function createSanitizer(
  isSafeUrl: typeof safeUrl,
  window: WindowLike = globalThis.window,
): (html: string) => DocumentFragment {
  const purifier: Purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', node => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.getAttribute(attribute);
      if (value === null) continue;
      const use = node.localName === 'img' && attribute === 'src' ? 'image' : 'link';
      if (isSafeUrl(value, use) === undefined) node.removeAttribute(attribute);
    }
  });
  return html => purifier.sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
