import { OWN_ELEMENTS, TEXT_NODE, compact, isBlank, removeAndTidy } from './dom.js';

/**
 * Takes the portal's own widgets out of a copy of the article's block: the 【字体：大 中 小】
 * switch, 打印 / 关闭 links, share bars, hidden elements and scripts. What is left is the article.
 */
const NEVER_CONTENT = 'script, style, noscript, template, link, meta, base, object, embed, iframe, frame, input, select, textarea, form, [hidden], [aria-hidden="true"]';
const CONTROL_TAGS = /^(a|button|span|li|font|em|i|b|strong|label|u)$/i;
// 打印 / 关闭 and their kin, as their labels appear on portal pages.
const PAGE_ACTION = /^[【[]?(打印|打印本页|打印此页|打印文章|打印正文|关闭|关闭窗口|关闭本页|关闭页面|返回顶部|收藏|加入收藏|我要纠错|纠错|print|printthispage|close|closewindow)[】\]]?$/i;
const FONT_LEVEL = /^(大|中|小|特大|默认|A\+|A-|A＋|A－|[大中小]号|large|medium|small)$/i;
const FONT_LABEL = /字体|字号|文字|fonts?\b|text size/i;
// 【字体：大 中 小】 and the English sites' 【Fonts: Large Medium Small】, with or without links.
const FONT_SWITCH = /^[【[(（]?(字体|字号|fonts?|fontsize|textsize)[：:]?(大|中|小|large|medium|small){2,3}[】\])）]?$/i;
const SHARE = /(^|[\s_-])(bd)?share|jiathis|bshare|fenxiang/i;
const LEFTOVERS = [
  /[【[]?\s*(字体|字号|fonts?)\s*[：:]\s*((大|中|小|large|medium|small)\s*){2,3}[】\]]?/gi,
  /[【[]\s*(字体|字号|fonts?)\s*[：:]?\s*[】\]]?/gi,
  /[【[]\s*[】\]]/g,
  /(^|\s)(字体|字号|fonts?)\s*[：:]\s*$/gi,
];

function isHiddenByStyle(element: Element): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

function isControl(element: Element): boolean {
  if (!CONTROL_TAGS.test(element.localName) && !element.hasAttribute('onclick')) return false;
  const text = compact(element.textContent);
  if (PAGE_ACTION.test(text)) return true;
  return FONT_LEVEL.test(text) && FONT_LABEL.test(element.parentElement?.textContent ?? '');
}

/** Removes the widgets from `root` (a copy in an inert document). */
export function removeWidgets(root: Element): void {
  for (const element of root.querySelectorAll(`${NEVER_CONTENT}, ${OWN_ELEMENTS}`)) element.remove();
  for (const element of root.querySelectorAll('[style]')) if (isHiddenByStyle(element)) element.remove();
  for (const element of root.querySelectorAll('[id], [class]')) {
    if (element.isConnected && SHARE.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) removeAndTidy(element, root);
  }
  for (const element of [...root.querySelectorAll('*')]) {
    // Widgets are short: a paragraph of text is passed over without being searched.
    const raw = element.textContent ?? '';
    if (raw.length > 120 || !root.contains(element)) continue;
    const text = compact(raw);
    if (isControl(element) || FONT_SWITCH.test(text) || (/^分享到/.test(text) && text.length < 40)) removeAndTidy(element, root);
  }
  // What the removed links leave behind: "【字体：   】", "【】" (in one text node once neighbours are joined).
  root.normalize();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const emptied: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE || !/[【[\]】]|字体|字号|fonts?\s*:/i.test(node.nodeValue ?? '')) continue;
    let text = node.nodeValue ?? '';
    for (const pattern of LEFTOVERS) text = text.replace(pattern, '');
    if (text !== node.nodeValue) {
      node.nodeValue = text;
      if (compact(text) === '') emptied.push(node);
    }
  }
  for (const node of emptied) {
    const parent = node.parentElement;
    if (parent && parent !== root && isBlank(parent)) removeAndTidy(parent, root);
  }
}

/** Makes every URL under `root` absolute against `base`: `href`, `src`, `srcset`, `poster`, `cite`; lazy images get their `src`. */
export function resolveUrls(root: Element, base: string | undefined): void {
  for (const image of root.querySelectorAll('img:not([src])')) {
    const lazy = image.getAttribute('data-src') ?? image.getAttribute('data-original');
    if (lazy) image.setAttribute('src', lazy);
  }
  if (!base) return;
  const resolve = (value: string) => {
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return value;
    }
  };
  for (const attribute of ['href', 'src', 'poster', 'cite']) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      element.setAttribute(attribute, resolve(element.getAttribute(attribute) ?? ''));
    }
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    const srcset = (element.getAttribute('srcset') ?? '')
      .split(',')
      .map(candidate => candidate.trim().replace(/^\S+/, url => resolve(url)))
      .join(', ');
    element.setAttribute('srcset', srcset);
  }
}
