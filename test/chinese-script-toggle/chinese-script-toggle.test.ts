import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/font-size-toggle/font-size-toggle.js';
import '../../src/print-close-bar/print-close-bar.js';
import '../../src/popular-list/popular-list.js';
import '../../src/reader-settings/reader-settings.js';
import '../../src/chinese-script-toggle/chinese-script-toggle.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { Article } from '../../src/article/types.js';
import { CHINESE_SCRIPT_STORAGE_KEY, type ChineseScriptToggle } from '../../src/chinese-script-toggle/chinese-script-toggle.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';

// <chinese-script-toggle>: "简 | 繁". Traditional converts the article's text (OpenCC, loaded
// only then) and gives every control under the target Traditional labels; Simplified gives back
// the original text, in the same Text nodes.

const KEY = 'chinese-script-toggle-test';
const governmentArticle = (await (await fetch(new URL('../fixtures/articles/government-document-zh.json', import.meta.url))).json()) as Article;

/** Requests for OpenCC's code or tables (the test server serves them as source files). */
const openccRequests = () => performance.getEntriesByType('resource').filter(entry => /opencc/i.test(entry.name));

const radio = (toggle: ChineseScriptToggle, value: string) => toggle.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
const checked = (toggle: ChineseScriptToggle) => toggle.shadowRoot!.querySelector<HTMLInputElement>('input:checked')?.value;
const title = (view: ArticleView) => view.shadowRoot!.querySelector('h1')!.textContent!.trim();
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

/** Every Text node of the view's shadow root, with its data. */
function textNodes(view: ArticleView): { node: Text; data: string }[] {
  const walker = document.createTreeWalker(view.shadowRoot!, NodeFilter.SHOW_TEXT);
  const nodes: { node: Text; data: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push({ node: node as Text, data: (node as Text).data });
  return nodes;
}

/** An article-view with the toggle (and the font-size toggle and print bar) in it, as on a portal page. */
async function articleWithToggle(lang = 'zh-CN', article: Article = governmentArticle) {
  const view = await fixture<ArticleView>(html`
    <article-view lang=${lang}>
      <font-size-toggle slot="meta" storage-key="${KEY}-font"></font-size-toggle>
      <chinese-script-toggle slot="meta" storage-key=${KEY}></chinese-script-toggle>
      <print-close-bar slot="footer"></print-close-bar>
    </article-view>
  `);
  const loaded = oneEvent(view, 'article-load');
  view.article = article;
  await loaded;
  await view.updateComplete;
  const toggle = view.querySelector('chinese-script-toggle')!;
  await toggle.updateComplete;
  return { view, toggle };
}

/** Chooses by mouse and waits until the view shows it (the first time, OpenCC loads). */
async function choose(toggle: ChineseScriptToggle, view: ArticleView, value: 'simplified' | 'traditional') {
  radio(toggle, value).click();
  await toggle.updateComplete;
  await view.updateComplete;
}

describe('chinese-script-toggle', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(CHINESE_SCRIPT_STORAGE_KEY);
  });
  afterEach(() => document.documentElement.removeAttribute('script'));

  // First: OpenCC has not been loaded by any test yet.
  it('loads OpenCC only when Traditional is chosen', async () => {
    const { view, toggle } = await articleWithToggle();
    expect(openccRequests(), 'nothing before the choice').to.have.length(0);
    await choose(toggle, view, 'traditional');
    expect(openccRequests().length).to.be.above(0);
    expect(title(view)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
  });

  it('shows "简 | 繁" as a named radio group, each choice named in full, Simplified checked; passes axe', async () => {
    const { toggle } = await articleWithToggle();
    const root = toggle.shadowRoot!;
    expect(text(root.querySelector('[role="radiogroup"]'))).to.equal('简 | 繁');
    expect(root.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('简繁切换');
    expect([...root.querySelectorAll('input')].map(input => input.getAttribute('aria-label'))).to.deep.equal(['简体中文', '繁體中文']);
    expect(root.querySelector('[part="separator"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(checked(toggle)).to.equal('simplified');
    expect(toggle.getAttribute('value')).to.equal('simplified');
    await expect(toggle).to.be.accessible();
  });

  it('names the choices in English for an English page', async () => {
    const toggle = await fixture<ChineseScriptToggle>(html`<chinese-script-toggle lang="en" storage-key=${KEY}></chinese-script-toggle>`);
    const root = toggle.shadowRoot!;
    expect(root.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Chinese characters');
    expect([...root.querySelectorAll('input')].map(input => input.getAttribute('aria-label'))).to.deep.equal(['Simplified', 'Traditional']);
    expect([...root.querySelectorAll('label span')].map(span => [span.textContent, span.getAttribute('lang')])).to.deep.equal([
      ['简', 'zh-Hans'],
      ['繁', 'zh-Hant'],
    ]);
    await expect(toggle).to.be.accessible();
  });

  it('by mouse: converts the article and every label, reflects value, fires chinese-script-change; passes axe', async () => {
    const { view, toggle } = await articleWithToggle();
    const event = oneEvent(toggle, 'chinese-script-change');
    await choose(toggle, view, 'traditional');
    expect((await event).detail).to.deep.equal({ value: 'traditional' });
    expect(toggle.getAttribute('value')).to.equal('traditional');
    expect(view.getAttribute('script')).to.equal('traditional');
    expect(checked(toggle)).to.equal('traditional');
    const root = view.shadowRoot!;
    // The article's text, in Traditional characters, marked as such.
    expect(root.querySelector('article')!.lang).to.equal('zh-Hant-CN');
    expect(text(root.querySelector('[part="paragraph"]'))).to.equal('各縣（市、區）人民政府，市政府直屬各單位：');
    expect(text(root.querySelector('[part="notice"]'))).to.equal('本文件已於2023年3月12日廢止。');
    expect(text(root.querySelector('[part="document"] tr'))).to.equal('索引號001008003/2020-12345');
    expect(text(root.querySelector('[part="related-group"] h2'))).to.equal('政策解讀');
    expect(text(root.querySelector('[part="related-group"] li'))).to.equal('《溫州市老舊小區改造提升工作實施辦法》政策解讀');
    expect(text(root.querySelector('.html p'))).to.contain('詳見');
    expect(text(root.querySelector('[part="source"]'))).to.equal('來源：溫州市人民政府辦公室');
    // The controls placed in the view follow: their own labels, in Traditional characters.
    const fontToggle = view.querySelector('font-size-toggle')!;
    await fontToggle.updateComplete;
    expect(text(fontToggle.shadowRoot!.querySelector('[part="label"]'))).to.equal('字號：');
    const bar = view.querySelector('print-close-bar')!;
    await bar.updateComplete;
    expect([...bar.shadowRoot!.querySelectorAll('button')].map(button => text(button))).to.include.members(['打印', '關閉']);
    expect(toggle.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('簡繁切換');
    await expect(view).to.be.accessible();
    await expect(toggle).to.be.accessible();
  });

  it('back to Simplified: the original strings byte for byte, in the same Text nodes', async () => {
    const { view, toggle } = await articleWithToggle();
    const before = textNodes(view);
    await choose(toggle, view, 'traditional');
    const during = textNodes(view);
    expect(during.map(entry => entry.node)).to.deep.equal(before.map(entry => entry.node));
    expect(during.filter((entry, i) => entry.data !== before[i].data).length).to.be.above(20);
    await choose(toggle, view, 'simplified');
    const after = textNodes(view);
    expect(after.map(entry => entry.node)).to.deep.equal(before.map(entry => entry.node));
    expect(after.map(entry => entry.data)).to.deep.equal(before.map(entry => entry.data));
    expect(title(view)).to.equal(governmentArticle.title);
    expect(view.shadowRoot!.querySelector('article')!.lang).to.equal('zh-CN');
    await expect(view).to.be.accessible();
  });

  it('changes only the text: no node added or removed, only data that changes, no attribute, URL or number', async () => {
    const { view, toggle } = await articleWithToggle();
    const root = view.shadowRoot!;
    const link = root.querySelector<HTMLAnchorElement>('.html a')!;
    const image = root.querySelector<HTMLImageElement>('.html img')!;
    const attributes = () => [link.getAttribute('href'), link.getAttribute('title'), image.getAttribute('alt'), image.getAttribute('src')];
    const attributesBefore = attributes();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver(list => records.push(...list));
    observer.observe(root.querySelector('.body')!, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true });
    await choose(toggle, view, 'traditional');
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records.length).to.be.above(0);
    expect(records.every(record => record.type === 'characterData'), records.map(record => record.type).join()).to.equal(true);
    expect(records.every(record => record.oldValue !== (record.target as Text).data)).to.equal(true);
    expect(attributes()).to.deep.equal(attributesBefore);
    // A URL written in the text stays as written, a Chinese domain name included; numbers too.
    expect(text(link)).to.equal('https://例子.中国/发布/2020.html');
    expect(text(root.querySelectorAll('[part="paragraph"]')[1])).to.contain('到2022年底，累計改造小區不少於600個，惠及居民約12萬戶。');
    // Code and another language (Japanese) are not converted; the text around the code is.
    expect(text(root.querySelector('.html code'))).to.equal('var 发展 = 1;');
    expect(text(root.querySelector('.html p[lang="ja"]'))).to.equal('日本語の漢字：発表、図書館。');
    expect(text(root.querySelectorAll('.html p')[2])).to.contain('本辦法自2020年12月1日起施行。');
  });

  it('by keyboard: Tab enters at the current choice, arrows change it, Tab leaves', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <button id="before">before</button>
      <chinese-script-toggle storage-key=${KEY}></chinese-script-toggle>
      <button id="after">after</button>
      <article-view .article=${governmentArticle}></article-view>
    </div>`);
    const toggle = wrapper.querySelector('chinese-script-toggle')!;
    const view = wrapper.querySelector('article-view')!;
    await view.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(toggle.shadowRoot!.activeElement).to.equal(radio(toggle, 'simplified'));
    await sendKeys({ press: 'ArrowRight' });
    await toggle.updateComplete;
    await view.updateComplete;
    expect(toggle.value).to.equal('traditional');
    expect(title(view)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
    expect(toggle.shadowRoot!.activeElement).to.equal(radio(toggle, 'traditional'));
    await sendKeys({ press: 'ArrowLeft' });
    await toggle.updateComplete;
    await view.updateComplete;
    expect(toggle.value).to.equal('simplified');
    expect(title(view)).to.equal(governmentArticle.title);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('after');
  });

  it('remembers the choice under storage-key and shows the next page in Traditional at once', async () => {
    const { view, toggle } = await articleWithToggle();
    await choose(toggle, view, 'traditional');
    expect(localStorage.getItem(KEY)).to.equal('traditional');
    const next = await articleWithToggle();
    expect(next.toggle.value).to.equal('traditional');
    expect(checked(next.toggle)).to.equal('traditional');
    expect(next.view.getAttribute('script')).to.equal('traditional');
    expect(title(next.view)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
  });

  it('uses a default key without storage-key, and works for the visit when storage throws', async () => {
    const toggle = await fixture<ChineseScriptToggle>(html`<chinese-script-toggle></chinese-script-toggle>`);
    radio(toggle, 'traditional').click();
    await toggle.updateComplete;
    expect(localStorage.getItem(CHINESE_SCRIPT_STORAGE_KEY)).to.equal('traditional');
    localStorage.removeItem(CHINESE_SCRIPT_STORAGE_KEY);
    document.documentElement.removeAttribute('script');

    const { getItem, setItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const { view, toggle: blocked } = await articleWithToggle();
      await choose(blocked, view, 'traditional');
      expect(view.getAttribute('script')).to.equal('traditional');
      const later = await articleWithToggle();
      expect(later.toggle.value).to.equal('traditional');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
    }
  });

  it('outside any article-view, it sets the page’s script: every article-view and control follows, also one added later', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <chinese-script-toggle storage-key=${KEY}></chinese-script-toggle>
      <popular-list .items=${[{ title: '关于老旧小区改造的通知', url: '/a.html' }]}></popular-list>
      <article-view .article=${governmentArticle}></article-view>
    </div>`);
    const toggle = wrapper.querySelector('chinese-script-toggle')!;
    const view = wrapper.querySelector('article-view')!;
    const list = wrapper.querySelector('popular-list')!;
    await view.updateComplete;
    expect(document.documentElement.hasAttribute('script'), 'nothing written before a choice').to.equal(false);
    await choose(toggle, view, 'traditional');
    expect(document.documentElement.getAttribute('script')).to.equal('traditional');
    expect(view.hasAttribute('script')).to.equal(false);
    expect(title(view)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
    await list.updateComplete;
    expect(text(list.shadowRoot!.querySelector('h2'))).to.equal('熱點排行');

    const later = document.createElement('article-view');
    later.article = { ...governmentArticle, title: '后来加载的文章' };
    wrapper.append(later);
    await later.updateComplete;
    expect(title(later)).to.equal('後來加載的文章');

    await choose(toggle, view, 'simplified');
    await later.updateComplete;
    expect(title(view)).to.equal(governmentArticle.title);
    expect(title(later)).to.equal('后来加载的文章');
    expect(text(list.shadowRoot!.querySelector('h2'))).to.equal('热点排行');
  });

  it('for: names the article-view to convert, and leaves the others', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <chinese-script-toggle for="second" storage-key=${KEY}></chinese-script-toggle>
      <article-view id="first" .article=${governmentArticle}></article-view>
      <article-view id="second" .article=${governmentArticle}></article-view>
    </div>`);
    const toggle = wrapper.querySelector('chinese-script-toggle')!;
    const [first, second] = wrapper.querySelectorAll('article-view');
    await first.updateComplete;
    await choose(toggle, second, 'traditional');
    expect(second.getAttribute('script')).to.equal('traditional');
    expect(title(second)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
    expect(first.hasAttribute('script')).to.equal(false);
    expect(title(first)).to.equal(governmentArticle.title);
  });

  it('for: converts a legacy content block in place, and restores it exactly', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <chinese-script-toggle for="zoom" storage-key=${KEY}></chinese-script-toggle>
      <div id="zoom"><p>温州市人民政府办公室关于<a href="/发布.html">发布</a>通知，共12条。</p></div>
    </div>`);
    const toggle = wrapper.querySelector('chinese-script-toggle')!;
    const zoom = wrapper.querySelector<HTMLElement>('#zoom')!;
    const original = zoom.innerHTML;
    const nodes = [...zoom.querySelectorAll('p, a')].flatMap(element => [...element.childNodes]);
    radio(toggle, 'traditional').click();
    await waitUntil(() => zoom.textContent!.includes('溫州市'), 'the block is converted');
    expect(zoom.textContent).to.equal('溫州市人民政府辦公室關於發佈通知，共12條。');
    expect(zoom.querySelector('a')!.getAttribute('href')).to.equal('/发布.html');
    expect(zoom.getAttribute('script')).to.equal('traditional');
    radio(toggle, 'simplified').click();
    await toggle.updateComplete;
    expect(zoom.innerHTML).to.equal(original);
    expect([...zoom.querySelectorAll('p, a')].flatMap(element => [...element.childNodes])).to.deep.equal(nodes);
  });

  it('keeps several toggles on one page in agreement', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN">
      <chinese-script-toggle storage-key=${KEY}></chinese-script-toggle>
      <chinese-script-toggle storage-key=${KEY}></chinese-script-toggle>
    </div>`);
    const [one, two] = wrapper.querySelectorAll('chinese-script-toggle');
    radio(one, 'traditional').click();
    await one.updateComplete;
    await two.updateComplete;
    expect(two.value).to.equal('traditional');
    expect(checked(two)).to.equal('traditional');
  });

  it('a page’s value is used until the reader chooses; a bad value is Simplified', async () => {
    const toggle = await fixture<ChineseScriptToggle>(html`<chinese-script-toggle value="traditional" storage-key=${KEY}></chinese-script-toggle>`);
    expect(checked(toggle)).to.equal('traditional');
    toggle.setAttribute('value', 'cantonese');
    await toggle.updateComplete;
    expect(toggle.value).to.equal('simplified');
  });

  it('leaves an English article as it is, and its labels in English', async () => {
    const english: Article = { title: 'An English article about 温州', lang: 'en', body: [{ type: 'paragraph', text: 'Wenzhou, 温州.' }], attachments: [], tags: [] };
    const { view, toggle } = await articleWithToggle('en', english);
    await choose(toggle, view, 'traditional');
    expect(title(view)).to.equal('An English article about 温州');
    expect(view.shadowRoot!.querySelector('article')!.lang).to.equal('en');
  });

  it('grows its choices to 60 × 60 px in an article that reader-settings puts in elderly mode; passes axe', async () => {
    const view = await fixture<ArticleView>(html`
      <article-view lang="zh-CN" .article=${governmentArticle}>
        <chinese-script-toggle slot="meta" storage-key=${KEY}></chinese-script-toggle>
        <reader-settings slot="meta" storage-key="${KEY}-settings"></reader-settings>
      </article-view>
    `);
    const toggle = view.querySelector('chinese-script-toggle')!;
    const settings = view.querySelector('reader-settings')!;
    await settings.updateComplete;
    settings.elderly = true;
    await settings.updateComplete;
    await toggle.updateComplete;
    // Inherited from the article, not set on the toggle.
    expect(toggle.hasAttribute('elderly')).to.equal(false);
    for (const label of toggle.shadowRoot!.querySelectorAll('label')) {
      const box = label.getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(60);
    }
    await expect(toggle).to.be.accessible();
    localStorage.removeItem(`${KEY}-settings`);
  });

  it('is not printed', async function () {
    const { toggle } = await articleWithToggle();
    const reset = await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(getComputedStyle(toggle).display).to.equal('none');
    } finally {
      await reset();
    }
  });

  it('prints the article in the characters chosen', async function () {
    const { view, toggle } = await articleWithToggle();
    await choose(toggle, view, 'traditional');
    const reset = await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(title(view)).to.equal('溫州市人民政府關於印發溫州市老舊小區改造提升工作實施辦法的通知');
      expect(getComputedStyle(view.shadowRoot!.querySelector('[part="notice"]')!).display).not.to.equal('none');
    } finally {
      await reset();
    }
  });
});
