import type { LabelTable } from '../shared/localize.js';

/**
 * The labels of the elderly self-check (`checkElderly()`, which loads them with its code), in a
 * table of their own so that a page without them does not load them. The Traditional ones are made
 * from the Simplified (traditional-labels.ts).
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

export type ElderlyCheckLabels = typeof en;

export const elderlyCheckLabels: LabelTable<ElderlyCheckLabels> = {
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
};
