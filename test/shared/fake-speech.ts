// speechSynthesis as headless browsers lack it, for the tests of <read-aloud> and Point to read.

export type FakeVoice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'default' | 'localService' | 'voiceURI'>;

export const voice = (name: string, lang: string): FakeVoice => ({ name, lang, default: false, localService: true, voiceURI: name });
export const CHINESE = voice('Chinese', 'zh-CN');
export const ENGLISH = voice('English', 'en-US');

/** A SpeechSynthesisUtterance without the browser's type checks on `voice`. */
export class FakeUtterance extends EventTarget {
  lang = '';
  rate = 1;
  pitch = 1;
  volume = 1;
  voice: FakeVoice | null = null;
  constructor(public text = '') {
    super();
  }
}

/** speechSynthesis as headless browsers lack it: records what it is asked, speaks when told. */
export class FakeSynthesis extends EventTarget {
  readonly spoken: FakeUtterance[] = [];
  readonly calls: string[] = [];
  paused = false;
  private queue: FakeUtterance[] = [];

  constructor(private voices: FakeVoice[]) {
    super();
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  getVoices(): FakeVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
  }

  /** `firefox`: cancel() ends the queued utterances at once; `chrome`: each gets an `error` a moment later. */
  cancelStyle: 'firefox' | 'chrome' = 'firefox';

  // The element must not take either for the end of a sentence, or for a failure of what it reads next.
  cancel(): void {
    this.calls.push('cancel');
    const cancelled = this.queue.splice(0);
    if (this.cancelStyle === 'firefox') for (const utterance of cancelled) utterance.dispatchEvent(new Event('end'));
    else setTimeout(() => cancelled.forEach(utterance => utterance.dispatchEvent(new Event('error'))), 10);
  }

  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }

  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }

  /** Ends the sentence being spoken, as the browser does when it has said it. */
  finishSentence(): void {
    this.queue.shift()?.dispatchEvent(new Event('end'));
  }

  /** The voices arrive, as they do some time after the page loads. */
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  /** What each utterance asked for: its text, language, speed and voice. */
  get said(): { text: string; lang: string; rate: number; voice?: string }[] {
    return this.spoken.map(({ text, lang, rate, voice }) => ({ text, lang, rate, voice: voice?.name }));
  }
}

/** Replaces `object[key]` for one test; returns the restore function. */
export function stub<T extends object>(object: T, key: PropertyKey, descriptor: PropertyDescriptor): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  Object.defineProperty(object, key, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(object, key, own);
    else delete (object as Record<PropertyKey, unknown>)[key];
  };
}

/** Puts a fake synthesizer with `voices` in place of the browser's; its restore functions go on `restore`. */
export function installSpeech(restore: (() => void)[], voices: FakeVoice[] = [CHINESE, ENGLISH]): FakeSynthesis {
  const synth = new FakeSynthesis(voices);
  restore.push(
    stub(window, 'speechSynthesis', { value: synth, writable: true }),
    stub(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, writable: true }),
  );
  return synth;
}
