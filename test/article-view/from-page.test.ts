import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { Article } from '../../src/article/types.js';

// `<article-view from>` on real portal pages (test/fixtures/pages/, written after real Hanweb, TRS
// and gov.cn templates): each page's head and body are put into this document, as if the element
// had been added to the page's own template.

const PAGES = '/test/fixtures/pages/';

interface Page {
  /** The page's body, in a container of its own. */
  root: HTMLElement;
  close(): void;
}

let opened: Page | undefined;

/** Puts a fixture page into this document: its meta tags, JSON-LD and title into the head, its body into a container. */
async function openPage(name: string): Promise<Page> {
  // Read from disk, as saved: the test server would decode a GBK page as UTF-8.
  const base64 = await readFile({ path: `../fixtures/pages/${name}`, encoding: 'base64' });
  const bytes = Uint8Array.from(atob(base64!), character => character.charCodeAt(0));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const charset = head.match(/charset\s*=\s*["']?([\w-]+)/i)?.[1] ?? 'utf-8';
  return usePage(new DOMParser().parseFromString(new TextDecoder(charset).decode(bytes), 'text/html'));
}

function usePage(parsed: Document): Page {
  const html = document.documentElement;
  const saved = { lang: html.getAttribute('lang'), dir: html.getAttribute('dir'), titles: [...document.querySelectorAll('title')] };
  saved.titles.forEach(title => title.remove());
  const added = [...parsed.head.querySelectorAll('meta[name], meta[property], title, script[type="application/ld+json"], link[rel="canonical"]')]
    .map(element => document.head.appendChild(document.importNode(element, true)));
  for (const name of ['lang', 'dir'] as const) {
    const value = parsed.documentElement.getAttribute(name);
    if (value === null) html.removeAttribute(name);
    else html.setAttribute(name, value);
  }
  const root = document.createElement('div');
  root.className = 'fixture-page';
  root.append(...[...parsed.body.childNodes].map(node => document.importNode(node, true)));
  document.body.append(root);
  const page = {
    root,
    close() {
      root.remove();
      added.forEach(element => element.remove());
      document.head.append(...saved.titles);
      for (const name of ['lang', 'dir'] as const) {
        if (saved[name] === null) html.removeAttribute(name);
        else html.setAttribute(name, saved[name]!);
      }
    },
  };
  opened = page;
  return page;
}

/** An `<article-view>` reading the page, placed before its body (or in `parent`); resolves once it loaded or failed. */
async function readFrom(from: string, { lang = 'en', parent }: { lang?: string; parent?: Element } = {}) {
  const el = document.createElement('article-view') as ArticleView;
  el.setAttribute('from', from);
  el.lang = lang;
  const settled = Promise.race([
    oneEvent(el, 'article-load').then(event => ({ article: (event as CustomEvent<{ article: Article }>).detail.article })),
    oneEvent(el, 'article-error').then(event => ({ error: (event as CustomEvent<{ message: string }>).detail.message })),
  ]);
  if (parent) parent.append(el);
  else opened!.root.before(el);
  const outcome = await settled;
  await el.updateComplete;
  return { el, ...outcome } as { el: ArticleView; article?: Article; error?: string };
}

const shadow = (el: ArticleView) => el.shadowRoot!;
const text = (el: Element | ShadowRoot | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: ArticleView, selector: string) => [...shadow(el).querySelectorAll(selector)].map(text);
const articleText = (el: ArticleView) => text(shadow(el).querySelector('article'));

describe('<article-view from>', () => {
  afterEach(() => {
    document.querySelectorAll('body > article-view, .fixture-page article-view').forEach(el => el.remove());
    opened?.close();
    opened = undefined;
  });

  describe('a Hanweb article page (#zoom)', () => {
    let el: ArticleView;
    beforeEach(async () => {
      await openPage('hanweb.html');
      ({ el } = await readFrom('#zoom'));
    });

    it('shows the title, source and date from the Hanweb meta tags; the date as the page says it', () => {
      expect(texts(el, 'h1')).to.deep.equal(['温州加快融入全球创新网络']);
      const meta = text(shadow(el).querySelector('[part="meta"]'));
      expect(meta).to.contain('Source: 温州日报');
      expect(meta).to.contain('Author: 陈琳');
      // A page date without an offset is the page's wall time, shown as that day and time in any zone.
      expect(shadow(el).querySelector('time')!.getAttribute('datetime')).to.equal('2020-10-17T14:36');
      expect(meta).to.match(/October 17, 2020.*2:36\s?PM/);
    });

    it('shows the paragraphs, heading and image of the block, with URLs resolved against the page', () => {
      const html = shadow(el).querySelector('[part="html"]')!;
      expect([...html.querySelectorAll('p')].map(text).filter(Boolean)).to.deep.equal([
        '72个国家的青年科技创新团队项目在“云端”轮番登场，“屏对屏”“面对面”开展头脑风暴。2020全球大学生创业世界杯总决赛首次离开丹麦，落地温州，为全球青年人才搭建起创新合作的大舞台。',
        '上个月，全国首个聚焦临床医学的中外合作办学机构——温州医科大学阿尔伯塔学院迎来首批57名新生。',
        '作为中国民营经济的重要发祥地，温州在全球创新格局中寻求高质量发展，以世界青年科学家峰会为平台，优化配置各方高端创新资源。',
        '详见峰会筹备情况。',
      ]);
      expect(texts(el, '[part="html"] h2')).to.deep.equal(['搭建国际科技交流桥梁']);
      expect(html.querySelector('img')!.getAttribute('src')).to.equal(`${location.origin}/picture/0/2010171436123456789.jpg`);
      expect(html.querySelector('a')!.getAttribute('href')).to.equal(new URL('../16/art_1217832_58917100.html', location.href).href);
    });

    it('lists the linked documents as attachments, with their type and the size the link text gives', () => {
      const items = texts(el, '[part="attachments"] li');
      expect(items).to.have.length(2);
      expect(items[0]).to.match(/^2020世界青年科学家峰会议程\.pdf \(PDF, 364\.5 kB\)$/);
      expect(items[1]).to.match(/^参会指南 \(Word, 1\.3 MB\)$/);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part="attachments"] a')!;
      expect(link.href).to.equal(`${location.origin}/module/download/downfile.jsp?classid=0&filename=2010171436123456.pdf`);
    });

    it('leaves out the font switch, print and close links, hidden text and the attachment lines', () => {
      const body = text(shadow(el).querySelector('[part="body"]'));
      for (const widget of ['字体', '打印', '关闭', '【', '内部编号', '附件', 'doZoom', '分享']) expect(body).not.to.contain(widget);
      expect(articleText(el)).not.to.contain('Produced By');
    });

    it('hides the original block, and only it', () => {
      expect(opened!.root.querySelector('#zoom')!.hasAttribute('hidden')).to.be.true;
      expect(opened!.root.querySelectorAll('[hidden]')).to.have.length(1);
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('finds the block itself with a bare `from`: Hanweb #zoom on the English seed page', async () => {
    await openPage('seed-en.html');
    const { el, article } = await readFrom('');
    expect(article!.title).to.equal('Wenzhou Speeds up Its Integration into the Global Innovation Network');
    expect(article!.source).to.equal('Wenzhou·China');
    expect(texts(el, '[part="html"] p')).to.have.length(4);
    const body = text(shadow(el).querySelector('[part="body"]'));
    for (const widget of ['Fonts', 'Large Medium Small', 'Print', 'Close', 'Most Popular']) expect(body).not.to.contain(widget);
    expect(opened!.root.querySelector('#zoom')!.hasAttribute('hidden')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('reads a TRS WCM page (.TRS_Editor): its style element, logo heading and Open Graph title are not the article', async () => {
    await openPage('trs.html');
    const { el, article } = await readFrom('');
    expect(article!.title).to.equal('关于开展2020年度温州市服务业重点项目申报工作的通知');
    expect(article!.date).to.equal('2020-06-12T09:30');
    expect(article!.source).to.equal('市发展改革委');
    expect(article!.tags).to.deep.equal(['服务业', '重点项目', '申报']);
    const body = text(shadow(el).querySelector('[part="body"]'));
    expect(body).to.contain('现代物流、科技服务');
    expect(body).not.to.contain('margin-top');
    expect(body).not.to.contain('温州市发展和改革委员会');
    expect(texts(el, '[part="html"] li')).to.deep.equal(['联系人：王晓明', '联系电话：0577-88961234']);
    expect(texts(el, '[part="attachments"] li')).to.deep.equal([
      '1.2020年度服务业重点项目申报表.xlsx (Excel)',
      '2.项目申报说明.doc (Word)',
    ]);
    expect(shadow(el).querySelector('[part="html"] img')!.getAttribute('src')).to.equal(new URL('./W020200612345678901234.jpg', location.href).href);
    expect(opened!.root.querySelector('.TRS_Editor')!.hasAttribute('hidden')).to.be.true;
    expect(opened!.root.querySelector('.article-info')!.hasAttribute('hidden')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('reads a gov.cn 信息公开 page: the register table becomes the document, 政策解读 a related interpretation', async () => {
    await openPage('xxgk.html');
    const { el, article } = await readFrom('', { lang: 'zh-CN' });
    expect(article!.title).to.equal('国务院办公厅关于加快推进政务服务“跨省通办”的指导意见');
    expect(article!.document).to.deep.equal({
      indexNumber: '000014349/2020-00133',
      issuer: '国务院办公厅',
      number: '国办发〔2020〕35号',
      written: '2020-09-24',
      topic: '综合政务\\其他',
      validity: 'valid',
      validFrom: '2020-10-17',
    });
    expect(article!.related).to.deep.equal([
      { title: '政策解读', url: `${location.origin}/zhengce/2020-10/17/content_5551240.htm`, kind: 'interpretation' },
    ]);
    const rows = [...shadow(el).querySelectorAll('[part="document"] tr')].map(row => [text(row.querySelector('th')), text(row.querySelector('td'))]);
    expect(rows).to.deep.include(['索引号', '000014349/2020-00133']);
    expect(rows).to.deep.include(['文号', '国办发〔2020〕35号']);
    expect(rows).to.deep.include(['有效性', '有效']);
    expect(text(shadow(el).querySelector('[part="related"]'))).to.contain('政策解读');
    expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    expect(texts(el, '[part="html"] table td')).to.include('异地就医登记备案');
    expect(texts(el, '[part="attachments"] li')).to.deep.equal(['全国高频政务服务“跨省通办”事项清单.pdf (PDF)']);
    await expect(el).to.be.accessible();
  });

  it('reads a page saved in GBK: a repealed document with its notice, list-style register and 【政策解读】', async () => {
    await openPage('gbk.html');
    const { el, article } = await readFrom('#zoom', { lang: 'zh-CN' });
    expect(article!.title).to.equal('温州市瓯海区人民政府关于印发瓯海区农村宅基地管理办法的通知');
    expect(article!.document).to.include({ number: '温瓯政发〔2019〕12号', validity: 'repealed', validUntil: '2023-03-12', issuer: '温州市瓯海区人民政府' });
    expect(text(shadow(el).querySelector('[part="notice"]'))).to.equal('本文件已于2023年3月12日废止。');
    expect(article!.related).to.have.length(1);
    expect(article!.related![0]).to.include({ title: '【政策解读】', kind: 'interpretation' });
    expect(texts(el, '[part="attachments"] li')[0]).to.match(/^瓯海区农村宅基地管理办法\.wps \(.+, 59\.4 kB\)$/);
    const body = text(shadow(el).querySelector('[part="body"]'));
    for (const widget of ['字体', '大 中 小', '附件']) expect(body).not.to.contain(widget);
    expect(body).to.contain('第一条 为加强农村宅基地管理');
    await expect(el).to.be.accessible();
  });

  it('keeps hostile HTML in the block out of the article, and reading it runs none of it again', async () => {
    const win = window as unknown as { attacked?: number };
    await openPage('hostile.html');
    // The page's own broken image runs its handler as the page loads; that is the page, not the reader.
    await new Promise(resolve => setTimeout(resolve, 100));
    const before = win.attacked ?? 0;
    const { el } = await readFrom('#zoom');
    await new Promise(resolve => setTimeout(resolve, 100));
    expect(win.attacked ?? 0).to.equal(before);
    const root = shadow(el).querySelector('[part="body"]')!;
    expect(root.querySelector('script, iframe, form, input, button, object, svg, style')).to.equal(null);
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name, `${element.localName}[${attribute.name}]`).not.to.match(/^on|^style$/);
      }
    }
    for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.match(/^https?:/);
    expect(text(root)).to.contain('请各单位认真整改。');
    await expect(el).to.be.accessible();
  });

  describe('when reading fails, the page stays as it was and article-error says why', () => {
    const cases: [string, string, string, RegExp][] = [
      ['a selector that names nothing', 'hanweb.html', '#content-that-is-not-there', /Nothing on this page matches “#content-that-is-not-there”/],
      ['a selector that does not parse', 'hanweb.html', '#zoom[', /“#zoom\[” is not a CSS selector/],
    ];
    for (const [name, file, from, message] of cases) {
      it(name, async () => {
        await openPage(file);
        const before = opened!.root.innerHTML;
        const { el, error } = await readFrom(from);
        expect(error).to.match(message);
        expect(text(shadow(el).querySelector('[role="alert"]'))).to.match(message);
        expect(el.getAttribute('state')).to.equal('error');
        expect(opened!.root.innerHTML).to.equal(before);
        await expect(el).to.be.accessible();
      });
    }

    it('a page with no title anywhere, in the reader’s language', async () => {
      usePage(new DOMParser().parseFromString('<html><body><div id="zoom"><p>没有标题的正文。</p></div></body></html>', 'text/html'));
      const before = opened!.root.innerHTML;
      const { error } = await readFrom('#zoom', { lang: 'zh-CN' });
      expect(error).to.equal('本页没有文章标题，无法显示文章。');
      expect(opened!.root.innerHTML).to.equal(before);
    });

    it('on a zh-TW page in Traditional characters, the selector as written', async () => {
      await openPage('hanweb.html');
      const { error } = await readFrom('#简介[', { lang: 'zh-TW' });
      expect(error).to.equal('“#简介[”不是有效的 CSS 選擇器。');
    });
  });

  it('shows the block again when the element is removed, hides it again when it comes back, and follows `from`', async () => {
    await openPage('hanweb.html');
    const zoom = opened!.root.querySelector('#zoom')!;
    const { el } = await readFrom('#zoom');
    expect(zoom.hasAttribute('hidden')).to.be.true;
    el.remove();
    expect(zoom.hasAttribute('hidden')).to.be.false;
    opened!.root.before(el);
    expect(zoom.hasAttribute('hidden')).to.be.true;

    const loaded = oneEvent(el, 'article-load');
    el.setAttribute('from', '.bt_info');
    await loaded;
    expect(zoom.hasAttribute('hidden')).to.be.false;
    expect(opened!.root.querySelector('.bt_info')!.hasAttribute('hidden')).to.be.true;

    // Another source takes over: the page is as it was.
    el.article = { title: 'From JSON', body: [{ type: 'paragraph', text: 'Not the page.' }] };
    await el.updateComplete;
    expect(opened!.root.querySelectorAll('[hidden]')).to.have.length(0);
  });

  it('removed while it reads, leaves the page’s copy shown; put back, shows the article and hides it', async () => {
    await openPage('hanweb.html');
    const zoom = opened!.root.querySelector('#zoom')!;
    const el = document.createElement('article-view') as ArticleView;
    el.setAttribute('from', '#zoom');
    // Removed as soon as it starts reading (its state attribute says so).
    const removed = new Promise<void>(resolve => {
      new MutationObserver((_, observer) => {
        if (el.getAttribute('state') !== 'loading') return;
        observer.disconnect();
        el.remove();
        resolve();
      }).observe(el, { attributes: true, attributeFilter: ['state'] });
    });
    opened!.root.before(el);
    await removed;
    await el.updateComplete;
    expect(zoom.hasAttribute('hidden')).to.be.false;
    opened!.root.before(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('h1')!.textContent).to.equal('温州加快融入全球创新网络');
    expect(zoom.hasAttribute('hidden')).to.be.true;
  });

  it('inside the block it reads, hides all of the block but itself and never reads its own content', async () => {
    await openPage('hanweb.html');
    const cell = opened!.root.querySelector('td.bt_content')!;
    const { el, article } = await readFrom('.main', { parent: cell });
    expect(article!.title).to.equal('温州加快融入全球创新网络');
    await waitUntil(() => el.checkVisibility(), 'the element stays visible');
    expect(opened!.root.querySelector('#zoom')!.hasAttribute('hidden')).to.be.true;
    expect(opened!.root.querySelector('.main')!.hasAttribute('hidden')).to.be.false;
    expect(articleText(el).match(/温州加快融入全球创新网络/g)).to.have.length(1);
    el.remove();
    expect(opened!.root.querySelectorAll('[hidden]')).to.have.length(0);
  });

  it('shows its loading state while it reads, not "No article"', async () => {
    await openPage('hanweb.html');
    const el = document.createElement('article-view') as ArticleView;
    el.setAttribute('from', '#zoom');
    el.lang = 'en';
    const loaded = oneEvent(el, 'article-load');
    opened!.root.before(el);
    await new Promise(resolve => requestAnimationFrame(resolve));
    expect(['loading', 'ready']).to.include(el.getAttribute('state'));
    expect(text(shadow(el).querySelector('[part="status"]'))).not.to.contain('No article');
    await loaded;
  });

  // Readability is a CommonJS package, made a file of its own beside the script-tag bundles by
  // their build; so it is tried here as a site builder uses it, on a page of its own with a bundle.
  for (const [bundle, script] of [
    ['ES', '<script type="module" src="/dist/portal-reader.js"></script>'],
    ['classic', '<script src="/dist/portal-reader.iife.js"></script>'],
  ]) {
    it(`reads a page with no known container with readability, from the file beside the ${bundle} bundle`, async () => {
      const source = await (await fetch(`${PAGES}no-container.html`)).text();
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 1000px; height: 800px';
      const page = source
        .replace('</head>', `${script}<script src="/node_modules/axe-core/axe.min.js"></script></head>`)
        .replace('<div id="page">', '<article-view from lang="en"></article-view><div id="page">');
      const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
      frame.srcdoc = page;
      document.body.append(frame);
      try {
        await loaded;
        const doc = frame.contentDocument!;
        const view = doc.querySelector('article-view') as ArticleView;
        await waitUntil(() => view.getAttribute('state') === 'ready' || view.getAttribute('state') === 'error', 'the page was read', { timeout: 30_000 });
        expect(view.getAttribute('state')).to.equal('ready');
        const root = view.shadowRoot!;
        expect(text(root.querySelector('h1'))).to.equal('Oujiang Greenway Opens Along the River');
        expect(text(root.querySelector('[part="meta"]'))).to.contain('Author: Li Wei');
        expect([...root.querySelectorAll('[part="html"] p')].map(text).filter(Boolean)).to.have.length(5);
        const body = text(root.querySelector('[part="body"]'));
        for (const noise of ['Trending now', 'Metro line S2', 'Newsletter', 'All rights reserved', 'Contact', 'By Li Wei']) expect(body).not.to.contain(noise);
        expect(doc.querySelector('#story')!.hasAttribute('hidden')).to.be.true;
        expect(doc.querySelector('#sidebar')!.hasAttribute('hidden')).to.be.false;
        const chunks = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(entry => entry.name);
        expect(chunks.some(name => /\/portal-reader-readability-[\w-]+\.js$/.test(name)), chunks.join('\n')).to.be.true;
        const axe = (frame.contentWindow as unknown as { axe: { run(node: Element): Promise<{ violations: { id: string }[] }> } }).axe;
        const { violations } = await axe.run(view);
        expect(violations.map(violation => violation.id)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
