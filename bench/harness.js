// In-page half of `npm run bench`: each function takes its samples alternating portal-reader and
// its baseline, and returns the times (ms) from the change to the next frame after layout.
import { longArticle } from '../demo/samples/long.ts';
import seedArticle from '../test/fixtures/seed-article.json';
import noticeZh from '../demo/samples/notice-zh.json';
import { articleHtml, popularHtml, popularItems } from './static-html.js';

// The build under test: dist/ by default; `?bundle=` names another (bench/compare.mjs).
await import(/* @vite-ignore */ new URLSearchParams(location.search).get('bundle') ?? '../dist/portal-reader.js');

const stage = document.getElementById('stage');

/** Resolves after the next frame has been laid out and painted. */
const nextFrame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function timed(change) {
  const start = performance.now();
  change();
  await nextFrame();
  return performance.now() - start;
}

const articleOf = size => (size === 'seed' ? seedArticle : longArticle(size));

/** A Chinese government article of `size` paragraphs: the notice sample's text over and over, a heading every 20. */
function chineseArticle(size) {
  const texts = noticeZh.body.flatMap(block => (block.type === 'paragraph' || block.type === 'quote' ? [block.text] : block.items ?? []));
  const body = [];
  for (let i = 0; i < size; i++) {
    if (i % 20 === 0) body.push({ type: 'heading', text: `第${i / 20 + 1}部分：老旧小区改造提升`, level: 2 });
    body.push({ type: 'paragraph', text: texts[i % texts.length] });
  }
  return { ...noticeZh, document: undefined, related: undefined, attachments: [], body };
}

/** Takes `samples` pairs, alternating which side goes first, so drift hits both alike. */
async function alternate(samples, ours, baseline) {
  const times = { ours: [], baseline: [] };
  for (let i = 0; i < samples; i++) {
    const order = i % 2 === 0 ? ['ours', 'baseline'] : ['baseline', 'ours'];
    for (const side of order) times[side].push(await (side === 'ours' ? ours() : baseline()));
  }
  return times;
}

/** A fresh element in the stage, given a frame to settle before the timed change. */
async function fresh(tag) {
  stage.replaceChildren(document.createElement(tag));
  await nextFrame();
  return stage.firstElementChild;
}

window.bench = {
  /** Row 1: first render of an article. */
  async render(size, samples) {
    const article = articleOf(size);
    const html = articleHtml(article);
    return alternate(
      samples,
      async () => {
        const view = await fresh('article-view');
        return timed(() => (view.article = article));
      },
      async () => {
        const plain = await fresh('div');
        return timed(() => (plain.innerHTML = html));
      },
    );
  },

  /** Row 2: replacing the article by another of the same size; each swap is a sample. */
  async swap(size, samples) {
    const articles = [longArticle(size, 1), longArticle(size, 2)];
    const htmls = articles.map(articleHtml);
    stage.replaceChildren(document.createElement('article-view'), document.createElement('div'));
    const [view, plain] = stage.children;
    view.article = articles[1];
    plain.innerHTML = htmls[1];
    await nextFrame();
    let ours = 0;
    let base = 0;
    return alternate(
      samples,
      () => timed(() => (view.article = articles[ours++ % 2])),
      () => timed(() => (plain.innerHTML = htmls[base++ % 2])),
    );
  },

  /** Row 3: font size through the toggle, against one custom property on plain HTML; and the nodes kept. */
  async fontSize(size, samples) {
    const article = longArticle(size);
    stage.replaceChildren();
    const view = document.createElement('article-view');
    const toggle = Object.assign(document.createElement('font-size-toggle'), { slot: 'meta' });
    toggle.setAttribute('storage-key', 'portal-reader-bench');
    view.append(toggle);
    const plain = document.createElement('div');
    plain.style.fontSize = 'var(--size, 1em)';
    plain.innerHTML = articleHtml(article);
    stage.append(view, plain);
    view.article = article;
    await view.updateComplete;
    await nextFrame();
    const nodes = () => countNodes(view.shadowRoot);
    const before = { nodes: nodes(), paragraph: view.shadowRoot.querySelector('p') };
    const radio = level => toggle.shadowRoot.querySelector(`input[value=${level}]`);
    let ours = 0;
    let base = 0;
    const times = await alternate(
      samples,
      () => timed(() => radio(ours++ % 2 === 0 ? 'large' : 'medium').click()),
      () => timed(() => plain.style.setProperty('--size', base++ % 2 === 0 ? '1.3em' : '1em')),
    );
    return { ...times, nodesBefore: before.nodes, nodesAfter: nodes(), sameNodes: view.shadowRoot.querySelector('p') === before.paragraph };
  },

  /**
   * Row 8: Traditional characters. Choosing 繁 on <chinese-script-toggle> until the next frame
   * after the view has converted its text, against opencc-js's own HTMLConverter (the same
   * tables) on the article as plain HTML; each sample goes back to Simplified, untimed. The first
   * choice of each side also loads OpenCC and builds its tables: `first`, once a page.
   */
  async traditional(size, samples) {
    const article = chineseArticle(size);
    localStorage.removeItem('portal-reader-bench-script');
    stage.replaceChildren();
    const view = document.createElement('article-view');
    const toggle = Object.assign(document.createElement('chinese-script-toggle'), { slot: 'meta' });
    toggle.setAttribute('storage-key', 'portal-reader-bench-script');
    view.append(toggle);
    const plain = document.createElement('div');
    plain.lang = 'zh-CN';
    plain.innerHTML = articleHtml(article);
    stage.append(view, plain);
    view.article = article;
    // An opt-in element: the bundle loads it from its own chunk.
    await customElements.whenDefined('chinese-script-toggle');
    await view.updateComplete;
    await toggle.updateComplete;
    await nextFrame();
    const choose = async script => {
      const start = performance.now();
      toggle.shadowRoot.querySelector(`input[value=${script}]`).click();
      await toggle.updateComplete;
      await view.updateComplete;
      await nextFrame();
      return performance.now() - start;
    };
    let converter;
    const baseline = async () => {
      const start = performance.now();
      if (!converter) {
        const [{ ConverterFactory, HTMLConverter }, { default: cn }, { default: tw }] = await Promise.all([
          import('opencc-js/core'),
          import('opencc-js/from/cn'),
          import('opencc-js/to/tw'),
        ]);
        converter = HTMLConverter(ConverterFactory(cn, tw), plain, 'zh-CN', 'zh-TW');
      }
      converter.convert();
      await nextFrame();
      return performance.now() - start;
    };
    const first = { ours: await choose('traditional'), baseline: await baseline() };
    const converted = view.shadowRoot.querySelector('h1').textContent;
    await choose('simplified');
    converter.restore();
    const times = await alternate(
      samples,
      async () => {
        const time = await choose('traditional');
        await choose('simplified');
        return time;
      },
      async () => {
        const time = await baseline();
        converter.restore();
        return time;
      },
    );
    return { ...times, first, converted };
  },

  /** Row 4: a popular list of `count` items. */
  async popular(count, samples) {
    const items = popularItems(count);
    const html = popularHtml(items);
    return alternate(
      samples,
      async () => {
        const list = await fresh('popular-list');
        list.setAttribute('limit', String(count));
        return timed(() => (list.items = items));
      },
      async () => {
        const plain = await fresh('div');
        return timed(() => (plain.innerHTML = html));
      },
    );
  },

  /**
   * Row 9: `<article-view from="#zoom">` reading the page it is on (a Hanweb-style page whose
   * #zoom holds the article), against the same article given as JSON. Both from connecting the
   * element to the frame after `article-load`.
   */
  async fromPage(size, samples) {
    const article = longArticle(size);
    const block = article.body
      .map(block => (block.type === 'heading' ? `<h${block.level}>${block.text}</h${block.level}>` : `<p>${block.text}</p>`))
      .join('');
    const page = `<table class="main"><tr><td class="title"><h1>${article.title}</h1></td></tr>
      <tr><td class="bt_info">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】 信息来源：${article.source} 发布时间：2020-10-17 14:36</td></tr>
      <tr><td><div id="zoom">${block}</div></td></tr>
      <tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>`;
    const shown = async view => {
      const loaded = new Promise(resolve => view.addEventListener('article-load', resolve, { once: true }));
      const start = performance.now();
      stage.prepend(view);
      await loaded;
      await nextFrame();
      return performance.now() - start;
    };
    const ours = async () => {
      stage.innerHTML = page;
      await nextFrame();
      const view = document.createElement('article-view');
      view.setAttribute('from', '#zoom');
      return shown(view);
    };
    // Not counted: the first reading loads the page reader's and the sanitizer's chunks.
    await ours();
    return alternate(
      samples,
      ours,
      async () => {
        stage.replaceChildren();
        await nextFrame();
        const view = document.createElement('article-view');
        view.article = article;
        return shown(view);
      },
    );
  },

  /** Row 7 (with run.mjs measuring memory between calls): `times` swaps between two articles. */
  async swapMany(side, size, times) {
    const articles = (window.swapArticles ??= [longArticle(size, 1), longArticle(size, 2)]);
    if (!window.swapTarget) {
      stage.replaceChildren(document.createElement(side === 'ours' ? 'article-view' : 'div'));
      window.swapTarget = stage.firstElementChild;
      window.swapCount = 0;
    }
    for (let i = 0; i < times; i++) {
      const article = articles[window.swapCount++ % 2];
      if (side === 'ours') window.swapTarget.article = article;
      else window.swapTarget.innerHTML = articleHtml(article);
      await nextFrame();
    }
  },
};

/** Nodes in a tree, shadow roots included. */
function countNodes(root) {
  let count = 0;
  const walker = document.createTreeWalker(root);
  while (walker.nextNode()) {
    count++;
    if (walker.currentNode.shadowRoot) count += countNodes(walker.currentNode.shadowRoot);
  }
  return count;
}

window.benchReady = true;
