import type { ReactiveController, ReactiveElement } from 'lit';
import type { Article, ImportWarning } from '../article/types.js';
import type { PageReadFailure } from '../article/page/errors.js';
import type { JsonSourceController } from '../shared/json-source.js';
import type { Labels } from '../shared/localize.js';

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
 * reading fails, the page is left as it was.
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
    private readonly labels: () => Labels,
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
    let outcome: { article: Article; block: Element; warnings: ImportWarning[] } | PageFailure;
    try {
      const reader = await import('../article/page/read-page.js').catch(() => undefined);
      outcome = reader
        ? await reader.readPage(doc, { from: selector === '' ? true : selector })
        : new PageFailure(this.labels().pageSource.readerFailed);
    } catch (error) {
      outcome = new PageFailure(this.describe(error));
    }
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

  private describe(error: unknown): string {
    const t = this.labels().pageSource;
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
        return t.readerFailed;
      default:
        return error instanceof Error ? error.message : String(error);
    }
  }

  /** Hides the block; when the element sits inside it (`from="main"`), hides all of it but the branch that holds the element. */
  private hide(): void {
    const block = this.block;
    if (!block?.isConnected) return;
    const hide = (element: Element) => {
      if (element.hasAttribute('hidden') || /^(script|style|template|link|meta)$/i.test(element.localName)) return;
      element.setAttribute('hidden', '');
      this.hidden.push(element);
    };
    if (!block.contains(this.host)) return hide(block);
    for (let node: Element | undefined = block; node && node !== this.host; ) {
      let next: Element | undefined;
      for (const child of node.children) {
        if (child === this.host || child.contains(this.host)) next = child;
        else hide(child);
      }
      node = next;
    }
  }

  private unhide(): void {
    for (const element of this.hidden.splice(0)) element.removeAttribute('hidden');
  }
}
