import { expect, fixture, html } from '@open-wc/testing';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/popular-list/popular-list.js';
import { labelsFor, labelsIn, loadTraditionalLabels, type LabelTable } from '../../src/shared/localize.js';
import { toTraditional } from '../../src/shared/opencc.js';
import { chineseScriptLabels } from '../../src/chinese-script-toggle/chinese-script-toggle.labels.js';
import { readerSettingsLabels } from '../../src/reader-settings/reader-settings.labels.js';
import { readAloudLabels } from '../../src/read-aloud/read-aloud.labels.js';
import { elderlyCheckLabels } from '../../src/article-view/elderly-check.labels.js';
import { pageReaderLabels } from '../../src/article-view/page-reader.labels.js';

// The Traditional labels are made from the Simplified ones with the few characters they need
// (traditional-labels.ts), not with OpenCC's 1 MB of tables; this checks that what they make is
// what OpenCC makes, for every label, so that a new label cannot come out half converted.

type Table = { [key: string]: string | ((...args: never[]) => string) | Table };

/** Every label as text: functions called with sample arguments. */
function flatten(table: Table, prefix = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const path = prefix + key;
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') {
      const sample = value as (...args: unknown[]) => string;
      return [[`${path}()`, sample(12, '2023年3月12日')], [`${path}(none)`, sample(undefined)]];
    }
    return flatten(value, `${path}.`);
  });
}

// Named in its own characters: the Simplified choice keeps 简体中文 in Traditional labels.
const OWN_NAMES = new Set(['chineseScript.simplified']);

const TABLES: [string, LabelTable<unknown>][] = [
  ['', { en: labelsFor('en'), zh: labelsFor('zh-CN') }],
  ['chineseScript.', chineseScriptLabels],
  ['readerSettings.', readerSettingsLabels],
  ['readAloud.', readAloudLabels],
  ['elderlyCheck.', elderlyCheckLabels],
  ['pageReader.', pageReaderLabels],
];

describe('Traditional labels', () => {
  // Loaded by the first element whose language needs them; these tests read the tables directly.
  before(() => loadTraditionalLabels());

  for (const [name, table] of TABLES) {
    it(`have the keys of the Simplified table, each OpenCC’s conversion of it${name ? ` (${name.slice(0, -1)})` : ''}`, () => {
      const simplified = flatten(table.zh as Table, name);
      const traditional = flatten(labelsIn(table, 'zh-TW') as Table, name);
      expect(traditional.map(([key]) => key)).to.deep.equal(simplified.map(([key]) => key));
      // The English table has the same keys too.
      expect(flatten(table.en as Table, name).map(([key]) => key)).to.deep.equal(simplified.map(([key]) => key));
      for (const [i, [key, text]] of simplified.entries()) {
        const expected = OWN_NAMES.has(key) ? text : toTraditional(text);
        const unconverted = [...traditional[i][1]].filter((character, at) => character !== [...expected][at]);
        expect(traditional[i][1], `${key}: add ${unconverted.join('')} to traditional-labels.ts`).to.equal(expected);
      }
    });
  }

  it('are chosen for zh-Hant, zh-TW, zh-HK and zh-MO; Simplified for other Chinese; English otherwise', () => {
    for (const lang of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-CN', 'ZH-tw']) expect(labelsFor(lang).source, lang).to.equal('來源：');
    for (const lang of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK', 'zh-Hans']) expect(labelsFor(lang).source, lang).to.equal('来源：');
    for (const lang of ['en', 'en-GB', 'ar', 'ja', 'not a tag']) expect(labelsFor(lang).source, lang).to.equal('Source: ');
    // Made once: every element of a zh-TW page reads the same table.
    expect(labelsFor('zh-TW')).to.equal(labelsFor('zh-HK'));
  });

  it('leave the page’s own words in a message as they are', () => {
    const selector = '#简介 .正文';
    const expected = toTraditional(pageReaderLabels.zh.noMatch('§')).replace('§', selector);
    expect(labelsIn(pageReaderLabels, 'zh-TW').noMatch(selector)).to.equal(expected);
    expect(expected).to.contain('“#简介 .正文”').and.to.contain('對應');
  });

  it('are what a control shows on a zh-TW page, and under script="traditional" on a zh-CN one', async () => {
    const taiwan = await fixture(html`<div lang="zh-TW"><font-size-toggle storage-key="labels-test"></font-size-toggle></div>`);
    const toggle = taiwan.querySelector('font-size-toggle')!;
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('字號：');

    const mainland = await fixture(html`<div lang="zh-CN" script="traditional"><popular-list .items=${[]}></popular-list></div>`);
    const list = mainland.querySelector('popular-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('熱點排行');
    // Changing the attribute on an ancestor re-renders the control.
    mainland.setAttribute('script', 'simplified');
    await new Promise(resolve => setTimeout(resolve));
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('热点排行');
  });

  it('script="traditional" leaves an English page’s labels in English', async () => {
    const page = await fixture(html`<div lang="en" script="traditional"><font-size-toggle storage-key="labels-test"></font-size-toggle></div>`);
    const toggle = page.querySelector('font-size-toggle')!;
    await toggle.updateComplete;
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Fonts:');
  });
});
