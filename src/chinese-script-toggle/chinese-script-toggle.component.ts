import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  CHINESE_SCRIPTS,
  isChineseScript,
  loadTraditional,
  loadedTraditional,
  resolveScript,
  type ChineseScript,
} from '../shared/chinese-script.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import { articleTargets, closestAcross } from '../shared/target.js';
import { RememberedChoice } from '../shared/remembered.js';
import { chineseScriptLabels } from './chinese-script-toggle.labels.js';
import { styles } from './chinese-script-toggle.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { radioGroupStyles } from '../shared/radio-group.styles.js';

export type { ChineseScript } from '../shared/chinese-script.js';
export type ChineseScriptChangeEvent = CustomEvent<{ value: ChineseScript }>;

/** Where the reader's choice is kept unless `storage-key` names another key. */
export const CHINESE_SCRIPT_STORAGE_KEY = 'portal-reader:chinese-script';

// The visible labels: each script's first character, in its own script.
const SHORT: Record<ChineseScript, string> = { simplified: '简', traditional: '繁' };

/**
 * @tag chinese-script-toggle
 * @summary The "简 | 繁" switch that shows an article, and the labels of the reader's elements, in Simplified or Traditional Chinese characters.
 *
 * Its target is the element named by `for`, else the `article-view` it is placed in, else the
 * whole page. It sets the `script` attribute on an `article-view` target (which converts its own
 * text) or, for the whole page, on `<html>`, so every `article-view` and every portal-reader
 * control on the page follows it, as they follow `lang`. Any other element named by `for` (a
 * legacy portal's `<div id="zoom">`) has its text converted by the toggle. Traditional is
 * OpenCC's conversion, whose code and tables (about 430 kB compressed) load only when a reader
 * first chooses it; Simplified shows the text exactly as written. The choice is remembered in
 * localStorage and shared by every toggle with the same `storage-key`, on this page and in the
 * reader's other tabs.
 *
 * @attr value - The current characters: `simplified` or `traditional`. Reflects the reader's choice.
 * @attr for - Id of the element whose text to show in the chosen characters.
 * @attr storage-key - localStorage key that keeps the choice; default `portal-reader:chinese-script`.
 * @attr elderly - Larger choices (60 × 60 px) for elderly mode. Inside an `article-view` in elderly mode the choices grow without it.
 *
 * @csspart option - Each choice's label, "简" and "繁"; the current one also has part `option-checked`.
 * @csspart separator - The "|" between the two.
 *
 * @cssproperty --chinese-script-toggle-color - Text color of the choices.
 * @cssproperty --chinese-script-toggle-checked-color - Text color of the current choice.
 * @cssproperty --chinese-script-toggle-checked-background - Background of the current choice.
 * @cssproperty --chinese-script-toggle-focus-color - Color of the keyboard focus ring.
 *
 * @fires chinese-script-change - The reader chose; `detail.value` is `simplified` or `traditional`.
 */
export class ChineseScriptToggle extends LocalizedElement {
  static override styles = [hostReset, radioGroupStyles, styles];

  /** The current characters; `simplified` until the reader or the page chooses. */
  @property({ reflect: true }) value: ChineseScript = 'simplified';

  /** Id of the element whose text to convert; without it, the enclosing `article-view`, else the whole page. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** localStorage key that keeps the choice. */
  @property({ attribute: 'storage-key' }) storageKey = CHINESE_SCRIPT_STORAGE_KEY;

  private readonly choice = new RememberedChoice<ChineseScript>(this, {
    read: stored => (isChineseScript(stored) ? stored : undefined),
    write: value => value,
    show: value => (this.value = value),
  });

  // A legacy block named by `for` that appears, or is refilled, later gets the current choice too.
  private readonly onArticleLoad = (event: Event) => {
    if (this.target() === event.target) this.apply();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('article-load', this.onArticleLoad, true);
    // The reader's remembered choice wins over the page's `value`, which wins over the target's own `script`.
    const chosen = this.choice.stored;
    if (chosen) this.value = chosen;
    else if (!this.hasAttribute('value')) {
      const target = this.target();
      this.value = (target && resolveScript(target)) ?? 'simplified';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('article-load', this.onArticleLoad, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && !isChineseScript(this.value)) this.value = 'simplified';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value') || changed.has('htmlFor')) this.apply();
  }

  /**
   * What the choice applies to: the element named by `for`, else the enclosing `article-view`,
   * else the page (`<html>`, so that every article-view and control follows, also those added later).
   */
  private target(): HTMLElement | undefined {
    if (this.htmlFor || closestAcross(this, 'article-view')) return articleTargets(this, this.htmlFor)[0];
    return document.documentElement;
  }

  private apply(): void {
    const target = this.target();
    if (!target) return;
    // Nothing to write for a reader who never chose Traditional on a page that never set `script`.
    if (this.value === 'simplified' && !target.hasAttribute('script')) return;
    target.setAttribute('script', this.value);
    if (target.localName === 'article-view' || target === document.documentElement) return;
    // Any other element (a legacy content block) has its text converted here, in place.
    if (this.value === 'simplified') {
      loadedTraditional()?.restoreText(target);
    } else {
      loadTraditional().then(
        traditional => resolveScript(target) === 'traditional' && traditional.convertText(target),
        error => console.error('portal-reader: could not load the Traditional Chinese converter:', error),
      );
    }
  }

  private choose(value: ChineseScript): void {
    if (value === this.value) return;
    this.value = value;
    this.choice.keep(value);
    emit(this, 'chinese-script-change', { value });
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
    const t = this.locale.labelsOf(chineseScriptLabels);
    // Native radio buttons: arrow keys move the choice, Tab enters at the current one and leaves
    // the group. Each is named in full (简体中文, or Simplified), and shows its first character.
    return html`
      <div class="group" role="radiogroup" aria-label=${t.group}>
        ${CHINESE_SCRIPTS.map(
          (script, index) => html`
            ${index > 0 ? html`<span part="separator" class="separator" aria-hidden="true">|</span>` : ''}
            <label part=${script === this.value ? 'option option-checked' : 'option'}>
              <input
                type="radio"
                name="chinese-script"
                aria-label=${t[script]}
                .value=${script}
                .checked=${script === this.value}
                @change=${() => this.choose(script)}
              /><span lang=${script === 'simplified' ? 'zh-Hans' : 'zh-Hant'}>${SHORT[script]}</span>
            </label>
          `,
        )}
      </div>
    `;
  }
}
