import type { ReactiveController, ReactiveElement } from 'lit';
import { safeUrl } from '../article/urls.js';

export type SourceState = 'empty' | 'loading' | 'ready' | 'error';

/** Why data could not be shown; the element turns it into a localized message. */
export type SourceError =
  | { reason: 'http'; status: number }
  | { reason: 'not-json'; contentType: string }
  | { reason: 'invalid-json' }
  | { reason: 'network' }
  | { reason: 'unsafe-src' }
  /** The JSON parsed but has the wrong shape; `message` names the field. */
  | { reason: 'invalid'; message: string };

/** The localized messages for each `SourceError` reason but `invalid` (which carries its own). */
export interface SourceMessages {
  httpError(status: number): string;
  notJson(contentType: string): string;
  invalidJson: string;
  networkError: string;
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
    case 'unsafe-src':
      return messages.unsafeSource;
    case 'invalid':
      return error.message;
  }
}

export interface JsonSourceOptions<T> {
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
}

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

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: JsonSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childObserver ??= new MutationObserver(() => {
      if (this.property === undefined && !this.src) this.select(undefined, undefined);
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
      const script = this.host.querySelector(':scope > script[type="application/json"]');
      if (script) this.acceptText(script.textContent ?? '');
      else this.settle('empty');
    }
  }

  private async fetch(src: string, request: number): Promise<void> {
    const url = safeUrl(src, 'fetch');
    if (url === undefined) return this.fail({ reason: 'unsafe-src' });
    const abortController = (this.abortController = new AbortController());
    this.settle('loading');
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        credentials: 'same-origin',
        signal: abortController.signal,
        headers: { Accept: 'application/json' },
      });
      if (request !== this.request) return;
      if (!response.ok) return this.fail({ reason: 'http', status: response.status });
      const contentType = response.headers.get('content-type') ?? '';
      if (!JSON_CONTENT_TYPE.test(contentType)) {
        abortController.abort();
        return this.fail({ reason: 'not-json', contentType: contentType.split(';')[0].trim() });
      }
      text = await response.text();
    } catch {
      // An abort means a newer source took over; anything else is a network failure.
      if (request === this.request) this.fail({ reason: 'network' });
      return;
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
    let value: T;
    try {
      value = this.options.parse(input);
    } catch (error) {
      return this.fail({ reason: 'invalid', message: error instanceof Error ? error.message : String(error) });
    }
    const preparing = this.options.prepare?.(value);
    if (!preparing) return this.show(value);
    const request = this.request;
    this.settle('loading');
    this.preparing = preparing.then(
      () => request === this.request && this.show(value),
      () => request === this.request && this.fail({ reason: 'network' }),
    );
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
