import type { LabelTable } from '../shared/localize.js';

/**
 * The labels of the elderly self-check (`checkElderly()`, which loads them with its code), in a
 * table of their own so that a page without them does not load them. The Traditional ones are
 * OpenCC's conversion (s2tw) of the Simplified, checked by
 * test/chinese-script-toggle/labels.test.ts.
 */
const en = {
  bodySize: 'Body text size',
  lineSpacing: 'Line spacing',
  paragraphSpacing: 'Paragraph spacing',
  textContrast: 'Text contrast',
  mutedContrast: 'Muted text contrast',
  linkContrast: 'Link contrast',
  targetSize: 'Control size',
  motion: 'No motion',
  popup: 'No pop-ups',
  lines: (count: number) => `${count} × line spacing`,
  moving: (count: number) => `${count} moving`,
  popups: (count: number) => `${count} open`,
  none: 'None',
};

export const elderlyCheckLabels: LabelTable<typeof en> = {
  en,
  zh: {
    bodySize: '正文字号',
    lineSpacing: '行间距',
    paragraphSpacing: '段落间距',
    textContrast: '正文对比度',
    mutedContrast: '辅助文字对比度',
    linkContrast: '链接对比度',
    targetSize: '控件尺寸',
    motion: '无动画',
    popup: '无弹窗',
    lines: (count: number) => `${count} 倍行距`,
    moving: (count: number) => `${count} 处动画`,
    popups: (count: number) => `${count} 个弹窗`,
    none: '无',
  },
  zhHant: {
    bodySize: '正文字號',
    lineSpacing: '行間距',
    paragraphSpacing: '段落間距',
    textContrast: '正文對比度',
    mutedContrast: '輔助文字對比度',
    linkContrast: '鏈接對比度',
    targetSize: '控件尺寸',
    motion: '無動畫',
    popup: '無彈窗',
    lines: (count: number) => `${count} 倍行距`,
    moving: (count: number) => `${count} 處動畫`,
    popups: (count: number) => `${count} 個彈窗`,
    none: '無',
  },
};
