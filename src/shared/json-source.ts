import type { ReactiveController, ReactiveElement } from 'lit';
import { safeUrl } from '../article/urls.js';

export type SourceState = 'empty' | 'loading' | 'ready' | 'error';

/** Why data could not be shown; the element turns it into a localized message. */
export type SourceError =
  | { reason: 'http'; status: number }
  | { reason: 'not-json'; contentType: string }
  | { reason: 'invalid-json' }
  | { reason: 'network' }
  | { reason: 'timeout'; seconds: number }
  | { reason: 'too-large'; megabytes: number }
  | { reason: 'unsafe-src' }
  /** The JSON parsed but has the wrong shape; `message` names the field. */
  | { reason: 'invalid'; message: string };

/** The localized messages for each `SourceError` reason but `invalid` (which carries its own). */
export interface SourceMessages {
  httpError(status: number): string;
  notJson(contentType: string): string;
  invalidJson: string;
  networkError: string;
  timeout(seconds: number): string;
  tooLarge(megabytes: number): string;
  unsafeSource: string;
}

/** A short readable message for `error`, in the language of `messages`. */
export function describeSourceError(error: SourceError, messages: SourceMessages): string {
  switch (error.reason) {
    case 'http':
      return messages.httpError(error.status);
    case 'not-json':
      return messages.notJson(error.contentType);
    case 'invalid-json':
      return messages.invalidJson;
    case 'network':
      return messages.networkError;
    case 'timeout':
      return messages.timeout(error.seconds);
    case 'too-large':
      return messages.tooLarge(error.megabytes);
    case 'unsafe-src':
      return messages.unsafeSource;
    case 'invalid':
      return error.message;
  }
}

export interface JsonSourceOptions<T> {
  /**
   * Loads what parsing `input` needs (the readers of JSON-LD and JSON Feed), or returns undefined
   * when nothing is missing. Until it settles the element stays `loading`.
   */
  load?(input: unknown): Promise<unknown> | undefined;
  /** Turns parsed JSON (or the property's value) into the element's data; throws to reject it. */
  parse(input: unknown): T;
  /**
   * Loads what `value` needs before it can be shown (an article's HTML sanitizer), or returns
   * undefined when nothing is missing. Until it settles the element stays `loading`.
   */
  prepare?(value: T): Promise<unknown> | undefined;
  /** Called once the host has rendered the new data. */
  onLoad(value: T): void;
  /** Called once the host has rendered the error. */
  onError(error: SourceError): void;
  /** How long a `src` request may take, headers and body, in milliseconds (the host's `timeout`). */
  timeout(): number;
}

/** The default of the `timeout` attribute: 15 s. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The `timeout` attribute's value when it is a usable number of milliseconds, else the default. */
export function timeoutMs(value: unknown): number {
  return typeof value === 'number' && value > 0 ? Math.min(value, 2 ** 31 - 1) : DEFAULT_TIMEOUT_MS;
}

/** A `src` document larger than this is refused unread: no article or list comes near it. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const JSON_CONTENT_TYPE = /^(application|text)\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Feeds an element from the first source present: its property, its `src` URL, or an inline
 * `<script type="application/json">` child. A new source aborts the fetch of the old one, and an
 * answer that arrives after a newer source was chosen is dropped, so it never replaces newer data.
 */
export class JsonSourceController<T> implements ReactiveController {
  state: SourceState = 'empty';
  value?: T;
  error?: SourceError;
  /** Settles when the current value's `prepare` has; the host's `updateComplete` waits for it. */
  preparing?: Promise<unknown>;

  private request = 0;
  private abortController?: AbortController;
  private property: unknown;
  private src?: string | null;
  private notice?: () => void;
  // Inline JSON may be parsed after the element upgrades (a classic script in <head>). Made on
  // connection, not construction: server rendering constructs elements without a DOM.
  private childObserver?: MutationObserver;
  /** The inline JSON last read (null: there was none), so other child changes do not load it again. */
  private inlineText?: string | null;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: JsonSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => {
      if (this.property === undefined && !this.src && this.readInline() !== this.inlineText) this.select(undefined, undefined);
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
  }

  hostUpdated(): void {
    const notice = this.notice;
    this.notice = undefined;
    notice?.();
  }

  /** Chooses the source again; call it when the property or `src` changed. */
  select(property: unknown, src: string | null | undefined): void {
    this.property = property;
    this.src = src;
    this.abortController?.abort();
    this.abortController = undefined;
    const request = ++this.request;
    if (property !== undefined) {
      this.accept(property);
    } else if (src) {
      void this.fetch(src, request);
    } else {
      const text = (this.inlineText = this.readInline());
      if (text === null) this.settle('empty');
      else this.acceptText(text);
    }
  }

  /** The text of the inline `<script type="application/json">` child, or null when there is none. */
  private readInline(): string | null {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script ? (script.textContent ?? '') : null;
  }

  private async fetch(src: string, request: number): Promise<void> {
    const url = safeUrl(src, 'fetch');
    if (url === undefined) return this.fail({ reason: 'unsafe-src' });
    const abortController = (this.abortController = new AbortController());
    this.settle('loading');
    const timeout = this.options.timeout();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abortController.abort();
    }, timeout);
    let text: string | undefined;
    try {
      const response = await fetch(url, {
        credentials: 'same-origin',
        signal: abortController.signal,
        headers: { Accept: 'application/json' },
      });
      if (request !== this.request) return;
      if (!response.ok) {
        abortController.abort();
        return this.fail({ reason: 'http', status: response.status });
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!JSON_CONTENT_TYPE.test(contentType)) {
        abortController.abort();
        return this.fail({ reason: 'not-json', contentType: contentType.split(';')[0].trim() });
      }
      text = await readLimited(response, MAX_DOCUMENT_BYTES);
      if (text === undefined) {
        abortController.abort();
        if (request === this.request) this.fail({ reason: 'too-large', megabytes: MAX_DOCUMENT_BYTES / 1024 / 1024 });
        return;
      }
    } catch {
      // An abort is our timeout, or a newer source taking over; anything else is a network failure.
      if (request === this.request) {
        this.fail(timedOut ? { reason: 'timeout', seconds: Math.round(timeout / 100) / 10 } : { reason: 'network' });
      }
      return;
    } finally {
      clearTimeout(timer);
    }
    if (request === this.request) this.acceptText(text);
  }

  private acceptText(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return this.fail({ reason: 'invalid-json' });
    }
    this.accept(json);
  }

  private accept(input: unknown): void {
    const loading = this.options.load?.(input);
    if (loading) return this.wait(loading, () => this.accept(input));
    let value: T;
    try {
      value = this.options.parse(input);
    } catch (error) {
      return this.fail({ reason: 'invalid', message: error instanceof Error ? error.message : String(error) });
    }
    const preparing = this.options.prepare?.(value);
    if (!preparing) return this.show(value);
    this.wait(preparing, () => this.show(value));
  }

  /** Stays `loading` until `loaded` settles, then goes on with `next` (unless a newer source took over). */
  private wait(loaded: Promise<unknown>, next: () => void): void {
    const request = this.request;
    this.settle('loading');
    // What is loaded (a chunk: the sanitizer, the foreign readers) gets the same `timeout` as a `src` request.
    const timeout = this.options.timeout();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>(resolve => (timer = setTimeout(() => resolve('timeout'), timeout)));
    this.preparing = Promise.race([loaded, timedOut]).then(
      outcome => {
        if (request !== this.request) return;
        if (outcome === 'timeout') this.fail({ reason: 'timeout', seconds: Math.round(timeout / 100) / 10 });
        else next();
      },
      () => request === this.request && this.fail({ reason: 'network' }),
    ).finally(() => clearTimeout(timer));
  }

  private show(value: T): void {
    this.settle('ready', value);
    this.notice = () => this.options.onLoad(value);
  }

  private fail(error: SourceError): void {
    this.settle('error', undefined, error);
    this.notice = () => this.options.onError(error);
  }

  private settle(state: SourceState, value?: T, error?: SourceError): void {
    this.state = state;
    this.value = value;
    this.error = error;
    this.notice = undefined;
    this.preparing = undefined;
    this.host.requestUpdate();
  }
}

/** The response's text, or undefined as soon as it is longer than `limit` bytes (by its header or as it streams). */
async function readLimited(response: Response, limit: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length')) > limit) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}
