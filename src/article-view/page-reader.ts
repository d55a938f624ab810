/**
 * `<article-view from>`: what reads the article from the page the element is on, loaded the first
 * time an element has `from` and nothing else to show (a chunk of its own in the ES bundle).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Article, ImportWarning } from '../article/types.js';
import { readPage, type PageReadFailure } from '../article/page/read-page.js';
import type { JsonSourceController } from '../shared/json-source.js';
import { labelsFor, labelsIn } from '../shared/localize.js';
import { pageReaderLabels } from './page-reader.labels.js';
import { PageFailure } from './page-source.js';

export interface PageArticle {
  article: Article;
  block: Element;
  warnings: ImportWarning[];
}

/**
 * The article of `doc`, from the block `selector` names (or the block found, for `''`), or why
 * there is none, in `lang`, which the element's JSON source shows as its error state.
 */
async function readPageArticle(doc: Document, selector: string, lang: string): Promise<PageArticle | PageFailure> {
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
function hideBlock(block: Element, host: Element): Element[] {
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

/**
 * Reads the article from the page, when no `article`, `src` or inline JSON is given, and shows it
 * through the element's JSON source (so the sanitizer, `article-load` and the error state are the
 * same as for JSON). Once the article shows, the page's own block is hidden, so the page shows one
 * copy; it is shown again when the element is removed, `from` changes or another source takes
 * over. If reading fails, the page is left as it was.
 */
export class PageSource implements ReactiveController {
  /** Reading the page: the element shows its loading state. */
  reading = false;
  /** Settles when the current reading has; `updateComplete` waits for it. */
  pending?: Promise<unknown>;

  private request = 0;
  // The page's article as read, its warnings, and the article the JSON source made of it.
  private article?: Article;
  private warnings: ImportWarning[] = [];
  private accepted?: Article;
  private block?: Element;
  private showing = false;
  private readonly hidden: Element[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: JsonSourceController<Article>,
    /** The element's language, for the messages. */
    private readonly lang: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere on the page: the block is hidden again.
    if (this.showing) this.hide();
  }

  hostDisconnected(): void {
    this.unhide();
  }

  /**
   * Called whenever the element chooses its source again, with `from` (a selector, or empty to
   * find the block) when it is used, else undefined.
   */
  select(from: string | undefined): void {
    const request = ++this.request;
    this.unhide();
    this.showing = false;
    this.article = this.accepted = this.block = undefined;
    this.warnings = [];
    this.reading = from !== undefined;
    if (from === undefined) {
      this.pending = undefined;
      return;
    }
    const doc = this.host.ownerDocument;
    const selector = from.trim();
    this.pending = this.read(doc, selector, request).finally(() => {
      if (request === this.request) this.pending = undefined;
    });
  }

  /**
   * Called by the JSON source's `parse` with its input and the article it made: for the page's
   * article, the fields the page reader dropped (for `article-load`), else none.
   */
  warningsFor(input: unknown, article: Article): ImportWarning[] {
    if (input !== this.article) return [];
    this.accepted = article;
    return this.warnings;
  }

  /** Called when the element has shown an article: the page's block is hidden if it is the page's. */
  shown(article: Article): void {
    if (article !== this.accepted || !this.block) return;
    this.showing = true;
    this.hide();
  }

  private async read(doc: Document, selector: string, request: number): Promise<void> {
    // A classic script in <head> defines the element before the rest of the page is parsed.
    if (doc.readyState === 'loading') {
      await new Promise(resolve => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const outcome = await readPageArticle(doc, selector, this.lang());
    if (request !== this.request) return;
    this.reading = false;
    if (outcome instanceof PageFailure) {
      this.source.select(outcome, undefined);
    } else {
      this.article = outcome.article;
      this.block = outcome.block;
      this.warnings = outcome.warnings;
      this.source.select(outcome.article, undefined);
    }
  }

  private hide(): void {
    if (this.block?.isConnected && this.host.isConnected) this.hidden.push(...hideBlock(this.block, this.host));
  }

  private unhide(): void {
    for (const element of this.hidden.splice(0)) element.removeAttribute('hidden');
  }
}
