import type { DocumentValidity, GovernmentDocument, ImportWarning } from '../types.js';
import { findPageDate } from './dates.js';
import { TEXT_NODE, compact, isElement, isOwn, squash } from './dom.js';

/**
 * The register data of a government document (信息公开), read wherever the page shows it. Real
 * pages write it three ways, all read here:
 * - a table of label cells and value cells (www.gov.cn: `<table class="bd1">`, `<td><b>发文机关：</b></td><td>国务院</td>`);
 * - a list or a row of spans, label and value in one element (`<li>索引号：001008003/2020-12345</li>`);
 * - several pairs in one line (`索引号：52230011/2016-173111 文章来源：… 发布时间：…`).
 * Labels may hold spaces or `&nbsp;` between their characters ("发&nbsp;布&nbsp;机&nbsp;构").
 */
type Field = keyof GovernmentDocument | 'published';

const LABELS: Record<string, Field> = {
  索引号: 'indexNumber',
  发布机构: 'issuer',
  发文机关: 'issuer',
  发文单位: 'issuer',
  发布单位: 'issuer',
  文号: 'number',
  发文字号: 'number',
  文件编号: 'number',
  成文日期: 'written',
  发布日期: 'published',
  主题分类: 'topic',
  有效性: 'validity',
  效力状态: 'validity',
  生效日期: 'validFrom',
  施行日期: 'validFrom',
  失效日期: 'validUntil',
  废止日期: 'validUntil',
};

const GAP = '[\\s\\u00a0\\u3000]*';
// Longest first, so 发文字号 is not read as 文号.
const LABEL_PATTERN = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map(label => [...label].join(GAP))
  .join('|');
const LABEL_IN_TEXT = new RegExp(LABEL_PATTERN);
const LABEL_ONLY = new RegExp(`^(?:${LABEL_PATTERN})${GAP}[：:]?${GAP}$`);
const PAIR = new RegExp(`(${LABEL_PATTERN})${GAP}[：:]${GAP}`, 'g');
// Where a value ends: the next "label：" of any kind (来源：, 发布时间：…), known or not.
// An unknown label needs white space before it, or a value's last characters would be taken for one.
const NEXT_LABEL = new RegExp(`(?:${GAP}(?:${LABEL_PATTERN})|[\\s\\u00a0\\u3000]+[\\u4e00-\\u9fff]{2,8})${GAP}[：:]`);
const NOTHING = /^(无|暂无|—+|-+|\/|空)$/;

const MAX_LABEL_ELEMENT = 300;
const MAX_VALUE = 500;

function fieldOf(label: string): Field | undefined {
  return LABELS[compact(label).replace(/[：:]$/, '')];
}

/** The text of `element`'s next element sibling, for a label cell followed by its value cell. */
function nextCellText(element: Element): string {
  return squash(element.nextElementSibling?.textContent);
}

/** The text after `element` inside its parent, up to the next label: `<span>索引号：</span>001/2020`. */
function textAfter(element: Element): string {
  let text = '';
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (isElement(node) && LABEL_IN_TEXT.test(node.textContent ?? '')) break;
    text += node.textContent ?? '';
  }
  return squash(text);
}

/** The value that goes with a label-only element. */
function valueOfLabel(label: Element): string {
  let element = label;
  for (let level = 0; level < 4; level++) {
    if (/^(td|th|dt)$/i.test(element.localName)) return nextCellText(element);
    const after = textAfter(element);
    if (after) return after;
    const parent = element.parentElement;
    // Climbs only while the label fills its parent (`<td><b>发文机关：</b></td>`).
    if (!parent || compact(parent.textContent) !== compact(element.textContent)) return nextCellText(element);
    element = parent;
  }
  return '';
}

/** Every "label：value" pair in one line of text. */
function pairs(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(PAIR)) {
    const rest = text.slice(match.index + match[0].length);
    const end = rest.search(NEXT_LABEL);
    found.push([match[1], squash(end === -1 ? rest : rest.slice(0, end))]);
  }
  return found;
}

const VALIDITY: [RegExp, DocumentValidity][] = [
  [/废止/, 'repealed'],
  [/失效|过期/, 'expired'],
  [/修改|修订|修正/, 'amended'],
  [/有效|现行|生效/, 'valid'],
];

export interface DocumentTable {
  /** The document's register data, when the page has any. */
  document?: GovernmentDocument;
  /** 发布日期, the article's date when nothing else gives one. */
  published?: string;
  /** The elements holding the labels, so the reader can leave the table out of the body. */
  cells: Element[];
  warnings: ImportWarning[];
}

/** Reads the document metadata table under `scope` (a page, or a copy of its block), leaving out portal-reader's own elements. */
export function readDocumentTable(scope: Document | Element): DocumentTable {
  const values = new Map<Field, { label: string; value: string }>();
  const cells: Element[] = [];
  const root = 'body' in scope ? (scope.body ?? scope.documentElement) : scope;
  if (!root) return { cells, warnings: [] };
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== TEXT_NODE || !LABEL_IN_TEXT.test(node.nodeValue ?? '')) continue;
    const element = node.parentElement;
    if (!element || seen.has(element) || /^(script|style|title|textarea|option)$/i.test(element.localName) || isOwn(element)) continue;
    seen.add(element);
    const text = element.textContent ?? '';
    const found: [string, string][] = LABEL_ONLY.test(text)
      ? [[text, valueOfLabel(element)]]
      : pairs(squash(text.length <= MAX_LABEL_ELEMENT ? text : node.nodeValue));
    let used = false;
    for (const [label, value] of found) {
      const field = fieldOf(label);
      if (!field || values.has(field) || value === '' || NOTHING.test(value) || value.length > MAX_VALUE) continue;
      values.set(field, { label: compact(label).replace(/[：:]$/, ''), value });
      used = true;
    }
    if (used) cells.push(element);
  }
  return { ...toDocument(values), cells };
}

function toDocument(values: Map<Field, { label: string; value: string }>): Omit<DocumentTable, 'cells'> {
  const warnings: ImportWarning[] = [];
  const document: GovernmentDocument = {};
  let published: string | undefined;
  for (const [field, { label, value }] of values) {
    switch (field) {
      case 'indexNumber':
      case 'issuer':
      case 'number':
      case 'topic':
        document[field] = value;
        break;
      case 'written':
      case 'validFrom':
      case 'validUntil':
      case 'published': {
        const date = findPageDate(value);
        if (date === undefined) {
          warnings.push({ field: label, message: `is not a date: "${value}"` });
        } else if (field === 'published') {
          published = date;
        } else {
          document[field] = date.slice(0, 10);
        }
        break;
      }
      case 'validity': {
        const validity = VALIDITY.find(([pattern]) => pattern.test(compact(value)))?.[1];
        if (validity) document.validity = validity;
        else warnings.push({ field: label, message: `is not one of 有效, 失效, 废止, 已修改: "${value}"` });
        break;
      }
    }
  }
  return { document: Object.keys(document).length > 0 ? document : undefined, published, warnings };
}
