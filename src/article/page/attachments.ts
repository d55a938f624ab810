import type { Attachment, RelatedLink } from '../types.js';
import { safeUrl } from '../urls.js';
import { TEXT_NODE, compact, removeAndTidy, squash } from './dom.js';

/**
 * Links to documents become attachments: the extensions portals attach (OFD and WPS included),
 * with the MIME type servers send for each (Apache's `mime.types`). HTML pages and images are
 * links, not attachments.
 */
const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  wps: 'application/vnd.ms-works',
  ofd: 'application/ofd',
  txt: 'text/plain',
  zip: 'application/zip',
  rar: 'application/vnd.rar',
  '7z': 'application/x-7z-compressed',
};

const EXTENSION = new RegExp(`\\.(${Object.keys(DOCUMENT_TYPES).join('|')})$`, 'i');
// "(356KB)", "（1.2MB）", "（356K）", "[2.5 M]": sizes as link texts give them.
const SIZE = /[（(［[【]\s*(\d+(?:\.\d+)?)\s*(bytes?|b|k|kb|m|mb|g|gb)\s*[)）］\]】]/i;
const UNIT_BYTES: Record<string, number> = { b: 1, byte: 1, bytes: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };
// A link titled 政策解读 or 解读 ("【政策解读】", "《…办法》政策解读", "图文解读").
const INTERPRETATION = /解读$/;
// What a paragraph holding only attachment links has besides them: "附件：", numbering, separators.
const ATTACHMENT_LABELS = /附件\d*|相关附件|附件下载|相关链接|下载|[：:、,，;；.\s\d]|[（(［[【]\s*\d+(?:\.\d+)?\s*(?:bytes?|b|k|kb|m|mb|g|gb)\s*[)）］\]】]/gi;

/** The MIME type of a URL that names a document, by the extension of its path (or of a file name in its query). */
export function documentType(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the raw path still has its extension.
  }
  const extension = path.match(EXTENSION)?.[1] ?? [...parsed.searchParams.values()].map(value => value.match(EXTENSION)?.[1]).find(Boolean);
  return extension ? DOCUMENT_TYPES[extension.toLowerCase()] : undefined;
}

/** Bytes from a size written in a text, e.g. "(1.2MB)" is 1,258,291. */
export function sizeIn(text: string): number | undefined {
  const match = text.match(SIZE);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * UNIT_BYTES[match[2].toLowerCase()]);
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** The text right after a link (in its parent), where portals often put the size: `<a>…</a>（356KB）`. */
function textAfter(link: Element): string {
  const next = link.nextSibling;
  return next?.nodeType === TEXT_NODE ? (next.nodeValue ?? '').slice(0, 40) : '';
}

export interface PageLinks {
  attachments: Attachment[];
  related: RelatedLink[];
}

/**
 * The attachments and interpretations among the links under `root` (whose URLs are already
 * resolved). With `tidy`, a paragraph that holds nothing but such links ("附件：<a>…</a>") is
 * taken out of `root`: the attachments list shows them.
 */
export function readLinks(root: Element, tidy: boolean): PageLinks {
  const attachments: Attachment[] = [];
  const related: RelatedLink[] = [];
  const seen = new Set<string>();
  const found: Element[] = [];
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    const text = squash(link.textContent);
    const url = safeUrl(href, 'link');
    const type = documentType(href);
    if (type) {
      if (url === undefined || seen.has(url)) continue;
      seen.add(url);
      const title = squash(text.replace(SIZE, '')) || squash(link.getAttribute('title')) || fileName(url) || url;
      const size = sizeIn(text) ?? sizeIn(textAfter(link));
      attachments.push({ title, url, type, ...(size !== undefined ? { size } : {}) });
      found.push(link);
    } else if (INTERPRETATION.test(compact(text).replace(/[【】[\]《》<>「」]/g, ''))) {
      if (url === undefined || seen.has(url)) continue;
      seen.add(url);
      related.push({ title: text, url, kind: 'interpretation' });
      found.push(link);
    }
  }
  if (tidy) {
    for (const link of found) {
      const holder = link.parentElement?.closest('p, li, dd, td, div, section') ?? undefined;
      if (holder === root) {
        // Loose in the block: the link goes, with the label before it and the size after it.
        for (const side of [link.previousSibling, link.nextSibling]) {
          if (side?.nodeType === TEXT_NODE && (side.nodeValue ?? '').replace(ATTACHMENT_LABELS, '') === '') side.remove();
        }
        removeAndTidy(link, root);
        continue;
      }
      if (!holder || !root.contains(holder)) continue;
      let rest = holder.textContent ?? '';
      for (const other of holder.querySelectorAll('a[href]')) {
        if (found.includes(other)) rest = rest.replace(other.textContent ?? '', '');
      }
      if (rest.replace(ATTACHMENT_LABELS, '') === '') removeAndTidy(holder, root);
    }
  }
  return { attachments, related };
}
