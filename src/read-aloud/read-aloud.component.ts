import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { BlockSpeaker, SPEAKABLE, articleLang, speech, voiceForLang } from '../shared/speech.js';
import { emit } from '../shared/emit.js';
import { articleTargets } from '../shared/target.js';
import { readAloudLabels } from './read-aloud.labels.js';
import { styles } from './read-aloud.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { buttonStyles } from '../shared/button.styles.js';
import type { ArticleView } from '../article-view/article-view.component.js';

export { splitSentences, voiceFor } from '../shared/speech.js';

export type ReadAloudState = 'idle' | 'playing' | 'paused';
export type ReadAloudStartEvent = CustomEvent<Record<string, never>>;
export type ReadAloudEndEvent = CustomEvent<{ reason: 'finished' | 'stopped' }>;

/** The speeds offered, as `SpeechSynthesisUtterance.rate`. */
export const READ_ALOUD_RATES: readonly number[] = [0.75, 1, 1.25, 1.5];

const icon = (path: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path d=${path} />`}</svg>`;
const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  stop: 'M6 6h12v12H6z',
  previous: 'M6 6h2v12H6zm3.5 6 8.5 6V6z',
  next: 'M16 6h2v12h-2zM6 18l8.5-6L6 6z',
};

/**
 * @tag read-aloud
 * @summary Reads an article aloud with the browser's speech synthesis: play, pause, stop, previous and next paragraph, speed.
 *
 * Opt-in: a page adds the element, usually in an `article-view`'s `meta` slot. Its article is the
 * `article-view` named by `for`, else the one it is placed in, else the first in the document.
 * It reads, in order, the title, headings, paragraphs, list items and quotes, and the paragraphs and
 * headings of HTML blocks; one sentence at a time (split on 。！？ and . ! ?), in the article's
 * language with the best voice for it (`zh-CN` first for a `zh-CN` article, else any `zh` voice).
 * It reads what the article's `readableBlocks()` gives, and marks the paragraph being read with its
 * `markReading()`, which highlights it and scrolls it to the middle of the view. The element hides itself (the `hidden` attribute) where the
 * browser has no speech synthesis, no voice for the article's language, or no article to read.
 *
 * @attr for - Id of the `article-view` to read; without it, the enclosing `article-view`, else the first in the document.
 * @attr rate - Speed: `0.75`, `1` (default), `1.25` or `1.5`; other numbers become the nearest of these. Reflects the reader's choice.
 * @attr elderly - Elderly mode: every button and the speed menu at least 60 × 60 CSS px. Inside an `article-view` in elderly mode they grow without it.
 * @attr state - Read-only: `idle`, `playing` or `paused`, for styling the host.
 * @attr hidden - Set by the element itself while it cannot read: no speech synthesis, no voice for the article's language, or no article.
 *
 * @csspart controls - The group holding the buttons and the speed menu.
 * @csspart button - Each button; each also has its own part below.
 * @csspart play - The Read aloud / Pause / Resume button.
 * @csspart stop - The Stop button (shown while reading).
 * @csspart previous - The Previous paragraph button (shown while reading).
 * @csspart next - The Next paragraph button (shown while reading).
 * @csspart speed - The speed label and its menu.
 *
 * @cssproperty --read-aloud-color - Text, icon and border color of the controls.
 * @cssproperty --read-aloud-background - Background of the controls.
 * @cssproperty --read-aloud-focus-color - Color of the keyboard focus ring.
 * @cssproperty --read-aloud-gap - Space between the controls.
 *
 * @fires read-aloud-start - Reading began (from Read aloud, not from Resume).
 * @fires read-aloud-end - Reading ended; `detail.reason` is `finished` (the last sentence was read) or `stopped` (Stop, or the article changed).
 */
export class ReadAloud extends LocalizedElement {
  static override styles = [hostReset, buttonStyles, styles];

  /** Id of the `article-view` to read; without it, the enclosing `article-view`, else the first in the document. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** Speed of speech: 0.75, 1, 1.25 or 1.5. */
  @property({ type: Number, reflect: true }) rate = 1;

  /** Elderly mode: controls at least 60 × 60 CSS px. */
  @property({ type: Boolean, reflect: true }) elderly = false;

  /** Whether the browser can read this article: speech synthesis, a voice for its language, and text. */
  @state() private available = false;

  @state() private status: ReadAloudState = 'idle';

  /** Index in `paragraphs` of the one being read. */
  @state() private index = 0;

  // What is being read: the article and its blocks; the speaker reads the current one sentence by sentence.
  private view?: ArticleView;
  private paragraphs: HTMLElement[] = [];
  private readonly speaker = new BlockSpeaker({
    voice: () => ({ lang: this.articleLang() ?? '', rate: this.rate }),
    onDone: () => {
      if (this.index + 1 < this.paragraphs.length) this.readParagraph(this.index + 1);
      else this.finish('finished');
    },
    onFail: () => this.finish('stopped'),
    // Point to read (or another read-aloud) started speaking.
    onYield: () => this.finish('stopped'),
  });
  private listeningTo?: SpeechSynthesis;
  private listeningRoot?: Document | ShadowRoot;

  private readonly refresh = () => {
    const lang = this.articleLang();
    const ready = speech() !== undefined && lang !== undefined && voiceForLang(lang) !== undefined && this.readable().length > 0;
    if (!ready && this.status !== 'idle') this.finish('stopped');
    this.available = ready;
    this.toggleAttribute('hidden', !ready);
  };

  // A new, reloaded, removed or failed article replaces the blocks being read.
  private readonly onArticleChange = (event: Event) => {
    if (event.target !== this.target()) return;
    if (this.status !== 'idle') this.finish('stopped');
    this.refresh();
  };

  private readonly onPageHide = () => {
    if (this.status !== 'idle') this.finish('stopped');
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Also on this element's own root: `article-change` does not leave the shadow root it fires in.
    this.listeningRoot = this.getRootNode() as Document | ShadowRoot;
    for (const root of new Set([document, this.listeningRoot])) root.addEventListener('article-change', this.onArticleChange, true);
    window.addEventListener('pagehide', this.onPageHide);
    // Browsers load their voices late and say so with `voiceschanged`.
    this.listeningTo = speech();
    this.listeningTo?.addEventListener?.('voiceschanged', this.refresh);
    this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const root of new Set([document, this.listeningRoot ?? document])) root.removeEventListener('article-change', this.onArticleChange, true);
    this.listeningRoot = undefined;
    window.removeEventListener('pagehide', this.onPageHide);
    this.listeningTo?.removeEventListener?.('voiceschanged', this.refresh);
    this.listeningTo = undefined;
    // Moved (disconnected, then connected again at once), it reads on; removed, it stops and says so.
    queueMicrotask(() => {
      if (!this.isConnected && this.status !== 'idle') this.finish('stopped');
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('rate') && !READ_ALOUD_RATES.includes(this.rate)) {
      // A removed attribute (null) means the default speed.
      const rate = this.rate == null ? 1 : Number(this.rate);
      this.rate = Number.isFinite(rate) ? READ_ALOUD_RATES.reduce((a, b) => (Math.abs(b - rate) < Math.abs(a - rate) ? b : a)) : 1;
    }
    // Another article: stop reading the old one, and check this one (connecting checked the first).
    if (changed.has('htmlFor') && this.hasUpdated) {
      if (this.status !== 'idle') this.finish('stopped');
      this.refresh();
    }
    this.setAttribute('state', this.status);
  }

  /** The `article-view` this control reads (one that is defined: it reads through the view's API). */
  private target(): ArticleView | null {
    const target = articleTargets(this, this.htmlFor)[0];
    return target && 'readableBlocks' in target ? (target as ArticleView) : null;
  }

  /** The language of the text shown: the article's own, else the view's or the document's. */
  private articleLang(): string | undefined {
    return articleLang(this.target());
  }

  /** The blocks to read, in reading order, leaving out those with nothing to say. */
  private readable(view = this.target()): HTMLElement[] {
    return view?.readableBlocks().filter(block => SPEAKABLE.test(block.textContent ?? '')) ?? [];
  }

  private start(): void {
    this.view = this.target() ?? undefined;
    this.paragraphs = this.readable(this.view);
    if (this.paragraphs.length === 0) return this.refresh();
    // Before the first mark: the reader speaking now clears its own.
    this.speaker.claim();
    this.status = 'playing';
    emit(this, 'read-aloud-start', {});
    this.readParagraph(0);
  }

  private readParagraph(index: number): void {
    this.index = index;
    const element = this.paragraphs[index];
    this.highlight(element);
    this.speaker.speak(element);
  }

  /** Marks the block being read in its article (which scrolls it into view), or clears the mark. */
  private highlight(element?: HTMLElement): void {
    this.view?.markReading(element ?? null);
  }

  /** Ends reading: silences the synthesizer, clears the highlight, and says why. */
  private finish(reason: 'finished' | 'stopped', announce = true): void {
    const controlsHadFocus = this.shadowRoot?.activeElement != null;
    this.speaker.release();
    this.highlight(undefined);
    this.view = undefined;
    this.paragraphs = [];
    this.status = 'idle';
    if (!announce) return;
    emit(this, 'read-aloud-end', { reason });
    // Stop, Previous and Next go away: keep the keyboard in the control.
    if (controlsHadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~=play]')?.focus());
  }

  private playPause(): void {
    const synth = speech();
    if (this.status === 'idle') return this.start();
    try {
      if (this.status === 'playing') {
        synth?.pause();
        this.status = 'paused';
      } else {
        synth?.resume();
        this.status = 'playing';
      }
    } catch {
      this.finish('stopped');
    }
  }

  /** Moves to another paragraph and reads on from its start, also after a pause. */
  private skip(by: -1 | 1): void {
    const index = Math.max(0, this.index + by);
    if (this.status === 'idle' || index >= this.paragraphs.length) return;
    this.status = 'playing';
    this.readParagraph(index);
  }

  private changeRate(event: Event): void {
    this.rate = Number((event.target as HTMLSelectElement).value);
  }

  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * its buttons and the speed menu — for reading aids that must not cover them and for the elderly
   * self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.available) return nothing;
    const t = this.locale.labelsOf(readAloudLabels);
    const reading = this.status !== 'idle';
    const playing = this.status === 'playing';
    const atEnd = this.index >= this.paragraphs.length - 1;
    // The play button's name says what it will do (Read aloud, Pause, Resume); no aria-pressed besides.
    return html`
      <div part="controls" class="controls" role="group" aria-label=${t.play}>
        <button part="button play" type="button" @click=${this.playPause}>
          ${icon(playing ? ICONS.pause : ICONS.play)}<span>${playing ? t.pause : reading ? t.resume : t.play}</span>
        </button>
        ${reading
          ? html`
              <button part="button stop" type="button" title=${t.stop} @click=${() => this.finish('stopped')}>
                ${icon(ICONS.stop)}<span class="visually-hidden">${t.stop}</span>
              </button>
              <button part="button previous" class="flip" type="button" title=${t.previous} @click=${() => this.skip(-1)}>
                ${icon(ICONS.previous)}<span class="visually-hidden">${t.previous}</span>
              </button>
              <button part="button next" class="flip" type="button" title=${t.next} aria-disabled=${atEnd ? 'true' : 'false'}
                @click=${() => this.skip(1)}>
                ${icon(ICONS.next)}<span class="visually-hidden">${t.next}</span>
              </button>
            `
          : nothing}
        <label part="speed" class="speed">
          <span>${t.speed}</span>
          <select .value=${String(this.rate)} @change=${this.changeRate}>
            ${READ_ALOUD_RATES.map(rate => html`<option value=${rate} ?selected=${rate === this.rate}>${t.rate(rate)}</option>`)}
          </select>
        </label>
      </div>
    `;
  }
}
