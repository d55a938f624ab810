import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../shared/localize.js';
import { emit } from '../shared/emit.js';
import { setPrintTarget } from './print-scope.js';
import { styles } from './print-close-bar.styles.js';
import { hostReset } from '../shared/host-styles.js';

export type PrintRequestEvent = CustomEvent<Record<string, never>>;
export type CloseRequestEvent = CustomEvent<Record<string, never>>;

/**
 * @tag print-close-bar
 * @summary The "Print Close" actions under an article.
 *
 * Print fires `print-request`, then opens the browser's print dialog. While the bar is on the page,
 * every printout, from this button or from the browser's own menu, holds only the article(s):
 * the `article-view` elements, or the element named by `for`.
 * Close fires `close-request`, then closes the window where the browser allows it, else goes back
 * in history; where neither is possible the Close button hides itself.
 *
 * @attr for - Id of the element to print instead of the page's `article-view` elements (e.g. a legacy `<div id="zoom">`).
 * @attr no-print - Hides the Print button.
 * @attr no-close - Hides the Close button.
 *
 * @csspart print - The Print button.
 * @csspart close - The Close button.
 *
 * @cssproperty --print-close-bar-color - Text and border color of the buttons.
 * @cssproperty --print-close-bar-background - Background of the buttons.
 * @cssproperty --print-close-bar-focus-color - Color of the keyboard focus ring.
 * @cssproperty --print-close-bar-gap - Space between the buttons.
 *
 * @fires print-request - Before printing; cancel it to print another way.
 * @fires close-request - Before closing; cancel it to close another way (e.g. a modal).
 */
export class PrintCloseBar extends LitElement {
  static override styles = [hostReset, styles];

  /** Id of the element to print; without it, the page's `article-view` elements. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Hides the Print button. */
  @property({ type: Boolean, attribute: 'no-print' }) noPrint = false;

  /** Hides the Close button. */
  @property({ type: Boolean, attribute: 'no-close' }) noClose = false;

  // Set when Close could neither close the window nor go back: a button that does nothing is hidden.
  @state() private closeUnavailable = false;

  private readonly locale = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.registerPrintTarget();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setPrintTarget(this, undefined);
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

  override render(): TemplateResult {
    const t = this.locale.labels;
    return html`
      ${this.noPrint ? nothing : html`<button part="print" type="button" @click=${this.print}>${t.print}</button>`}
      ${this.noClose || this.closeUnavailable
        ? nothing
        : html`<button part="close" type="button" @click=${this.close}>${t.close}</button>`}
    `;
  }
}
