import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-view/article-view.js';
import '../../src/popular-list/popular-list.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { PopularItem } from '../../src/article/index.js';
import type { ArticleSelectEvent, PopularList } from '../../src/popular-list/popular-list.js';
import { emulateMediaOrSkip } from '../shared/emulate-media.js';

const POPULAR = '/test/fixtures/popular.json';
const OUJIANG = '/test/fixtures/articles/oujiang-greenway.json';
const REGISTRATION = '/test/fixtures/articles/business-registration.json';
const HOUSING_ZH = '/test/fixtures/articles/youth-housing-zh.json';

const popular = (await (await fetch(POPULAR)).json()) as { title: string; items: PopularItem[] };

const ITEMS: PopularItem[] = [
  { title: 'Greenway opens', url: '/news/2020/10/15/oujiang-greenway.html', date: '2020-10-15', views: 12874, src: OUJIANG },
  { title: 'One-stop registration', url: '/news/2020/10/14/registration.html', date: '2020-10-14', views: 9811, src: REGISTRATION },
  { title: '青年人才安居工程', url: '/news/2020/10/13/housing.html', date: '2020-10-13T09:30:00+08:00', src: HOUSING_ZH },
  { title: 'Library hours', url: '/news/2020/10/02/library.html', views: 1580 },
  { title: 'Elsewhere', url: 'https://example.com/news/elsewhere.html', src: REGISTRATION },
];

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

function texts(el: Element, selector: string): string[] {
  return [...shadow(el).querySelectorAll(selector)].map(node => node.textContent!.replace(/\s+/g, ' ').trim());
}

function links(el: PopularList): HTMLAnchorElement[] {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('a')];
}

function linkTo(el: PopularList, title: string): HTMLAnchorElement {
  const link = links(el).find(a => a.textContent!.trim() === title);
  if (!link) throw new Error(`no link titled ${title}`);
  return link;
}

/** Creates the element, listens for `type`, then attaches it: src and inline JSON load on connection. */
async function attachAndWait<K extends 'popular-load' | 'popular-error'>(el: PopularList, type: K) {
  const event = oneEvent<HTMLElementEventMap[K]>(el, type);
  document.body.append(el);
  try {
    return await event;
  } finally {
    await el.updateComplete;
  }
}

function createList(feed: Partial<Pick<PopularList, 'src' | 'items' | 'lang' | 'heading'>> = {}): PopularList {
  const el = document.createElement('popular-list');
  el.lang = 'en';
  Object.assign(el, feed);
  return el;
}

/**
 * Watches clicks as the page sees them last (a listener on window): records whether the list
 * prevented the navigation, then prevents it anyway, so the test page never navigates away.
 */
function watchNavigation(): { prevented: boolean[]; stop(): void } {
  const prevented: boolean[] = [];
  const onClick = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', onClick);
  return { prevented, stop: () => window.removeEventListener('click', onClick) };
}

describe('popular-list', () => {
  let navigation: ReturnType<typeof watchNavigation>;
  beforeEach(() => {
    navigation = watchNavigation();
  });
  afterEach(() => {
    navigation.stop();
    document.querySelectorAll('body > popular-list, body > .reader-page').forEach(el => el.remove());
  });

  describe('rendering', () => {
    let el: PopularList;
    beforeEach(async () => {
      el = await fixture<PopularList>(html`<popular-list lang="en" .items=${ITEMS}></popular-list>`);
    });

    it('shows the default heading, then the items ranked in order, as links', () => {
      expect(texts(el, 'h2')).to.deep.equal(['Most Popular']);
      expect(texts(el, 'ol > li [part="rank"]')).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(links(el).map(a => [a.textContent!.trim(), a.getAttribute('href')]))
        .to.deep.equal(ITEMS.map(item => [item.title, item.url]));
      expect(shadow(el).querySelector('ol')!.getAttribute('aria-labelledby')).to.equal('heading');
    });

    it('emphasizes the top three ranks only', () => {
      const ranks = [...shadow(el).querySelectorAll('[part="rank"]')];
      expect(ranks.map(rank => rank.classList.contains('top'))).to.deep.equal([true, true, true, false, false]);
      const background = (i: number) => getComputedStyle(ranks[i]).backgroundColor;
      expect(background(0)).to.equal('rgb(179, 38, 30)');
      expect(background(3)).not.to.equal(background(0));
    });

    it('formats dates and view counts in the UI locale', () => {
      const dates = texts(el, '[part="date"]');
      expect(dates.slice(0, 2)).to.deep.equal(['October 15, 2020', 'October 14, 2020']);
      // A date-time is shown in the reader's time zone, whichever that is.
      expect(dates[2]).to.match(/^October 1[23], 2020(,| at) \d{1,2}:30 [AP]M$/);
      expect([...shadow(el).querySelectorAll('time')].map(time => time.getAttribute('datetime')))
        .to.deep.equal(['2020-10-15', '2020-10-14', '2020-10-13T09:30:00+08:00']);
      expect(texts(el, '[part="views"]')).to.deep.equal(['12,874 views', '9,811 views', '1,580 views']);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('sets state="ready" and says nothing in the status region', () => {
      expect(el.getAttribute('state')).to.equal('ready');
      expect(texts(el, '[role="status"]')).to.deep.equal(['']);
    });

    it('keeps AA contrast in dark mode', async function () {
      const reset = await emulateMediaOrSkip(this, { colorScheme: 'dark' });
      try {
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 22, 22)');
        expect(getComputedStyle(links(el)[3]).color).to.equal('rgb(138, 180, 248)');
        await expect(el).to.be.accessible();
      } finally {
        await reset();
      }
    });

    it('hides itself in print', async function () {
      expect(getComputedStyle(el).display).to.equal('block');
      const reset = await emulateMediaOrSkip(this, { media: 'print' });
      try {
        expect(getComputedStyle(el).display).to.equal('none');
      } finally {
        await reset();
      }
    });
  });

  describe('the heading', () => {
    it('uses the title of a { title, items } list', async () => {
      const el = await fixture<PopularList>(html`<popular-list lang="en" .items=${popular}></popular-list>`);
      expect(texts(el, 'h2')).to.deep.equal(['Most Read This Week']);
    });

    it('prefers the heading attribute over the list title', async () => {
      const el = await fixture<PopularList>(html`<popular-list lang="en" heading="Hot Topics" .items=${popular}></popular-list>`);
      expect(texts(el, 'h2')).to.deep.equal(['Hot Topics']);
      el.heading = 'Trending';
      await el.updateComplete;
      expect(texts(el, 'h2')).to.deep.equal(['Trending']);
    });
  });

  describe('limit', () => {
    const cases: { name: string; limit?: string; expected: number }[] = [
      { name: 'shows 10 of 13 items by default', expected: 10 },
      { name: 'shows as many as limit="3" says', limit: '3', expected: 3 },
      { name: 'shows all 13 when limit="20" is more than there are', limit: '20', expected: 13 },
      { name: 'falls back to 10 for limit="many"', limit: 'many', expected: 10 },
      { name: 'falls back to 10 for limit="0"', limit: '0', expected: 10 },
      { name: 'falls back to 10 for limit="-2"', limit: '-2', expected: 10 },
      { name: 'falls back to 10 for limit="2.5"', limit: '2.5', expected: 10 },
    ];
    for (const { name, limit, expected } of cases) {
      it(name, async () => {
        const el = await fixture<PopularList>(html`<popular-list .items=${popular} limit=${ifDefined(limit)}></popular-list>`);
        expect(texts(el, '[part="link"]')).to.deep.equal(popular.items.slice(0, expected).map(item => item.title));
      });
    }

    it('follows the limit property', async () => {
      const el = await fixture<PopularList>(html`<popular-list .items=${popular}></popular-list>`);
      el.limit = 5;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('li')).to.have.length(5);
    });
  });

  describe('language', () => {
    it('shows Chinese labels, dates and counts for lang="zh-CN"', async () => {
      const el = await fixture<PopularList>(html`<popular-list lang="zh-CN" .items=${ITEMS}></popular-list>`);
      expect(texts(el, 'h2')).to.deep.equal(['热点排行']);
      expect(texts(el, '[part="date"]').slice(0, 2)).to.deep.equal(['2020年10月15日', '2020年10月14日']);
      expect(texts(el, '[part="views"]')).to.deep.equal(['12,874 次浏览', '9,811 次浏览', '1,580 次浏览']);
    });

    it('takes the language of an ancestor and follows its changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><popular-list></popular-list></div>`);
      const el = wrapper.querySelector('popular-list')!;
      await el.updateComplete;
      expect(texts(el, '[role="status"]')).to.deep.equal(['暂无文章。']);
      wrapper.lang = 'en';
      await new Promise(resolve => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, '[role="status"]')).to.deep.equal(['No articles to list.']);
      expect(texts(el, 'h2')).to.deep.equal(['Most Popular']);
    });

    it('says loading in Chinese', async () => {
      const el = createList({ lang: 'zh-CN', src: `/test-api/fixture?name=popular.json&ms=300` });
      const loaded = oneEvent(el, 'popular-load');
      document.body.append(el);
      await el.updateComplete;
      expect(texts(el, '[role="status"]')).to.deep.equal(['正在加载列表…']);
      await loaded;
    });
  });

  describe('feeding', () => {
    it('reads an inline <script type="application/json">', async () => {
      const el = createList();
      el.innerHTML = `<script type="application/json">${JSON.stringify([{ title: 'Inline item', url: '/inline.html' }])}</script>`;
      const { detail } = await attachAndWait(el, 'popular-load');
      expect(detail.items).to.deep.equal([{ title: 'Inline item', url: '/inline.html' }]);
      expect(texts(el, '[part="link"]')).to.deep.equal(['Inline item']);
    });

    it('loads src with a loading state, then fires popular-load with every item', async () => {
      const el = createList({ src: '/test-api/fixture?name=popular.json&ms=300' });
      const loaded = oneEvent(el, 'popular-load');
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect(texts(el, '[role="status"]')).to.deep.equal(['Loading list…']);
      expect(texts(el, 'h2')).to.deep.equal(['Most Popular']);
      await expect(el).to.be.accessible();
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail.items).to.deep.equal(popular.items);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(texts(el, 'h2')).to.deep.equal([popular.title]);
      expect(texts(el, '[part="link"]')).to.have.length(10);
    });

    it('prefers the items property over src and inline JSON', async () => {
      const el = await fixture<PopularList>(html`
        <popular-list src=${POPULAR} .items=${[{ title: 'From property', url: '/p.html' }]}>
          <script type="application/json">[{"title": "From inline", "url": "/i.html"}]</script>
        </popular-list>`);
      expect(texts(el, '[part="link"]')).to.deep.equal(['From property']);
    });

    it('prefers src over inline JSON', async () => {
      const el = createList({ src: POPULAR });
      el.innerHTML = '<script type="application/json">[{"title": "From inline", "url": "/i.html"}]</script>';
      await attachAndWait(el, 'popular-load');
      expect(texts(el, '[part="link"]')[0]).to.equal(popular.items[0].title);
    });

    it('never lets a slow answer to an older src replace the newer list', async () => {
      // The older answer would be an error; if it arrived it would replace the list with an alert.
      const el = createList({ src: '/test-api/invalid-json?ms=800' });
      const events: string[] = [];
      el.addEventListener('popular-load', () => events.push('load'));
      el.addEventListener('popular-error', () => events.push('error'));
      document.body.append(el);
      await el.updateComplete;
      const loaded = oneEvent(el, 'popular-load');
      el.src = POPULAR;
      await loaded;
      // Give the aborted slow answer time to arrive if it were still alive.
      await new Promise(resolve => setTimeout(resolve, 1000));
      await el.updateComplete;
      expect(events).to.deep.equal(['load']);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(texts(el, '[part="link"]')).to.have.length(10);
    });

    it('shows the empty state, accessibly, when given nothing', async () => {
      const el = await fixture<PopularList>(html`<popular-list lang="en"></popular-list>`);
      expect(el.getAttribute('state')).to.equal('empty');
      expect(texts(el, '[role="status"]')).to.deep.equal(['No articles to list.']);
      expect(shadow(el).querySelector('ol')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the empty message for an empty list', async () => {
      const el = await fixture<PopularList>(html`<popular-list lang="en" .items=${{ title: 'Nothing yet', items: [] }}></popular-list>`);
      expect(texts(el, '[role="status"]')).to.deep.equal(['No articles to list.']);
      expect(texts(el, 'h2')).to.deep.equal(['Nothing yet']);
      expect(shadow(el).querySelector('ol')).to.equal(null);
    });
  });

  describe('failed loads', () => {
    const cases: { name: string; feed: (el: PopularList) => void; message: string }[] = [
      { name: 'a 404', feed: el => (el.src = '/test-api/status/404'), message: 'The server answered 404.' },
      { name: 'invalid JSON', feed: el => (el.src = '/test-api/invalid-json'), message: 'The list is not valid JSON.' },
      { name: 'an HTML page', feed: el => (el.src = '/test-api/html'), message: 'The server sent text/html, not JSON.' },
      {
        name: 'a javascript: src',
        feed: el => (el.src = 'javascript:alert(1)'),
        message: 'The list address is not an http(s) or relative URL.',
      },
      {
        name: 'a list of the wrong shape (src)',
        feed: el => (el.src = '/test-api/article?title=Not%20a%20list'),
        message: 'items is required',
      },
      {
        name: 'an item without a url (property)',
        feed: el => (el.items = [{ title: 'A', url: '/a' }, { title: 'B' }]),
        message: 'items[1].url is required',
      },
      {
        name: 'an item without a title (inline JSON)',
        feed: el => (el.innerHTML = '<script type="application/json">{"items": [{"url": "/a"}]}</script>'),
        message: 'items[0].title is required',
      },
    ];
    for (const { name, feed, message } of cases) {
      it(`shows an alert and fires popular-error for ${name}`, async () => {
        const el = createList();
        feed(el);
        const event = await attachAndWait(el, 'popular-error');
        expect(event.detail.message).to.equal(message);
        expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
        expect(el.getAttribute('state')).to.equal('error');
        const alert = shadow(el).querySelector('[role="alert"]')!;
        expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`This list could not be shown. ${message}`);
        expect(shadow(el).querySelector('ol')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the error in Chinese for lang="zh-CN"', async () => {
      const el = createList({ lang: 'zh-CN', src: '/test-api/invalid-json' });
      await attachAndWait(el, 'popular-error');
      expect(texts(el, '[role="alert"] p')).to.deep.equal(['无法显示此列表。', '列表不是有效的 JSON。']);
    });

    it('recovers when a good list follows an error', async () => {
      const el = createList({ src: '/test-api/status/404' });
      await attachAndWait(el, 'popular-error');
      el.items = ITEMS;
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(links(el)).to.have.length(ITEMS.length);
    });
  });

  describe('unsafe URLs', () => {
    it('shows an item with an unsafe url as plain text, never as a link', async () => {
      const el = await fixture<PopularList>(html`<popular-list .items=${[
        { title: 'Script', url: 'javascript:alert(1)' },
        { title: 'Tabbed script', url: 'java\tscript:alert(1)' },
        { title: 'VBScript', url: 'vbscript:msgbox(1)' },
        { title: 'HTML data', url: 'data:text/html,<script>alert(1)</script>' },
        { title: 'Safe', url: '/safe.html' },
      ]}></popular-list>`);
      expect(texts(el, '[part="link"]')).to.deep.equal(['Script', 'Tabbed script', 'VBScript', 'HTML data', 'Safe']);
      expect(links(el).map(a => a.getAttribute('href'))).to.deep.equal(['/safe.html']);
      expect(shadow(el).querySelectorAll('[href]')).to.have.length(1);
      expect(shadow(el).innerHTML).not.to.match(/javascript:|vbscript:|data:text/i);
      await expect(el).to.be.accessible();
    });

    it('shows a title holding markup as text', async () => {
      const el = await fixture<PopularList>(html`<popular-list .items=${[{ title: '<img src=x onerror=alert(1)>', url: '/a' }]}></popular-list>`);
      expect(texts(el, 'a')).to.deep.equal(['<img src=x onerror=alert(1)>']);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });
  });

  describe('article-select', () => {
    let el: PopularList;
    beforeEach(async () => {
      el = await fixture<PopularList>(html`<popular-list lang="en" .items=${ITEMS}></popular-list>`);
    });

    it('fires on a plain click, with the item, bubbling out of the shadow root, and lets the link navigate', async () => {
      const selected = oneEvent(document, 'article-select');
      linkTo(el, 'Library hours').click();
      const event = (await selected) as ArticleSelectEvent;
      expect(event.detail.item).to.deep.equal(ITEMS[3]);
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
      expect(event.target).to.equal(el);
      // Without `for`, the browser follows the link as usual (the test's window listener stops it).
      expect(navigation.prevented).to.deep.equal([false]);
    });

    it('stops the navigation when cancelled, and does nothing else', async () => {
      const before = [location.href, history.length];
      el.addEventListener('article-select', event => event.preventDefault());
      linkTo(el, 'Library hours').click();
      expect(navigation.prevented).to.deep.equal([true]);
      expect([location.href, history.length]).to.deep.equal(before);
    });

    const modified: { name: string; init: MouseEventInit }[] = [
      { name: 'Ctrl', init: { ctrlKey: true } },
      { name: 'Meta', init: { metaKey: true } },
      { name: 'Shift', init: { shiftKey: true } },
      { name: 'Alt', init: { altKey: true } },
      { name: 'the middle button', init: { button: 1 } },
    ];
    for (const { name, init } of modified) {
      it(`does not fire for a click with ${name}, leaving the browser's behaviour alone`, () => {
        let fired = 0;
        el.addEventListener('article-select', () => fired++);
        linkTo(el, 'Library hours').dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }),
        );
        expect(fired).to.equal(0);
        expect(navigation.prevented).to.deep.equal([false]);
      });
    }
  });

  describe('opening items in an article-view (for)', () => {
    let page: HTMLDivElement;
    let view: ArticleView;
    let el: PopularList;
    const startUrl = location.href;

    beforeEach(async () => {
      history.replaceState({ host: 'kept' }, '', startUrl);
      page = document.createElement('div');
      page.className = 'reader-page';
      view = document.createElement('article-view');
      view.id = 'reader';
      view.src = OUJIANG;
      el = createList({ items: ITEMS });
      el.setAttribute('for', 'reader');
      page.append(el, view);
      const loaded = oneEvent(view, 'article-load');
      document.body.append(page);
      await loaded;
      await view.updateComplete;
    });

    afterEach(() => {
      // Leave the test page's own URL and a clean state behind, whatever the test pushed.
      history.replaceState(null, '', startUrl);
    });

    const title = () => shadow(view).querySelector('h1')!.textContent;
    const focusedInView = () => shadow(view).activeElement?.id;

    it('loads the item into the view instead of navigating, and focuses its title', async () => {
      const loaded = oneEvent(view, 'article-load');
      const selected = oneEvent(el, 'article-select');
      linkTo(el, 'One-stop registration').click();
      expect((await selected).detail.item).to.deep.equal(ITEMS[1]);
      await loaded;
      await view.updateComplete;
      expect(navigation.prevented).to.deep.equal([true]);
      expect(view.src).to.equal(REGISTRATION);
      expect(title()).to.equal('Wenzhou Launches One-Stop Online Service for Business Registration');
      expect(focusedInView()).to.equal('title');
      expect(document.activeElement).to.equal(view);
    });

    it('adds a history entry with the item URL, and Back restores the previous article', async () => {
      const loaded = oneEvent(view, 'article-load');
      linkTo(el, 'One-stop registration').click();
      await loaded;
      expect(location.pathname).to.equal('/news/2020/10/14/registration.html');
      expect(history.state).to.deep.equal({ portalReader: { for: 'reader', src: REGISTRATION } });

      const restored = oneEvent(view, 'article-load');
      history.back();
      await restored;
      await view.updateComplete;
      expect(location.href).to.equal(startUrl);
      expect(view.src).to.equal(OUJIANG);
      expect(title()).to.equal('Oujiang River Waterfront Greenway Opens Its Second Section to the Public');
      // The page's own state on the first entry is kept beside the list's record.
      expect(history.state).to.deep.equal({ host: 'kept', portalReader: { for: 'reader', src: OUJIANG } });
    });

    it('goes back through several swaps one article at a time', async () => {
      for (const name of ['One-stop registration', '青年人才安居工程']) {
        const loaded = oneEvent(view, 'article-load');
        linkTo(el, name).click();
        await loaded;
      }
      expect(shadow(view).querySelector('article')!.getAttribute('lang')).to.equal('zh-CN');
      const back = async () => {
        const restored = oneEvent(view, 'article-load');
        history.back();
        await restored;
        await view.updateComplete;
        return view.src;
      };
      expect(await back()).to.equal(REGISTRATION);
      expect(await back()).to.equal(OUJIANG);
    });

    it('keeps the current URL for an item on another origin', async () => {
      const loaded = oneEvent(view, 'article-load');
      linkTo(el, 'Elsewhere').click();
      await loaded;
      expect(location.href).to.equal(startUrl);
      expect(history.state).to.deep.equal({ portalReader: { for: 'reader', src: REGISTRATION } });
      expect(view.src).to.equal(REGISTRATION);
    });

    it('navigates as usual for an item without src', () => {
      const before = history.length;
      linkTo(el, 'Library hours').click();
      expect(navigation.prevented).to.deep.equal([false]);
      expect(history.length).to.equal(before);
      expect(view.src).to.equal(OUJIANG);
    });

    it('does nothing when article-select is cancelled', async () => {
      const before = [location.href, history.length, view.src];
      el.addEventListener('article-select', event => event.preventDefault());
      linkTo(el, 'One-stop registration').click();
      await view.updateComplete;
      expect(navigation.prevented).to.deep.equal([true]);
      expect([location.href, history.length, view.src]).to.deep.equal(before);
      expect(title()).to.equal('Oujiang River Waterfront Greenway Opens Its Second Section to the Public');
    });

    it('navigates as usual when for names something other than an article-view', () => {
      el.setAttribute('for', 'nothing-here');
      linkTo(el, 'One-stop registration').click();
      expect(navigation.prevented).to.deep.equal([false]);
      expect(view.src).to.equal(OUJIANG);
    });

    it('opens an item from the keyboard: Tab to its link, then Enter', async () => {
      const before = document.createElement('button');
      before.textContent = 'Before the list';
      page.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(linkTo(el, 'Greenway opens'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(linkTo(el, 'One-stop registration'));
      const selected = oneEvent(el, 'article-select');
      const loaded = oneEvent(view, 'article-load');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.item.title).to.equal('One-stop registration');
      await loaded;
      await view.updateComplete;
      expect(title()).to.equal('Wenzhou Launches One-Stop Online Service for Business Registration');
      expect(focusedInView()).to.equal('title');
    });

    it('shows a visible focus outline on a focused link', async () => {
      const before = document.createElement('button');
      page.prepend(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(linkTo(el, 'Greenway opens'));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('stops listening for Back once removed from the page', async () => {
      const loaded = oneEvent(view, 'article-load');
      linkTo(el, 'One-stop registration').click();
      await loaded;
      el.remove();
      history.back();
      await new Promise(resolve => window.addEventListener('popstate', resolve, { once: true }));
      await new Promise(resolve => setTimeout(resolve, 100));
      expect(view.src).to.equal(REGISTRATION);
    });
  });

  describe('registration', () => {
    it('keeps the first definition when the tag is defined again, with a warning', async () => {
      const { defineElement } = await import('../../src/shared/define.js');
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        expect(() => defineElement('popular-list', class extends HTMLElement {})).not.to.throw();
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('popular-list')!.name).to.equal('PopularList');
      expect(warnings).to.have.length(1);
    });
  });
});
