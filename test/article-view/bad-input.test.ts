import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { ArticleInput } from '../../src/article/types.js';

interface BadInput {
  /** What is wrong, as the test name reads it. */
  name: string;
  /** Builds the input (lazily, as some are large). */
  input: () => unknown;
  /** The message the reader sees and `article-error` carries. */
  message: string;
}

/** `{ child: { child: … {} } }`, `depth` levels deep, built without recursion. */
function nested(depth: number, link = (child: object): object => ({ child })): object {
  let node: object = {};
  for (let i = 0; i < depth; i++) node = link(node);
  return node;
}

function withThrowingTitle(enumerable: boolean): object {
  const input = { body: [] };
  Object.defineProperty(input, 'title', {
    enumerable,
    get() {
      throw new Error('boom');
    },
  });
  return input;
}

const OK = { title: 'Fine' };
const block = (fields: object) => ({ title: 'Fine', body: [fields] });

const badInputs: BadInput[] = [
  { name: 'null', input: () => null, message: 'article must be a JSON object' },
  { name: 'an array of numbers', input: () => [1, 2, 3], message: 'article must be a JSON object, not an array' },
  { name: 'a number', input: () => 42, message: 'article must be a JSON object' },
  { name: 'a string', input: () => '{"title": "JSON text, not an object"}', message: 'article must be a JSON object' },
  { name: 'true', input: () => true, message: 'article must be a JSON object' },
  { name: 'an empty object (no title)', input: () => ({}), message: 'title is required' },
  { name: 'a title that is a number', input: () => ({ title: 42 }), message: 'title must be a string' },
  { name: 'a title that is an object', input: () => ({ title: { text: 'Hi' } }), message: 'title must be a string' },
  { name: 'a title that is an array', input: () => ({ title: ['Hi'] }), message: 'title must be a string' },
  {
    name: 'a 1 MB title',
    input: () => ({ title: 'x'.repeat(1_000_000) }),
    message: 'title is too long (more than 2,000 characters)',
  },
  { name: 'a body that is a number', input: () => ({ ...OK, body: 7 }), message: 'body must be an array' },
  { name: 'a body that is an object', input: () => ({ ...OK, body: { type: 'paragraph' } }), message: 'body must be an array' },
  { name: 'a body block that is null', input: () => ({ ...OK, body: [null] }), message: 'body[0] must be an object' },
  { name: 'a body block with no type', input: () => block({ text: 'Hi' }), message: 'body[0].type is required' },
  {
    name: 'a body block of an unknown type',
    input: () => block({ type: 'video', src: '/v.mp4' }),
    message: 'body[0].type must be one of heading, paragraph, image, list, quote, html',
  },
  {
    name: 'a heading whose text is a number',
    input: () => block({ type: 'heading', text: 3 }),
    message: 'body[0].text must be a string',
  },
  { name: 'an image whose src is a number', input: () => block({ type: 'image', src: 5 }), message: 'body[0].src must be a string' },
  {
    name: 'a list whose items are not an array',
    input: () => block({ type: 'list', items: 'one, two' }),
    message: 'body[0].items must be an array',
  },
  {
    name: 'a list item that is an object',
    input: () => block({ type: 'list', items: ['one', { text: 'two' }] }),
    message: 'body[0].items[1] must be a string',
  },
  { name: 'attachments that are a string', input: () => ({ ...OK, attachments: '/a.pdf' }), message: 'attachments must be an array' },
  {
    name: 'an attachment with a negative size',
    input: () => ({ ...OK, attachments: [{ title: 'A', url: '/a.pdf', size: -1 }] }),
    message: `attachments[0].size must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`,
  },
  { name: 'tags that are a string', input: () => ({ ...OK, tags: 'a, b' }), message: 'tags must be an array' },
  {
    name: 'the date "yesterday"',
    input: () => ({ ...OK, date: 'yesterday' }),
    message: 'date must be an ISO 8601 date such as 2020-10-17',
  },
  {
    name: 'the lang "not a tag!!"',
    input: () => ({ ...OK, lang: 'not a tag!!' }),
    message: 'lang must be a BCP 47 language tag such as en or zh-CN',
  },
  {
    name: 'an object nested 10,000 levels deep as a body block',
    input: () => ({ ...OK, body: [nested(10_000)] }),
    message: 'body[0].type is required',
  },
  {
    name: 'JSON-LD pages nested 10,000 levels deep through mainEntity',
    input: () => nested(10_000, child => ({ '@type': 'WebPage', mainEntity: child })),
    message: '@type must name an article type such as Article or NewsArticle',
  },
  {
    name: 'a JSON-LD @graph of a million nodes',
    input: () => ({ '@context': 'https://schema.org', '@graph': new Array(1_000_000).fill({ '@type': 'WebSite' }) }),
    message: '@type must name an article type such as Article or NewsArticle',
  },
  { name: 'a title getter that throws', input: () => withThrowingTitle(true), message: 'boom' },
  {
    // Object.defineProperty's default: a non-enumerable property is not part of the article's data.
    name: 'a non-enumerable title getter that throws',
    input: () => withThrowingTitle(false),
    message: 'title is required',
  },
  {
    name: 'a proxy whose traps throw',
    input: () => new Proxy({}, { has() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } }),
    message: 'trap',
  },
];

const badInlineJson: BadInput[] = [
  { name: 'invalid JSON', input: () => '{"title": "Truncated', message: 'The article is not valid JSON.' },
  { name: '100,000 unclosed brackets', input: () => '['.repeat(100_000), message: 'The article is not valid JSON.' },
  { name: 'JSON of the wrong shape', input: () => '{"title": 5}', message: 'title must be a string' },
];

/** Records uncaught exceptions and unhandled rejections until `stop()`. */
function watchUncaught(): { caught: unknown[]; stop(): void } {
  const caught: unknown[] = [];
  const onError = (event: ErrorEvent) => caught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => caught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    caught,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Attaches `el` (fed by `feed`), waits for `article-error`, and reports what went uncaught meanwhile. */
async function failToShow(feed: (el: ArticleView) => void) {
  const watch = watchUncaught();
  try {
    const el = document.createElement('article-view');
    el.lang = 'en';
    const failed = oneEvent(el, 'article-error');
    feed(el);
    document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    // Let any late task (a microtask or timer queued by the update) throw while we still listen.
    await nextFrame();
    return { el, message: detail.message, uncaught: watch.caught };
  } finally {
    watch.stop();
  }
}

function alertText(el: ArticleView): string {
  return el.shadowRoot!.querySelector('[role="alert"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
}

function expectErrorShown(result: Awaited<ReturnType<typeof failToShow>>, message: string): void {
  const { el } = result;
  expect(result.uncaught).to.deep.equal([]);
  expect(el.getAttribute('state')).to.equal('error');
  expect(result.message).to.equal(message);
  expect(alertText(el)).to.equal(`This article could not be shown. ${message}`);
  expect(el.shadowRoot!.querySelector('article')).to.equal(null);
}

describe('article-view given bad input', () => {
  afterEach(() => document.querySelectorAll('body > article-view').forEach(el => el.remove()));

  describe('through the article property', () => {
    for (const { name, input, message } of badInputs) {
      it(`shows "${message}" for ${name}, without an uncaught exception`, async () => {
        const result = await failToShow(el => {
          el.article = input() as ArticleInput;
        });
        expectErrorShown(result, message);
      });
    }
  });

  describe('through inline JSON', () => {
    for (const { name, input, message } of badInlineJson) {
      it(`shows "${message}" for ${name}, without an uncaught exception`, async () => {
        const result = await failToShow(el => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = input() as string;
          el.append(script);
        });
        expectErrorShown(result, message);
      });
    }
  });

  it('shows a good article set after an error, and drops the alert', async () => {
    const { el } = await failToShow(view => {
      view.article = { title: 42 } as unknown as ArticleInput;
    });
    const loaded = oneEvent(el, 'article-load');
    el.article = { title: 'Recovered', body: [{ type: 'paragraph', text: 'Back again.' }] };
    await loaded;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('Recovered');
    expect(el.shadowRoot!.querySelector('.body p')!.textContent).to.equal('Back again.');
  });

  it('is accessible in the error state', async function () {
    // axe-core's first run in a page is slow on a busy machine; the check itself is not the point of the wait.
    this.timeout(30_000);
    const { el } = await failToShow(view => {
      view.article = {} as ArticleInput;
    });
    await expect(el).to.be.accessible();
  });
});
