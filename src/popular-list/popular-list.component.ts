import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { normalizePopularList, type PopularItem, type PopularListData, type PopularListInput } from '../article/popular.js';
import { DateFormatController, formatDate, formatNumber } from '../shared/format.js';
import { DEFAULT_TIMEOUT_MS, JsonSourceController, describeSourceError, timeoutMs, type SourceError } from '../shared/json-source.js';
import type { Labels } from '../shared/localize.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import { elementById } from '../shared/target.js';
import { styles } from './popular-list.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { forcedSurface, sourceStates } from '../shared/source-states.styles.js';

export type ArticleSelectEvent = CustomEvent<{ item: PopularItem }>;
export type PopularLoadEvent = CustomEvent<{ items: PopularItem[] }>;
export type PopularErrorEvent = CustomEvent<{ message: string }>;

/** Items shown when `limit` is missing or not a whole number from 1. */
const DEFAULT_LIMIT = 10;

/** What the list needs of the `<article-view>` named by `for` (the class is not imported, so it is not bundled). */
interface ArticleViewTarget extends HTMLElement {
  src?: string;
  article?: unknown;
  focusTitle(): void;
}

/** What the list records in `history.state`, under the key `portalReader`. */
interface HistoryRecord {
  /** The `for` of the list that made the entry: the id of the `<article-view>`. */
  for: string;
  /** The article-view's `src` at this entry; `null` for the article it had before any swap. */
  src: string | null;
}

const HISTORY_KEY = 'portalReader';

/**
 * The article each view had from its `article` property before its first swap, for Back to restore.
 * (History entries hold only URLs; an object given by code cannot be stored there.) Shared by
 * every list, as several lists may open items in one view.
 */
const originalArticles = new WeakMap<HTMLElement, unknown>();

/**
 * @tag popular-list
 * @summary A "Most Popular" ranked list of article links, fed by a property, a `src` URL or inline
 * JSON. With `for`, an item that has `src` opens in the named `<article-view>` instead of navigating.
 *
 * An item whose `url` is not http(s), relative or `mailto:` is shown as plain text, not as a link.
 *
 * @attr heading - The heading above the list. Default: the list's own `title`, else "Most Popular" (localized).
 * @attr limit - How many items to show: a whole number from 1; anything else means 10.
 * @attr src - URL of the list's JSON, fetched with same-origin credentials; used when `items` is not set.
 * @attr for - The id of an `<article-view>` (in this element's root, else in the document) that opens items with a `src`.
 * @attr timeout - Milliseconds that fetching `src` may take (headers and body) before the list shows a timeout message; default `15000`.
 * @attr state - Read-only: `empty`, `loading`, `ready` or `error`, for styling the host.
 *
 * @csspart heading - The heading (a level-2 heading).
 * @csspart list - The ordered list.
 * @csspart item - Each list item.
 * @csspart rank - Each item's rank number; the first three carry the class `top`.
 * @csspart link - Each item's link (or its plain-text title when its URL was unsafe).
 * @csspart date - Each item's date.
 * @csspart views - Each item's view count.
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @cssproperty --popular-list-color - Text color. Default `#1f1f1f` (dark: `#e6e6e6`).
 * @cssproperty --popular-list-background - Background color. Default `#ffffff` (dark: `#161616`).
 * @cssproperty --popular-list-muted-color - Color of ranks 4 and on, dates, view counts and messages. Default `#595959` (dark: `#b4b4b4`).
 * @cssproperty --popular-list-link-color - Link color. Default `#0b57d0` (dark: `#8ab4f8`).
 * @cssproperty --popular-list-accent-color - Background of the top three ranks, the rule under the heading, and the error's border and title. Default `#b3261e` (dark: `#f2b8b5`).
 * @cssproperty --popular-list-font-family - Font family. Default `inherit`.
 * @cssproperty --popular-list-padding - Space around the list. Default `1em`.
 * @cssproperty --popular-list-loading-min-height - Height kept while the list loads, so the page does not jump. Default `12em`.
 *
 * @fires popular-load - The list was shown; `detail.items` holds all its items (canonical form), before `limit`.
 * @fires popular-error - The list could not be shown; `detail.message` says why.
 * @fires article-select - An item's link was activated by a plain click or Enter; `detail.item` is the item.
 * Cancelable: cancelling it stops both the navigation and the loading into `for`, for pages that route themselves.
 */
export class PopularList extends LocalizedElement {
  static override styles = [hostReset, sourceStates, styles, forcedSurface];

  /** The list: an array of items or `{ title, items }`. Wins over `src` and inline JSON. */
  @property({ attribute: false }) items?: PopularListInput | null;

  /** URL of the list's JSON, fetched with same-origin credentials; used when `items` is not set. */
  @property() src?: string;

  /** How long fetching `src` may take, in milliseconds, before the list shows a timeout message. Default 15000. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Heading above the list; overrides the list's `title` and the localized default. */
  @property() heading?: string;

  /** How many items to show: a whole number from 1, else 10. */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** The id of the `<article-view>` that opens items with a `src`; reflects the `for` attribute. */
  @property({ attribute: 'for' }) htmlFor?: string;

  private readonly dates = new DateFormatController(this);

  private readonly source = new JsonSourceController<PopularListData>(this, {
    parse: normalizePopularList,
    onLoad: list => emit(this, 'popular-load', { items: list.items }),
    onError: error => emit(this, 'popular-error', { message: this.describe(error) }),
    timeout: () => timeoutMs(this.timeout),
  });

  // Stops waiting for the target's article-load (to focus its title) when a newer swap starts.
  private pendingFocus?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.pendingFocus?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('items') || changed.has('src')) {
      this.source.select(this.items, this.src);
    }
    this.setAttribute('state', this.source.state);
  }

  private describe(error: SourceError, t: Labels = this.locale.labels): string {
    return describeSourceError(error, t.listSource);
  }

  /** The `<article-view>` named by `for`, looked up in this element's root, then in the document. */
  private target(): ArticleViewTarget | undefined {
    const id = this.htmlFor;
    if (!id) return undefined;
    const found = elementById(this, id);
    return found?.localName === 'article-view' ? (found as ArticleViewTarget) : undefined;
  }

  // One listener for the whole list (a thousand items would otherwise each bind their own): the
  // item is the one whose link was clicked, by its place in the list.
  private readonly onListClick = (event: MouseEvent) => {
    const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    const item = link?.closest('li');
    const list = item?.parentElement;
    if (!item || !list) return;
    const shown = this.source.value?.items[Array.prototype.indexOf.call(list.children, item)];
    if (shown) this.onClick(event, shown);
  };

  private onClick(event: MouseEvent, item: PopularItem): void {
    // Modified clicks (new tab, new window, download) and other buttons keep the browser's behaviour.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    if (!emit(this, 'article-select', { item }, { cancelable: true })) {
      event.preventDefault();
      return;
    }
    const view = this.target();
    if (view === undefined || item.src === undefined) return;
    event.preventDefault();
    this.open(view, item, item.src);
  }

  /** Loads `item` into `view`, adding a history entry so the browser's Back button returns to the previous article. */
  private open(view: ArticleViewTarget, item: PopularItem, src: string): void {
    if (view.article === undefined && view.src === src) {
      view.focusTitle();
      return;
    }
    const id = this.htmlFor!;
    const current = recordOf(history.state);
    if (current?.for !== id) {
      if (view.article !== undefined) originalArticles.set(view, view.article);
      history.replaceState(withRecord(history.state, { for: id, src: view.article === undefined ? view.src ?? null : null }), '');
    }
    const url = item.url !== undefined && isSameOrigin(item.url) ? item.url : undefined;
    history.pushState({ [HISTORY_KEY]: { for: id, src } satisfies HistoryRecord }, '', url);
    this.show(view, src);
  }

  /** Restores the article of the history entry the browser went to, when this list made it. */
  private readonly onPopState = (event: PopStateEvent): void => {
    const record = recordOf(event.state);
    const view = this.target();
    if (record === undefined || view === undefined || record.for !== this.htmlFor) return;
    if (record.src === null) {
      const article = originalArticles.get(view);
      if (view.src !== undefined || view.article !== article) this.show(view, undefined, article);
    } else if (view.article !== undefined || view.src !== record.src) {
      this.show(view, record.src);
    }
  };

  /**
   * Shows `src` (or, for the entry before the first swap, the original `article`) in `view`, and
   * moves focus to its title once the article is shown.
   */
  private show(view: ArticleViewTarget, src: string | undefined, article?: unknown): void {
    this.pendingFocus?.abort();
    const pending = (this.pendingFocus = new AbortController());
    const done = () => pending.abort();
    view.addEventListener('article-load', () => {
      done();
      view.focusTitle();
    }, { signal: pending.signal });
    view.addEventListener('article-error', done, { signal: pending.signal });
    // The property wins over `src` in an article-view, so it is cleared for `src` to take effect.
    view.article = article;
    view.src = src;
  }

  // Also waits for dates shown before Intl was ready to be written in the reader's format.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.dates.pending) {
      await this.dates.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * the links of its items — for reading aids that must not cover them and for the elderly
   * self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  override render(): TemplateResult {
    const t = this.locale.labels;
    const { state, value, error } = this.source;
    const empty = state === 'empty' || value?.items.length === 0;
    const status = state === 'loading' ? t.popularLoading : empty ? t.popularEmpty : '';
    const heading = this.heading || value?.title || t.popularHeading;
    return html`
      <h2 part="heading" id="heading" class="heading">${heading}</h2>
      <div part="status" class="status" role="status">${status}</div>
      ${error
        ? html`<div part="error" class="error" role="alert">
            <p class="error-title">${t.popularErrorTitle}</p>
            <p>${this.describe(error, t)}</p>
          </div>`
        : nothing}
      ${value && value.items.length > 0 ? this.renderList(value.items, t) : nothing}
    `;
  }

  private renderList(items: PopularItem[], t: Labels): TemplateResult {
    const uiLang = this.locale.lang;
    const limit = Number.isInteger(this.limit) && this.limit >= 1 ? this.limit : DEFAULT_LIMIT;
    // list-style is none (the ranks are drawn), so role="list" keeps the list semantics in Safari.
    return html`
      <ol part="list" class="list" role="list" aria-labelledby="heading" @click=${this.onListClick}>
        ${items.slice(0, limit).map((item, i) => html`<li part="item" class="item">
          <span part="rank" class=${i < 3 ? 'rank top' : 'rank'} aria-hidden="true">${i + 1}</span>
          <span class="text">
            ${item.url === undefined
              ? html`<span part="link" class="title">${item.title}</span>`
              : html`<a part="link" class="title" href=${item.url}>${item.title}</a>`}
            ${item.date !== undefined || item.views !== undefined
              ? html`<span class="details">
                  ${item.date !== undefined
                    ? html`<time part="date" datetime=${item.date}>${formatDate(item.date, uiLang)}</time>`
                    : nothing}
                  ${item.views !== undefined ? html`<span part="views">${t.views(formatNumber(item.views, uiLang))}</span>` : nothing}
                </span>`
              : nothing}
          </span>
        </li>`)}
      </ol>
    `;
  }
}

function recordOf(state: unknown): HistoryRecord | undefined {
  const record = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[HISTORY_KEY] : undefined;
  if (typeof record !== 'object' || record === null) return undefined;
  const { for: id, src } = record as Record<string, unknown>;
  return typeof id === 'string' && (typeof src === 'string' || src === null) ? { for: id, src } : undefined;
}

/** `state` (whatever the page keeps there) with this list's record added. */
function withRecord(state: unknown, record: HistoryRecord): object {
  const base = typeof state === 'object' && state !== null ? state : {};
  return { ...base, [HISTORY_KEY]: record };
}

/** `pushState` throws for a URL of another origin, so such items keep the current URL. */
function isSameOrigin(url: string): boolean {
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}
