import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { PopularList } from '../../src/popular-list/popular-list.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/shared/json-source.js';

// Every way a `src` request goes wrong, for both elements that fetch: the element ends showing
// the outcome of the newest request, with a message of its own for each fault. The routes are in
// test/server/test-api.mjs.

type Fetching = ArticleView | PopularList;

interface Target {
  tag: 'article-view' | 'popular-list';
  /** What the element calls its document in messages. */
  noun: 'article' | 'list';
  /** A good document at this route, after `ms` milliseconds. */
  good(ms: number, name: string): string;
  /** The text that shows a good document was rendered. */
  shown(el: Fetching): string;
  loadEvent: string;
  errorEvent: string;
}

const TARGETS: Target[] = [
  {
    tag: 'article-view',
    noun: 'article',
    good: (ms, name) => `/test-api/article?title=${encodeURIComponent(name)}&ms=${ms}`,
    shown: el => el.shadowRoot!.querySelector('h1')?.textContent ?? '',
    loadEvent: 'article-load',
    errorEvent: 'article-error',
  },
  {
    tag: 'popular-list',
    noun: 'list',
    // The list's heading is its title, so each answer can be told apart.
    good: (ms, name) => `/test-api/list?title=${encodeURIComponent(name)}&ms=${ms}`,
    shown: el => el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '',
    loadEvent: 'popular-load',
    errorEvent: 'popular-error',
  },
];

/**
 * The element fetching `src`, and its first load and error events, listened for before it
 * connects: a refused connection can fail before `fixture` returns.
 */
async function create(target: Target, src: string, timeout?: number) {
  const el = document.createElement(target.tag);
  if (timeout !== undefined) el.setAttribute('timeout', String(timeout));
  el.setAttribute('src', src);
  const loaded = oneEvent(el, target.loadEvent);
  const failed = oneEvent(el, target.errorEvent) as Promise<CustomEvent<{ message: string }>>;
  return { el: await fixture<Fetching>(el), loaded, failed };
}

const alertText = (el: Fetching) => el.shadowRoot!.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** One fault a row: its route, the element's `timeout`, and the message it must end with. */
const FAULTS: { name: string; src: string; timeout?: number; message: (noun: string) => string }[] = [
  { name: 'a server that never answers', src: '/test-api/stall', timeout: 300, message: noun => `The server did not send the ${noun} within 0.3 seconds.` },
  { name: 'a body that stops half-way', src: '/test-api/stall-body', timeout: 300, message: noun => `The server did not send the ${noun} within 0.3 seconds.` },
  { name: 'a truncated response', src: '/test-api/truncated', message: noun => `The ${noun} could not be fetched. Check the connection and try again.` },
  { name: 'an oversized document (declared length)', src: '/test-api/large?mb=6&declared=1', message: noun => `The ${noun} is larger than 5 MB, too large to show.` },
  { name: 'an oversized document (streamed, no length)', src: '/test-api/large?mb=6', message: noun => `The ${noun} is larger than 5 MB, too large to show.` },
  { name: 'an unreachable server (offline)', src: 'http://127.0.0.1:9/article.json', message: noun => `The ${noun} could not be fetched. Check the connection and try again.` },
];

for (const target of TARGETS) {
  describe(`<${target.tag}> network faults`, () => {
    for (const fault of FAULTS) {
      it(`ends in the error state with its own message after ${fault.name}`, async () => {
        const { el, failed } = await create(target, fault.src, fault.timeout);
        const { detail } = await failed;
        await el.updateComplete;
        expect(detail.message).to.equal(fault.message(target.noun));
        expect(el.getAttribute('state')).to.equal('error');
        expect(alertText(el)).to.contain(fault.message(target.noun));
      });
    }

    it('waits 15 seconds by default, and says so in Chinese too', async () => {
      const { el, failed } = await create(target, '/test-api/stall', 200);
      expect(document.createElement(target.tag).timeout).to.equal(DEFAULT_TIMEOUT_MS);
      el.setAttribute('lang', 'zh-CN');
      const { detail } = await failed;
      expect(detail.message).to.equal(`服务器在 0.2 秒内没有返回${target.noun === 'article' ? '文章' : '列表'}。`);
    });

    it('shows "loading" through a slow answer, then the answer', async () => {
      const { el, loaded } = await create(target, target.good(600, 'Slow answer'));
      expect(el.getAttribute('state')).to.equal('loading');
      await loaded;
      await el.updateComplete;
      expect(target.shown(el)).to.equal('Slow answer');
    });

    it('follows a redirect to the document', async () => {
      const { el, loaded } = await create(target, `/test-api/redirect?to=${encodeURIComponent(target.good(0, 'Redirected'))}`);
      await loaded;
      await el.updateComplete;
      expect(target.shown(el)).to.equal('Redirected');
    });

    it('shows the newest of ten `src` values set within a second, though older answers come later', async () => {
      // Request i is sent at 100·i ms and answered at about 1500 − 50·i ms: the oldest answer is the last.
      const { el } = await create(target, target.good(1500, 'Answer 0'));
      let loads = 0;
      el.addEventListener(target.loadEvent, () => loads++);
      for (let i = 1; i < 10; i++) {
        await new Promise(resolve => setTimeout(resolve, 100));
        el.src = target.good(1500 - 150 * i, `Answer ${i}`);
      }
      await oneEvent(el, target.loadEvent);
      // Past the time every older answer would have arrived: none of them replaces the newest.
      await new Promise(resolve => setTimeout(resolve, 900));
      await el.updateComplete;
      expect(target.shown(el)).to.equal('Answer 9');
      expect(loads).to.equal(1);
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('shows the newest request\'s error even when older requests succeed later', async () => {
      const { el } = await create(target, target.good(800, 'Older success'));
      let loads = 0;
      el.addEventListener(target.loadEvent, () => loads++);
      el.src = '/test-api/status/404';
      await oneEvent(el, target.errorEvent);
      await new Promise(resolve => setTimeout(resolve, 1000));
      expect(loads).to.equal(0);
      expect(el.getAttribute('state')).to.equal('error');
      expect(alertText(el)).to.contain('The server answered 404.');
    });
  });
}
