/**
 * What `<article-view from>` (page-source.ts) does only when it reads a page, loaded with the page
 * reader on first use: reading the page's article, saying in the reader's language why there is
 * none, and hiding the page's own copy once the element shows it.
 */
import type { Article, ImportWarning } from '../article/types.js';
import { readPage, type PageReadFailure } from '../article/page/read-page.js';
import { labelsFor, labelsIn } from '../shared/localize.js';
import { pageReaderLabels } from './page-reader.labels.js';
import { PageFailure } from './page-source.js';

export interface PageArticle {
  article: Article;
  block: Element;
  warnings: ImportWarning[];
}

/** The article of `doc`, from the block `selector` names (or the block found, for `''`), or why there is none, in `lang`. */
export async function readPageArticle(doc: Document, selector: string, lang: string): Promise<PageArticle | PageFailure> {
  try {
    return await readPage(doc, { from: selector === '' ? true : selector });
  } catch (error) {
    return new PageFailure(describe(error, lang));
  }
}

function describe(error: unknown, lang: string): string {
  const t = labelsIn(pageReaderLabels, lang);
  const { reason, selector } = error as { reason?: PageReadFailure; selector?: string };
  switch (reason) {
    case 'no-match':
      return t.noMatch(selector ?? '');
    case 'bad-selector':
      return t.badSelector(selector ?? '');
    case 'no-block':
      return t.noBlock;
    case 'no-title':
      return t.noTitle;
    case 'reader-unavailable':
      return labelsFor(lang).pageReaderFailed;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Hides `block`, the page's copy of the article `host` shows; when `host` sits inside it
 * (`from="main"`), all of it but the branch that holds `host`. Returns what it hid.
 */
export function hideBlock(block: Element, host: Element): Element[] {
  const hidden: Element[] = [];
  const hide = (element: Element) => {
    if (element.hasAttribute('hidden') || /^(script|style|template|link|meta)$/i.test(element.localName)) return;
    element.setAttribute('hidden', '');
    hidden.push(element);
  };
  if (!block.contains(host)) {
    hide(block);
    return hidden;
  }
  for (let node: Element | undefined = block; node && node !== host; ) {
    let next: Element | undefined;
    for (const child of node.children) {
      if (child === host || child.contains(host)) next = child;
      else hide(child);
    }
    node = next;
  }
  return hidden;
}
