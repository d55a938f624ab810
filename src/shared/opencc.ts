/**
 * Simplified to Traditional Chinese with OpenCC (opencc-js): its phrase and character tables for
 * mainland Simplified (`from/cn`) and Taiwan's standard character forms (`to/tw`), without regional
 * vocabulary (信息 stays 信息, not 資訊), as OpenCC's `s2tw`; and the conversion of a tree's text in
 * place. About 1 MB of tables: this module is imported only when a reader chooses Traditional
 * (chinese-script.ts `loadTraditional`), from its own chunk, and imports nothing of ours.
 *
 * Converting changes the data of Text nodes only, and only of those whose text changes: no node is
 * created or removed, no attribute (a link's `href`, an image's `alt`) is touched, and a URL
 * written in the text is left as it is. Each converted node's original text is kept, so going
 * back to Simplified restores it exactly, not by converting back.
 */
import { ConverterFactory } from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';

/** Converts Simplified Chinese text to Traditional; other characters are left as they are. */
export const toTraditional: (text: string) => string = ConverterFactory(fromCn, toTw);

// Elements whose text is not prose to convert: code, and what is not shown.
const LITERAL = new Set(['script', 'style', 'code', 'kbd', 'samp', 'var', 'textarea', 'noscript']);
const HAN = /\p{Script=Han}/u;
// A URL or e-mail address in running text ends at a space or at Chinese punctuation; it is kept as
// written (a Chinese domain name stays the one that resolves).
const URL_IN_TEXT = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.|\bmailto:|[\w.+-]+@)[^\s，。；、！？）》」』”’]+/giu;

// What each converted node said before and says now: a node whose text has been replaced since
// (a re-render writing a new value) is not ours to restore.
const converted = new WeakMap<Text, { original: string; shown: string }>();
// Text found to need no conversion, so that later passes over an unchanged tree skip it.
const unchanged = new WeakMap<Text, string>();

function convertOutsideUrls(text: string, convert: (text: string) => string): string {
  // `matchAll` copies the expression, so its `lastIndex` is always 0 here.
  const urls = [...text.matchAll(URL_IN_TEXT)];
  if (urls.length === 0) return convert(text);
  let result = '';
  let last = 0;
  for (const match of urls) {
    result += convert(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + convert(text.slice(last));
}

const otherScripts = new Map<string, boolean>();

/** True for a language other than Chinese (Japanese kanji are not Simplified), or Chinese already in Traditional characters. */
function otherScript(lang: string): boolean {
  let other = otherScripts.get(lang);
  if (other === undefined) {
    try {
      other = !/^zh(?:-|$)/i.test(lang) || new Intl.Locale(lang).maximize().script === 'Hant';
    } catch {
      other = true;
    }
    otherScripts.set(lang, other);
  }
  return other;
}

function skipped(element: Element): boolean {
  if (LITERAL.has(element.localName) || element.getAttribute('translate') === 'no') return true;
  const lang = element.getAttribute('lang');
  return lang !== null && lang !== '' && otherScript(lang);
}

/**
 * Converts the Chinese text under `root`, node by node, keeping each original. Elements that are
 * code, `translate="no"`, or in another language (`lang`) are left as they are.
 */
export function convertText(root: Node): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: node =>
      node.nodeType === Node.TEXT_NODE
        ? NodeFilter.FILTER_ACCEPT
        : skipped(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP,
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    if (unchanged.get(node) === text || converted.get(node)?.shown === text || !HAN.test(text)) continue;
    const traditional = convertOutsideUrls(text, toTraditional);
    if (traditional === text) {
      unchanged.set(node, text);
    } else {
      converted.set(node, { original: text, shown: traditional });
      node.data = traditional;
    }
  }
}

/** Gives every node under `root` that `convertText` converted its original text back. */
export function restoreText(root: Node): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const entry = converted.get(node);
    if (!entry) continue;
    converted.delete(node);
    if (node.data === entry.shown) node.data = entry.original;
  }
}
