import type { ReactiveController, ReactiveElement } from 'lit';
import { isChineseLang, isTraditionalLang, resolveScript, traditionalLang, type ChineseScript } from './chinese-script.js';
import type { SourceMessages } from './json-source.js';
import type { toTraditionalLabels } from './traditional-labels.js';

// Why an article's or a list's `src` could not be shown: the same sentences, naming what failed.
const sourceMessagesEn = (what: string): SourceMessages => ({
  httpError: status => `The server answered ${status}.`,
  notJson: type => `The server sent ${type || 'an unknown type'}, not JSON.`,
  invalidJson: `The ${what} is not valid JSON.`,
  networkError: `The ${what} could not be fetched. Check the connection and try again.`,
  timeout: seconds => `The server did not send the ${what} within ${seconds} seconds.`,
  tooLarge: megabytes => `The ${what} is larger than ${megabytes} MB, too large to show.`,
  unsafeSource: `The ${what} address is not an http(s) or relative URL.`,
});

const sourceMessagesZh = (what: string): SourceMessages => ({
  httpError: status => `服务器返回了 ${status}。`,
  notJson: type => `服务器返回的是 ${type || '未知类型'}，不是 JSON。`,
  invalidJson: `${what}不是有效的 JSON。`,
  networkError: `无法获取${what}，请检查网络后重试。`,
  timeout: seconds => `服务器在 ${seconds} 秒内没有返回${what}。`,
  tooLarge: megabytes => `${what}超过 ${megabytes} MB，无法显示。`,
  unsafeSource: `${what}地址不是 http(s) 或相对网址。`,
});

/** Every user-visible label, one table per language: English and Simplified Chinese (Traditional is made from it, traditional-labels.ts). */
const LABELS = {
  en: {
    loading: 'Loading article…',
    empty: 'No article to show.',
    errorTitle: 'This article could not be shown.',
    articleSource: sourceMessagesEn('article'),
    source: 'Source: ',
    author: 'Author: ',
    date: 'Date: ',
    attachments: 'Attachments',
    tags: 'Tags',
    readingTime: (minutes: number) => `${minutes} min read`,
    contents: 'Contents',
    printedFrom: 'Printed from: ',
    printedOn: 'Printed on: ',
    qrCode: 'QR code of the article\'s address',
    // <article-view from>, when its page reader cannot be loaded (why a page gave no article is in
    // article-view/page-reader.labels.ts, which loads with the reader).
    pageReaderFailed: 'The page reader could not be loaded. Check the connection and try again.',
    document: {
      caption: 'Document information',
      indexNumber: 'Index number',
      issuer: 'Issued by',
      number: 'Document number',
      written: 'Date written',
      published: 'Published',
      topic: 'Topic',
      validity: 'Validity',
      validFrom: 'Valid from',
      validUntil: 'Valid until',
      valid: 'Valid',
      expired: 'Expired',
      repealed: 'Repealed',
      amended: 'Amended',
    },
    notice: {
      expired: (date?: string) => (date ? `This document expired on ${date}.` : 'This document has expired.'),
      repealed: (date?: string) => (date ? `This document was repealed on ${date}.` : 'This document has been repealed.'),
      amended: (date?: string) => (date ? `This document was amended on ${date}.` : 'This document has been amended.'),
    },
    related: {
      interpretation: 'Interpretation',
      original: 'Original document',
      related: 'Related documents',
    },
    fontSizes: 'Fonts:',
    large: 'Large',
    medium: 'Medium',
    small: 'Small',
    print: 'Print',
    close: 'Close',
    share: 'Share',
    linkCopied: 'Link copied',
    copyThisLink: 'Copy this link: ',
    popularHeading: 'Most Popular',
    popularLoading: 'Loading list…',
    popularEmpty: 'No articles to list.',
    popularErrorTitle: 'This list could not be shown.',
    views: (count: string) => `${count} views`,
    listSource: sourceMessagesEn('list'),
  },
  zh: {
    loading: '正在加载文章…',
    empty: '暂无文章。',
    errorTitle: '无法显示这篇文章。',
    articleSource: sourceMessagesZh('文章'),
    source: '来源：',
    author: '作者：',
    date: '日期：',
    attachments: '附件',
    tags: '标签',
    readingTime: (minutes: number) => `阅读约 ${minutes} 分钟`,
    contents: '目录',
    printedFrom: '原文链接：',
    printedOn: '打印日期：',
    qrCode: '文章地址的二维码',
    pageReaderFailed: '无法加载页面读取程序，请检查网络后重试。',
    document: {
      caption: '文件信息',
      indexNumber: '索引号',
      issuer: '发布机构',
      number: '文号',
      written: '成文日期',
      published: '发布日期',
      topic: '主题分类',
      validity: '有效性',
      validFrom: '生效日期',
      validUntil: '失效日期',
      valid: '有效',
      expired: '失效',
      repealed: '废止',
      amended: '已修改',
    },
    notice: {
      expired: (date?: string) => (date ? `本文件已于${date}失效。` : '本文件已失效。'),
      repealed: (date?: string) => (date ? `本文件已于${date}废止。` : '本文件已废止。'),
      amended: (date?: string) => (date ? `本文件已于${date}修改。` : '本文件已修改。'),
    },
    related: {
      interpretation: '政策解读',
      original: '原文件',
      related: '相关文件',
    },
    // Each script is named in its own characters, as language pickers do.
    fontSizes: '字号：',
    large: '大',
    medium: '中',
    small: '小',
    print: '打印',
    close: '关闭',
    share: '分享',
    linkCopied: '链接已复制',
    copyThisLink: '请复制此链接：',
    popularHeading: '热点排行',
    popularLoading: '正在加载列表…',
    popularEmpty: '暂无文章。',
    popularErrorTitle: '无法显示此列表。',
    views: (count: string) => `${count} 次浏览`,
    listSource: sourceMessagesZh('列表'),
  },
} as const;

export type Labels = (typeof LABELS)[keyof typeof LABELS];

/**
 * The labels of one part in each language: English and Simplified Chinese, written; Traditional,
 * made from the Simplified (`zhHant` holds only what is not their conversion, such as a name
 * written in its own characters). The shared ones are here; an element that not every page has
 * (reader-settings, read-aloud, 简 | 繁) keeps its own in `<element>.labels.ts`, so that a page
 * without it does not load them.
 */
export interface LabelTable<T> {
  en: T;
  zh: T;
  zhHant?: Partial<T>;
}

/** The languages of the labels. */
export type LabelLanguage = 'en' | 'zh' | 'zhHant';

/** Which labels `lang` reads: Traditional Chinese for zh-Hant, zh-TW, zh-HK and zh-MO; Simplified for any other `zh` tag; else English. */
export function labelLanguage(lang: string): LabelLanguage {
  if (!isChineseLang(lang)) return 'en';
  return isTraditionalLang(lang) ? 'zhHant' : 'zh';
}

// Traditional labels are made by traditional-labels.ts, which only pages that show them load.
let traditionalLabels: typeof toTraditionalLabels | undefined;
// Settles when they have loaded, failed, or kept the elements waiting long enough.
let traditionalLoading: Promise<void> | undefined;
let traditionalFailed = false;
// Each table's Traditional labels, made once.
const traditionalTables = new WeakMap<LabelTable<unknown>, unknown>();

/** How long an element's update waits for the Traditional labels before it shows the Simplified ones. */
const TRADITIONAL_WAIT_MS = 3000;

/**
 * Loads (once) what makes the Traditional labels, and re-renders the elements when it has. Until
 * then, and if it cannot load (offline: tried again when a `lang` or `script` changes), Traditional
 * pages read the Simplified labels.
 */
export function loadTraditionalLabels(): Promise<void> {
  traditionalLoading ??= new Promise<void>(settle => {
    // A stalled request keeps no element blank: it shows the Simplified labels, then these if they come.
    const timer = setTimeout(settle, TRADITIONAL_WAIT_MS);
    import('./traditional-labels.js')
      .then(
        module => {
          traditionalLabels = module.toTraditionalLabels;
          hosts.forEach(host => host.requestUpdate());
        },
        error => {
          traditionalFailed = true;
          console.error('portal-reader: could not load the Traditional labels:', error);
        },
      )
      .finally(() => {
        clearTimeout(timer);
        settle();
      });
  });
  return traditionalLoading;
}

/** A `lang` or `script` changed: the elements re-render, and Traditional labels that failed to load are tried again. */
function languageChanged(hostsToUpdate: Iterable<ReactiveElement>): void {
  if (traditionalFailed) {
    traditionalFailed = false;
    traditionalLoading = undefined;
  }
  for (const host of hostsToUpdate) host.requestUpdate();
}

/** The labels of `table` for `lang`. */
export function labelsIn<T>(table: LabelTable<T>, lang: string): T {
  const language = labelLanguage(lang);
  if (language !== 'zhHant') return table[language];
  if (!traditionalLabels) {
    void loadTraditionalLabels();
    return { ...table.zh, ...table.zhHant };
  }
  let labels = traditionalTables.get(table) as T | undefined;
  if (!labels) traditionalTables.set(table, (labels = { ...traditionalLabels(table.zh), ...table.zhHant }));
  return labels;
}

/** The shared labels for `lang`. */
export function labelsFor(lang: string): Labels {
  return labelsIn<Labels>(LABELS, lang);
}

/** The language of `element`: its own `lang`, else the nearest ancestor's (across shadow roots), else the document's. */
export function resolveLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // `getAttribute?.`: text and document nodes have none, and server rendering has no `Element`.
    const lang = (node as Element).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  return globalThis.document?.documentElement?.lang || 'en';
}

/** A locale `Intl` accepts; falls back to English for a malformed `lang`. */
function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const hosts = new Set<ReactiveElement>();
let documentObserver: MutationObserver | undefined;

/**
 * Gives an element its language, labels and `Intl` locale, and re-renders it when a `lang` or
 * `script` attribute changes on it or anywhere in the document.
 */
export class LocaleController implements ReactiveController {
  // Made on connection, not construction: server rendering constructs elements without a DOM.
  private hostObserver?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /**
   * The element's language. Under `script="traditional"` (its own or an ancestor's), Chinese gets
   * the Traditional script subtag (`zh-CN` becomes `zh-Hant-CN`), so its labels are Traditional too.
   */
  get lang(): string {
    const lang = intlLocale(resolveLang(this.host));
    return this.script === 'traditional' && isChineseLang(lang) && !isTraditionalLang(lang) ? traditionalLang(lang) : lang;
  }

  /** The `script` of the element or of its nearest ancestor that has one. */
  get script(): ChineseScript | undefined {
    return resolveScript(this.host);
  }

  /** While the Traditional labels that the element's language needs are loading, their loading; else undefined. */
  get labelsLoading(): Promise<void> | undefined {
    return traditionalLabels || labelLanguage(this.lang) !== 'zhHant' ? undefined : loadTraditionalLabels();
  }

  /** The shared labels, in the element's language. */
  get labels(): Labels {
    return labelsFor(this.lang);
  }

  /** An element's own labels (`<element>.labels.ts`), in its language. */
  labelsOf<T>(table: LabelTable<T>): T {
    return labelsIn(table, this.lang);
  }

  hostConnected(): void {
    hosts.add(this.host);
    this.hostObserver ??= new MutationObserver(() => languageChanged([this.host]));
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang', 'script'] });
    documentObserver ??= new MutationObserver(() => languageChanged(hosts));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'script'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.hostObserver?.disconnect();
    if (hosts.size === 0) {
      documentObserver?.disconnect();
    }
  }
}

// A Traditional page starts loading them as the script starts, not at its elements' first update.
// (`?.`: Lit's server DOM shim has a `document` without a `documentElement`.)
if (labelLanguage(globalThis.document?.documentElement?.lang ?? '') === 'zhHant') void loadTraditionalLabels();
