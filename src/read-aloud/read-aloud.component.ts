import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController, resolveLang } from '../shared/localize.js';
import { emit } from '../shared/emit.js';
import { articleTargets } from '../shared/target.js';
import { styles } from './read-aloud.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { buttonStyles } from '../shared/button.styles.js';
import type { ArticleView } from '../article-view/article-view.component.js';

export type ReadAloudState = 'idle' | 'playing' | 'paused';
export type ReadAloudStartEvent = CustomEvent<Record<string, never>>;
export type ReadAloudEndEvent = CustomEvent<{ reason: 'finished' | 'stopped' }>;

/** The speeds offered, as `SpeechSynthesisUtterance.rate`. */
export const READ_ALOUD_RATES: readonly number[] = [0.75, 1, 1.25, 1.5];

// A sentence ends at 。！？ (at once) or at . ! ? followed by a space or the end (so "3.5" stays
// whole), with any closing quotes or brackets after it.
const SENTENCE_END = /[。！？]+[”’"'」』）)]*|[.!?]+[”’"')\]]*(?=\s|$)/g;
const SPEAKABLE = /[\p{L}\p{N}]/u;

// Chrome's network voices stop, without an end event, after about 15 s of one utterance: longer
// sentences are cut at a comma or a space into pieces of about 10 s at normal speed.
const MAX_CJK_PIECE = 50;
const MAX_PIECE = 180;
const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

function pieces(sentence: string): string[] {
  const limit = (sentence.match(CJK_CHARACTER)?.length ?? 0) > sentence.length / 3 ? MAX_CJK_PIECE : MAX_PIECE;
  const result: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    const head = rest.slice(0, limit);
    // The last comma-like break, else the last space, else a hard cut.
    const cut = Math.max(...[...'，、；：,;:'].map(mark => head.lastIndexOf(mark) + 1), head.lastIndexOf(' '));
    const at = cut > limit / 3 ? cut : limit;
    result.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  return [...result, rest].filter(piece => SPEAKABLE.test(piece));
}

/** Splits text into sentences on 。！？ and . ! ?, keeping the punctuation; a very long sentence is cut into pieces. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index! + match[0].length;
    sentences.push(text.slice(start, end));
    start = end;
  }
  sentences.push(text.slice(start));
  return sentences.map(sentence => sentence.replace(/\s+/g, ' ').trim()).filter(sentence => SPEAKABLE.test(sentence)).flatMap(pieces);
}

// A tag without a region reads best in the region most of its text is written for.
const USUAL_REGION: Record<string, string> = {
  zh: 'zh-cn', 'zh-hans': 'zh-cn', 'zh-hans-cn': 'zh-cn', 'zh-sg': 'zh-cn', 'zh-hans-sg': 'zh-cn',
  cmn: 'zh-cn', 'cmn-hans': 'zh-cn', 'cmn-hans-cn': 'zh-cn', 'zh-hant': 'zh-tw', 'zh-hant-tw': 'zh-tw',
};

const normalizeTag = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/** The voice for `lang`: the same tag (`zh-CN`) first, else the same language (`zh`); the browser's default voice breaks ties. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = normalizeTag(lang);
  const exact = USUAL_REGION[wanted] ?? wanted;
  const primary = exact.split('-')[0];
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    const tag = normalizeTag(voice.lang ?? '');
    const match = tag === exact || tag === wanted ? 2 : tag.split('-')[0] === primary ? 1 : 0;
    // A local voice before a network one (Chrome's network voices cut long speech short), then the default.
    const score = match * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
    if (match > 0 && score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

// The page has one speech synthesizer: the control reading now owns it, and a control that
// starts reading first ends the owner's reading, so two never speak over or cancel each other.
let owner: ReadAloud | undefined;

/** The browser's speech synthesis, or undefined where there is none (or no utterances to give it). */
function speech(): SpeechSynthesis | undefined {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  return synth && typeof globalThis.SpeechSynthesisUtterance === 'function' ? synth : undefined;
}

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
export class ReadAloud extends LitElement {
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

  private readonly locale = new LocaleController(this);

  // What is being read: the article, its blocks, the current one's sentences, and the utterance
  // in flight. An utterance's end or error counts only while it is `current`, so the late events
  // some browsers send after cancel() never move the reading on.
  private view?: ArticleView;
  private paragraphs: HTMLElement[] = [];
  private sentences: string[] = [];
  private sentence = 0;
  private current?: SpeechSynthesisUtterance;
  private listeningTo?: SpeechSynthesis;
  private listeningRoot?: Document | ShadowRoot;

  private readonly refresh = () => {
    const lang = this.articleLang();
    const ready = speech() !== undefined && lang !== undefined && this.voice(lang) !== undefined && this.readable().length > 0;
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
    const view = this.target();
    const article = view?.shownArticle;
    if (!view || !article) return undefined;
    const declared = view.shownLang || view.closest('[lang]')?.getAttribute('lang')?.trim() || document.documentElement.lang;
    if (declared) return declared;
    // No language given anywhere (common on older portals): Chinese characters in the title mean Chinese.
    return /\p{Script=Han}/u.test(article.title) ? 'zh-CN' : resolveLang(view);
  }

  private voice(lang: string): SpeechSynthesisVoice | undefined {
    try {
      return voiceFor(speech()?.getVoices() ?? [], lang);
    } catch {
      return undefined;
    }
  }

  /** The blocks to read, in reading order, leaving out those with nothing to say. */
  private readable(view = this.target()): HTMLElement[] {
    return view?.readableBlocks().filter(block => SPEAKABLE.test(block.textContent ?? '')) ?? [];
  }

  /** Cancels what this control queued; a synthesizer left paused would not speak what comes next. */
  private silence(): void {
    this.current = undefined;
    if (owner !== this) return;
    const synth = speech();
    try {
      synth?.cancel();
      if (synth?.paused) synth.resume();
    } catch {
      // A broken synthesizer: there is nothing left to stop.
    }
  }

  private start(): void {
    this.view = this.target() ?? undefined;
    this.paragraphs = this.readable(this.view);
    if (this.paragraphs.length === 0) return this.refresh();
    if (owner && owner !== this) owner.finish('stopped');
    owner = this;
    this.silence();
    this.status = 'playing';
    emit(this, 'read-aloud-start', {});
    this.readParagraph(0);
  }

  private readParagraph(index: number): void {
    this.index = index;
    const element = this.paragraphs[index];
    this.sentences = splitSentences(element.textContent ?? '');
    this.sentence = 0;
    this.highlight(element);
    this.speakNext();
  }

  private speakNext(): void {
    // The article was replaced or removed under the reader.
    if (!this.paragraphs[this.index]?.isConnected) return this.finish('stopped');
    if (this.sentence >= this.sentences.length) {
      if (this.index + 1 < this.paragraphs.length) this.readParagraph(this.index + 1);
      else this.finish('finished');
      return;
    }
    const lang = this.articleLang() ?? '';
    try {
      const utterance = new SpeechSynthesisUtterance(this.sentences[this.sentence]);
      utterance.lang = lang;
      utterance.rate = this.rate;
      const voice = this.voice(lang);
      if (voice) utterance.voice = voice;
      utterance.addEventListener('end', () => this.spoken(utterance));
      utterance.addEventListener('error', () => {
        if (utterance === this.current) this.finish('stopped');
      });
      this.current = utterance;
      speech()!.speak(utterance);
    } catch {
      this.finish('stopped');
    }
  }

  private spoken(utterance: SpeechSynthesisUtterance): void {
    if (utterance !== this.current) return;
    this.current = undefined;
    this.sentence++;
    this.speakNext();
  }

  /** Marks the block being read in its article (which scrolls it into view), or clears the mark. */
  private highlight(element?: HTMLElement): void {
    this.view?.markReading(element ?? null);
  }

  /** Ends reading: silences the synthesizer, clears the highlight, and says why. */
  private finish(reason: 'finished' | 'stopped', announce = true): void {
    const controlsHadFocus = this.shadowRoot?.activeElement != null;
    this.silence();
    if (owner === this) owner = undefined;
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
    this.silence();
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
    const t = this.locale.labels.readAloud;
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
