/**
 * The page's one speaker: sentences, voices and the synthesizer, shared by `<read-aloud>` and
 * `<reader-settings>`' Point to read (指读), so both read alike and never over each other.
 */
import type { ArticleView } from '../article-view/article-view.component.js';
import { resolveLang } from './localize.js';

// A sentence ends at 。！？ (at once) or at . ! ? followed by a space or the end (so "3.5" stays
// whole), with any closing quotes or brackets after it.
const SENTENCE_END = /[。！？]+[”’"'」』）)]*|[.!?]+[”’"')\]]*(?=\s|$)/g;
export const SPEAKABLE = /[\p{L}\p{N}]/u;

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

/** Where each sentence of `text` starts and ends (its punctuation included), as offsets into `text`. */
export function sentenceSpans(text: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index! + match[0].length;
    spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Splits text into sentences on 。！？ and . ! ?, keeping the punctuation; a very long sentence is cut into pieces. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text)
    .map(([start, end]) => text.slice(start, end).replace(/\s+/g, ' ').trim())
    .filter(sentence => SPEAKABLE.test(sentence))
    .flatMap(pieces);
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

/** The browser's speech synthesis, or undefined where there is none (or no utterances to give it). */
export function speech(): SpeechSynthesis | undefined {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  return synth && typeof globalThis.SpeechSynthesisUtterance === 'function' ? synth : undefined;
}

/** The best voice the browser has for `lang`, or undefined (none, or a synthesizer that throws). */
export function voiceForLang(lang: string): SpeechSynthesisVoice | undefined {
  try {
    return voiceFor(speech()?.getVoices() ?? [], lang);
  } catch {
    return undefined;
  }
}

/** The language of the text `view` shows: the article's own, else the view's or the document's. */
export function articleLang(view: ArticleView | null | undefined): string | undefined {
  const article = view?.shownArticle;
  if (!view || !article) return undefined;
  const declared = view.shownLang || view.closest('[lang]')?.getAttribute('lang')?.trim() || document.documentElement.lang;
  if (declared) return declared;
  // No language given anywhere (common on older portals): Chinese characters in the title mean Chinese.
  return /\p{Script=Han}/u.test(article.title) ? 'zh-CN' : resolveLang(view);
}

// The page has one speech synthesizer: the reader speaking now owns it, and one that starts
// speaking ends the owner's reading first, so two never speak over or cancel each other.
let owner: BlockSpeaker | undefined;

export interface BlockSpeakerOptions {
  /** The language and speed of the next utterance, asked before each one (the speed may change mid-block). */
  voice(): { lang: string; rate: number };
  /** The block's last sentence has been spoken. */
  onDone(): void;
  /** The synthesizer failed, or the block left the page: the reading is over. */
  onFail(): void;
  /** Another reader started speaking: this one's reading is over (it has been silenced). */
  onYield(): void;
}

/**
 * Speaks a block's sentences (splitSentences) one utterance at a time, as the page's one speaker:
 * speaking ends any other reader's reading first. An utterance's end or error counts only while it
 * is the current one, so the late events some browsers send after cancel() never move a reading on.
 */
export class BlockSpeaker {
  private block?: HTMLElement;
  private sentences: string[] = [];
  private sentence = 0;
  private current?: SpeechSynthesisUtterance;

  constructor(private readonly options: BlockSpeakerOptions) {}

  /**
   * Takes the synthesizer, ending another reader's reading and cancelling anything left queued.
   * `speak()` does it too; a reader that shows something of its reading first (a mark) calls this
   * before, as the reader it ends clears its own.
   */
  claim(): void {
    if (owner === this) return;
    const previous = owner;
    owner = this;
    previous?.yieldSpeech();
    this.cancel();
  }

  /** Reads `block`'s text from its first sentence, cutting short the block this speaker was reading. */
  speak(block: HTMLElement): void {
    this.claim();
    if (this.block) this.cancel();
    this.block = block;
    this.sentences = splitSentences(block.textContent ?? '');
    this.sentence = 0;
    this.speakNext();
  }

  /** Cancels what this speaker queued; a synthesizer left paused would not speak what comes next. */
  cancel(): void {
    this.current = undefined;
    this.block = undefined;
    if (owner !== this) return;
    const synth = speech();
    try {
      synth?.cancel();
      if (synth?.paused) synth.resume();
    } catch {
      // A broken synthesizer: there is nothing left to stop.
    }
  }

  /** Cancels and gives the synthesizer up. */
  release(): void {
    this.cancel();
    if (owner === this) owner = undefined;
  }

  /** Another reader took the synthesizer (it cancels what was queued). */
  private yieldSpeech(): void {
    this.current = undefined;
    this.block = undefined;
    this.options.onYield();
  }

  private speakNext(): void {
    const block = this.block;
    if (!block) return;
    // The article was replaced or removed under the reader.
    if (!block.isConnected) return this.fail();
    if (this.sentence >= this.sentences.length) {
      this.block = undefined;
      return this.options.onDone();
    }
    try {
      const { lang, rate } = this.options.voice();
      const utterance = new SpeechSynthesisUtterance(this.sentences[this.sentence]);
      utterance.lang = lang;
      utterance.rate = rate;
      const voice = voiceForLang(lang);
      if (voice) utterance.voice = voice;
      utterance.addEventListener('end', () => {
        if (utterance !== this.current) return;
        this.current = undefined;
        this.sentence++;
        this.speakNext();
      });
      utterance.addEventListener('error', () => {
        if (utterance === this.current) this.fail();
      });
      this.current = utterance;
      speech()!.speak(utterance);
    } catch {
      this.fail();
    }
  }

  private fail(): void {
    this.release();
    this.options.onFail();
  }
}
