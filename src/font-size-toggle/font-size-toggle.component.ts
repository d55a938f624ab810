import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FONT_SIZES, fontSizeCss, isFontSize, type FontSize } from '../shared/font-size.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import { articleTargets } from '../shared/target.js';
import { RememberedChoice } from '../shared/remembered.js';
import { styles } from './font-size-toggle.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { radioGroupStyles } from '../shared/radio-group.styles.js';

export type { FontSize } from '../shared/font-size.js';
export type FontSizeChangeEvent = CustomEvent<{ value: FontSize }>;

/** Where the reader's choice is kept unless `storage-key` names another key. */
export const DEFAULT_STORAGE_KEY = 'portal-reader:font-size';

// A legacy block's own inline font-size, restored when the reader goes back to Medium.
const originalFontSizes = new WeakMap<HTMLElement, string>();

/**
 * @tag font-size-toggle
 * @summary The "Fonts: Large Medium Small" switch that sets the text size of an article.
 *
 * Targets the element named by `for` (an `article-view`, or any element such as a legacy
 * portal's `<div id="zoom">`), else the `article-view` it is placed in, else every `article-view`
 * in the document. The choice is remembered in localStorage and shared by every toggle with the
 * same `storage-key`, on this page and in the reader's other tabs.
 *
 * @attr value - The current level: `large`, `medium` or `small`. Reflects the reader's choice.
 * @attr for - Id of the element whose text to size.
 * @attr storage-key - localStorage key that keeps the choice; default `portal-reader:font-size`.
 *
 * @csspart label - The "Fonts:" label.
 * @csspart option - Each level's label; the current one also has part `option-checked`.
 *
 * @cssproperty --font-size-toggle-color - Text color of the levels.
 * @cssproperty --font-size-toggle-checked-color - Text color of the current level.
 * @cssproperty --font-size-toggle-checked-background - Background of the current level.
 * @cssproperty --font-size-toggle-focus-color - Color of the keyboard focus ring.
 *
 * @fires font-size-change - The reader chose a level; `detail.value` is `large`, `medium` or `small`.
 */
export class FontSizeToggle extends LocalizedElement {
  static override styles = [hostReset, radioGroupStyles, styles];

  /** The current level; `medium` until the reader or the page chooses. */
  @property({ reflect: true }) value: FontSize = 'medium';

  /** Id of the element whose text to size; without it, the enclosing or every `article-view`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** localStorage key that keeps the choice. */
  @property({ attribute: 'storage-key' }) storageKey = DEFAULT_STORAGE_KEY;

  private readonly choice = new RememberedChoice<FontSize>(this, {
    read: stored => (isFontSize(stored) ? stored : undefined),
    write: value => value,
    show: value => (this.value = value),
  });

  // An article-view added or reloaded later gets the current level too.
  private readonly onArticleLoad = (event: Event) => {
    if (this.targets().includes(event.target as HTMLElement)) this.apply();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('article-load', this.onArticleLoad, true);
    // The reader's remembered choice wins over the page's `value`, which wins over the target's own size.
    const chosen = this.choice.stored;
    if (chosen) this.value = chosen;
    else if (!this.hasAttribute('value')) this.value = this.currentTargetSize() ?? 'medium';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('article-load', this.onArticleLoad, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && !isFontSize(this.value)) this.value = 'medium';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('htmlFor')) this.apply();
  }

  /** The elements this toggle sizes. */
  private targets(): HTMLElement[] {
    return articleTargets(this, this.htmlFor);
  }

  private currentTargetSize(): FontSize | undefined {
    const size = this.targets()[0]?.getAttribute('font-size');
    return isFontSize(size) ? size : undefined;
  }

  private apply(): void {
    for (const target of this.targets()) {
      if (target.localName === 'article-view') {
        target.setAttribute('font-size', this.value);
      } else {
        // Any other element (a legacy content block) is scaled by its inline font-size.
        if (!originalFontSizes.has(target)) originalFontSizes.set(target, target.style.fontSize);
        target.style.fontSize = this.value === 'medium' ? originalFontSizes.get(target)! : fontSizeCss(this.value);
      }
    }
  }

  private choose(value: FontSize): void {
    if (value === this.value) return;
    this.value = value;
    this.choice.keep(value);
    emit(this, 'font-size-change', { value });
  }

  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * the labels of its choices — for reading aids that must not cover them and for the elderly
   * self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  override render(): TemplateResult {
    const t = this.locale.labels;
    // Native radio buttons: arrow keys move the choice, Tab enters at the current level and leaves the group.
    return html`
      <div class="group" role="radiogroup" aria-labelledby="label">
        <span part="label" id="label">${t.fontSizes}</span>
        ${FONT_SIZES.map(
          level => html`
            <label part=${level === this.value ? 'option option-checked' : 'option'}>
              <input
                type="radio"
                name="font-size"
                .value=${level}
                .checked=${level === this.value}
                @change=${() => this.choose(level)}
              /><span>${t[level]}</span>
            </label>
          `,
        )}
      </div>
    `;
  }
}
