import type { SourceMessages } from './json-source.js';

const sourceMessagesZhHant = (what: string): SourceMessages => ({
  httpError: status => `服務器返回了 ${status}。`,
  notJson: type => `服務器返回的是 ${type || '未知類型'}，不是 JSON。`,
  invalidJson: `${what}不是有效的 JSON。`,
  networkError: `無法獲取${what}，請檢查網絡後重試。`,
  timeout: seconds => `服務器在 ${seconds} 秒內沒有返回${what}。`,
  tooLarge: megabytes => `${what}超過 ${megabytes} MB，無法顯示。`,
  unsafeSource: `${what}地址不是 http(s) 或相對網址。`,
});

/**
 * The labels in Traditional characters: for zh-Hant, zh-TW, zh-HK and zh-MO pages, and under
 * `script="traditional"` (chinese-script.ts). Written once with OpenCC (s2tw, as the articles are
 * converted) from the Simplified table in localize.ts, so that labels cost no conversion at run
 * time; test/chinese-script-toggle/labels.test.ts checks that the two tables still agree.
 * The one exception: 简体中文 names Simplified Chinese in its own characters.
 */
export const zhHant = {
  loading: '正在加載文章…',
  empty: '暫無文章。',
  errorTitle: '無法顯示這篇文章。',
  articleSource: sourceMessagesZhHant('文章'),
  source: '來源：',
  author: '作者：',
  date: '日期：',
  attachments: '附件',
  tags: '標籤',
  readingTime: (minutes: number) => `閱讀約 ${minutes} 分鐘`,
  contents: '目錄',
  printedFrom: '原文鏈接：',
  printedOn: '打印日期：',
  qrCode: '文章地址的二維碼',
  pageSource: {
    noMatch: (selector: string) => `本頁沒有與“${selector}”對應的內容，無法顯示文章。`,
    badSelector: (selector: string) => `“${selector}”不是有效的 CSS 選擇器。`,
    noBlock: '本頁沒有找到文章正文。',
    noTitle: '本頁沒有文章標題，無法顯示文章。',
    readerFailed: '無法加載頁面讀取程序，請檢查網絡後重試。',
  },
  document: {
    caption: '文件信息',
    indexNumber: '索引號',
    issuer: '發佈機構',
    number: '文號',
    written: '成文日期',
    published: '發佈日期',
    topic: '主題分類',
    validity: '有效性',
    validFrom: '生效日期',
    validUntil: '失效日期',
    valid: '有效',
    expired: '失效',
    repealed: '廢止',
    amended: '已修改',
  },
  notice: {
    expired: (date?: string) => (date ? `本文件已於${date}失效。` : '本文件已失效。'),
    repealed: (date?: string) => (date ? `本文件已於${date}廢止。` : '本文件已廢止。'),
    amended: (date?: string) => (date ? `本文件已於${date}修改。` : '本文件已修改。'),
  },
  related: {
    interpretation: '政策解讀',
    original: '原文件',
    related: '相關文件',
  },
  // Each script is named in its own characters, as language pickers do.
  fontSizes: '字號：',
  large: '大',
  medium: '中',
  small: '小',
  print: '打印',
  close: '關閉',
  share: '分享',
  linkCopied: '鏈接已複製',
  copyThisLink: '請複製此鏈接：',
  popularHeading: '熱點排行',
  popularLoading: '正在加載列表…',
  popularEmpty: '暫無文章。',
  popularErrorTitle: '無法顯示此列表。',
  views: (count: string) => `${count} 次瀏覽`,
  listSource: sourceMessagesZhHant('列表'),
} as const;
