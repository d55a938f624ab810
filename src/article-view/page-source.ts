import type { ReactiveController, ReactiveElement } from 'lit';
import type { Article, ImportWarning } from '../article/types.js';
import type { JsonSourceController } from '../shared/json-source.js';
import type { hideBlock } from './page-reader.js';

/** A failed page reading, handed to the JSON source so that it shows the error state with this message. */
export class PageFailure {
  constructor(readonly message: string) {}

  throw(): never {
    throw new Error(this.message);
  }
}

/**
 * `<article-view from>`: reads the article from the page the element is on, when no `article`,
 * `src` or inline JSON is given, and shows it through the element's JSON source (so the sanitizer,
 * `article-load` and the error state are the same as for JSON). The page reader is loaded on first
 * use. Once the article shows, the page's own block is hidden, so the page shows one copy; it is
 * shown again when the element is removed, `from` changes or another source takes over. If
 * reading fails, the page is left as it was. What runs only when reading is in page-reader.ts.
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
  // From the page reader's chunk, once loaded.
  private hideBlock?: typeof hideBlock;

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: JsonSourceController<Article>,
    /** The element's language, for the messages. */
    private readonly lang: () => string,
    /** The message for a page reader that could not be loaded. */
    private readonly readerFailed: () => string,
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
   * Called whenever the element chooses its source again. `nothingElse`: no property, `src` or
   * inline JSON was given, so `from` (a selector, or empty to find the block) is used.
   */
  select(from: string | null | undefined, nothingElse: boolean): void {
    const request = ++this.request;
    this.unhide();
    this.showing = false;
    this.article = this.accepted = this.block = undefined;
    this.warnings = [];
    this.reading = nothingElse && typeof from === 'string';
    if (!this.reading) {
      this.pending = undefined;
      return;
    }
    const doc = this.host.ownerDocument;
    const selector = from!.trim();
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
    const reader = await import('./page-reader.js').catch(() => undefined);
    const outcome = reader ? await reader.readPageArticle(doc, selector, this.lang()) : new PageFailure(this.readerFailed());
    if (request !== this.request) return;
    this.reading = false;
    this.hideBlock = reader?.hideBlock;
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
    if (this.block?.isConnected && this.hideBlock) this.hidden.push(...this.hideBlock(this.block, this.host));
  }

  private unhide(): void {
    for (const element of this.hidden.splice(0)) element.removeAttribute('hidden');
  }
}
