import type { ReactiveController, ReactiveElement } from 'lit';

/** Every user-visible label, one table per language (English and Simplified Chinese). */
const LABELS = {
  en: {
    loading: 'Loading article…',
    empty: 'No article to show.',
    errorTitle: 'This article could not be shown.',
    articleSource: {
      httpError: (status: number) => `The server answered ${status}.`,
      notJson: (type: string) => `The server sent ${type || 'an unknown type'}, not JSON.`,
      invalidJson: 'The article is not valid JSON.',
      networkError: 'The article could not be fetched. Check the connection and try again.',
      timeout: (seconds: number) => `The server did not send the article within ${seconds} seconds.`,
      tooLarge: (megabytes: number) => `The article is larger than ${megabytes} MB, too large to show.`,
      unsafeSource: 'The article address is not an http(s) or relative URL.',
    },
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
    fontSizes: 'Fonts:',
    large: 'Large',
    medium: 'Medium',
    small: 'Small',
    print: 'Print',
    close: 'Close',
    share: 'Share',
    linkCopied: 'Link copied',
    copyThisLink: 'Copy this link: ',
    readerSettings: {
      heading: 'Reading settings',
      theme: 'Theme',
      auto: 'Auto',
      light: 'Light',
      sepia: 'Sepia',
      dark: 'Dark',
      contrast: 'High contrast',
      lineSpacing: 'Line spacing',
      normal: 'Normal',
      relaxed: 'Relaxed',
      loose: 'Loose',
      contentWidth: 'Width',
      full: 'Full',
      wide: 'Wide',
      medium: 'Medium',
      narrow: 'Narrow',
      elderly: 'Elderly mode',
    },
    readAloud: {
      play: 'Read aloud',
      pause: 'Pause',
      resume: 'Resume',
      stop: 'Stop',
      previous: 'Previous paragraph',
      next: 'Next paragraph',
      speed: 'Speed',
      rate: (rate: number) => `${rate}×`,
    },
    popularHeading: 'Most Popular',
    popularLoading: 'Loading list…',
    popularEmpty: 'No articles to list.',
    popularErrorTitle: 'This list could not be shown.',
    views: (count: string) => `${count} views`,
    listSource: {
      httpError: (status: number) => `The server answered ${status}.`,
      notJson: (type: string) => `The server sent ${type || 'an unknown type'}, not JSON.`,
      invalidJson: 'The list is not valid JSON.',
      networkError: 'The list could not be fetched. Check the connection and try again.',
      timeout: (seconds: number) => `The server did not send the list within ${seconds} seconds.`,
      tooLarge: (megabytes: number) => `The list is larger than ${megabytes} MB, too large to show.`,
      unsafeSource: 'The list address is not an http(s) or relative URL.',
    },
  },
  zh: {
    loading: '正在加载文章…',
    empty: '暂无文章。',
    errorTitle: '无法显示这篇文章。',
    articleSource: {
      httpError: (status: number) => `服务器返回了 ${status}。`,
      notJson: (type: string) => `服务器返回的是 ${type || '未知类型'}，不是 JSON。`,
      invalidJson: '文章不是有效的 JSON。',
      networkError: '无法获取文章，请检查网络后重试。',
      timeout: (seconds: number) => `服务器在 ${seconds} 秒内没有返回文章。`,
      tooLarge: (megabytes: number) => `文章超过 ${megabytes} MB，无法显示。`,
      unsafeSource: '文章地址不是 http(s) 或相对网址。',
    },
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
    fontSizes: '字号：',
    large: '大',
    medium: '中',
    small: '小',
    print: '打印',
    close: '关闭',
    share: '分享',
    linkCopied: '链接已复制',
    copyThisLink: '请复制此链接：',
    readerSettings: {
      heading: '阅读设置',
      theme: '主题',
      auto: '自动',
      light: '浅色',
      sepia: '护眼',
      dark: '深色',
      contrast: '高对比度',
      lineSpacing: '行距',
      normal: '标准',
      relaxed: '较宽',
      loose: '宽松',
      contentWidth: '版面宽度',
      full: '全宽',
      wide: '宽',
      medium: '中',
      narrow: '窄',
      elderly: '长者模式',
    },
    readAloud: {
      play: '朗读',
      pause: '暂停',
      resume: '继续',
      stop: '停止',
      previous: '上一段',
      next: '下一段',
      speed: '语速',
      rate: (rate: number) => `${rate} 倍`,
    },
    popularHeading: '热点排行',
    popularLoading: '正在加载列表…',
    popularEmpty: '暂无文章。',
    popularErrorTitle: '无法显示此列表。',
    views: (count: string) => `${count} 次浏览`,
    listSource: {
      httpError: (status: number) => `服务器返回了 ${status}。`,
      notJson: (type: string) => `服务器返回的是 ${type || '未知类型'}，不是 JSON。`,
      invalidJson: '列表不是有效的 JSON。',
      networkError: '无法获取列表，请检查网络后重试。',
      timeout: (seconds: number) => `服务器在 ${seconds} 秒内没有返回列表。`,
      tooLarge: (megabytes: number) => `列表超过 ${megabytes} MB，无法显示。`,
      unsafeSource: '列表地址不是 http(s) 或相对网址。',
    },
  },
} as const;

export type Labels = (typeof LABELS)[keyof typeof LABELS];

/** Simplified Chinese for any `zh` tag (closer for a Traditional reader than English); else English. */
export function labelsFor(lang: string): Labels {
  return /^zh\b/i.test(lang) ? LABELS.zh : LABELS.en;
}

/** The language of `element`: its own `lang`, else the nearest ancestor's (across shadow roots), else the document's. */
export function resolveLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // `getAttribute?.`: text and document nodes have none, and server rendering has no `Element`.
    const lang = (node as Element).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  return globalThis.document?.documentElement.lang || 'en';
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
 * Gives an element its language, labels and `Intl` locale, and re-renders it when a `lang`
 * attribute changes on it or anywhere in the document.
 */
export class LocaleController implements ReactiveController {
  // Made on connection, not construction: server rendering constructs elements without a DOM.
  private hostObserver?: MutationObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  get lang(): string {
    return intlLocale(resolveLang(this.host));
  }

  get labels(): Labels {
    return labelsFor(this.lang);
  }

  hostConnected(): void {
    hosts.add(this.host);
    this.hostObserver ??= new MutationObserver(() => this.host.requestUpdate());
    this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    documentObserver ??= new MutationObserver(() => hosts.forEach(host => host.requestUpdate()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.hostObserver?.disconnect();
    if (hosts.size === 0) {
      documentObserver?.disconnect();
    }
  }
}
