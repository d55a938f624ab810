import type { LabelTable } from '../shared/localize.js';

/**
 * The labels of `<chinese-script-toggle>`, in a table of their own so that a page without them does
 * not load them. The Traditional ones are OpenCC's conversion (s2tw) of the Simplified, checked by
 * test/chinese-script-toggle/labels.test.ts.
 */
const en = {
  group: 'Chinese characters',
  simplified: 'Simplified',
  traditional: 'Traditional',
};

export const chineseScriptLabels: LabelTable<typeof en> = {
  en,
  zh: {
    group: '简繁切换',
    simplified: '简体中文',
    traditional: '繁體中文',
  },
  zhHant: {
    group: '簡繁切換',
    simplified: '简体中文',
    traditional: '繁體中文',
  },
};
