import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/article-view/article-view.js';
import type { ArticleView } from '../../src/article-view/article-view.js';
import { loadSanitizer } from '../../src/article/load-sanitizer.js';
import { safeUrl, type UrlUse } from '../../src/article/urls.js';

declare global {
  interface Window {
    /** Set by every payload that manages to run. */
    __pwned?: unknown;
  }
}

/** What every payload tries to run. */
const PWN = 'window.__pwned=1';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const HTML_PAGE = 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+'; // <script>parent.__pwned=1</script>
const RED = 'rgb(255, 0, 0)';

type ArticleFields = Record<string, unknown>;

interface HostileCase {
  /** What the payload tries. */
  name: string;
  /** The article's fields; a title is added. */
  input: ArticleFields;
  /** Text still shown in the body or attachments: the safe part survived. */
  shows?: string[];
  /** Text that must not be shown, such as a script's source turned into text. */
  hides?: string[];
  /** Selectors that must still match in the body or attachments. */
  keeps?: string[];
  /** Selectors that must not match in the body or attachments. */
  drops?: string[];
  /** Any further check. */
  also?: (el: ArticleView) => void;
}

const block = (html: string): ArticleFields => ({ body: [{ type: 'html', html }] });
const stringBody = (html: string): ArticleFields => ({ body: html });
const image = (src: string): ArticleFields => ({
  body: [{ type: 'image', src, alt: 'A picture' }, { type: 'paragraph', text: 'After the image' }],
});
const attachment = (url: string): ArticleFields => ({ attachments: [{ title: 'Report', url }] });

/** Elements that must never reach the article. */
const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, form, base, meta, link, style';
/** Attributes that hold a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction'];
/** Events dispatched on every rendered element, so a surviving inline handler would run. */
const EVENTS = ['click', 'mouseover', 'focus', 'load', 'error', 'toggle'];

const notRed = (selector: string) => (el: ArticleView) => {
  const elements = inArticle(el, selector);
  expect(elements, selector).not.to.be.empty;
  for (const element of elements) expect(getComputedStyle(element).color, selector).not.to.equal(RED);
};

const cases: HostileCase[] = [
  // <script>
  {
    name: 'a <script> between paragraphs',
    input: block(`<p>Before</p><script>${PWN}</script><p>After</p>`),
    shows: ['Before', 'After'],
    hides: ['__pwned'],
  },
  {
    name: 'a <script src> inside a paragraph',
    input: block(`<p>Safe <script src="data:text/javascript,${PWN}"></script>text</p>`),
    shows: ['Safe text'],
  },
  {
    name: 'a <script> in a string body',
    input: stringBody(`<p>String body</p><script>${PWN}</script>`),
    shows: ['String body'],
    hides: ['__pwned'],
  },

  // Inline event handlers
  {
    name: 'onerror on a broken image',
    input: block(`<img src="x" onerror="${PWN}" alt="Broken">`),
    keeps: ['img[alt="Broken"]'],
  },
  {
    name: 'onload on an image that loads',
    input: block(`<img src="${GIF}" onload="${PWN}" alt="Dot">`),
    keeps: ['img[alt="Dot"][src^="data:image/gif"]'],
  },
  {
    name: 'onclick and onmouseover on a paragraph',
    input: block(`<p onclick="${PWN}" onmouseover="${PWN}">Hover me</p>`),
    shows: ['Hover me'],
  },
  {
    name: 'onmouseover on a link that is otherwise fine',
    input: block(`<a href="https://example.com/" onmouseover="${PWN}">Good link</a>`),
    keeps: ['a[href="https://example.com/"]'],
    shows: ['Good link'],
  },
  {
    name: 'onload on <svg>',
    input: block(`<svg onload="${PWN}"><circle r="5"></circle></svg><p>After svg</p>`),
    shows: ['After svg'],
  },
  {
    name: 'onload on <body> in a string body',
    input: stringBody(`<body onload="${PWN}"><p>Inside body</p></body>`),
    shows: ['Inside body'],
  },
  {
    name: 'ontoggle on an open <details>',
    input: block(`<details open ontoggle="${PWN}"><summary>More</summary>Details text</details>`),
    keeps: ['details', 'summary'],
    shows: ['More', 'Details text'],
  },
  {
    name: 'onfocus with autofocus',
    input: block(`<p tabindex="0" autofocus onfocus="${PWN}">Focus me</p>`),
    shows: ['Focus me'],
  },

  // javascript:, vbscript: and data: URLs
  {
    name: 'javascript: in <a href>',
    input: block(`<a href="javascript:${PWN}">Plain</a>`),
    shows: ['Plain'],
  },
  {
    name: 'JaVaScRiPt: in mixed case',
    input: block(`<a href="JaVaScRiPt:${PWN}">Mixed case</a>`),
    shows: ['Mixed case'],
  },
  {
    name: 'javascript: after spaces and control characters',
    input: block(`<a href=" \x01\x02\x1f  javascript:${PWN}">Control characters</a>`),
    shows: ['Control characters'],
  },
  {
    name: 'a tab and a newline inside the scheme',
    input: block(`<a href="java\tscript:${PWN}">Tab</a> <a href="jav&#x0A;ascript:${PWN}">Newline</a>`),
    shows: ['Tab Newline'],
  },
  {
    name: 'javascript: spelled with HTML entities',
    input: block(`<a href="&#106;avascript&#58;${PWN}">Decimal</a> <a href="&#x6A;&#x61;vascript&colon;${PWN}">Hex</a>`),
    shows: ['Decimal Hex'],
  },
  {
    name: 'javascript: in <img src>',
    input: block(`<img src="javascript:${PWN}" alt="Scripted"><img src=" JAVA&#x09;SCRIPT:${PWN}" alt="Hidden">`),
    keeps: ['img[alt="Scripted"]', 'img[alt="Hidden"]'],
  },
  {
    name: 'vbscript: in <a href>',
    input: block('<a href="vbscript:msgbox(1)">VBScript</a>'),
    shows: ['VBScript'],
  },
  {
    name: 'a data:text/html link',
    input: block(`<a href="${HTML_PAGE}">Data page</a>`),
    shows: ['Data page'],
  },
  {
    name: 'a data:image link (data: is for images only)',
    input: block(`<a href="${PNG}">Image link</a>`),
    shows: ['Image link'],
  },
  {
    name: 'a data:text/html image source',
    input: block(`<img src="${HTML_PAGE}" alt="Fake image">`),
    keeps: ['img[alt="Fake image"]:not([src])'],
  },
  {
    name: 'a mailto: link (allowed)',
    input: block('<p>Write to <a href="mailto:x@y">the editor</a></p>'),
    keeps: ['a[href="mailto:x@y"]'],
    shows: ['Write to the editor'],
  },
  {
    name: 'a data:image/png image (allowed)',
    input: block(`<img src="${PNG}" alt="Pixel">`),
    keeps: [`img[alt="Pixel"][src="${PNG}"]`],
  },
  {
    name: 'an SVG data image with onload inside (scripts never run in <img>)',
    input: block(`<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' onload='${PWN}'/%3E" alt="Vector">`),
    keeps: ['img[alt="Vector"][src^="data:image/svg+xml"]'],
  },

  // SVG
  {
    name: '<svg><script>',
    input: block(`<svg><script>${PWN}</script></svg><p>After svg script</p>`),
    shows: ['After svg script'],
    hides: ['__pwned'],
  },
  {
    name: '<svg><a xlink:href=javascript:>',
    input: block(`<svg><a xlink:href="javascript:${PWN}"><text y="20">SVG link</text></a></svg><p>After</p>`),
    shows: ['After'],
  },
  {
    name: '<svg><animate> and <set> that set href to javascript:',
    input: block(
      `<svg><a><animate attributeName="href" values="javascript:${PWN}"/><text y="20">Animated</text></a>` +
        `<a><set attributeName="xlink:href" to="javascript:${PWN}"/><text y="40">Set</text></a></svg><p>After</p>`,
    ),
    shows: ['After'],
  },
  {
    name: '<svg><foreignObject> holding HTML with a handler',
    input: block(`<svg><foreignObject><img src="x" onerror="${PWN}"></foreignObject></svg><p>After</p>`),
    shows: ['After'],
  },

  // MathML and mutation XSS
  {
    name: 'the <math><mtext><table><mglyph><style> mXSS pattern',
    input: block(`<math><mtext><table><mglyph><style><img src="x" onerror="${PWN}">`),
  },
  {
    name: 'the form/math namespace-confusion mXSS pattern',
    input: block(`<form><math><mtext></form><form><mglyph><style></math><img src="x" onerror="${PWN}">`),
  },
  {
    name: 'an SVG <style> that closes early (mXSS)',
    input: block(`<svg></p><style><a id="</style><img src=x onerror=${PWN}>">`),
  },
  {
    name: 'a MathML link to javascript:',
    input: block(`<math><mi href="javascript:${PWN}" xlink:href="javascript:${PWN}">x</mi></math><p>After math</p>`),
    shows: ['After math'],
  },

  // Styling
  {
    name: 'a <style> element that colours every paragraph red',
    input: block('<p>Intro</p><style>p { color: red !important }</style><p>Not red</p>'),
    shows: ['Intro', 'Not red'],
    also: el => {
      notRed('p')(el);
      // Lit adopts its styles; where it cannot, it adds <style> elements directly to the shadow root.
      const styles = [...el.shadowRoot!.querySelectorAll('style')];
      expect(styles.filter(style => style.parentNode !== el.shadowRoot)).to.deep.equal([]);
    },
  },
  {
    name: 'a style attribute',
    input: block('<p style="color: red; position: fixed; inset: 0">Styled</p>'),
    shows: ['Styled'],
    drops: ['[style]'],
    also: notRed('p'),
  },
  {
    name: 'a <link rel=stylesheet>',
    input: block('<p>Intro</p><link rel="stylesheet" href="data:text/css,p%7Bcolor:red%7D"><p>Unstyled</p>'),
    shows: ['Intro', 'Unstyled'],
    also: notRed('p'),
  },

  // Embedded content, forms and document-level elements
  {
    name: '<iframe srcdoc>',
    input: block('<iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"></iframe><p>After iframe</p>'),
    shows: ['After iframe'],
  },
  {
    name: '<iframe src=javascript:>',
    input: block(`<iframe src="javascript:parent.__pwned=1"></iframe><p>After iframe</p>`),
    shows: ['After iframe'],
  },
  {
    name: '<object data>',
    input: block(`<object data="${HTML_PAGE}" type="text/html"></object><p>After object</p>`),
    shows: ['After object'],
  },
  {
    name: '<embed src>',
    input: block(`<embed src="javascript:${PWN}"><embed src="${HTML_PAGE}" type="text/html"><p>After embed</p>`),
    shows: ['After embed'],
  },
  {
    name: '<form action=javascript:> with <button formaction>',
    input: block(
      `<form action="javascript:${PWN}"><input name="q" value="Query">` +
        `<button formaction="javascript:${PWN}">Send</button></form><p>After form</p>`,
    ),
    shows: ['After form'],
    drops: ['input', 'button'],
  },
  {
    name: '<base href> that would redirect relative links',
    input: block(`<p>Intro</p><base href="javascript:${PWN}//"><p><a href="page.html">Relative link</a></p>`),
    keeps: ['a[href="page.html"]'],
    also: el => {
      const link = inArticle(el, 'a')[0] as HTMLAnchorElement;
      expect(new URL(link.href).origin).to.equal(location.origin);
    },
  },
  {
    name: '<meta http-equiv=refresh>',
    input: block(`<p>Intro</p><meta http-equiv="refresh" content="0;url=javascript:${PWN}"><p>Still here</p>`),
    shows: ['Intro', 'Still here'],
  },

  // noscript and template
  {
    name: 'a <noscript> whose attribute closes it early',
    input: block(`<noscript><p title="</noscript><img src=x onerror=${PWN}>"></p></noscript><p>After noscript</p>`),
    shows: ['After noscript'],
  },
  {
    name: 'a <template> holding a handler',
    input: block(`<template><img src="x" onerror="${PWN}"></template><p>After template</p>`),
    shows: ['After template'],
    drops: ['template'],
  },
  {
    name: 'a declarative shadow root',
    input: block(`<div><template shadowrootmode="open"><img src="x" onerror="${PWN}"></template>Host text</div>`),
    shows: ['Host text'],
    drops: ['template'],
    also: el => {
      for (const element of inArticle(el, '*')) expect(element.shadowRoot).to.equal(null);
    },
  },

  // Impersonating the element's own ids
  {
    name: 'id="title" and other ids',
    input: block('<p id="title">Fake title</p><h2 id="attachments-title" name="x">Fake heading</h2>'),
    shows: ['Fake title', 'Fake heading'],
    drops: ['[part="html"] [id]', '[part="html"] [name]'],
    also: el => {
      const titles = el.shadowRoot!.querySelectorAll('#title');
      expect(titles).to.have.length(1);
      expect(titles[0].localName).to.equal('h1');
    },
  },

  // Hostile URLs in image blocks and attachments
  {
    name: 'an image block with a javascript: src',
    input: image(`javascript:${PWN}`),
    shows: ['After the image'],
    drops: ['img', 'figure'],
  },
  {
    name: 'an image block with control characters before javascript:',
    input: image(`\x01 \tJaVaScRiPt:${PWN}`),
    shows: ['After the image'],
    drops: ['img'],
  },
  {
    name: 'an image block with a data:text/html src',
    input: image(HTML_PAGE),
    shows: ['After the image'],
    drops: ['img'],
  },
  {
    name: 'an image block with a data:image/png src (allowed)',
    input: image(PNG),
    keeps: [`img[part="image"][src="${PNG}"]`],
  },
  {
    name: 'an attachment with a javascript: url',
    input: attachment(`javascript:${PWN}`),
    shows: ['Report'],
    drops: ['a'],
  },
  {
    name: 'an attachment with a vbscript: url after control characters',
    input: attachment('\x00\x08 vbscript:msgbox(1)'),
    shows: ['Report'],
    drops: ['a'],
  },
  {
    name: 'an attachment with a data:text/html url',
    input: attachment(HTML_PAGE),
    shows: ['Report'],
    drops: ['a'],
  },
  {
    name: 'an attachment with a data:image url (data: is for images only)',
    input: attachment(PNG),
    shows: ['Report'],
    drops: ['a'],
  },
  {
    name: 'an attachment with a mailto: url (allowed)',
    input: attachment('mailto:x@y'),
    keeps: ['a[href="mailto:x@y"]'],
    shows: ['Report'],
  },

  // Plain-text fields
  {
    name: 'HTML in the title, which is plain text',
    input: { title: `<img src="x" onerror="${PWN}">`, ...block('<p>Body</p>') },
    also: el => {
      const title = el.shadowRoot!.querySelector('h1')!;
      expect(title.textContent).to.equal(`<img src="x" onerror="${PWN}">`);
      expect(title.children).to.have.length(0);
    },
  },
];

/** The article's body and attachments: where author content is rendered. */
function containers(el: ArticleView): Element[] {
  return [...el.shadowRoot!.querySelectorAll('[part="body"], [part="attachments"]')];
}

function inArticle(el: ArticleView, selector: string): Element[] {
  return containers(el).flatMap(container => [...container.querySelectorAll(selector)]);
}

function articleText(el: ArticleView): string {
  return containers(el).map(container => container.textContent!).join(' ').replace(/\s+/g, ' ');
}

/** Fires each of `EVENTS` at every rendered element; a guard stops any navigation a click would start. */
function interact(el: ArticleView): void {
  const root = el.shadowRoot!;
  const guard = (event: Event) => event.preventDefault();
  root.addEventListener('click', guard, true);
  try {
    for (const element of inArticle(el, '*')) {
      for (const type of EVENTS) element.dispatchEvent(new MouseEvent(type, { cancelable: true }));
    }
  } finally {
    root.removeEventListener('click', guard, true);
  }
}

/**
 * Waits until every eagerly loading image has loaded or failed (so a real onerror/onload would
 * have run), then two frames and a task for queued events such as `toggle` to fire. Events are
 * awaited instead of sleeping a fixed time; the first control test below shows this is enough.
 */
async function settle(root: ParentNode): Promise<void> {
  const loading = [...root.querySelectorAll('img')].filter(img => !img.complete && img.loading !== 'lazy');
  await Promise.all(
    loading.map(img => new Promise(resolve => {
      img.addEventListener('load', resolve, { once: true });
      img.addEventListener('error', resolve, { once: true });
    })),
  );
  await nextFrame();
  await nextFrame();
  await new Promise(resolve => setTimeout(resolve));
}

function isAllowedUrl(element: Element, attribute: string, value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  if (url.protocol === 'mailto:') return attribute === 'href';
  return element.localName === 'img' && attribute === 'src' && /^data:image\//i.test(url.href);
}

/** Every attribute in the shadow root that is an event handler or holds a disallowed URL. */
function unsafeAttributes(root: ShadowRoot): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      const unsafe = lower.startsWith('on') || (URL_ATTRIBUTES.includes(lower) && !isAllowedUrl(element, lower, value));
      if (unsafe) found.push(`<${element.localName} ${name}="${value}">`);
    }
  }
  return found;
}

async function render(input: ArticleFields): Promise<ArticleView> {
  const el = await fixture<ArticleView>(html`<article-view lang="en"></article-view>`);
  el.article = { title: 'Hostile content', ...input };
  await el.updateComplete;
  return el;
}

describe('hostile content', () => {
  beforeEach(() => {
    delete window.__pwned;
  });
  afterEach(() => {
    delete window.__pwned;
  });

  describe('rendered through <article-view>', () => {
    for (const row of cases) {
      it(`neutralizes ${row.name}`, async () => {
        const el = await render(row.input);
        await settle(el.shadowRoot!);
        interact(el);

        expect(window.__pwned, 'a payload ran').to.equal(undefined);
        expect(el.getAttribute('state')).to.equal('ready');
        expect(unsafeAttributes(el.shadowRoot!), 'event handlers and unsafe URLs').to.deep.equal([]);
        expect(inArticle(el, FORBIDDEN_ELEMENTS).map(e => e.localName), 'forbidden elements').to.deep.equal([]);
        const text = articleText(el);
        for (const shown of row.shows ?? []) expect(text, 'text shown').to.contain(shown);
        for (const hidden of row.hides ?? []) expect(text, 'text hidden').not.to.contain(hidden);
        for (const selector of row.keeps ?? []) expect(inArticle(el, selector), selector).to.have.length.above(0);
        for (const selector of row.drops ?? []) expect(inArticle(el, selector), selector).to.deep.equal([]);
        row.also?.(el);
      });
    }
  });

  describe('the checks above can fail', () => {
    it('waits long enough for an unsanitized broken image\'s onerror to run', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<img src="/no-such-image.png" onerror="${PWN}">`;
      await settle(host);
      expect(window.__pwned).to.equal(1);
    });

    it('runs an unsanitized inline handler through the dispatched events', async () => {
      const el = await render(block('<p>Clicked</p>'));
      inArticle(el, 'p')[0].setAttribute('onmouseover', PWN);
      interact(el);
      expect(window.__pwned).to.equal(1);
    });
  });

  describe('loadSanitizer', () => {
    it('gives a sanitizer that returns nodes (a DocumentFragment), not a string to parse again', async () => {
      const sanitizeHtml = await loadSanitizer();
      const fragment = sanitizeHtml(`<p>Hi <a href="javascript:${PWN}">there</a><img src="x" onerror="${PWN}"></p>`);
      expect(fragment).to.be.instanceOf(DocumentFragment);
      const paragraph = fragment.querySelector('p')!;
      expect(paragraph.textContent).to.equal('Hi there');
      expect(paragraph.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(paragraph.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    });
  });

  describe('safeUrl', () => {
    const urlCases: [value: unknown, use: UrlUse, expected: string | undefined][] = [
      ['https://example.com/a?b=c#d', 'link', 'https://example.com/a?b=c#d'],
      ['HTTP://EXAMPLE.COM/', 'link', 'HTTP://EXAMPLE.COM/'],
      ['  /relative/page.html  ', 'link', '/relative/page.html'],
      ['//cdn.example.com/a.png', 'image', '//cdn.example.com/a.png'],
      ['mailto:x@y', 'link', 'mailto:x@y'],
      [PNG, 'image', PNG],
      ['https://example.com/a.json', 'fetch', 'https://example.com/a.json'],
      ['/api/article.json', 'fetch', '/api/article.json'],
      // An entity is not decoded in a URL: this is a relative path with a fragment, not javascript:.
      ['&#106;avascript:alert(1)', 'link', '&#106;avascript:alert(1)'],
      ['javascript:alert(1)', 'link', undefined],
      ['JaVaScRiPt:alert(1)', 'image', undefined],
      ['\x01\x02 javascript:alert(1)', 'link', undefined],
      ['java\tscript:alert(1)', 'link', undefined],
      ['java\nscript:alert(1)', 'image', undefined],
      ['javascript:alert(1)', 'fetch', undefined],
      ['vbscript:msgbox(1)', 'link', undefined],
      ['data:text/html,<script>alert(1)</script>', 'link', undefined],
      ['data:text/html,<script>alert(1)</script>', 'image', undefined],
      [PNG, 'link', undefined],
      [PNG, 'fetch', undefined],
      ['mailto:x@y', 'image', undefined],
      ['mailto:x@y', 'fetch', undefined],
      ['tel:+123', 'link', undefined],
      ['file:///etc/passwd', 'fetch', undefined],
      ['blob:https://example.com/0000', 'image', undefined],
      ['http://[::1', 'link', undefined],
      ['   ', 'link', undefined],
      [42, 'link', undefined],
      [null, 'image', undefined],
    ];
    for (const [value, use, expected] of urlCases) {
      const shown = JSON.stringify(value).slice(0, 60);
      it(`${expected === undefined ? 'rejects' : 'allows'} ${shown} as ${use}`, () => {
        expect(safeUrl(value, use)).to.equal(expected);
      });
    }
  });
});
