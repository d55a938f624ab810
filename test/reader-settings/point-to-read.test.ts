import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/read-aloud/read-aloud.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { ReadAloud } from '../../src/read-aloud/read-aloud.js';
import { start, POINT_REST_MS } from '../../src/reader-settings/aids/point-to-read.js';
import type { Aid } from '../../src/reader-settings/aids/aid.js';
import { installSpeech, type FakeSynthesis } from '../shared/fake-speech.js';
import { laidOut, pointAt, pointAway } from '../shared/pointer.js';

// Point to read (指读): what is spoken, and what is marked, as the reader points and tabs.

const LONG_CLAUSE = '各区县人民政府要认真落实青年人才住房保障政策，加快推进保障性租赁住房建设，优化申请审核流程，提高服务效率，确保符合条件的青年人才能够及时享受政策支持和住房补贴待遇';
const article = {
  title: '青年人才住房政策',
  lang: 'zh-CN',
  body: [
    { type: 'paragraph' as const, text: '第一段第一句。第一段第二句。' },
    { type: 'paragraph' as const, text: '第二段只有一句。' },
    { type: 'paragraph' as const, text: LONG_CLAUSE + '。' },
  ],
};

const paragraphs = (view: ArticleView) => [...view.shadowRoot!.querySelectorAll<HTMLElement>('[part=paragraph]')];
const marked = (view: ArticleView) => [...view.shadowRoot!.querySelectorAll('[data-reading]')].map(element => element.textContent);

describe('point to read aid', () => {
  const restore: (() => void)[] = [];
  let aid: Aid | undefined;
  let synth: FakeSynthesis;
  let view: ArticleView;

  beforeEach(async () => {
    synth = installSpeech(restore);
    view = await fixture<ArticleView>(html`<article-view .article=${article}></article-view>`);
    await view.updateComplete;
    await laidOut();
    await pointAway();
  });

  afterEach(async () => {
    aid?.stop();
    aid = undefined;
    restore.splice(0).reverse().forEach(undo => undo());
    await pointAway();
  });

  const begin = () => (aid = start({ views: () => [view], layer: document.createElement('div') }));

  it('reads the block the pointer rests on, sentence by sentence, and marks it without scrolling', async () => {
    begin();
    const scrolledBefore = window.scrollY;
    const pointedAt = performance.now();
    await pointAt(paragraphs(view)[0]);
    await waitUntil(() => synth.spoken.length > 0, 'nothing was read');
    expect(performance.now() - pointedAt, 'read before the rest').to.be.at.least(POINT_REST_MS - 20);
    expect(synth.said[0]).to.deep.include({ text: '第一段第一句。', lang: 'zh-CN', rate: 1, voice: 'Chinese' });
    expect(marked(view)).to.deep.equal(['第一段第一句。第一段第二句。']);
    expect(window.scrollY).to.equal(scrolledBefore);
    synth.finishSentence();
    expect(synth.said.map(said => said.text)).to.deep.equal(['第一段第一句。', '第一段第二句。']);
    synth.finishSentence();
    // Read to its end: the mark goes.
    expect(marked(view)).to.deep.equal([]);
  });

  it('reads only the block the pointer stops on, not those it passes over', async () => {
    begin();
    await pointAt(paragraphs(view)[0]);
    await pointAt(paragraphs(view)[1]);
    await waitUntil(() => synth.spoken.length > 0, 'nothing was read', { timeout: 3000 });
    expect(synth.said.map(said => said.text)).to.deep.equal(['第二段只有一句。']);
  });

  it('cuts a very long Chinese sentence into pieces, as read-aloud does for Chrome’s 15 s cut-off', async () => {
    begin();
    await pointAt(paragraphs(view)[2]);
    await waitUntil(() => synth.spoken.length > 0);
    while (synth.speaking) synth.finishSentence();
    const texts = synth.said.map(said => said.text);
    expect(texts.length).to.be.greaterThan(1);
    for (const text of texts) expect(text.length).to.be.at.most(50);
    expect(texts.join('')).to.equal(LONG_CLAUSE + '。');
  });

  it('pointing at another block stops the reading at once and reads that one', async () => {
    begin();
    await pointAt(paragraphs(view)[0]);
    await waitUntil(() => synth.spoken.length === 1);
    await pointAt(paragraphs(view)[1]);
    expect(synth.calls).to.include('cancel');
    expect(marked(view)).to.deep.equal([]);
    await waitUntil(() => synth.spoken.length === 2);
    expect(synth.said[1].text).to.equal('第二段只有一句。');
    expect(marked(view)).to.deep.equal(['第二段只有一句。']);
  });

  it('reads the block focused by keyboard at once', async () => {
    view.focusableBlocks = true;
    await view.updateComplete;
    begin();
    paragraphs(view)[0].focus();
    expect(synth.said.map(said => said.text)).to.deep.equal(['第一段第一句。']);
    await sendKeys({ press: 'Tab' });
    expect(synth.calls).to.include('cancel');
    expect(synth.said.map(said => said.text)).to.deep.equal(['第一段第一句。', '第二段只有一句。']);
    expect(marked(view)).to.deep.equal(['第二段只有一句。']);
  });

  it('stops speaking, unmarks and stops listening when switched off', async () => {
    begin();
    await pointAt(paragraphs(view)[0]);
    await waitUntil(() => synth.spoken.length === 1);
    aid!.stop();
    aid = undefined;
    expect(synth.calls).to.include('cancel');
    expect(marked(view)).to.deep.equal([]);
    await pointAt(paragraphs(view)[1]);
    view.focusableBlocks = true;
    await view.updateComplete;
    paragraphs(view)[2].focus();
    await new Promise(resolve => setTimeout(resolve, POINT_REST_MS + 100));
    expect(synth.spoken.length).to.equal(1);
  });

  it('and read-aloud stop each other: one voice at a time', async () => {
    const reader = document.createElement('read-aloud') as ReadAloud;
    reader.slot = 'meta';
    view.append(reader);
    await reader.updateComplete;
    const ends: string[] = [];
    reader.addEventListener('read-aloud-end', event => ends.push(event.detail.reason));
    reader.rate = 1.5;
    await reader.updateComplete;
    reader.shadowRoot!.querySelector<HTMLButtonElement>('[part~=play]')!.click();
    await reader.updateComplete;
    expect(reader.getAttribute('state')).to.equal('playing');
    begin();
    view.focusableBlocks = true;
    await view.updateComplete;
    paragraphs(view)[1].focus();
    await reader.updateComplete;
    expect(ends).to.deep.equal(['stopped']);
    expect(reader.getAttribute('state')).to.equal('idle');
    // Read at read-aloud's speed.
    expect(synth.said.at(-1)).to.deep.include({ text: '第二段只有一句。', rate: 1.5 });
    reader.shadowRoot!.querySelector<HTMLButtonElement>('[part~=play]')!.click();
    await reader.updateComplete;
    expect(marked(view)).to.deep.equal([article.title]);
    reader.remove();
  });

  it('does nothing, and throws nothing, where the browser cannot speak', async () => {
    restore.splice(0).reverse().forEach(undo => undo());
    const noSpeech = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    try {
      begin();
      view.focusableBlocks = true;
      await view.updateComplete;
      paragraphs(view)[0].focus();
      expect(marked(view)).to.deep.equal([]);
    } finally {
      if (noSpeech) Object.defineProperty(window, 'speechSynthesis', noSpeech);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });
});

