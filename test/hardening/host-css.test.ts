import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { PopularList } from '../../src/popular-list/popular-list.js';
import { seedArticle } from '../fixtures/articles.js';

// Host pages that style everything: the widgets' typography and layout must stay within 1 px of
// the same widgets on a clean page. Each row is one hostile style sheet; a new case is one line.
// The host may still size the text (font-size on a container or the element) and theme through
// the documented custom properties; neither is hostile, so neither is here.
const HOSTILE_PAGES: [name: string, css: string][] = [
  // Sizes in `rem` would follow the root: the widgets use `em` of their own text.
  ['a root font size of 10 px', 'html { font-size: 10px } body { font-size: 16px }'],
  ['a root font size of 24 px', 'html { font-size: 24px } body { font-size: 16px }'],
  [
    'inherited text styles on body',
    `body { line-height: 3; letter-spacing: 2px; word-spacing: 6px; color: red; font-style: italic;
      font-weight: bold; text-transform: uppercase; text-align: center; text-indent: 3em;
      white-space: nowrap; text-shadow: 1px 1px red }`,
  ],
  [
    'rules on the element tags themselves',
    `article-view, popular-list, font-size-toggle, print-close-bar { line-height: 3; letter-spacing: 2px;
      color: red; background: yellow; padding: 30px; box-sizing: content-box; text-align: center;
      text-transform: uppercase; font-style: italic; font-weight: bold; white-space: nowrap }`,
  ],
  ['* { box-sizing: content-box }', '* { box-sizing: content-box }'],
  ['a transformed ancestor', '.host-page { transform: translateZ(0) rotate(0deg); filter: saturate(1); contain: paint }'],
  [
    '!important everywhere',
    `* { line-height: 3 !important; letter-spacing: 2px !important; word-spacing: 6px !important;
      color: red !important; background: yellow !important; padding: 30px !important;
      box-sizing: content-box !important; text-transform: uppercase !important;
      text-align: center !important; font-style: italic !important; font-weight: bold !important;
      text-indent: 3em !important; white-space: nowrap !important }
    .host-page { padding: 0 !important; background: none !important }`,
  ],
];

/** Where to look in each widget: the host itself, or a selector in its shadow root. */
const PROBES: [tag: string, selector: string][] = [
  ['article-view', ':host'],
  ['article-view', 'h1'],
  ['article-view', '[part=meta]'],
  ['article-view', '[part=source]'],
  ['article-view', '[part=heading]'],
  ['article-view', '[part=paragraph]'],
  ['article-view', '[part=tag]'],
  ['article-view', '[part=publisher]'],
  ['font-size-toggle', ':host'],
  ['font-size-toggle', '[part=label]'],
  ['font-size-toggle', '[part~=option]'],
  ['print-close-bar', ':host'],
  ['print-close-bar', 'button'],
  ['popular-list', ':host'],
  ['popular-list', 'h2'],
  ['popular-list', 'li'],
  ['popular-list', 'a'],
];

const STYLES = [
  'fontSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'color', 'backgroundColor', 'fontStyle',
  'fontWeight', 'textTransform', 'textAlign', 'textIndent', 'whiteSpace', 'textShadow', 'paddingTop',
  'paddingLeft', 'boxSizing',
] as const;

type Measure = Record<string, string | number>;

const POPULAR = [
  { title: 'Wenzhou Speeds up Its Integration into the Global Innovation Network', url: '/a.html', date: '2020-10-17', views: 15230 },
  { title: 'Oujiang River Waterfront Greenway Opens Its Second Section', url: '/b.html', views: 12874 },
];

async function renderPage(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`
    <div class="host-page" style="width: 960px">
      <popular-list .items=${POPULAR}></popular-list>
      <article-view .article=${{ ...seedArticle, tags: ['innovation', 'Wenzhou'], publisher: 'Produced By Wenzhou Daily' }}>
        <font-size-toggle slot="meta" storage-key="host-css-test"></font-size-toggle>
        <print-close-bar slot="footer"></print-close-bar>
      </article-view>
    </div>
  `);
  for (const el of page.querySelectorAll<ArticleView | PopularList>('article-view, popular-list')) await el.updateComplete;
  return page;
}

const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));

/** Size and text styles of every probe, by "tag selector property". */
async function measure(page: HTMLElement): Promise<Measure> {
  // Each block shown once, so that its real height is remembered (contain-intrinsic-size: auto)
  // and the hosts' heights add up real sizes, not placeholders.
  for (const host of page.querySelectorAll('article-view, popular-list')) {
    for (const block of host.shadowRoot!.querySelectorAll('.body > *, li')) {
      block.scrollIntoView({ block: 'nearest' });
      await nextFrame();
    }
  }
  const result: Measure = {};
  for (const [tag, selector] of PROBES) {
    const host = page.querySelector(tag)!;
    const element = selector === ':host' ? host : host.shadowRoot!.querySelector(selector)!;
    expect(element, `${tag} ${selector}`).to.exist;
    // Blocks out of view keep a placeholder height (content-visibility: auto) until they are laid
    // out; each probe is measured in view, as a reader sees it.
    element.scrollIntoView({ block: 'nearest' });
    await nextFrame();
    const rect = element.getBoundingClientRect();
    result[`${tag} ${selector} width`] = rect.width;
    result[`${tag} ${selector} height`] = rect.height;
    const style = getComputedStyle(element);
    for (const property of STYLES) result[`${tag} ${selector} ${property}`] = style[property];
  }
  return result;
}

/** The probes that differ by more than 1 px (sizes) or at all (anything else), as readable lines. */
function differences(clean: Measure, hostile: Measure): string[] {
  return Object.keys(clean).flatMap(key => {
    const [a, b] = [clean[key], hostile[key]];
    const [pa, pb] = [parseFloat(String(a)), parseFloat(String(b))];
    const same = typeof a === 'number' || /^-?[\d.]+px$/.test(String(a))
      ? Math.abs(pa - pb) <= 1
      : a === b;
    return same ? [] : [`${key}: ${a} → ${b}`];
  });
}

describe('hostile host CSS', () => {
  let clean: Measure;
  before(async () => {
    clean = await measure(await renderPage());
  });

  for (const [name, css] of HOSTILE_PAGES) {
    it(`keeps the widgets' typography and layout under ${name}`, async () => {
      const sheet = document.createElement('style');
      sheet.textContent = css;
      document.head.append(sheet);
      try {
        expect(differences(clean, await measure(await renderPage()))).to.deep.equal([]);
      } finally {
        sheet.remove();
      }
    });
  }

  it('can fail: a documented custom property does change the widgets', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = '.host-page { --article-view-line-height: 3; --popular-list-color: rgb(1, 2, 3) }';
    document.head.append(sheet);
    try {
      const changed = differences(clean, await measure(await renderPage()));
      expect(changed.some(line => line.startsWith('article-view [part=paragraph] lineHeight'))).to.equal(true);
      expect(changed.some(line => line.startsWith('popular-list :host color'))).to.equal(true);
    } finally {
      sheet.remove();
    }
  });
});
