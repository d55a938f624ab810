import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/read-aloud/read-aloud.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { splitSentences, voiceFor, type ReadAloud } from '../../src/read-aloud/read-aloud.js';
import type { ArticleInput } from '../../src/article/types.js';
import { seedArticle } from '../fixtures/articles.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';
import { CHINESE, ENGLISH, installSpeech as installFakeSpeech, stub, voice, type FakeVoice } from '../shared/fake-speech.js';

const youthHousing = (await (await fetch(new URL('../fixtures/articles/youth-housing-zh.json', import.meta.url))).json()) as ArticleInput;

function part(el: ReadAloud, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function click(el: ReadAloud, name: string): Promise<unknown> {
  part(el, name)!.click();
  return el.updateComplete;
}

/** The text of the element being read, inside the article. */
function reading(view: ArticleView): (string | undefined)[] {
  return [...view.shadowRoot!.querySelectorAll('[data-reading]')].map(element => element.textContent?.trim());
}

const para = (view: ArticleView, index: number) => view.shadowRoot!.querySelectorAll('[part="paragraph"]')[index].textContent;

describe('read-aloud', () => {
  const restore: (() => void)[] = [];
  let scrolled: ScrollIntoViewOptions[];
  afterEach(() => restore.splice(0).reverse().forEach(undo => undo()));
  beforeEach(() => {
    scrolled = [];
    restore.push(
      stub(Element.prototype, 'scrollIntoView', {
        value: (options: ScrollIntoViewOptions) => scrolled.push(options),
        writable: true,
      }),
    );
  });

  const installSpeech = (voices?: FakeVoice[]) => installFakeSpeech(restore, voices);

  /** An article-view with the control in its meta row, the normal way to place it. */
  async function articleWithReader(article: ArticleInput, { lang = 'en', elderly = false } = {}) {
    const view = await fixture<ArticleView>(html`
      <article-view lang=${lang} .article=${article}>
        <read-aloud slot="meta" ?elderly=${elderly}></read-aloud>
      </article-view>
    `);
    const el = view.querySelector('read-aloud')!;
    await el.updateComplete;
    return { view, el };
  }

  describe('splitSentences', () => {
    const cases: [string, string[]][] = [
      ['第一句。第二句！第三句？', ['第一句。', '第二句！', '第三句？']],
      ['One. Two! Three? Four', ['One.', 'Two!', 'Three?', 'Four']],
      ['Pi is 3.14 today. Really?!', ['Pi is 3.14 today.', 'Really?!']],
      ['他说：“来得了。”然后走了。', ['他说：“来得了。”', '然后走了。']],
      ['  Spaced   out.  ', ['Spaced out.']],
      ['。。。', []],
    ];
    for (const [text, sentences] of cases) {
      it(`splits ${JSON.stringify(text)}`, () => {
        expect(splitSentences(text)).to.deep.equal(sentences);
      });
    }
  });

  it('reads a Chinese article one sentence at a time, in zh-CN with the Chinese voice', async () => {
    const synth = installSpeech();
    const { el, view } = await articleWithReader({
      title: '标题',
      lang: 'zh-CN',
      body: [{ type: 'paragraph', text: '第一句。第二句！第三句？' }],
    });
    expect(el.hidden).to.be.false;
    const started = oneEvent(el, 'read-aloud-start');
    await click(el, 'play');
    await started;
    expect(synth.calls[0]).to.equal('cancel');
    expect(reading(view)).to.deep.equal(['标题']);
    for (let i = 0; i < 3; i++) synth.finishSentence();
    expect(synth.said).to.deep.equal(
      ['标题', '第一句。', '第二句！', '第三句？'].map(text => ({ text, lang: 'zh-CN', rate: 1, voice: 'Chinese' })),
    );
    expect(reading(view)).to.deep.equal(['第一句。第二句！第三句？']);
    const ended = oneEvent(el, 'read-aloud-end');
    synth.finishSentence();
    expect((await ended).detail).to.deep.equal({ reason: 'finished' });
    await el.updateComplete;
    expect(reading(view)).to.deep.equal([]);
    expect(el.getAttribute('state')).to.equal('idle');
    expect(part(el, 'play')!.textContent!.trim()).to.equal('Read aloud');
  });

  it('reads an English article with the English voice, splitting on . ! ?', async () => {
    const synth = installSpeech();
    const { el } = await articleWithReader({
      title: 'Title',
      lang: 'en',
      body: [{ type: 'paragraph', text: 'It costs 3.5 yuan. Cheap! Is it?' }],
    });
    await click(el, 'play');
    for (let i = 0; i < 3; i++) synth.finishSentence();
    expect(synth.said).to.deep.equal(
      ['Title', 'It costs 3.5 yuan.', 'Cheap!', 'Is it?'].map(text => ({ text, lang: 'en', rate: 1, voice: 'English' })),
    );
  });

  it('reads the youth-housing notice in order: title, paragraphs and headings', async () => {
    const synth = installSpeech([ENGLISH, voice('Taiwan', 'zh-TW'), CHINESE]);
    const { el } = await articleWithReader(youthHousing, { lang: 'zh-CN' });
    await click(el, 'play');
    const texts: string[] = [];
    while (synth.speaking) {
      texts.push(synth.spoken.at(-1)!.text);
      synth.finishSentence();
    }
    expect(texts[0]).to.equal('温州市启动青年人才安居工程 首批房源面向社会公开配租');
    expect(texts).to.include('申请条件');
    // The third paragraph holds two sentences, read one after the other.
    expect(texts).to.include.members([
      '申请人须年满十八周岁、在本市缴纳社会保险，且本人及配偶在本市无自有住房。',
      '取得全日制本科及以上学历或中级及以上职业资格的青年人才可优先配租。',
    ]);
    expect(new Set(synth.said.map(said => said.voice))).to.deep.equal(new Set(['Chinese']));
  });

  it('falls back to a voice of the same language when none has the exact region', async () => {
    const synth = installSpeech([voice('British', 'en-GB'), CHINESE]);
    const { el } = await articleWithReader({ title: 'Colour', lang: 'en-US', body: [] });
    await click(el, 'play');
    expect(synth.said[0]).to.include({ lang: 'en-US', voice: 'British' });
  });

  it('moves the highlight with Next and Previous, scrolling it into view', async () => {
    const synth = installSpeech();
    const { el, view } = await articleWithReader(seedArticle);
    await click(el, 'play');
    expect(reading(view)).to.deep.equal([seedArticle.title]);
    await click(el, 'next');
    expect(reading(view)).to.deep.equal([para(view, 0)]);
    await click(el, 'next');
    expect(reading(view)).to.deep.equal([para(view, 1)]);
    // Reading starts over at the start of the paragraph, and the cancelled sentence's late end is ignored.
    expect(synth.spoken.at(-1)!.text).to.equal(splitSentences(para(view, 1)!)[0]);
    await click(el, 'previous');
    expect(reading(view)).to.deep.equal([para(view, 0)]);
    expect(scrolled).to.have.length(4);
    expect(scrolled[0]).to.include({ block: 'center' });
    // Previous on the first element starts it again.
    await click(el, 'previous');
    await click(el, 'previous');
    expect(reading(view)).to.deep.equal([seedArticle.title]);
  });

  it('disables Next on the last paragraph', async () => {
    installSpeech();
    const { el, view } = await articleWithReader({
      title: 'T',
      lang: 'en',
      body: [{ type: 'paragraph', text: 'Only one.' }],
    });
    await click(el, 'play');
    expect(part(el, 'next')!.getAttribute('aria-disabled')).to.equal('false');
    await click(el, 'next');
    expect(part(el, 'next')!.getAttribute('aria-disabled')).to.equal('true');
    await click(el, 'next');
    expect(reading(view)).to.deep.equal(['Only one.']);
  });

  it('pauses and resumes the synthesizer; the play button says what it will do', async () => {
    const synth = installSpeech();
    const { el } = await articleWithReader(seedArticle);
    const play = () => part(el, 'play')!.textContent!.trim();
    expect(play()).to.equal('Read aloud');
    await click(el, 'play');
    expect(play()).to.equal('Pause');
    expect(el.getAttribute('state')).to.equal('playing');
    await click(el, 'play');
    expect(synth.calls.at(-1)).to.equal('pause');
    expect(play()).to.equal('Resume');
    expect(el.getAttribute('state')).to.equal('paused');
    await click(el, 'play');
    expect(synth.calls.at(-1)).to.equal('resume');
    expect(play()).to.equal('Pause');
  });

  it('stops: cancels speech, clears the highlight and fires read-aloud-end', async () => {
    const synth = installSpeech();
    const { el, view } = await articleWithReader(seedArticle);
    await click(el, 'play');
    await click(el, 'next');
    const count = synth.spoken.length;
    const ended = oneEvent(el, 'read-aloud-end');
    await click(el, 'stop');
    expect((await ended).detail).to.deep.equal({ reason: 'stopped' });
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(reading(view)).to.deep.equal([]);
    expect(part(el, 'stop')).to.equal(null);
    // Nothing more is said, even when a browser ends the cancelled utterance late.
    synth.finishSentence();
    expect(synth.spoken.length).to.equal(count);
  });

  it('a paused reading that is stopped leaves the synthesizer unpaused', async () => {
    const synth = installSpeech();
    const { el } = await articleWithReader(seedArticle);
    await click(el, 'play');
    await click(el, 'play');
    expect(synth.paused).to.be.true;
    await click(el, 'stop');
    expect(synth.paused).to.be.false;
  });

  it('speaks the next sentence at the chosen speed', async () => {
    const synth = installSpeech();
    const { el } = await articleWithReader(seedArticle);
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map(option => option.value)).to.deep.equal(['0.75', '1', '1.25', '1.5']);
    expect(select.value).to.equal('1');
    await click(el, 'play');
    select.value = '1.5';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.rate).to.equal(1.5);
    expect(el.getAttribute('rate')).to.equal('1.5');
    synth.finishSentence();
    expect(synth.said.map(said => said.rate)).to.deep.equal([1, 1.5]);
  });

  it('takes its speed from the rate attribute, rounded to an offered one', async () => {
    installSpeech();
    const view = await fixture<ArticleView>(html`
      <article-view .article=${seedArticle}><read-aloud slot="meta" rate="2"></read-aloud></article-view>
    `);
    const el = view.querySelector('read-aloud')!;
    await el.updateComplete;
    expect(el.rate).to.equal(1.5);
    expect(el.shadowRoot!.querySelector('select')!.value).to.equal('1.5');
  });

  it('is hidden when no voice speaks the article’s language', async () => {
    installSpeech();
    const { el } = await articleWithReader({
      title: 'مرحبا',
      lang: 'ar',
      dir: 'rtl',
      body: [{ type: 'paragraph', text: 'نص.' }],
    });
    expect(el.hidden).to.be.true;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.shadowRoot!.querySelector('button, select')).to.equal(null);
  });

  it('is hidden when the browser has no speech synthesis', async () => {
    restore.push(stub(window, 'speechSynthesis', { value: undefined, writable: true }));
    const { el } = await articleWithReader(seedArticle);
    expect(el.hidden).to.be.true;
    expect(el.shadowRoot!.querySelector('button, select')).to.equal(null);
  });

  it('appears when the voices arrive late (voiceschanged)', async () => {
    const synth = installSpeech([]);
    const { el } = await articleWithReader(seedArticle);
    expect(el.hidden).to.be.true;
    synth.setVoices([ENGLISH]);
    await el.updateComplete;
    expect(el.hidden).to.be.false;
    expect(part(el, 'play')).to.not.equal(null);
  });

  it('checks again when the article changes, stopping what it was reading', async () => {
    installSpeech();
    const { el, view } = await articleWithReader(seedArticle);
    await click(el, 'play');
    const ended = oneEvent(el, 'read-aloud-end');
    view.article = { title: 'مرحبا', lang: 'ar', body: [{ type: 'paragraph', text: 'نص.' }] };
    expect((await ended).detail).to.deep.equal({ reason: 'stopped' });
    await el.updateComplete;
    expect(el.hidden).to.be.true;
    view.article = youthHousing;
    await oneEvent(view, 'article-load');
    await el.updateComplete;
    expect(el.hidden).to.be.false;
  });

  it('reads the article-view named by for', async () => {
    const synth = installSpeech();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <read-aloud for="zh"></read-aloud>
      <article-view id="en" .article=${seedArticle}></article-view>
      <article-view id="zh" .article=${youthHousing}></article-view>
    </div>`);
    const el = wrapper.querySelector('read-aloud')!;
    await el.updateComplete;
    await click(el, 'play');
    expect(synth.said[0]).to.include({ lang: 'zh-CN', voice: 'Chinese' });
    expect(reading(wrapper.querySelector<ArticleView>('#zh')!)).to.have.length(1);
    expect(reading(wrapper.querySelector<ArticleView>('#en')!)).to.have.length(0);
    // Pointed at another article, it stops and reads that one next.
    const ended = oneEvent(el, 'read-aloud-end');
    el.htmlFor = 'en';
    expect((await ended).detail).to.deep.equal({ reason: 'stopped' });
    await el.updateComplete;
    expect(reading(wrapper.querySelector<ArticleView>('#zh')!)).to.have.length(0);
    await click(el, 'play');
    expect(synth.said.at(-1)).to.include({ text: seedArticle.title, lang: 'en', voice: 'English' });
  });

  it('stops and cleans up when removed from the page', async () => {
    const synth = installSpeech();
    const { el, view } = await articleWithReader(seedArticle);
    await click(el, 'play');
    const ended = oneEvent(el, 'read-aloud-end');
    el.remove();
    // Removed, not moved: it stops a moment later and says so.
    expect((await ended).detail.reason).to.equal('stopped');
    expect(synth.calls.at(-1)).to.equal('cancel');
    expect(reading(view)).to.deep.equal([]);
    const count = synth.spoken.length;
    synth.setVoices([ENGLISH]);
    synth.finishSentence();
    expect(synth.spoken.length).to.equal(count);
  });

  it('reads on when moved to another place on the page', async () => {
    const synth = installSpeech();
    const { el, view } = await articleWithReader(seedArticle);
    await click(el, 'play');
    view.append(el);
    await new Promise(resolve => setTimeout(resolve));
    expect(el.getAttribute('state')).to.equal('playing');
    synth.finishSentence();
    expect(synth.spoken).to.have.length(2);
  });

  it('works by keyboard: Tab reaches the buttons, Enter and Space press them', async () => {
    const synth = installSpeech();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <article-view lang="en" .article=${seedArticle}><read-aloud slot="meta"></read-aloud></article-view>
    </div>`);
    const el = wrapper.querySelector('read-aloud')!;
    const view = wrapper.querySelector('article-view')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'play'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('playing');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'stop'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'next'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(reading(view)).to.deep.equal([para(view, 0)]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('select'));
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'stop'));
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('idle');
    expect(synth.calls.at(-1)).to.equal('cancel');
    // Stop goes away with the reading; the keyboard stays in the control.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'play'));
  });

  it('speaks Simplified Chinese inside a Chinese page', async () => {
    installSpeech();
    const { el } = await articleWithReader(youthHousing, { lang: 'zh-CN' });
    const names = () => [...el.shadowRoot!.querySelectorAll('button')].map(button => button.textContent!.trim());
    expect(names()).to.deep.equal(['朗读']);
    expect(part(el, 'speed')!.textContent).to.contain('语速');
    await click(el, 'play');
    expect(names()).to.deep.equal(['暂停', '停止', '上一段', '下一段']);
    await click(el, 'play');
    expect(part(el, 'play')!.textContent!.trim()).to.equal('继续');
  });

  it('passes axe idle, reading and paused', async () => {
    installSpeech();
    const { el } = await articleWithReader(seedArticle);
    await expect(el).to.be.accessible();
    await click(el, 'play');
    await expect(el).to.be.accessible();
    await click(el, 'play');
    await expect(el).to.be.accessible();
  });

  it('passes axe in dark mode', async function () {
    installSpeech();
    const reset = await emulateMediaOrSkip(this, { colorScheme: 'dark' });
    try {
      const { el } = await articleWithReader(seedArticle);
      await click(el, 'play');
      await expect(el).to.be.accessible();
    } finally {
      await reset();
    }
  });

  it('gives every control at least 60 × 60 px in elderly mode, even in the small meta row', async () => {
    installSpeech();
    const { el } = await articleWithReader(seedArticle, { elderly: true });
    await click(el, 'play');
    const controls = [...el.shadowRoot!.querySelectorAll('button, select')];
    expect(controls).to.have.length(5);
    for (const control of controls) {
      const { width, height } = control.getBoundingClientRect();
      expect(width, control.outerHTML).to.be.at.least(60);
      expect(height, control.outerHTML).to.be.at.least(60);
    }
  });
  describe('what the review found', () => {
    it('cuts a sentence too long for Chrome\'s network voices (about 15 s) at commas or spaces', () => {
      const long = `${'word '.repeat(120)}end.`;
      const pieces = splitSentences(long);
      expect(pieces.length).to.be.greaterThan(2);
      for (const piece of pieces) expect(piece.length).to.be.at.most(180);
      expect(pieces.join(' ')).to.equal(long.replace(/\s+/g, ' ').trim());
      const chinese = splitSentences(`${'温州市青年人才安居工程，'.repeat(12)}正式启动。`);
      for (const piece of chinese) expect(piece.length).to.be.at.most(50);
      expect(chinese.join('')).to.equal(`${'温州市青年人才安居工程，'.repeat(12)}正式启动。`);
    });

    it('prefers a local voice to a network one for the same language', () => {
      const network = { ...voice('Google 普通话', 'zh-CN'), localService: false, default: true };
      const local = voice('Ting-Ting', 'zh-CN');
      expect(voiceFor([network, local] as unknown as SpeechSynthesisVoice[], 'zh-Hans-CN')?.name).to.equal('Ting-Ting');
    });

    for (const style of ['firefox', 'chrome'] as const) {
      it(`lets one control read at a time: starting another stops the first (${style} cancel events)`, async () => {
        const synth = installSpeech();
        synth.cancelStyle = style;
        const page = await fixture<HTMLDivElement>(html`<div>
          <article-view id="a" lang="en" .article=${{ title: 'A', body: [{ type: 'paragraph', text: 'One. Two.' }] }}></article-view>
          <article-view id="b" lang="en" .article=${{ title: 'B', body: [{ type: 'paragraph', text: 'Three. Four.' }] }}></article-view>
          <read-aloud for="a"></read-aloud><read-aloud for="b"></read-aloud>
        </div>`);
        const [first, second] = page.querySelectorAll('read-aloud');
        await first.updateComplete;
        await click(first, 'play');
        const ended = oneEvent(first, 'read-aloud-end');
        await click(second, 'play');
        expect((await ended).detail.reason).to.equal('stopped');
        await new Promise(resolve => setTimeout(resolve, 50)); // late events of the cancelled utterance
        while (synth.speaking) synth.finishSentence();
        await first.updateComplete;
        expect(first.getAttribute('state')).to.equal('idle');
        expect(synth.said.map(said => said.text)).to.deep.equal(['A', 'B', 'Three.', 'Four.']);
        expect(page.querySelector('#a')!.shadowRoot!.querySelector('[data-reading]')).to.equal(null);
      });
    }

    it('stops when the article it reads fails to load instead', async () => {
      const synth = installSpeech();
      const { el, view } = await articleWithReader(seedArticle);
      await click(el, 'play');
      const ended = oneEvent(el, 'read-aloud-end');
      view.article = { body: 'no title' };
      await ended;
      synth.finishSentence();
      expect(el.getAttribute('state')).to.equal('idle');
      expect(synth.said).to.have.length(1);
    });

    it('reads Chinese with the Chinese voice when no language is given anywhere', async () => {
      const synth = installSpeech();
      const lang = document.documentElement.lang;
      document.documentElement.removeAttribute('lang');
      restore.push(() => (document.documentElement.lang = lang));
      const view = await fixture<ArticleView>(html`<article-view .article=${{ title: '温州启动青年人才安居工程', body: [{ type: 'paragraph', text: '首批房源公开配租。' }] }}>
        <read-aloud slot="meta"></read-aloud>
      </article-view>`);
      const el = view.querySelector('read-aloud')!;
      await el.updateComplete;
      await click(el, 'play');
      expect(synth.said[0]).to.include({ lang: 'zh-CN', voice: 'Chinese' });
    });

    it('reads the blocks of an HTML body from a legacy CMS: divs, list items, cells', async () => {
      const synth = installSpeech();
      const { el, view } = await articleWithReader({ title: 'T', body: '<div>First block.</div><ul><li>An item.</li></ul><table><tr><td>A cell.</td></tr></table>' });
      await view.updateComplete;
      await el.updateComplete;
      await click(el, 'play');
      while (synth.speaking) synth.finishSentence();
      expect(synth.said.map(said => said.text)).to.deep.equal(['T', 'First block.', 'An item.', 'A cell.']);
    });

    it('reads through the article\'s public API: the blocks readableBlocks() gives, each marked with markReading()', async () => {
      const synth = installSpeech();
      const { el, view } = await articleWithReader(seedArticle);
      const blocks = view.readableBlocks();
      const offered = blocks.slice(-2);
      const marks: (HTMLElement | null)[] = [];
      const markReading = view.markReading.bind(view);
      view.readableBlocks = () => offered;
      view.markReading = block => {
        marks.push(block);
        markReading(block);
      };
      await click(el, 'play');
      expect(reading(view)).to.deep.equal([offered[0].textContent!.trim()]);
      while (synth.speaking) synth.finishSentence();
      expect(synth.said.map(said => said.text)).to.deep.equal(offered.flatMap(block => splitSentences(block.textContent!)));
      expect(marks).to.deep.equal([...offered, null]);
      expect(reading(view)).to.deep.equal([]);
    });

    it('stops and hides when its article is cleared (article-change)', async () => {
      installSpeech();
      const { el, view } = await articleWithReader(seedArticle);
      await click(el, 'play');
      const ended = oneEvent(el, 'read-aloud-end');
      view.article = undefined;
      expect((await ended).detail.reason).to.equal('stopped');
      await el.updateComplete;
      expect(el.hidden).to.be.true;
      expect(reading(view)).to.deep.equal([]);
    });

    it('goes back to normal speed when the rate attribute is removed', async () => {
      installSpeech();
      const { el } = await articleWithReader(seedArticle);
      el.setAttribute('rate', '1.5');
      await el.updateComplete;
      el.removeAttribute('rate');
      await el.updateComplete;
      expect(el.rate).to.equal(1);
    });
  });
});
