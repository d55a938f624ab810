import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { nothing } from 'lit';
import { LocalizedElement } from '../shared/localized-element.js';
import { emit } from '../shared/emit.js';
import { articleTargets } from '../shared/target.js';
import { RememberedChoice } from '../shared/remembered.js';
import { readerSettingsLabels } from './reader-settings.labels.js';
import { styles } from './reader-settings.styles.js';
import { hostReset } from '../shared/host-styles.js';
import { controlRectsIn } from '../shared/control-rects.js';
import { readerThemes } from '../shared/reader-themes.styles.js';
import { radioGroupStyles } from '../shared/radio-group.styles.js';
import { AID_NAMES, FOLLOWS_FOCUS, loadAid, type Aid, type AidName } from './aids/aid.js';
import type { ArticleView, ElderlyCheckRow } from '../article-view/article-view.component.js';

export type { AidName } from './aids/aid.js';

/** Colors of the article: `auto` follows `prefers-color-scheme`; `contrast` meets WCAG AAA (7:1). */
export type ReaderTheme = 'auto' | 'light' | 'sepia' | 'dark' | 'contrast';
/** Space between the lines of the article's text. */
export type ReaderLineSpacing = 'normal' | 'relaxed' | 'loose';
/** Width of the article's column: `full` is the host's width. */
export type ReaderContentWidth = 'full' | 'wide' | 'medium' | 'narrow';

/** The reader's settings, as stored and as carried by `reader-settings-change`. */
export interface ReaderSettingsValue {
  theme: ReaderTheme;
  lineSpacing: ReaderLineSpacing;
  contentWidth: ReaderContentWidth;
  elderly: boolean;
  /** Point to read (指读): the block pointed at (after a rest) or focused is read aloud. */
  pointToRead: boolean;
  /** Caption bar (大字幕): the text pointed at or focused, large, along the bottom of the view. */
  captionBar: boolean;
  /** Reading guide (辅助线): a band three lines high follows the pointer or focus; the rest of the article is dimmed. */
  readingGuide: boolean;
  /** Large cursor (大鼠标) over the article and the controls. */
  largeCursor: boolean;
}

export type ReaderSettingsChangeEvent = CustomEvent<ReaderSettingsValue>;

export const READER_THEMES: readonly ReaderTheme[] = ['auto', 'light', 'sepia', 'dark', 'contrast'];
export const READER_LINE_SPACINGS: readonly ReaderLineSpacing[] = ['normal', 'relaxed', 'loose'];
export const READER_CONTENT_WIDTHS: readonly ReaderContentWidth[] = ['full', 'wide', 'medium', 'narrow'];

const isTheme = (value: unknown): value is ReaderTheme => READER_THEMES.includes(value as ReaderTheme);
const isLineSpacing = (value: unknown): value is ReaderLineSpacing => READER_LINE_SPACINGS.includes(value as ReaderLineSpacing);
const isContentWidth = (value: unknown): value is ReaderContentWidth => READER_CONTENT_WIDTHS.includes(value as ReaderContentWidth);

/** Where the reader's settings are kept unless `storage-key` names another key. */
export const READER_SETTINGS_STORAGE_KEY = 'portal-reader:reader-settings';

const instances = new Set<ReaderSettings>();

// An aid runs once on a page however many reader-settings share a choice: the instance that
// started it owns it, and another takes it over when that one goes.
const runningAids = new Map<AidName, { owner: ReaderSettings; aid?: Aid; stopped?: boolean }>();

/**
 * The valid fields of stored settings. Anything else (not JSON, not an object, unknown values
 * from an older or hostile page) is dropped, so it never reaches the article.
 */
function parseSettings(text: string | null): Partial<ReaderSettingsValue> | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const { theme, lineSpacing, contentWidth, elderly } = data as Record<string, unknown>;
  const settings: Partial<ReaderSettingsValue> = {};
  for (const aid of AID_NAMES) {
    const on = (data as Record<string, unknown>)[aid];
    if (typeof on === 'boolean') settings[aid] = on;
  }
  if (isTheme(theme)) settings.theme = theme;
  if (isLineSpacing(lineSpacing)) settings.lineSpacing = lineSpacing;
  if (isContentWidth(contentWidth)) settings.contentWidth = contentWidth;
  if (typeof elderly === 'boolean') settings.elderly = elderly;
  return Object.keys(settings).length ? settings : undefined;
}

/**
 * @tag reader-settings
 * @summary Lets the reader choose the article's theme, line spacing and width, switch on elderly mode and the reading aids of government assist toolbars, and check the page against the MIIT 适老化 figures.
 *
 * A "Reading settings" button opens a panel of three radio groups (theme, line spacing, width),
 * four switches of reading aids (Point to read 指读, Caption bar 大字幕, Reading guide 辅助线,
 * Large cursor 大鼠标) and a "Check this page" (适老化自检) button, which shows the article's
 * `checkElderly()` as a table; beside the button, an "Elderly mode" switch. Each aid's code loads
 * the first time it is switched on; while it is off it has no listeners. The aids that follow the
 * keyboard focus (all but the cursor) set `focusable-blocks` on the article, so Tab moves through
 * its blocks. Each choice is set as an attribute (`theme`, `line-spacing`,
 * `content-width`, `elderly`) on the element named by `for`, else on the `article-view` it is
 * placed in, else on every `article-view` in the document. The portal-reader controls inside an
 * article follow its theme and, in elderly mode, grow their targets to 60 × 60 px, as this
 * element does: they inherit the article's theme tokens. The settings are remembered in
 * localStorage and shared by every `reader-settings` with the same `storage-key`, on this page
 * and in the reader's other tabs.
 *
 * @attr theme - `auto` (default, follows `prefers-color-scheme`), `light`, `sepia`, `dark` or `contrast`.
 * @attr line-spacing - `normal` (default), `relaxed` or `loose`.
 * @attr content-width - `full` (default, the host's width), `wide`, `medium` or `narrow`.
 * @attr elderly - Present when elderly mode is on: large text, wide spacing, high contrast, 60 × 60 px targets, no motion.
 * @attr point-to-read - Present while Point to read (指读) is on: the block under the pointer (after a 400 ms rest) or focused is read aloud with `<read-aloud>`'s voice and highlighted.
 * @attr caption-bar - Present while the Caption bar (大字幕) is on: the text under the pointer or focused shows at 2.5 × its size in a bar along the bottom of the view (the top when the bottom would cover a control).
 * @attr reading-guide - Present while the Reading guide (辅助线) is on: a band three lines high follows the pointer or focus, the rest of the article dimmed.
 * @attr large-cursor - Present while the Large cursor (大鼠标) is on: a 64 px cursor over the article and the controls.
 * @attr open - Present while the settings panel is open.
 * @attr for - Id of the element to set the attributes on.
 * @attr storage-key - localStorage key that keeps the settings; default `portal-reader:reader-settings`.
 *
 * @csspart toggle - The "Reading settings" button that opens and closes the panel.
 * @csspart switch - The "Elderly mode" switch; also `switch-checked` while it is on.
 * @csspart panel - The panel of radio groups.
 * @csspart group - Each radio group (a fieldset).
 * @csspart legend - Each group's name.
 * @csspart option - Each choice's label; the current one also has part `option-checked`.
 * @csspart aids - The group of reading-aid switches (each a `switch`).
 * @csspart check - The "Check this page" button.
 * @csspart check-table - The self-check's table of figures.
 *
 * @cssproperty --reader-settings-color - Text color of the button, the switch and the choices.
 * @cssproperty --reader-settings-checked-color - Text color of the current choice and the switch's knob when on.
 * @cssproperty --reader-settings-checked-background - Background of the current choice and of the switch when on.
 * @cssproperty --reader-settings-border-color - Color of the button's, the panel's and the switch's borders.
 * @cssproperty --reader-settings-focus-color - Color of the keyboard focus ring.
 *
 * @fires reader-settings-change - The reader changed a setting; `detail` is `{ theme, lineSpacing, contentWidth, elderly, pointToRead, captionBar, readingGuide, largeCursor }`.
 */
export class ReaderSettings extends LocalizedElement {
  static override styles = [hostReset, readerThemes, radioGroupStyles, styles];

  /** Theme of the article: `auto` (follows the system), `light`, `sepia`, `dark` or `contrast`. */
  @property({ reflect: true }) theme: ReaderTheme = 'auto';

  /** Line spacing of the article: `normal`, `relaxed` or `loose`. */
  @property({ attribute: 'line-spacing', reflect: true }) lineSpacing: ReaderLineSpacing = 'normal';

  /** Width of the article's column: `full`, `wide`, `medium` or `narrow`. */
  @property({ attribute: 'content-width', reflect: true }) contentWidth: ReaderContentWidth = 'full';

  /** Elderly mode: large text, wide spacing, high contrast, 60 × 60 px targets and no motion. */
  @property({ type: Boolean, reflect: true }) elderly = false;

  /** Point to read (指读): reads aloud the block pointed at or focused. */
  @property({ type: Boolean, reflect: true, attribute: 'point-to-read' }) pointToRead = false;

  /** Caption bar (大字幕): shows the text pointed at or focused, large. */
  @property({ type: Boolean, reflect: true, attribute: 'caption-bar' }) captionBar = false;

  /** Reading guide (辅助线): a band that follows the pointer or focus, the rest of the article dimmed. */
  @property({ type: Boolean, reflect: true, attribute: 'reading-guide' }) readingGuide = false;

  /** Large cursor (大鼠标) over the article and the controls. */
  @property({ type: Boolean, reflect: true, attribute: 'large-cursor' }) largeCursor = false;

  /** Whether the settings panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Id of the element to set the attributes on; without it, the enclosing or every `article-view`. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** localStorage key that keeps the settings. */
  @property({ attribute: 'storage-key' }) storageKey = READER_SETTINGS_STORAGE_KEY;

  // Remembered as one JSON object; what is read back is checked field by field.
  private readonly choice = new RememberedChoice<Partial<ReaderSettingsValue>>(this, {
    read: parseSettings,
    write: settings => JSON.stringify(settings),
    show: settings => Object.assign(this, settings),
  });

  // The self-check's rows as last measured (undefined: not run yet), and while it runs.
  @state() private checkRows?: ElderlyCheckRow[];
  @state() private checking = false;

  /** The current settings. */
  get settings(): ReaderSettingsValue {
    const { theme, lineSpacing, contentWidth, elderly, pointToRead, captionBar, readingGuide, largeCursor } = this;
    return { theme, lineSpacing, contentWidth, elderly, pointToRead, captionBar, readingGuide, largeCursor };
  }

  // An article-view added or reloaded later gets the settings too.
  private readonly onArticleLoad = (event: Event) => {
    if (this.targets().includes(event.target as HTMLElement)) this.apply();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    instances.add(this);
    document.addEventListener('article-load', this.onArticleLoad, true);
    // The reader's remembered settings win over the page's attributes, which win over the target's own.
    const stored = this.choice.stored ?? {};
    const target = this.targets()[0];
    const own = (name: string) => (this.hasAttribute(name) ? null : target?.getAttribute(name));
    const theme = stored.theme ?? own('theme');
    const lineSpacing = stored.lineSpacing ?? own('line-spacing');
    const contentWidth = stored.contentWidth ?? own('content-width');
    if (isTheme(theme)) this.theme = theme;
    if (isLineSpacing(lineSpacing)) this.lineSpacing = lineSpacing;
    if (isContentWidth(contentWidth)) this.contentWidth = contentWidth;
    this.elderly = stored.elderly ?? (this.elderly || target?.hasAttribute('elderly') === true);
    for (const aid of AID_NAMES) this[aid] = stored[aid] ?? this[aid];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    instances.delete(this);
    document.removeEventListener('article-load', this.onArticleLoad, true);
    for (const aid of AID_NAMES) this.stopAid(aid);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown value from the page falls back to the default instead of reaching the article.
    if (changed.has('theme') && !isTheme(this.theme)) this.theme = 'auto';
    if (changed.has('lineSpacing') && !isLineSpacing(this.lineSpacing)) this.lineSpacing = 'normal';
    if (changed.has('contentWidth') && !isContentWidth(this.contentWidth)) this.contentWidth = 'full';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (
      changed.has('theme') ||
      changed.has('lineSpacing') ||
      changed.has('contentWidth') ||
      changed.has('elderly') ||
      changed.has('htmlFor') ||
      AID_NAMES.some(aid => changed.has(aid))
    ) {
      this.apply();
    }
    if (AID_NAMES.some(aid => changed.has(aid))) this.syncAids();
  }

  /** The elements whose attributes this element sets. */
  private targets(): HTMLElement[] {
    return articleTargets(this, this.htmlFor);
  }

  private apply(): void {
    for (const target of this.targets()) {
      setAttributeIfChanged(target, 'theme', this.theme);
      setAttributeIfChanged(target, 'line-spacing', this.lineSpacing);
      setAttributeIfChanged(target, 'content-width', this.contentWidth);
      target.toggleAttribute('elderly', this.elderly);
      // Tab stops on the article's blocks only while an aid follows the focus (they are not for every page).
      target.toggleAttribute('focusable-blocks', AID_NAMES.some(aid => this[aid] && FOLLOWS_FOCUS.has(aid)));
    }
  }

  /** The article views the aids work on: the targets that are defined article-views. */
  private views(): ArticleView[] {
    return this.targets().filter((target): target is ArticleView => 'readableBlocks' in target);
  }

  /** Starts the aids switched on and stops those switched off. */
  private syncAids(): void {
    for (const aid of AID_NAMES) {
      if (this[aid]) this.startAid(aid);
      else this.stopAid(aid);
    }
  }

  private startAid(name: AidName): void {
    if (runningAids.has(name) || !this.isConnected) return;
    const running: { owner: ReaderSettings; aid?: Aid; stopped?: boolean } = { owner: this };
    runningAids.set(name, running);
    const layer = this.renderRoot.querySelector<HTMLElement>('.aids-layer');
    loadAid(name).then(
      start => {
        if (running.stopped || !layer) return;
        try {
          running.aid = start({ views: () => this.views(), layer });
        } catch (error) {
          runningAids.delete(name);
          console.error(`portal-reader: the ${name} aid could not start:`, error);
        }
      },
      error => {
        // Offline, say: switching it off and on again tries again.
        if (runningAids.get(name) === running) runningAids.delete(name);
        console.error(`portal-reader: could not load the ${name} aid:`, error);
      },
    );
  }

  private stopAid(name: AidName): void {
    const running = runningAids.get(name);
    if (running?.owner !== this) return;
    running.stopped = true;
    running.aid?.stop();
    runningAids.delete(name);
    this.handOverAids();
  }

  // An aid whose owner left the page goes on in another reader-settings that has it switched on.
  private handOverAids(): void {
    for (const other of instances) if (other.isConnected) other.syncAids();
  }

  /** Runs the article's self-check (适老化自检) and shows its rows. */
  private async check(): Promise<void> {
    const view = this.views()[0];
    this.checking = true;
    try {
      this.checkRows = view ? await view.checkElderly() : [];
    } catch {
      this.checkRows = [];
    } finally {
      this.checking = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#check-result')?.focus();
  }

  private choose(change: Partial<ReaderSettingsValue>): void {
    Object.assign(this, change);
    const settings = this.settings;
    this.choice.keep(settings);
    emit(this, 'reader-settings-change', settings);
  }

  // Escape closes the open panel and puts focus back on its button.
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('#toggle')?.focus();
  };

  private radioGroup<K extends 'theme' | 'lineSpacing' | 'contentWidth'>(
    field: K,
    name: string,
    values: readonly ReaderSettingsValue[K][],
  ): TemplateResult {
    const t = this.locale.labelsOf(readerSettingsLabels);
    const current = this[field];
    // Native radio buttons: arrow keys move the choice, Tab enters at the current one and leaves the group.
    return html`
      <fieldset part="group">
        <legend part="legend">${t[field]}</legend>
        <div class="options">
          ${values.map(
            value => html`
              <label part=${value === current ? 'option option-checked' : 'option'}>
                <input
                  type="radio"
                  name=${name}
                  .value=${value}
                  .checked=${value === current}
                  @change=${() => this.choose({ [field]: value })}
                /><span>${t[value]}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  /**
   * The boxes (viewport coordinates) of this element's controls as the reader sees and hits them —
   * its buttons and switches and the labels of its radio choices, those in the panel while it is
   * open — for reading aids that must not cover them and for the elderly self-check's target sizes.
   */
  controlRects(): DOMRect[] {
    return controlRectsIn(this.renderRoot);
  }

  override render(): TemplateResult {
    const t = this.locale.labelsOf(readerSettingsLabels);
    return html`
      <div class="bar" @keydown=${this.onKeydown}>
        <button
          id="toggle"
          part="toggle"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${() => (this.open = !this.open)}
        >
          <span>${t.heading}</span>
          <svg class="chevron" viewBox="0 0 10 6" aria-hidden="true"><path d="M1 1l4 4 4-4" /></svg>
        </button>
        ${this.switch('elderly', t.elderly)}
      </div>
      <div id="panel" part="panel" role="group" aria-labelledby="toggle" ?hidden=${!this.open} @keydown=${this.onKeydown}>
        ${this.radioGroup('theme', 'theme', READER_THEMES)}
        ${this.radioGroup('lineSpacing', 'line-spacing', READER_LINE_SPACINGS)}
        ${this.radioGroup('contentWidth', 'content-width', READER_CONTENT_WIDTHS)}
        <div part="aids" class="aids" role="group" aria-labelledby="aids-name">
          <span id="aids-name" class="group-name">${t.aids}</span>
          <div class="options">${AID_NAMES.map(aid => this.switch(aid, t[aid]))}</div>
        </div>
        ${this.renderCheck()}
      </div>
      <div class="aids-layer"></div>
    `;
  }

  /** A switch (role `switch`) for elderly mode or a reading aid. */
  private switch(field: 'elderly' | AidName, label: string): TemplateResult {
    const on = this[field];
    return html`
      <button
        part=${on ? 'switch switch-checked' : 'switch'}
        type="button"
        role="switch"
        data-setting=${field}
        aria-checked=${on ? 'true' : 'false'}
        @click=${() => this.choose({ [field]: !on })}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span>${label}</span>
      </button>
    `;
  }

  private renderCheck(): TemplateResult {
    const t = this.locale.labelsOf(readerSettingsLabels);
    const rows = this.checkRows;
    return html`
      <div class="check">
        <button part="check" type="button" aria-disabled=${this.checking ? 'true' : 'false'} @click=${() => this.checking || this.check()}>
          <span>${t.check}</span>
        </button>
        ${rows === undefined
          ? nothing
          : rows.length === 0
            ? html`<p id="check-result" tabindex="-1">${t.noArticle}</p>`
            : html`
                <table id="check-result" part="check-table" tabindex="-1">
                  <caption>${t.check}</caption>
                  <thead>
                    <tr><th scope="col">${t.figure}</th><th scope="col">${t.required}</th><th scope="col">${t.measured}</th><th scope="col">${t.result}</th></tr>
                  </thead>
                  <tbody>
                    ${rows.map(
                      row => html`
                        <tr data-id=${row.id} class=${row.pass ? 'pass' : 'fail'}>
                          <th scope="row">${row.label}</th>
                          <td>${row.required}</td>
                          <td>${row.measured}</td>
                          <td><span aria-hidden="true">${row.pass ? '✔' : '✘'}</span> ${row.pass ? t.pass : t.fail}</td>
                        </tr>
                      `,
                    )}
                  </tbody>
                </table>
                <p class="note">${t.checkNote}</p>
              `}
      </div>
    `;
  }
}

function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
