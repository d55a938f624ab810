import type { LabelTable } from '../shared/localize.js';

/**
 * The labels of `<read-aloud>`, in a table of their own so that a page without them does not load
 * them. The Traditional ones are made from the
 * Simplified (traditional-labels.ts).
 */
const en = {
  play: 'Read aloud',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  previous: 'Previous paragraph',
  next: 'Next paragraph',
  speed: 'Speed',
  rate: (rate: number) => `${rate}×`,
};

export const readAloudLabels: LabelTable<typeof en> = {
  en,
  zh: {
    play: '朗读',
    pause: '暂停',
    resume: '继续',
    stop: '停止',
    previous: '上一段',
    next: '下一段',
    speed: '语速',
    rate: (rate: number) => `${rate} 倍`,
  },
};
