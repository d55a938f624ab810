/**
 * HTML entities and markup in text fields of other people's JSON (JSON-LD, JSON Feed), without a
 * DOM: the article model also runs in Node (portal-reader/ssr, the page importer).
 *
 * Named entities: the 252 of HTML 4.01 plus `&apos;`. That is the table PHP's `htmlentities()`
 * writes by default, so it covers what CMSs put into JSON (WordPress, Drupal and the like; others
 * write numeric references, which are all decoded). HTML5's full table has 2,231 names, about
 * 20 kB gzipped even in the most compact form (the `entities` package's trie), which would nearly
 * double the bundle for names such as `&NotNestedGreaterGreater;` that no CMS writes. An unknown
 * name is left as it is.
 */

// U+00A0 to U+00FF, in order.
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml';
// U+0391 to U+03A9 (U+03A2 is unassigned) and U+03B1 to U+03C9.
const GREEK =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi ' +
  'Chi Psi Omega';
const GREEK_SMALL =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon ' +
  'phi chi psi omega';
// The rest of HTML 4.01 (and `apos`), as name and hexadecimal code point. `lang` and `rang` have
// HTML5's code points, as browsers decode them.
const OTHERS =
  'quot 22 amp 26 apos 27 lt 3c gt 3e OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 fnof 192 circ 2c6 tilde 2dc ' +
  'thetasym 3d1 upsih 3d2 piv 3d6 ensp 2002 emsp 2003 thinsp 2009 zwnj 200c zwj 200d lrm 200e rlm 200f ndash 2013 ' +
  'mdash 2014 lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e dagger 2020 Dagger 2021 bull 2022 ' +
  'hellip 2026 permil 2030 prime 2032 Prime 2033 lsaquo 2039 rsaquo 203a oline 203e frasl 2044 euro 20ac image 2111 ' +
  'weierp 2118 real 211c trade 2122 alefsym 2135 larr 2190 uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 ' +
  'lArr 21d0 uArr 21d1 rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty 2205 nabla 2207 ' +
  'isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus 2212 lowast 2217 radic 221a prop 221d infin 221e ang 2220 ' +
  'and 2227 or 2228 cap 2229 cup 222a int 222b there4 2234 sim 223c cong 2245 asymp 2248 ne 2260 equiv 2261 ' +
  'le 2264 ge 2265 sub 2282 sup 2283 nsub 2284 sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 ' +
  'lceil 2308 rceil 2309 lfloor 230a rfloor 230b lang 27e8 rang 27e9 loz 25ca spades 2660 clubs 2663 hearts 2665 ' +
  'diams 2666';

// What HTML makes of &#128; to &#159;: the Windows-1252 characters old CMSs meant (&#146; is ’).
const WINDOWS_1252 =
  '20ac 81 201a 192 201e 2026 2020 2021 2c6 2030 160 2039 152 8d 17d 8f 90 2018 2019 201c 201d 2022 2013 2014 2dc ' +
  '2122 161 203a 153 9d 17e 178';

let named: Map<string, string> | undefined;

/** Built on first use, so a page whose articles have no entities never pays for it. */
function namedEntities(): Map<string, string> {
  if (named) return named;
  named = new Map();
  const add = (names: string, first: number) =>
    names.split(' ').forEach((name, i) => name !== '-' && named!.set(name, String.fromCodePoint(first + i)));
  add(LATIN_1, 0xa0);
  add(GREEK, 0x391);
  add(GREEK_SMALL, 0x3b1);
  const others = OTHERS.split(' ');
  for (let i = 0; i < others.length; i += 2) named.set(others[i], String.fromCodePoint(Number.parseInt(others[i + 1], 16)));
  return named;
}

function numericEntity(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(Number.parseInt(WINDOWS_1252.split(' ')[code - 0x80], 16));
  // NUL, surrogates and what is beyond Unicode become U+FFFD, as in HTML.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

function decodeOne(reference: string): string | undefined {
  if (reference[0] !== '#') return namedEntities().get(reference);
  const hex = reference[1] === 'x' || reference[1] === 'X';
  const digits = reference.slice(hex ? 2 : 1);
  return digits === '' ? undefined : numericEntity(Math.min(Number.parseInt(digits, hex ? 16 : 10), 0x110000));
}

// `&amp;` before another reference is text escaped twice (`&amp;mdash;`), as templates that
// escape JSON strings again write it: both are decoded, so the reader sees — and not &mdash;.
const REFERENCE = /&(amp;)?(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Decodes named (HTML 4.01), decimal and hexadecimal character references; `&` alone stays. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (match, twice: string | undefined, reference: string) => {
    const decoded = decodeOne(reference);
    if (decoded !== undefined) return decoded;
    return twice ? `&${reference};` : match;
  });
}

// A start tag, an end tag or a comment. `<` followed by a space or digit (`a < b`, `<3`) is text.
const MARKUP = /<(?:[A-Za-z][A-Za-z0-9-]*(?:[\s/][^<>]*)?|\/[A-Za-z][A-Za-z0-9-]*\s*)>|<!--/;
// Elements that start a new block; between them the text of a field breaks into paragraphs.
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
/** Elements whose content is not text a reader sees. */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'head']);
// Sticky: matched only where a `<` is. `[^<>]*` stops at the next bracket, so the scan is linear.
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>/y;
const endTags = new Map<string, RegExp>();

/** Whether `text` holds HTML markup: a tag or a comment. */
export function hasMarkup(text: string): boolean {
  return text.includes('<') && MARKUP.test(text);
}

/** Whether `html` has an element that makes a block (a paragraph, heading, list, table…). */
export function hasBlockElements(html: string): boolean {
  for (const match of html.matchAll(/<([A-Za-z][A-Za-z0-9]*)/g)) {
    if (BLOCK_ELEMENTS.has(match[1].toLowerCase())) return true;
  }
  return false;
}

/** Removes tags and comments, and the content of script-like elements; a block becomes a paragraph break. */
function stripTags(html: string): string {
  let text = '';
  let copied = 0;
  let from = 0;
  for (let open = html.indexOf('<'); open !== -1; open = html.indexOf('<', from)) {
    let end: number;
    let replacement = '';
    if (html.startsWith('<!', open) || html.startsWith('<?', open)) {
      // A comment, doctype, CDATA section or processing instruction: all of it goes.
      const comment = html.startsWith('<!--', open);
      const close = html.indexOf(comment ? '-->' : '>', open + 2);
      end = close === -1 ? html.length : close + (comment ? 3 : 1);
    } else {
      TAG.lastIndex = open;
      const tag = TAG.exec(html);
      if (!tag) {
        from = open + 1;
        continue;
      }
      end = TAG.lastIndex;
      const name = tag[2].toLowerCase();
      if (!tag[1] && HIDDEN_ELEMENTS.has(name)) {
        let endTag = endTags.get(name);
        if (!endTag) endTags.set(name, (endTag = new RegExp(`</${name}\\s*>`, 'gi')));
        endTag.lastIndex = end;
        end = endTag.exec(html) ? endTag.lastIndex : html.length;
      } else if (name === 'br') {
        replacement = '\n';
      } else if (BLOCK_ELEMENTS.has(name)) {
        replacement = '\n\n';
      } else if (name === 'td' || name === 'th' || name === 'img') {
        replacement = ' ';
      }
    }
    text += html.slice(copied, open) + replacement;
    copied = from = end;
  }
  return text + html.slice(copied);
}

// Text that was escaped as a whole, markup included (`&lt;p&gt;…`): once decoded, these tags are
// the page's markup and not words of the text.
const ESCAPED_MARKUP = /<\/?(?:a|b|br|div|em|font|h[1-6]|i|img|li|ol|p|span|strong|u|ul)(?:[\s/][^<>]*)?>/i;

/** HTML (or text with entities) as plain text; blocks and `<br>` become line breaks. */
export function htmlToText(value: string): string {
  let text = value.includes('<') ? stripTags(value) : value;
  text = decodeEntities(text);
  if (text.includes('<') && ESCAPED_MARKUP.test(text)) text = stripTags(text);
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A one-line text field (a title, a name, a summary): no markup, no entities, one space between words. */
export function toPlainText(value: string): string {
  const text = value.includes('<') || value.includes('&') ? htmlToText(value) : value;
  return text.replace(/\s+/g, ' ').trim();
}
