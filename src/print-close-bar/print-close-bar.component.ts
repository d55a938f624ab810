import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import { setPrintTarget } from './print-scope.js';
import { styles } from './print-close-bar.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { buttonStyles } from '../shared/button.styles.js';
import { closestAcross, elementById } from '../shared/target.js';
import type { ArticleView } from '../article-view/article-view.component.js';

export type PrintRequestEvent = CustomEvent<Record<string, never>>;
export type CloseRequestEvent = CustomEvent<Record<string, never>>;
export type ShareRequestEvent = CustomEvent<{ url: string; title: string }>;

/**
 * @tag print-close-bar
 * @summary The "Print Close" actions under an article.
 *
 * Print fires `print-request`, then opens the browser's print dialog. While the bar is on the page,
 * every printout, from this button or from the browser's own menu, holds only the article(s):
 * the `article-view` elements, or the element named by `for`.
 * Close fires `close-request`, then closes the window where the browser allows it, else goes back
 * in history; where neither is possible the Close button hides itself.
 * Share (with the `share` attribute) fires `share-request`, then opens the system share sheet where
 * there is one, else copies the link and says so beside the button; where copying is not allowed it
 * shows the link selected in a read-only field.
 *
 * @attr for - Id of the element to print instead of the page's `article-view` elements (e.g. a legacy `<div id="zoom">`).
 * @attr no-print - Hides the Print button.
 * @attr no-close - Hides the Close button.
 * @attr share - Shows a Share button after Close. It shares the `url` and title of the article in the `article-view` named by `for`, or the one the bar is in, or the first on the page; else the page's address and title.
 * @attr elderly - Larger buttons (60 × 60 px) for elderly mode. Inside an `article-view` in elderly mode the buttons grow without it.
 *
 * @csspart print - The Print button.
 * @csspart close - The Close button.
 * @csspart share - The Share button.
 * @csspart share-status - The live region beside Share that says "Link copied" or holds the link to copy.
 * @csspart share-link - The read-only field with the link, shown where the clipboard cannot be written.
 *
 * @cssproperty --print-close-bar-color - Text and border color of the buttons.
 * @cssproperty --print-close-bar-background - Background of the buttons.
 * @cssproperty --print-close-bar-focus-color - Color of the keyboard focus ring.
 * @cssproperty --print-close-bar-gap - Space between the buttons.
 *
 * @fires print-request - Before printing; cancel it to print another way.
 * @fires close-request - Before closing; cancel it to close another way (e.g. a modal).
 * @fires share-request - Before sharing; `detail` is `{ url, title }`; cancel it to share another way.
 */
export class PrintCloseBar extends LocalizedElement {
  static override styles = [hostReset, buttonStyles, styles];

  /** Id of the element to print; without it, the page's `article-view` elements. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Hides the Print button. */
  @property({ type: Boolean, attribute: 'no-print' }) noPrint = false;

  /** Hides the Close button. */
  @property({ type: Boolean, attribute: 'no-close' }) noClose = false;

  /** Shows a Share button: the `url` and title of the bar's article (`for`, else the enclosing, else the first `article-view`), else the page's. */
  @property({ type: Boolean }) share = false;

  // Set when Close could neither close the window nor go back: a button that does nothing is hidden.
  @state() private closeUnavailable = false;

  // What the share live region says: the link was copied, or the link to copy by hand.
  @state() private shared?: { copied: true } | { url: string };
  private sharedTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    this.registerPrintTarget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setPrintTarget(this, undefined);
    clearTimeout(this.sharedTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) this.registerPrintTarget();
  }

  private registerPrintTarget(): void {
    setPrintTarget(this, this.htmlFor ? `[id="${CSS.escape(this.htmlFor)}"]` : 'article-view');
  }

  private print(): void {
    if (emit(this, 'print-request', {}, { cancelable: true })) window.print();
  }

  private async close(): Promise<void> {
    if (!emit(this, 'close-request', {}, { cancelable: true })) return;
    // Browsers close only windows opened by script or with a single page of history.
    window.close();
    await new Promise(resolve => setTimeout(resolve));
    if (window.closed) return;
    if (history.length > 1) {
      history.back();
    } else {
      this.closeUnavailable = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('[part="print"]')?.focus();
    }
  }

  private async shareLink(): Promise<void> {
    const view = this.htmlFor
      ? elementById(this, this.htmlFor)
      : (closestAcross(this, 'article-view') ?? (this.getRootNode() as ParentNode).querySelector('article-view'));
    // What the view shows now, however long before this bar it loaded.
    const article = (view as Partial<ArticleView> | null)?.shownArticle;
    const data = { url: article?.url || location.href, title: article?.title || document.title };
    if (!emit(this, 'share-request', data, { cancelable: true })) return;
    clearTimeout(this.sharedTimer);
    this.shared = undefined;
    if (navigator.share && navigator.canShare?.(data) !== false) {
      try {
        return await navigator.share(data);
      } catch (error) {
        // The reader closed the share sheet; any other failure falls back to copying.
        if ((error as Error | undefined)?.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(data.url);
      this.shared = { copied: true };
      this.sharedTimer = setTimeout(() => (this.shared = undefined), 5000);
    } catch {
      // No clipboard (an insecure page) or no permission: focus and select the link, so Ctrl+C copies it.
      this.shared = { url: data.url };
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('[part="share-link"]')!;
      field.focus();
      field.select();
    }
  }

  // The share status is always rendered (and takes no room while empty) so screen readers announce what appears in it.
  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * its buttons and the share link's field — for reading aids that must not cover them and for the
   * elderly self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  override render(): TemplateResult {
    const t = this.locale.labels;
    return html`
      ${this.noPrint ? nothing : html`<button part="print" type="button" @click=${this.print}>${t.print}</button>`}
      ${this.noClose || this.closeUnavailable
        ? nothing
        : html`<button part="close" type="button" @click=${this.close}>${t.close}</button>`}
      ${this.share
        ? html`<span class="share">
            <button part="share" type="button" @click=${this.shareLink}>${t.share}</button>
            <span part="share-status" role="status">${this.shared
              ? 'url' in this.shared
                ? html`<label>${t.copyThisLink}<input part="share-link" readonly .value=${this.shared.url} /></label>`
                : t.linkCopied
              : nothing}</span>
          </span>`
        : nothing}
    `;
  }
}
