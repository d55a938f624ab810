/**
 * DOM helpers of the page reader. They use no globals (no `window`, `Node`, `NodeFilter`), so the
 * same code reads a browser's document and a jsdom one in Node.
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE_TYPE = 8;

/** The elements of portal-reader: never read as the article, and never part of a body. */
export const OWN_ELEMENTS = 'article-view, font-size-toggle, print-close-bar, popular-list, reader-settings, read-aloud, chinese-script-toggle';

/** Text with every run of white space (including `&nbsp;` and the ideographic space) made one space, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** Text without any white space, as labels are compared: "发 布 机 构" is 发布机构. */
export function compact(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** Whether `element` is one of ours or inside one (its light DOM): what the reader must never read. */
export function isOwn(element: Element): boolean {
  return element.closest(OWN_ELEMENTS) !== null;
}

/** An empty document with no browsing context: HTML placed in it loads no image and runs no handler. */
export function inertDocument(doc: Document): Document {
  return doc.implementation.createHTMLDocument('');
}

/** The element at the same child-index path under `copyRoot` as `original` has under `originalRoot`. */
export function counterpart(original: Element, originalRoot: Element, copyRoot: Element): Element | undefined {
  const path: number[] = [];
  for (let node: Element | null = original; node && node !== originalRoot; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return undefined;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
  }
  let node: Element | undefined = copyRoot;
  for (const index of path) node = node?.children[index];
  return node;
}

/** Whether an element shows nothing: no text, and no image, video, table or other embedded content. */
export function isBlank(element: Element): boolean {
  // A search that stops at the first visible character: a long block is not read through.
  return !/[^\s\u00a0\u3000\u200b\ufeff]/.test(element.textContent ?? '')
    && element.querySelector('img, picture, video, audio, svg, table, canvas') === null
    && !/^(img|picture|video|audio|svg|table|canvas|hr)$/i.test(element.localName);
}

/** Removes `node`, then each ancestor up to `root` that was left blank. */
export function removeAndTidy(node: Node, root: Element): void {
  let parent: Element | null = node.parentElement;
  node.parentNode?.removeChild(node);
  while (parent && parent !== root && isBlank(parent)) {
    const next: Element | null = parent.parentElement;
    parent.remove();
    parent = next;
  }
}
