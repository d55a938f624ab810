import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { loadReadersFor, readInput } from '../article/read-input.js';
import { readingMinutes } from '../article/reading-time.js';
import { loadSanitizer, loadedSanitizer, needsSanitizer, renderHtmlOnServer } from '../article/load-sanitizer.js';
import type { Article, ArticleInput, Attachment, BodyBlock, GovernmentDocument, HtmlBlock, ImportWarning, RelatedLink } from '../article/types.js';
import { RELATED_KINDS } from '../article/government.js';
import { isFontSize, type FontSize } from '../shared/font-size.js';
import { DateFormatController, formatDate } from '../shared/format.js';
import { DEFAULT_TIMEOUT_MS, JsonSourceController, describeSourceError, timeoutMs, type SourceError } from '../shared/json-source.js';
import type { Labels } from '../shared/localize.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import {
  isChineseLang,
  isTraditionalLang,
  loadTraditional,
  loadedTraditional,
  traditionalLang,
  type ChineseScript,
} from '../shared/chinese-script.js';
import { fileTypeName, formatFileSize } from './format-attachment.js';
import type { PageSource } from './page-reader.js';
import { PageFailure, loadPageSource } from './page-source.js';
import { qrCode, type QrCode } from './qr-code.js';
import { styles } from './article-view.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { readerThemes } from '../shared/reader-themes.styles.js';
import { forcedSurface, sourceStates } from '../shared/source-states.styles.js';

export type { FontSize } from '../shared/font-size.js';
export type { ElderlyCheckRow } from './elderly-check.js';
import type { ElderlyCheckRow } from './elderly-check.js';

/** `warnings`: each optional field of JSON-LD or JSON Feed input that was dropped, and why; empty for clean input. */
export type ArticleLoadEvent = CustomEvent<{ article: Article; warnings: ImportWarning[] }>;
export type ArticleErrorEvent = CustomEvent<{ message: string }>;
/** `article`: the article shown now (`shownArticle`), or undefined when none is. */
export type ArticleChangeEvent = CustomEvent<{ article: Article | undefined }>;

/** The blocks of text `readableBlocks()` gives, in document order; of HTML blocks, the innermost. */
const READABLE_BLOCKS = 'h1, [part=heading], [part=paragraph], .body li, blockquote, .html, .html :is(p, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, pre, div)';

/**
 * @tag article-view
 * @summary Shows one article: title, subtitle, meta row (source, author, date), body,
 * attachments, tags and publisher credit, fed by a property, a `src` URL or inline JSON.
 *
 * @attr font-size - Text size of the article: `small`, `medium` (default) or `large`. Applied by CSS alone: the article is not re-rendered.
 * @attr timeout - Milliseconds that fetching `src` may take (headers and body) before the article shows a timeout message; default `15000`.
 * @attr state - Read-only: `empty`, `loading`, `ready` or `error`, for styling the host.
 * @attr reading-time - Shows an estimate of the reading time in the meta row (Chinese at 275 characters a minute, other languages at 225 words).
 * @attr toc - Shows a table of contents of the section headings; its links move focus to the heading, and the current section is marked while scrolling.
 * @attr provenance - Ends the printout with the article's address (its `url`, else the page's), the print date and, for an article with a `url`, a QR code of it.
 * @attr theme - Colors: `auto` (default: follows the reader's light or dark setting), `light`, `sepia`, `dark` or `contrast` (WCAG AAA, 7:1).
 * @attr line-spacing - `normal` (default), `relaxed` or `loose`.
 * @attr content-width - Longest line: `full` (default: the element's width), `wide` (60em), `medium` (42em) or `narrow` (32em), in the article's own text size.
 * @attr elderly - Elderly mode (长者模式): text at least 1.5 × Medium, line spacing 1.6 with paragraphs 1.3 × that apart, high contrast, 60 × 60 px targets, no motion.
 * @attr focusable-blocks - Makes each of `readableBlocks()` a stop of the Tab key, for reading aids that follow the keyboard focus (`<reader-settings>` sets it while one is on).
 * @attr script - `traditional` shows a Chinese article, and the labels, in Traditional characters (converted with OpenCC, whose code loads only then); `simplified` shows the text exactly as written. Without it, the nearest ancestor's `script` applies, as `lang` does; `<chinese-script-toggle>` sets it.
 * @attr from - Reads the article from the page the element is on, when no `article`, `src` or inline JSON is given: the body is the element this CSS selector names (e.g. `#zoom`); as a bare attribute, the block found on the page (the content containers of common portal CMSs, `[itemprop=articleBody]`, a single `<article>`, `<main>`, then a readability pass). Once the article shows, the original block is hidden.
 * @attr defer-hydration - Set by `portal-reader/ssr` on an article with HTML blocks: the element takes over its server-rendered HTML once the HTML sanitizer has loaded.
 *
 * @slot meta - Placed at the start of the meta row, e.g. a `<font-size-toggle>`.
 * @slot footer - Placed under the article, e.g. a `<print-close-bar>`.
 *
 * @csspart article - The `<article>` element.
 * @csspart header - Title, subtitle and meta row.
 * @csspart notice - The notice above the title that a government document is no longer valid as it stands (expired, repealed or amended).
 * @csspart title - The article's title (a level-1 heading).
 * @csspart subtitle - The subtitle.
 * @csspart meta - The meta row.
 * @csspart source - The source in the meta row.
 * @csspart author - The author in the meta row.
 * @csspart date - The date in the meta row.
 * @csspart document - A government document's register data (索引号, 发布机构, 文号…): a table above the body.
 * @csspart body - The article's body.
 * @csspart heading - Each section heading in the body.
 * @csspart paragraph - Each paragraph in the body.
 * @csspart figure - Each image's figure.
 * @csspart image - Each image.
 * @csspart caption - Each image caption.
 * @csspart list - Each list.
 * @csspart quote - Each block quote.
 * @csspart html - Each block of sanitized HTML.
 * @csspart attachments - The attachments section.
 * @csspart related - The related links after the body, in groups: 政策解读 / Interpretation, 原文件 / Original document, 相关文件 / Related documents.
 * @csspart related-group - Each group of related links: its heading and list.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag.
 * @csspart publisher - The publisher credit line.
 * @csspart reading-time - The reading time in the meta row.
 * @csspart toc - The table of contents (a `nav`).
 * @csspart toc-link - Each link of the table of contents; the current section's also has `toc-link-current`.
 * @csspart provenance - The printed address and date at the end of the printout.
 * @csspart qr - The printout's QR code of the article's `url` (with `provenance`; its encoder is loaded only then).
 * @csspart status - The loading and empty messages.
 * @csspart error - The error message.
 *
 * @cssproperty --article-view-color - Text color.
 * @cssproperty --article-view-background - Background color.
 * @cssproperty --article-view-muted-color - Color of the meta row, captions and credits.
 * @cssproperty --article-view-link-color - Link color.
 * @cssproperty --article-view-accent-color - Color of the rule under the header and of quote borders.
 * @cssproperty --article-view-error-color - Color of the error message's border and title.
 * @cssproperty --article-view-font-family - Font family of the article.
 * @cssproperty --article-view-title-font-family - Font family of the title and headings.
 * @cssproperty --article-view-line-height - Line height of the body text.
 * @cssproperty --article-view-padding - Space around the article.
 * @cssproperty --article-view-paragraph-indent - First-line indent of the paragraphs of a Chinese article (`lang` zh…), which are also justified. Default `2em`, two characters; `0` for none.
 * @cssproperty --article-view-loading-min-height - Height kept while the article loads, so the page does not jump. Default `20em`.
 * @cssproperty --article-view-font-size-small - Text size for `font-size="small"`, relative to the host's text.
 * @cssproperty --article-view-font-size-medium - Text size for `font-size="medium"`, relative to the host's text.
 * @cssproperty --article-view-font-size-large - Text size for `font-size="large"`, relative to the host's text.
 *
 * @fires article-load - The article was shown; `detail.article` is the canonical form, `detail.warnings` lists each optional field of JSON-LD or JSON Feed input that was dropped and why (`{ field, message }`; empty for clean input).
 * @fires article-error - The article could not be shown; `detail.message` says why.
 * @fires article-change - The article shown changed: another was shown, or none is any more (cleared, loading another, failed). `detail.article` is `shownArticle`, the article shown now or `undefined`; `readableBlocks()` already holds its blocks.
 */
export class ArticleView extends LocalizedElement {
  static override styles = [hostReset, readerThemes, sourceStates, styles, forcedSurface];

  /** The article to show: canonical, schema.org JSON-LD or a JSON Feed item. Wins over `src` and inline JSON. */
  @property({ attribute: false }) article?: ArticleInput | null;

  /** URL of the article's JSON, fetched with same-origin credentials; used when `article` is not set. */
  @property() src?: string;

  /** How long fetching `src` may take, in milliseconds, before the article shows a timeout message. Default 15000. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Shows the estimated reading time in the meta row. */
  @property({ type: Boolean, attribute: 'reading-time' }) readingTime = false;

  /** Shows a table of contents of the section headings. */
  @property({ type: Boolean }) toc = false;

  /** Ends the printout with the article's address and the print date. */
  @property({ type: Boolean }) provenance = false;

  /** CSS selector of the page's own article block to read the article from (empty: find the block); used when no `article`, `src` or inline JSON is given. */
  @property() from?: string | null;

  /** Makes each readable block a stop of the Tab key, for reading aids that follow the keyboard focus. */
  @property({ type: Boolean, reflect: true, attribute: 'focusable-blocks' }) focusableBlocks = false;

  /** `traditional` or `simplified` characters for a Chinese article; unset, the nearest ancestor's `script`. */
  @property({ reflect: true }) script?: ChineseScript;

  private readonly dates = new DateFormatController(this);

  // Marks the table of contents' current section while `toc` is on and an article shown: on any
  // scroll (of the page or a scrolling ancestor), at most once a frame.
  private stopWatchingSections?: () => void;
  private printedAt = new Date();
  // The printout's QR code of the article's `url`, loaded with its encoder when provenance needs it.
  private qr?: QrCode;
  private readonly beforePrint = () => {
    this.printedAt = new Date();
    if (this.provenance) this.requestUpdate();
  };

  // What reading each article dropped, for its `article-load` event.
  private readonly importWarnings = new WeakMap<Article, ImportWarning[]>();

  private readonly source = new JsonSourceController<Article>(this, {
    // JSON-LD and JSON Feed are read by their own chunk, loaded for the first such input.
    load: loadReadersFor,
    parse: input => {
      // Why the page's article could not be read, or its reader not loaded (selectPage).
      if (input instanceof PageFailure) throw input;
      const { article, warnings } = readInput(input);
      this.importWarnings.set(article, [...(this.page?.warningsFor(input, article) ?? []), ...warnings]);
      return article;
    },
    // The server sanitizes with portal-reader/ssr's own DOMPurify (renderHtmlOnServer).
    prepare: article =>
      !isServer && !loadedSanitizer() && needsSanitizer(article) ? loadSanitizer() : undefined,
    onLoad: article => {
      this.page?.shown(article);
      emit(this, 'article-load', { article, warnings: this.importWarnings.get(article) ?? [] }, { composed: false });
    },
    onError: error => emit(this, 'article-error', { message: this.describe(error) }, { composed: false }),
    timeout: () => timeoutMs(this.timeout),
  });

  // `from`: the article of the page the element is on, read by the page reader's chunk, which
  // brings this controller the first time it is needed.
  private page?: PageSource;
  private pageLoading?: Promise<void>;

  // Taking over server-rendered HTML: its labels and dates are in the server's language and time
  // zone, which may not be the reader's. The hydrating render leaves those texts empty (so it does
  // not touch them), and the next render writes the reader's own.
  private hydrating = false;

  // Sanitized HTML per block, kept so a re-render moves the same nodes instead of sanitizing again.
  private readonly sanitized = new WeakMap<HtmlBlock, HTMLElement>();

  // Traditional characters: OpenCC on its way (the first time), and whether any text was converted.
  private traditionalLoading?: Promise<void>;
  private converted = false;

  // The block marked by markReading(), and the article last announced by article-change.
  private reading?: HTMLElement;
  private announced?: Article;

  /** Text size: `small`, `medium` or `large`. Reflects the `font-size` attribute; changing it does not re-render. */
  get fontSize(): FontSize {
    const value = this.getAttribute('font-size');
    return isFontSize(value) ? value : 'medium';
  }

  set fontSize(value: FontSize) {
    this.setAttribute('font-size', value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    this.stopWatchingSections?.();
  }

  override connectedCallback(): void {
    if (!this.hasUpdated && this.shadowRoot) this.hydrating = true;
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    if (this.hasUpdated) this.observeSections();
    // Server-rendered with HTML blocks: hydration waits for the sanitizer, so that the first
    // client render is the article, as on the server, and not the loading state.
    if (this.hasAttribute('defer-hydration')) {
      // If it cannot load, the server's article stays as it is: readable, and sized by `font-size`.
      // Only while connected: removing it starts Lit, which a detached element must not do.
      loadSanitizer().then(() => this.isConnected && this.removeAttribute('defer-hydration'), () => {});
    }
  }

  /** The article shown (canonical form), or undefined while loading, empty or in error. */
  get shownArticle(): Article | undefined {
    return this.source.state === 'ready' ? this.source.value : undefined;
  }

  /** Moves focus to the article's title, e.g. after another article was loaded into this view. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** The language of the text shown: the article's `lang` (a Traditional Chinese tag while it is shown in Traditional characters); undefined when it names none, or no article is shown. */
  get shownLang(): string | undefined {
    const article = this.shownArticle;
    return article && this.textLang(article);
  }

  /**
   * The blocks of text of the article shown, in reading order: the title, the body's headings,
   * paragraphs, list items and quotes, and the innermost blocks of its HTML (paragraphs, headings,
   * list items, cells…), each with some text; empty while no article is shown. For reading aids
   * such as `<read-aloud>`, which mark the one being read with `markReading()`.
   */
  readableBlocks(): HTMLElement[] {
    if (!this.shownArticle) return [];
    const found = [...this.renderRoot.querySelectorAll<HTMLElement>(READABLE_BLOCKS)];
    // No text is given twice or left out: a block that holds others gives way to them.
    return found.filter(block => block.textContent?.trim() && !found.some(other => block.contains(other.parentNode)));
  }

  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * the links of the contents, the attachments, the body and the related documents; the controls
   * slotted into it are elements of their own, each with its own `controlRects()` — for reading
   * aids that must not cover them and for the elderly self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  /**
   * Marks `block` (one of `readableBlocks()`) as the one being read: it is highlighted and scrolled
   * to the middle of the view (at once, not smoothly, in elderly mode or with reduced motion), unless
   * `scroll` is false (for a block the reader is pointing at). Only one block is marked at a time;
   * `null`, or a block that is not this article's, clears the mark.
   */
  markReading(block: HTMLElement | null, { scroll = true }: { scroll?: boolean } = {}): void {
    this.reading?.removeAttribute('data-reading');
    this.reading = block && this.renderRoot.contains(block) ? block : undefined;
    if (!this.reading) return;
    this.reading.setAttribute('data-reading', '');
    if (scroll) this.scrollToShow(this.reading, 'center');
  }

  /**
   * The elderly self-check (适老化自检): each MIIT 适老化 figure (body text size, line and paragraph
   * spacing, contrast of text, muted text and links, control sizes, motion, pop-ups) measured on the
   * article as rendered, in this browser, now, from computed styles, with what is required, what was
   * measured and whether it passes, labelled in the element's language. Resolves to `[]` while no
   * article is shown. Its code loads on the first call. It is not the official evaluation.
   */
  async checkElderly(): Promise<ElderlyCheckRow[]> {
    await this.updateComplete;
    if (!this.shownArticle || !this.shadowRoot) return [];
    const { checkElderly, elderlyCheckLabels } = await import('./elderly-check.js');
    // A `lang` set just before the call: its labels may still be on their way.
    await this.locale.labelsLoading;
    return checkElderly(this.shadowRoot, this.locale.labelsOf(elderlyCheckLabels));
  }

  // The blocks given a tab stop by focusable-blocks, with the tabindex each had before (the title's
  // and headings' -1, for moving focus to them), given back when it is turned off.
  private tabStops = new Map<HTMLElement, string | null>();

  private updateTabStops(): void {
    const blocks = new Set(this.focusableBlocks ? this.readableBlocks() : []);
    for (const [block, before] of this.tabStops) {
      if (blocks.has(block)) continue;
      if (before === null) block.removeAttribute('tabindex');
      else block.setAttribute('tabindex', before);
      this.tabStops.delete(block);
    }
    for (const block of blocks) {
      if (this.tabStops.has(block) || block.tabIndex >= 0) continue;
      this.tabStops.set(block, block.getAttribute('tabindex'));
      block.tabIndex = 0;
    }
  }

  // Also waits for the HTML sanitizer when the article needs it to load first.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.source.preparing || this.traditionalLoading || this.pageReading || this.dates.pending) {
      await (this.source.preparing ?? this.traditionalLoading ?? this.pageReading ?? this.dates.pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('article') || changed.has('src') || changed.has('from')) {
      this.source.select(this.article, this.src);
      this.selectPage();
    }
    this.setAttribute('state', this.readsPage ? 'loading' : this.source.state);
  }

  /** `from` is used when no property, `src` or inline JSON was given. */
  private get fromPage(): boolean {
    return this.source.state === 'empty' && typeof this.from === 'string';
  }

  /** Chooses `from` or not; its controller loads on first use. */
  private selectPage(): void {
    if (this.page) {
      this.page.select(this.fromPage ? this.from! : undefined);
    } else if (this.fromPage) {
      this.pageLoading ??= loadPageSource()
        .then(PageSource => {
          this.page = new PageSource(this, this.source, () => this.locale.lang);
          this.selectPage();
        })
        .catch(() => {
          if (this.fromPage) this.source.select(new PageFailure(this.locale.labels.pageReaderFailed), undefined);
        })
        .finally(() => {
          this.pageLoading = undefined;
          this.requestUpdate();
        });
    }
  }

  /** Reading the page, or loading what reads it while `from` is used: the element shows its loading state. */
  private get readsPage(): boolean {
    return (this.pageLoading !== undefined && this.fromPage) || !!this.page?.reading;
  }

  /** Settles when the page's reading (or its reader's loading, while `from` is used) has. */
  private get pageReading(): Promise<unknown> | undefined {
    return (this.fromPage ? this.pageLoading : undefined) ?? this.page?.pending;
  }

  protected override firstUpdated(): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
    }
  }

  protected override updated(): void {
    this.observeSections();
    this.showScript();
    this.updateTabStops();
    if (this.shownArticle !== this.announced) {
      this.announced = this.shownArticle;
      emit(this, 'article-change', { article: this.announced }, { composed: false });
    }
    const url = this.provenance ? this.source.value?.url : undefined;
    if (url && this.qr?.text !== url) {
      qrCode(url).then(
        qr => {
          this.qr = qr;
          this.requestUpdate();
        },
        () => {
          // Without its encoder (offline), the printout still has the address in words.
        },
      );
    }
  }

  /** True when the article is Simplified Chinese (or, without a `lang`, has a Chinese title) and `script` asks for Traditional. */
  private showsTraditional(article: Article): boolean {
    if (isServer || this.locale.script !== 'traditional') return false;
    return article.lang ? isChineseLang(article.lang) && !isTraditionalLang(article.lang) : /\p{Script=Han}/u.test(article.title);
  }

  /** The article's language as shown: converted to Traditional characters, its text is marked so, for fonts and voices. */
  private textLang(article: Article): string | undefined {
    return this.showsTraditional(article) ? traditionalLang(article.lang ?? 'zh') : article.lang;
  }

  /**
   * After each render: the article's text in Traditional characters, converted in place (Text node
   * data only), or back to its original text. The first time, OpenCC loads and the view renders again.
   */
  private showScript(): void {
    const article = this.renderRoot.querySelector('article');
    const shown = this.source.state === 'ready' ? this.source.value : undefined;
    const traditional = loadedTraditional();
    if (!article || !shown || !this.showsTraditional(shown)) {
      // Only a view that converted has anything to restore (and then OpenCC has loaded).
      if (article && this.converted) traditional?.restoreText(article);
      return;
    }
    if (traditional) {
      traditional.convertText(article);
      this.converted = true;
    } else {
      this.traditionalLoading ??= loadTraditional().then(
        () => {
          this.traditionalLoading = undefined;
          this.requestUpdate();
        },
        () => {
          // Offline, say: the article stays as written; choosing Traditional again tries again.
          this.traditionalLoading = undefined;
        },
      );
    }
  }

  /** While the table of contents shows, marks the section being read: the last heading above the top third of the view. */
  private observeSections(): void {
    this.stopWatchingSections?.();
    this.stopWatchingSections = undefined;
    // A detached element (an answer arriving after removal) watches nothing; connecting again starts over.
    if (!this.toc || !this.isConnected) return;
    const headings = [...this.renderRoot.querySelectorAll<HTMLElement>('.body [id^="section-"]')];
    if (headings.length === 0) return;
    const markCurrent = () => {
      const line = window.innerHeight / 3;
      const current = headings.filter(heading => heading.getBoundingClientRect().top <= line).pop() ?? headings[0];
      for (const link of this.renderRoot.querySelectorAll<HTMLAnchorElement>('[part~="toc-link"]')) {
        const isCurrent = link.hash === `#${current.id}`;
        link.toggleAttribute('aria-current', isCurrent);
        if (isCurrent) link.setAttribute('aria-current', 'location');
        link.part.toggle('toc-link-current', isCurrent);
      }
    };
    let frame = 0;
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        markCurrent();
      });
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    this.stopWatchingSections = () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
    markCurrent();
  }

  /** Scrolls `element` into view: smoothly, but at once in elderly mode or with reduced motion (no motion). */
  private scrollToShow(element: HTMLElement, block: ScrollLogicalPosition): void {
    const still = this.hasAttribute('elderly') || matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView?.({ block, behavior: still ? 'auto' : 'smooth' });
  }

  /** Moves to a section from the table of contents: scrolls to its heading and gives it focus. */
  private goToSection(event: MouseEvent, id: string): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!heading || !body) return;
    // Blocks not yet shown have estimated heights (content-visibility), so the heading would land
    // where the estimates put it. Laid out once for real, every block's height is remembered.
    body.classList.add('laid-out');
    this.scrollToShow(heading, 'start');
    heading.focus({ preventScroll: true });
    requestAnimationFrame(() => requestAnimationFrame(() => body.classList.remove('laid-out')));
  }

  private describe(error: SourceError, t: Labels = this.locale.labels): string {
    return describeSourceError(error, t.articleSource);
  }

  override render(): TemplateResult {
    const t = this.locale.labels;
    const { state, value, error } = this.source;
    const status = state === 'loading' || this.readsPage ? t.loading : state === 'empty' ? t.empty : '';
    return html`
      <div part="status" class="status" role="status">${status}</div>
      ${error
        ? html`<div part="error" class="error" role="alert">
            <p class="error-title">${t.errorTitle}</p>
            <p>${this.describe(error, t)}</p>
          </div>`
        : nothing}
      ${value ? this.renderArticle(value, t) : nothing}
    `;
  }

  private renderArticle(article: Article, t: Labels): TemplateResult {
    const uiLang = this.locale.lang;
    const local = (text: string) => (this.hydrating ? '' : text);
    const label = (text: string) => html`<span class="label" lang=${uiLang}>${local(text)}</span>`;
    const lang = this.textLang(article);
    const notice = this.notice(article.document, t, uiLang);
    return html`
      <article part="article" lang=${ifDefined(lang)} dir=${ifDefined(article.dir)} aria-labelledby="title">
        <header part="header" class="header">
          ${notice ? html`<p part="notice" class="notice" id="notice" lang=${uiLang}>${local(notice)}</p>` : nothing}
          <h1 part="title" id="title" tabindex="-1" aria-describedby=${ifDefined(notice ? 'notice' : undefined)}>${article.title}</h1>
          ${article.subtitle ? html`<p part="subtitle" class="subtitle">${article.subtitle}</p>` : nothing}
          <div part="meta" class="meta">
            <slot name="meta"></slot>
            ${article.source ? html`<span part="source">${label(t.source)}${article.source}</span>` : nothing}
            ${article.author ? html`<span part="author">${label(t.author)}${article.author}</span>` : nothing}
            ${article.date
              ? html`<span part="date"
                  >${label(t.date)}<time datetime=${article.date}>${local(formatDate(article.date, uiLang))}</time></span
                >`
              : nothing}
            ${this.readingTime ? html`<span part="reading-time" lang=${uiLang}>${local(t.readingTime(readingMinutes(article)))}</span>` : nothing}
          </div>
        </header>
        ${article.document ? this.renderDocument(article.document, article.date, t, uiLang) : nothing}
        ${this.toc ? this.renderToc(article, t, uiLang) : nothing}
        <div part="body" class="body">${this.renderBody(article)}</div>
        ${article.attachments.length > 0 ? this.renderAttachments(article.attachments, t, uiLang) : nothing}
        ${article.related ? this.renderRelated(article.related, t, uiLang) : nothing}
        ${article.tags.length > 0
          ? html`<ul part="tags" class="tags" aria-label=${t.tags}>
              ${article.tags.map(tag => html`<li part="tag">${tag}</li>`)}
            </ul>`
          : nothing}
        ${article.publisher ? html`<p part="publisher" class="publisher">${article.publisher}</p>` : nothing}
        ${this.provenance ? this.renderProvenance(article, t, uiLang) : nothing}
      </article>
      <slot name="footer"></slot>
    `;
  }

  /** The body's blocks; section headings are numbered `section-1`, `section-2`… for the table of contents. */
  private renderBody(article: Article): TemplateResult[] {
    let section = 0;
    return article.body.map(block => this.renderBlock(block, block.type === 'heading' ? `section-${++section}` : ''));
  }

  private renderToc(article: Article, t: Labels, uiLang: string): TemplateResult | typeof nothing {
    const headings = article.body.filter(block => block.type === 'heading');
    if (headings.length === 0) return nothing;
    return html`<nav part="toc" class="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" lang=${uiLang}>${t.contents}</h2>
      <ol>
        ${headings.map((heading, index) => {
          const id = `section-${index + 1}`;
          return html`<li class=${`level-${heading.level}`}>
            <a part="toc-link" href=${`#${id}`} @click=${(event: MouseEvent) => this.goToSection(event, id)}>${heading.text}</a>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderProvenance(article: Article, t: Labels, uiLang: string): TemplateResult {
    const address = article.url ?? globalThis.location?.href ?? '';
    // The reader's calendar day, not UTC's: the day they print on.
    const at = this.printedAt;
    const date = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
    const qr = article.url && this.qr?.text === article.url ? this.qr : undefined;
    return html`<footer part="provenance" class="provenance" lang=${uiLang}>
      <div>
        <p>${t.printedFrom}<span class="address">${address}</span></p>
        <p>${t.printedOn}<time datetime=${date}>${formatDate(date, uiLang)}</time></p>
      </div>
      ${qr
        ? html`<svg part="qr" class="qr" viewBox=${`-4 -4 ${qr.size + 8} ${qr.size + 8}`} role="img" aria-label=${t.qrCode}>
            ${svg`<path d=${qr.path} />`}
          </svg>`
        : nothing}
    </footer>`;
  }

  private renderBlock(block: BodyBlock, sectionId: string): TemplateResult {
    switch (block.type) {
      case 'heading':
        return HEADINGS[block.level](block.text, sectionId);
      case 'paragraph':
        return html`<p part="paragraph">${block.text}</p>`;
      case 'image':
        return html`<figure part="figure">
          <img part="image" src=${block.src} alt=${block.alt} width=${ifDefined(block.width)}
            height=${ifDefined(block.height)} loading="lazy" decoding="async" />
          ${block.caption ? html`<figcaption part="caption">${block.caption}</figcaption>` : nothing}
        </figure>`;
      case 'list': {
        const items = block.items.map(item => html`<li>${item}</li>`);
        return block.ordered ? html`<ol part="list">${items}</ol>` : html`<ul part="list">${items}</ul>`;
      }
      case 'quote':
        return html`<figure class="quote">
          <blockquote part="quote"><p>${block.text}</p></blockquote>
          ${block.cite ? html`<figcaption part="caption">— ${block.cite}</figcaption>` : nothing}
        </figure>`;
      case 'html':
        return html`${isServer ? renderHtmlOnServer(block.html) : this.sanitizedBlock(block)}`;
    }
  }

  private sanitizedBlock(block: HtmlBlock): HTMLElement {
    let element = this.sanitized.get(block);
    if (!element) {
      element = document.createElement('div');
      element.className = 'html';
      element.setAttribute('part', 'html');
      // `prepare` loaded the sanitizer before this article was accepted.
      element.append(loadedSanitizer()!(block.html));
      this.sanitized.set(block, element);
    }
    return element;
  }

  /**
   * The notice that a document is no longer in force as it stands, with the day it stopped being so
   * (`validUntil`): for `amended`, the day the amendment took effect; `validFrom` is when the
   * document itself took effect, so it never dates the notice.
   */
  private notice(document: GovernmentDocument | undefined, t: Labels, uiLang: string): string | undefined {
    const validity = document?.validity;
    if (!validity || validity === 'valid') return undefined;
    const date = document.validUntil ? formatDate(document.validUntil, uiLang) : undefined;
    return t.notice[validity](date);
  }

  /** The register data as a table of labelled rows; the article's `date` is its 发布日期 (Published). */
  private renderDocument(document: GovernmentDocument, published: string | undefined, t: Labels, uiLang: string): TemplateResult {
    const local = (text: string) => (this.hydrating ? '' : text);
    const labels = t.document;
    const date = (iso: string) => html`<time datetime=${iso}>${local(formatDate(iso, uiLang))}</time>`;
    const rows: [string, unknown][] = [];
    const add = (label: string, value: unknown) => rows.push([label, value]);
    if (document.indexNumber) add(labels.indexNumber, document.indexNumber);
    if (document.issuer) add(labels.issuer, document.issuer);
    if (document.number) add(labels.number, document.number);
    if (document.written) add(labels.written, date(document.written));
    if (published) add(labels.published, date(published));
    if (document.topic) add(labels.topic, document.topic);
    if (document.validity) add(labels.validity, html`<span lang=${uiLang}>${local(labels[document.validity])}</span>`);
    if (document.validFrom) add(labels.validFrom, date(document.validFrom));
    if (document.validUntil) add(labels.validUntil, date(document.validUntil));
    return html`<table part="document" class="document">
      <caption class="visually-hidden" lang=${uiLang}>${local(labels.caption)}</caption>
      <tbody>
        ${rows.map(([label, value]) => html`<tr><th scope="row" lang=${uiLang}>${local(label)}</th><td>${value}</td></tr>`)}
      </tbody>
    </table>`;
  }

  /** Related links after the body, grouped by kind in a fixed order; a link without a safe URL is its title as text. */
  private renderRelated(links: RelatedLink[], t: Labels, uiLang: string): TemplateResult {
    const local = (text: string) => (this.hydrating ? '' : text);
    return html`<div part="related" class="related">
      ${RELATED_KINDS.map(kind => {
        const group = links.filter(link => link.kind === kind);
        return group.length === 0
          ? nothing
          : html`<div part="related-group" class="related-group">
              <h2 lang=${uiLang}>${local(t.related[kind])}</h2>
              <ul>
                ${group.map(link => html`<li>${link.url ? html`<a href=${link.url}>${link.title}</a>` : link.title}</li>`)}
              </ul>
            </div>`;
      })}
    </div>`;
  }

  private renderAttachments(attachments: Attachment[], t: Labels, uiLang: string): TemplateResult {
    return html`
      <section part="attachments" class="attachments" aria-labelledby="attachments-title">
        <h2 id="attachments-title" lang=${uiLang}>${t.attachments}</h2>
        <ul>
          ${attachments.map(attachment => {
            const details = [
              attachment.type ? fileTypeName(attachment.type) : '',
              attachment.size !== undefined ? formatFileSize(attachment.size, uiLang) : '',
            ].filter(Boolean).join(', ');
            return html`<li>
              ${attachment.url ? html`<a href=${attachment.url}>${attachment.title}</a>` : attachment.title}
              ${details ? html`<span class="details">(${details})</span>` : nothing}
            </li>`;
          })}
        </ul>
      </section>
    `;
  }
}

// Lit cannot bind a tag name, so each heading level has its own template.
// The id lets the table of contents move focus to the heading (tabindex -1: focusable, not a Tab stop).
const HEADINGS: Record<number, (text: string, id: string) => TemplateResult> = {
  2: (text, id) => html`<h2 part="heading" id=${id} tabindex="-1">${text}</h2>`,
  3: (text, id) => html`<h3 part="heading" id=${id} tabindex="-1">${text}</h3>`,
  4: (text, id) => html`<h4 part="heading" id=${id} tabindex="-1">${text}</h4>`,
  5: (text, id) => html`<h5 part="heading" id=${id} tabindex="-1">${text}</h5>`,
  6: (text, id) => html`<h6 part="heading" id=${id} tabindex="-1">${text}</h6>`,
};
