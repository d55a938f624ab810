import type { LabelTable } from '../shared/localize.js';

/**
 * Why the page `<article-view from>` is on gave no article: loaded with the page reader, so that a
 * page without `from` does not load them. The Traditional ones are made from the Simplified
 * (traditional-labels.ts).
 */
const en = {
  noMatch: (selector: string) => `Nothing on this page matches “${selector}”, so there is no article to show.`,
  badSelector: (selector: string) => `“${selector}” is not a CSS selector.`,
  noBlock: 'No article text was found on this page.',
  noTitle: 'This page has no article title, so there is no article to show.',
};

export const pageReaderLabels: LabelTable<typeof en> = {
  en,
  zh: {
    noMatch: (selector: string) => `本页没有与“${selector}”对应的内容，无法显示文章。`,
    badSelector: (selector: string) => `“${selector}”不是有效的 CSS 选择器。`,
    noBlock: '本页没有找到文章正文。',
    noTitle: '本页没有文章标题，无法显示文章。',
  },
};
