import type { LabelTable } from '../shared/localize.js';

/**
 * The labels of `<chinese-script-toggle>`, in a table of their own so that a page without them does
 * not load them. The Traditional ones are made from the Simplified (traditional-labels.ts), but for
 * the choices' names: in Chinese each is named in its own characters.
 */
const en = {
  group: 'Chinese characters',
  simplified: 'Simplified',
  traditional: 'Traditional',
};

const OWN_NAMES = { simplified: '简体中文', traditional: '繁體中文' };

export const chineseScriptLabels: LabelTable<typeof en> = {
  en,
  zh: { group: '简繁切换', ...OWN_NAMES },
  zhHant: OWN_NAMES,
};
