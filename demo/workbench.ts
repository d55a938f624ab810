/**
 * The designer's workbench: a gallery of sample articles, a JSON editor, an article read from a
 * portal page, view and theme controls, and the embed code, around a preview frame. The preview is
 * an empty page holding exactly the embed snippet's style sheet and elements (embed.ts), and the
 * whole state lives in the address.
 */
// The manifest's text is built into the workbench, so the theme controls exist from the first frame.
import manifestText from '../dist/custom-elements.json?raw';
import { version } from '../package.json';
import { isFontSize, type FontSize } from '../src/shared/font-size.js';
import type { ArticleView } from '../src/article-view/article-view.component.js';
import type { FontSizeToggle } from '../src/font-size-toggle/font-size-toggle.component.js';
import type { ReaderSettings } from '../src/reader-settings/reader-settings.component.js';
import { PAGE_CSS, READING_AIDS, embedCode, pageMarkup, scriptJson, themeCss, type EmbedOptions, type Locale, type ReadingAid } from './embed.js';
import { SAMPLES, popularListJson, sampleById } from './samples/index.js';
import { SAMPLE_PAGES, samplePageById } from './samples/pages/index.js';
import { PRESET_LABELS, presetTheme, themeProperties, type PresetName, type ThemeKind, type ThemeProperty } from './theme.js';

const WIDTHS = { phone: 320, tablet: 768, desktop: 1280 } as const;
type Width = keyof typeof WIDTHS;
/** `fit`: a page wider than the panel is scaled down to its width; `100`: shown at its size, scrolling sideways. */
type Zoom = 'fit' | '100';

/** `state.page` when the editor's article was read from a page pasted in (the HTML is not kept in the address). */
const PASTED = 'pasted';

interface State {
  sample: string;
  /** The editor's text when it differs from the sample's (or from the page's article). */
  json?: string;
  /**
   * Where the editor's article was read from, when "From a page" gave it: a sample page's id
   * (read again from the page when the address is opened), or `pasted`.
   */
  page?: string;
  /** "From a page": the page's URL, when it is not the sample page's own; the article block's selector. */
  pageUrl?: string;
  pageFrom?: string;
  locale: Locale;
  width: Width;
  zoom: Zoom;
  fontSize: FontSize;
  theme: Record<string, string>;
  /** Elderly mode and the reading aids switched on in the preview (and in the embed code). */
  aids: ReadingAid[];
  scriptUrl: string;
}

const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/portal-reader@${version}/dist/portal-reader.js`;
const KIND_LABELS: Record<ThemeKind, string> = { colors: 'Colors', fonts: 'Fonts', sizes: 'Sizes', spacing: 'Spacing' };

const $ = <E extends Element>(selector: string) => document.querySelector<E>(selector)!;
const editor = $<HTMLTextAreaElement>('#json');
const gutter = $<HTMLPreElement>('#gutter');
const jsonStatus = $<HTMLParagraphElement>('#json-status');
const frame = $<HTMLIFrameElement>('#preview');
const embedOutput = $<HTMLTextAreaElement>('#embed');

// ---- State and the address ----

function readState(): State {
  const params = new URLSearchParams(location.search);
  const locale = params.get('locale') === 'zh-CN' ? 'zh-CN' : 'en';
  const width = params.get('width') as Width;
  const fontSize = params.get('size');
  let theme: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(params.get('theme') ?? '{}');
    if (parsed && typeof parsed === 'object') {
      theme = Object.fromEntries(Object.entries(parsed).filter(([, value]) => typeof value === 'string'));
    }
  } catch {
    // A damaged link keeps the default theme.
  }
  const page = params.get('page');
  const json = params.get('json') ?? undefined;
  return {
    sample: sampleById(params.get('sample'))?.id ?? SAMPLES[0].id,
    json,
    // A pasted page's article is only in `json`: without it, the link shows the sample.
    page: samplePageById(page)?.id ?? (page === PASTED && json !== undefined ? PASTED : undefined),
    pageUrl: params.get('page-url') || undefined,
    pageFrom: params.get('from') || undefined,
    locale,
    width: width in WIDTHS ? width : 'desktop',
    zoom: params.get('zoom') === '100' ? '100' : 'fit',
    fontSize: isFontSize(fontSize) ? fontSize : 'medium',
    theme,
    aids: READING_AIDS.filter(aid => (params.get('aids') ?? '').split(',').includes(aid)),
    scriptUrl: params.get('script') ?? DEFAULT_SCRIPT_URL,
  };
}

function writeState(): void {
  const params = new URLSearchParams({ sample: state.sample });
  if (state.json !== undefined) params.set('json', state.json);
  if (state.page !== undefined) params.set('page', state.page);
  if (state.pageUrl !== undefined) params.set('page-url', state.pageUrl);
  if (state.pageFrom !== undefined) params.set('from', state.pageFrom);
  if (state.locale !== 'en') params.set('locale', state.locale);
  if (state.width !== 'desktop') params.set('width', state.width);
  if (state.zoom !== 'fit') params.set('zoom', state.zoom);
  if (state.fontSize !== 'medium') params.set('size', state.fontSize);
  if (Object.keys(state.theme).length > 0) params.set('theme', JSON.stringify(state.theme));
  if (state.aids.length > 0) params.set('aids', state.aids.join(','));
  if (state.scriptUrl !== DEFAULT_SCRIPT_URL) params.set('script', state.scriptUrl);
  history.replaceState(null, '', `?${params}`);
}

const state = readState();
/** The JSON of the last article "From a page" read from a sample page (the editor's article while `state.page` names one). */
let pageArticleJson: string | undefined;
/** What the editor shows unless edited: the sample's JSON, or the article read from the sample page. */
function baseJson(): string | undefined {
  if (state.page === undefined) return sampleById(state.sample)!.json;
  return state.page === PASTED ? undefined : pageArticleJson;
}
const articleJson = () => state.json ?? baseJson() ?? sampleById(state.sample)!.json;

function embedOptions(): EmbedOptions {
  return {
    scriptUrl: state.scriptUrl,
    articleJson: articleJson(),
    popularJson: popularListJson(),
    locale: state.locale,
    fontSize: state.fontSize,
    theme: state.theme,
    aids: state.aids,
  };
}

/** Shows `state` everywhere: controls, preview, embed code and address. */
function update(): void {
  writeState();
  embedOutput.value = embedCode(embedOptions());
  updatePreview();
}

// ---- Gallery ----

const samples = $<HTMLDivElement>('#samples');
for (const sample of SAMPLES) {
  const label = document.createElement('label');
  const radio = Object.assign(document.createElement('input'), { type: 'radio', name: 'sample', value: sample.id });
  radio.addEventListener('change', () => chooseSample(sample.id));
  label.append(radio, sample.label);
  samples.append(label);
}

function chooseSample(id: string): void {
  state.sample = id;
  state.json = undefined;
  leavePage();
  showEditor();
  update();
}

// ---- Editor ----

function showEditor(): void {
  editor.value = articleJson();
  // An article read from a page is none of the samples.
  for (const radio of samples.querySelectorAll<HTMLInputElement>('input')) radio.checked = state.page === undefined && radio.value === state.sample;
  updateGutter();
}

function updateGutter(): void {
  const lines = editor.value.split('\n').length;
  if (gutter.dataset.lines !== String(lines)) {
    gutter.dataset.lines = String(lines);
    gutter.textContent = Array.from({ length: lines }, (_, index) => index + 1).join('\n');
  }
  gutter.scrollTop = editor.scrollTop;
}

let typing: ReturnType<typeof setTimeout> | undefined;
editor.addEventListener('input', () => {
  updateGutter();
  // The preview follows as you type, once a keystroke has had no follower for a moment.
  clearTimeout(typing);
  typing = setTimeout(() => {
    state.json = editor.value === baseJson() ? undefined : editor.value;
    update();
  }, 150);
});
editor.addEventListener('scroll', () => (gutter.scrollTop = editor.scrollTop));

/** Where JSON.parse stopped, as "line L, column C", for the editor's status line. */
function syntaxErrorPlace(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (!position) return message;
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `${message.replace(/ in JSON at position.*$/, '')} (line ${line}, column ${column})`;
  }
}

function showStatus(message: string, isError: boolean): void {
  jsonStatus.textContent = message;
  jsonStatus.classList.toggle('error', isError);
}

// ---- From a page ----
//
// The pasted HTML never enters the workbench's document: DOMParser makes a document of it that
// runs no script and loads nothing, portal-reader/import reads it and sanitizes the article's
// HTML, and the workbench shows only the resulting JSON (as text) and the preview (in its frame,
// where <article-view> sanitizes the article's HTML again).

const pageSample = $<HTMLSelectElement>('#page-sample');
const pageHtml = $<HTMLTextAreaElement>('#page-html');
const pageUrlInput = $<HTMLInputElement>('#page-url');
const pageFromInput = $<HTMLInputElement>('#page-from');
const pageStatus = $<HTMLParagraphElement>('#page-status');
const pageWarnings = $<HTMLUListElement>('#page-warnings');
const pageJsonOutput = $<HTMLTextAreaElement>('#page-json');
const pageCopyStatus = $<HTMLParagraphElement>('#page-copy-status');

for (const sample of SAMPLE_PAGES) pageSample.append(new Option(sample.label, sample.id));

/** The panel's fields from `state` (a sample page's HTML, and its address unless the link gives another). */
function showPagePanel(): void {
  const sample = samplePageById(state.page);
  pageSample.value = sample?.id ?? '';
  if (sample) pageHtml.value = sample.html;
  pageUrlInput.value = state.pageUrl ?? sample?.url ?? '';
  pageFromInput.value = state.pageFrom ?? '';
}

/** A sample article was chosen in the gallery: the editor's article no longer comes from a page. */
function leavePage(): void {
  state.page = undefined;
  state.pageUrl = undefined;
  state.pageFrom = undefined;
  pageSample.value = '';
}

/** The panel's URL and selector into `state` (a sample page is read again with them): the URL only when it is not the page's own. */
function readPageFields(): void {
  const url = pageUrlInput.value.trim();
  state.pageUrl = url && url !== samplePageById(pageSample.value)?.url ? url : undefined;
  state.pageFrom = pageFromInput.value.trim() || undefined;
}

/** Why a page gave no article, in words, with what to change (PageReadError's `reason`). */
function pageErrorText(error: unknown): string {
  const { reason, selector, message } = error as { reason?: string; selector?: string; message?: string };
  switch (reason) {
    case 'no-title':
      return 'The page has no article title: it needs an ArticleTitle meta tag, JSON-LD headline, og:title, an <h1> in or before the article, or a <title>.';
    case 'no-match':
      return `Nothing on the page matches “${selector}”. Change the article block's selector, or clear it to let the reader find the block.`;
    case 'bad-selector':
      return `“${selector}” is not a CSS selector.`;
    case 'no-block':
      return 'No article text was found on the page: no known CMS container, [itemprop=articleBody], single <article> or <main>, and the readability pass found none.';
    case 'reader-unavailable':
      return 'The page reader (Readability) could not be loaded. Check the connection and try again.';
    default:
      return `The page could not be read: ${message ?? String(error)}`;
  }
}

function showPageStatus(message: string, isError: boolean): void {
  pageStatus.textContent = message;
  pageStatus.classList.toggle('error', isError);
}

function showWarnings(warnings: { field: string; message: string }[]): void {
  pageWarnings.replaceChildren(
    ...warnings.map(({ field, message }) => {
      const item = document.createElement('li');
      const name = Object.assign(document.createElement('code'), { textContent: field });
      item.append(name, ` ${message}`);
      return item;
    }),
  );
  pageWarnings.hidden = warnings.length === 0;
}

/**
 * A copy of the parsed page in a document of its own (`about:blank`, no browsing context), so
 * that the page's relative URLs resolve against its own address, not the workbench's: a
 * DOMParser document has the URL of the document that made it, and the reader prefers an http(s)
 * document URL to the address the page declares.
 */
function pageDocument(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const doc = document.implementation.createHTMLDocument('');
  // Emptied first: a document takes a doctype only before its root element.
  doc.replaceChildren();
  doc.append(...[...parsed.childNodes].map(node => doc.importNode(node, true)));
  return doc;
}

let pageRequest = 0;

/**
 * Reads the article of the page in the panel. Unless `restoring` (the address is being opened),
 * the article replaces the editor's. A page with no article leaves the editor as it was.
 */
async function readFromPage(restoring = false): Promise<void> {
  const request = ++pageRequest;
  const html = pageHtml.value;
  const url = pageUrlInput.value.trim();
  const from = pageFromInput.value.trim();
  pageCopyStatus.textContent = '';
  const fail = (message: string) => {
    showPageStatus(message, true);
    showWarnings([]);
    pageJsonOutput.value = '';
  };
  if (!html.trim()) {
    showPageStatus('', false);
    showWarnings([]);
    pageJsonOutput.value = '';
    return;
  }
  if (url && !/^https?:\/\/[^/]/i.test(url)) return fail(`The page URL must be an absolute http(s) address, such as ${SAMPLE_PAGES[0].url}.`);
  let result: { article: object; warnings: { field: string; message: string }[] };
  try {
    const { importPage } = await import('../src/import/index.js');
    result = await importPage(pageDocument(html), { url: url || undefined, from: from || undefined });
  } catch (error) {
    if (request === pageRequest) fail(pageErrorText(error));
    return;
  }
  if (request !== pageRequest) return;
  const json = JSON.stringify(result.article, null, 2);
  const count = result.warnings.length;
  showPageStatus(
    `Read “${(result.article as { title: string }).title}”: it is in the editor and the preview.` +
      (count === 0 ? ' Every field found was used.' : ` ${count === 1 ? 'One field was' : `${count} fields were`} left out:`),
    false,
  );
  showWarnings(result.warnings);
  pageJsonOutput.value = json;
  const sample = samplePageById(pageSample.value);
  if (sample && html === sample.html) {
    pageArticleJson = json;
    state.page = sample.id;
    readPageFields();
    if (!restoring) state.json = undefined;
  } else {
    // Its HTML is not kept in the address, so neither are its URL and selector: the link holds the article.
    state.page = PASTED;
    state.pageUrl = state.pageFrom = undefined;
    state.json = json;
  }
  if (!restoring) {
    showEditor();
    update();
  }
}

let pageTyping: ReturnType<typeof setTimeout> | undefined;
/** The article follows the panel's fields, once a keystroke has had no follower for a moment. */
function readSoon(): void {
  clearTimeout(pageTyping);
  pageTyping = setTimeout(() => void readFromPage(), 250);
}

pageSample.addEventListener('change', () => {
  const sample = samplePageById(pageSample.value);
  clearTimeout(pageTyping);
  pageHtml.value = sample?.html ?? '';
  pageUrlInput.value = sample?.url ?? '';
  if (!sample && state.page !== undefined && state.page !== PASTED) {
    // "None": an empty panel to paste into; the editor keeps the article it has, now held in the address.
    state.json = articleJson();
    state.page = PASTED;
    state.pageUrl = state.pageFrom = undefined;
    update();
  }
  void readFromPage();
});
pageHtml.addEventListener('input', () => {
  // Edited, a sample page is a page pasted in.
  if (pageSample.value && pageHtml.value !== samplePageById(pageSample.value)?.html) pageSample.value = '';
  readSoon();
});
pageUrlInput.addEventListener('input', readSoon);
pageFromInput.addEventListener('input', readSoon);

$<HTMLButtonElement>('#page-copy').addEventListener('click', async () => {
  if (!pageJsonOutput.value) {
    pageCopyStatus.textContent = 'Nothing to copy yet: read a page first.';
    return;
  }
  try {
    await navigator.clipboard.writeText(pageJsonOutput.value);
    pageCopyStatus.textContent = 'Copied the article JSON.';
  } catch {
    pageJsonOutput.focus();
    pageJsonOutput.select();
    pageCopyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

// ---- View controls ----

const localeSelect = $<HTMLSelectElement>('#locale');
const widthSelect = $<HTMLSelectElement>('#width');
const zoomSelect = $<HTMLSelectElement>('#zoom');
const fontSizeSelect = $<HTMLSelectElement>('#font-size');
const scriptUrlInput = $<HTMLInputElement>('#script-url');

localeSelect.addEventListener('change', () => {
  state.locale = localeSelect.value === 'zh-CN' ? 'zh-CN' : 'en';
  update();
});
widthSelect.addEventListener('change', () => {
  state.width = widthSelect.value as Width;
  update();
});
zoomSelect.addEventListener('change', () => {
  state.zoom = zoomSelect.value === '100' ? '100' : 'fit';
  update();
});
fontSizeSelect.addEventListener('change', () => {
  if (isFontSize(fontSizeSelect.value)) state.fontSize = fontSizeSelect.value;
  update();
});
scriptUrlInput.addEventListener('change', () => {
  state.scriptUrl = scriptUrlInput.value.trim() || DEFAULT_SCRIPT_URL;
  update();
});

function showViewControls(): void {
  localeSelect.value = state.locale;
  widthSelect.value = state.width;
  zoomSelect.value = state.zoom;
  fontSizeSelect.value = state.fontSize;
  scriptUrlInput.value = state.scriptUrl;
}

// ---- Theme controls, generated from custom-elements.json ----

let properties: ThemeProperty[] = [];
const themeControls = $<HTMLDivElement>('#theme-controls');

function buildThemeControls(): void {
  properties = themeProperties(JSON.parse(manifestText));
  themeControls.replaceChildren(
    ...(Object.keys(KIND_LABELS) as ThemeKind[]).map(kind => {
      const group = document.createElement('details');
      group.open = kind === 'colors';
      const summary = document.createElement('summary');
      summary.textContent = KIND_LABELS[kind];
      group.append(summary, ...properties.filter(property => property.kind === kind).map(propertyControl));
      return group;
    }),
  );
  showThemeControls();
}

function propertyControl(property: ThemeProperty): HTMLElement {
  const id = `theme${property.name}`;
  const row = document.createElement('div');
  row.className = 'property';
  const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: property.name });
  const text = Object.assign(document.createElement('input'), { type: 'text', id, placeholder: 'default' });
  text.dataset.property = property.name;
  const hint = Object.assign(document.createElement('p'), { id: `${id}-hint`, className: 'hint', textContent: property.description });
  text.setAttribute('aria-describedby', hint.id);
  text.addEventListener('input', () => setThemeValue(property.name, text.value));
  row.append(label);
  if (property.kind === 'colors') {
    const picker = Object.assign(document.createElement('input'), { type: 'color' });
    picker.dataset.picker = property.name;
    picker.setAttribute('aria-label', `${property.name}: pick a color`);
    picker.addEventListener('input', () => {
      text.value = picker.value;
      setThemeValue(property.name, picker.value);
    });
    row.append(picker);
  }
  row.append(text, hint);
  return row;
}

function setThemeValue(name: string, value: string): void {
  if (value.trim()) state.theme[name] = value.trim();
  else delete state.theme[name];
  showPresetState();
  update();
}

function showThemeControls(): void {
  for (const input of themeControls.querySelectorAll<HTMLInputElement>('input[data-property]')) {
    input.value = state.theme[input.dataset.property!] ?? '';
  }
  for (const picker of themeControls.querySelectorAll<HTMLInputElement>('input[data-picker]')) {
    const value = state.theme[picker.dataset.picker!];
    if (value && /^#[0-9a-f]{6}$/i.test(value)) picker.value = value;
  }
  showPresetState();
}

/** A preset button is pressed while the theme's colors are exactly that preset's. */
function showPresetState(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
    const preset = presetTheme(button.dataset.preset as PresetName, properties);
    const pressed = properties.length > 0 && Object.entries(preset).every(([name, value]) => state.theme[name] === value);
    button.setAttribute('aria-pressed', String(pressed));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
  button.title = `${PRESET_LABELS[button.dataset.preset as PresetName]} colors for every element`;
  button.addEventListener('click', () => {
    Object.assign(state.theme, presetTheme(button.dataset.preset as PresetName, properties));
    showThemeControls();
    update();
  });
}
$<HTMLButtonElement>('#reset').addEventListener('click', () => {
  state.theme = {};
  showThemeControls();
  update();
});

// ---- Reading aids and the self-check ----

const aidSwitches = [...document.querySelectorAll<HTMLInputElement>('input[data-aid]')];
for (const input of aidSwitches) {
  input.addEventListener('change', () => {
    const aid = input.dataset.aid as ReadingAid;
    state.aids = READING_AIDS.filter(other => (other === aid ? input.checked : state.aids.includes(other)));
    update();
  });
}

function showAidSwitches(): void {
  for (const input of aidSwitches) input.checked = state.aids.includes(input.dataset.aid as ReadingAid);
}

const checkStatus = $<HTMLParagraphElement>('#check-status');
const checkTable = $<HTMLTableElement>('#check-table');
$<HTMLButtonElement>('#check').addEventListener('click', async () => {
  if (!preview) return;
  checkStatus.textContent = 'Checking…';
  const rows = await preview.view.checkElderly();
  const cell = (tag: 'th' | 'td', text: string) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (tag === 'th') element.scope = 'row';
    return element;
  };
  checkTable.tBodies[0].replaceChildren(
    ...rows.map(row => {
      const tr = document.createElement('tr');
      tr.dataset.id = row.id;
      tr.className = row.pass ? 'pass' : 'fail';
      tr.append(cell('th', row.label), cell('td', row.required), cell('td', row.measured), cell('td', row.pass ? '✔ Pass' : '✘ Fail'));
      return tr;
    }),
  );
  checkTable.hidden = rows.length === 0;
  const failed = rows.filter(row => !row.pass).length;
  checkStatus.textContent =
    rows.length === 0 ? 'No article in the preview to check.' : `${rows.length - failed} of ${rows.length} figures pass, measured in this browser now (not the official evaluation).`;
});

// ---- Embed code ----

const copyStatus = $<HTMLSpanElement>('#copy-status');
$<HTMLButtonElement>('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(embedOutput.value);
    copyStatus.textContent = 'Copied. Paste it into any HTML page.';
  } catch {
    // No clipboard permission (an insecure origin, a frame): leave it selected for Ctrl+C.
    embedOutput.focus();
    embedOutput.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

// ---- Preview ----

/** The preview page's parts, once the frame has loaded and the snippet's elements are in it. */
let preview:
  | { wrapper: HTMLElement; view: ArticleView; toggle: FontSizeToggle; settings: ReaderSettings; themeStyle: HTMLStyleElement; articleScript: HTMLScriptElement }
  | undefined;

function setUpPreview(): void {
  const doc = frame.contentDocument!;
  const pageStyle = doc.createElement('style');
  pageStyle.textContent = PAGE_CSS;
  const themeStyle = doc.createElement('style');
  doc.head.append(pageStyle, themeStyle);
  doc.body.innerHTML = pageMarkup(embedOptions());
  const view = doc.querySelector('article-view')!;
  preview = {
    wrapper: doc.querySelector('.portal-reader-page')!,
    view,
    toggle: doc.querySelector('font-size-toggle')!,
    settings: doc.querySelector('reader-settings')!,
    themeStyle,
    articleScript: view.querySelector(':scope > script[type="application/json"]')!,
  };
  view.addEventListener('article-load', () => showStatus('The article is valid and shown.', false));
  view.addEventListener('article-error', event => {
    const place = syntaxErrorPlace(articleJson());
    showStatus(place ? `${event.detail.message} ${place}` : event.detail.message, true);
  });
  preview.toggle.addEventListener('font-size-change', event => {
    state.fontSize = event.detail.value;
    fontSizeSelect.value = state.fontSize;
    writeState();
    embedOutput.value = embedCode(embedOptions());
  });
  // A reader's choice in the preview's own panel shows in the workbench's switches and the address.
  preview.settings.addEventListener('reader-settings-change', event => {
    state.aids = READING_AIDS.filter(aid => event.detail[aid]);
    showAidSwitches();
    writeState();
    embedOutput.value = embedCode(embedOptions());
  });
  // The list links to the samples: open them here rather than navigate the frame.
  doc.querySelector('popular-list')!.addEventListener('article-select', event => {
    event.preventDefault();
    const id = event.detail.item.url?.split('#')[1];
    if (id && sampleById(id)) chooseSample(id);
  });
  updatePreview();
}

const scroller = $<HTMLDivElement>('.frame-scroller');
const scaleOutput = $<HTMLOutputElement>('#scale');

/** Sizes the preview window: the chosen width, as tall as the panel, scaled to fit unless at 100 %. */
function layoutPreview(): void {
  const width = WIDTHS[state.width];
  const scale = state.zoom === 'fit' ? Math.min(1, scroller.clientWidth / width) : 1;
  scroller.dataset.zoom = state.zoom;
  scroller.style.setProperty('--frame-width', `${width}px`);
  scroller.style.setProperty('--scale', String(scale));
  scaleOutput.value = `${Math.round(scale * 100)} %`;
}
new ResizeObserver(layoutPreview).observe(scroller);

function updatePreview(): void {
  layoutPreview();
  if (!preview) return;
  preview.wrapper.lang = state.locale;
  preview.themeStyle.textContent = themeCss(state.theme);
  preview.toggle.value = state.fontSize;
  // The workbench's switches win over what the preview's storage remembered from earlier visits.
  for (const aid of READING_AIDS) preview.settings[aid] = state.aids.includes(aid);
  const text = scriptJson(articleJson());
  // The element reads its inline JSON again when the text changes, as on any page.
  if (preview.articleScript.textContent !== text) preview.articleScript.textContent = text;
}

// ---- Start ----

let previewStarted = false;
const startPreview = () => {
  if (previewStarted) return;
  previewStarted = true;
  // The frame's elements register from its own module script; wait for them before writing the page.
  void frame.contentWindow!.customElements.whenDefined('article-view').then(setUpPreview);
};
const frameLoaded = () => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank';
if (!frameLoaded()) frame.addEventListener('load', startPreview, { once: true });

async function start(): Promise<void> {
  showPagePanel();
  // A link to an article read from a sample page: read it again before anything shows.
  if (samplePageById(state.page)) await readFromPage(true);
  else if (state.page === PASTED) showPageStatus('The article in the editor was read from a page pasted here; a link keeps the article, not the page.', false);
  showEditor();
  showViewControls();
  showAidSwitches();
  embedOutput.value = embedCode(embedOptions());
  buildThemeControls();
  updatePreview();
  // Everything is in place: show it in one frame.
  delete $<HTMLElement>('main').dataset.starting;
  if (frameLoaded()) startPreview();
}
void start();
