// portal-reader/import in Node (jsdom) on the saved portal pages of test/fixtures/pages/, and the
// `portal-reader import` command on a folder of them. Uses dist/ (npm test builds it first).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { JSDOM } from 'jsdom';
import { importArticle, importPage } from 'portal-reader/import';

const root = resolve(import.meta.dirname, '../..');
const pages = join(root, 'test/fixtures/pages');
const page = (name, encoding = 'utf-8') => new TextDecoder(encoding).decode(readFileSync(join(pages, name)));
const PAGE_URL = 'https://www.wenzhou.gov.cn/art/2020/10/17/art_1217832_58917185.html';

describe('importArticle (jsdom)', () => {
  it('reads a Hanweb page: fields from its meta tags, the #zoom block without the widgets, attachments', async () => {
    const article = await importArticle(page('hanweb.html'), { url: PAGE_URL });
    assert.equal(article.title, '温州加快融入全球创新网络');
    assert.equal(article.date, '2020-10-17T14:36');
    assert.equal(article.source, '温州日报');
    assert.equal(article.author, '陈琳');
    assert.equal(article.lang, 'zh-CN');
    assert.equal(article.url, PAGE_URL);
    assert.deepEqual(article.tags, ['世界青年科学家峰会', '创新', '温州']);
    assert.equal(article.body.length, 1);
    const { html } = article.body[0];
    assert.match(html, /^<p>72个国家的青年科技创新团队项目/);
    assert.match(html, /<h2>搭建国际科技交流桥梁<\/h2>/);
    assert.match(html, /<img src="https:\/\/www\.wenzhou\.gov\.cn\/picture\/0\/2010171436123456789\.jpg"/);
    assert.match(html, /href="https:\/\/www\.wenzhou\.gov\.cn\/art\/2020\/10\/16\/art_1217832_58917100\.html"/);
    for (const widget of ['字体', '打印', '关闭', '【', '内部编号', '附件', 'style=', '<script']) assert.ok(!html.includes(widget), widget);
    assert.deepEqual(article.attachments, [
      {
        title: '2020世界青年科学家峰会议程.pdf',
        url: 'https://www.wenzhou.gov.cn/module/download/downfile.jsp?classid=0&filename=2010171436123456.pdf',
        type: 'application/pdf',
        size: 356 * 1024,
      },
      {
        title: '参会指南',
        url: 'https://www.wenzhou.gov.cn/art/2020/10/17/art_1217832_58917185_1.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: Math.round(1.2 * 1024 * 1024),
      },
    ]);
  });

  it('reads a TRS WCM page (.TRS_Editor), found without a selector', async () => {
    const { article, warnings } = await importPage(page('trs.html'), { url: 'https://wzfgw.wenzhou.gov.cn/art/2020/6/12/art_1.html' });
    assert.equal(article.title, '关于开展2020年度温州市服务业重点项目申报工作的通知');
    assert.equal(article.date, '2020-06-12T09:30');
    assert.ok(!article.body[0].html.includes('margin-top'));
    assert.ok(!article.body[0].html.includes('class='));
    assert.deepEqual(article.attachments.map(attachment => [attachment.title, attachment.url, attachment.type]), [
      ['1.2020年度服务业重点项目申报表.xlsx', 'https://wzfgw.wenzhou.gov.cn/art/2020/6/12/P020200612345678905678.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['2.项目申报说明.doc', 'https://wzfgw.wenzhou.gov.cn/art/2020/6/12/P020200612345678909999.doc', 'application/msword'],
    ]);
    assert.deepEqual(warnings, []);
  });

  it('reads a gov.cn 信息公开 page: register table, gov.cn publication time, 政策解读', async () => {
    const article = await importArticle(page('xxgk.html'), { url: 'https://www.gov.cn/zhengce/content/2020-10/17/content_5551234.htm' });
    assert.equal(article.title, '国务院办公厅关于加快推进政务服务“跨省通办”的指导意见');
    assert.equal(article.date, '2020-10-17T14:36:07');
    assert.equal(article.author, '国务院办公厅');
    assert.deepEqual(article.document, {
      indexNumber: '000014349/2020-00133',
      issuer: '国务院办公厅',
      number: '国办发〔2020〕35号',
      written: '2020-09-24',
      topic: '综合政务\\其他',
      validity: 'valid',
      validFrom: '2020-10-17',
    });
    assert.deepEqual(article.related, [
      { title: '政策解读', url: 'https://www.gov.cn/zhengce/2020-10/17/content_5551240.htm', kind: 'interpretation' },
    ]);
    assert.match(article.body[0].html, /<table[^>]*>\s*<caption>首批“跨省通办”事项<\/caption>/);
    assert.ok(!article.body[0].html.includes('索引号'));
  });

  it('reads a page decoded from GBK: list-style register, a repealed document, the saved-from address', async () => {
    const article = await importArticle(page('gbk.html', 'gbk'));
    assert.equal(article.title, '温州市瓯海区人民政府关于印发瓯海区农村宅基地管理办法的通知');
    assert.equal(article.url, 'http://www.ouhai.gov.cn/art/2019/3/8/art_1341235_31528765.html');
    assert.deepEqual(article.document, {
      indexNumber: '001008003002012/2019-00056',
      issuer: '温州市瓯海区人民政府',
      number: '温瓯政发〔2019〕12号',
      written: '2019-03-05',
      topic: '城乡建设、环境保护\\农村建设',
      validity: 'repealed',
      validUntil: '2023-03-12',
    });
    assert.deepEqual(article.related, [
      { title: '【政策解读】', url: 'http://www.ouhai.gov.cn/art/2019/3/8/art_1341235_31528790.html', kind: 'interpretation' },
    ]);
    assert.deepEqual(article.attachments, [{
      title: '瓯海区农村宅基地管理办法.wps',
      url: 'http://www.ouhai.gov.cn/module/download/downfile.jsp?classid=0&filename=1903081620123.wps',
      type: 'application/vnd.ms-works',
      size: 58 * 1024,
    }]);
    assert.ok(!article.body[0].html.includes('字体'));
  });

  it('reads a page with no known container with Readability, without its navigation, sidebar and footer', async () => {
    const article = await importArticle(page('no-container.html'), { url: 'https://weekly.example.cn/city/greenway.html' });
    assert.equal(article.title, 'Oujiang Greenway Opens Along the River');
    assert.equal(article.author, 'Li Wei');
    assert.equal(article.date, '2021-05-02T09:15:00+08:00');
    const { html } = article.body[0];
    assert.equal(html.match(/<p>/g).length, 6);
    assert.match(html, /src="https:\/\/weekly\.example\.cn\/city\/images\/greenway-binjiang\.jpg"/);
    for (const noise of ['Trending now', 'Metro line S2', 'Newsletter', 'All rights reserved', 'Contact']) assert.ok(!html.includes(noise), noise);
  });

  it('sanitizes hostile HTML of the block with the renderer\'s DOMPurify setup', async () => {
    const { html } = (await importArticle(page('hostile.html'))).body[0];
    assert.doesNotMatch(html, /<(script|iframe|form|input|button|object|svg|style)\b/i);
    assert.doesNotMatch(html, /\son\w+=|javascript:|vbscript:|data:text|style=/i);
    assert.match(html, /请各单位认真整改。/);
  });

  it('takes a Document as well as a string, and a selector', async () => {
    const { document } = new JSDOM(page('hanweb.html'), { url: PAGE_URL }).window;
    const before = document.documentElement.outerHTML;
    const article = await importArticle(document, { from: '.bt_content' });
    assert.equal(article.title, '温州加快融入全球创新网络');
    assert.match(article.body[0].html, /72个国家的青年科技创新团队项目/);
    assert.equal(document.documentElement.outerHTML, before, 'the page is not changed');
  });

  it('throws an error that says why: nothing matches `from`, no title, a bad selector', async () => {
    await assert.rejects(importArticle(page('hanweb.html'), { from: '#content' }), { message: 'from "#content" matches nothing on this page' });
    await assert.rejects(importArticle('<html><body><div id="zoom"><p>正文</p></div></body></html>'), { name: 'PageReadError', message: /page has no article title/ });
    await assert.rejects(importArticle(page('hanweb.html'), { from: '#zoom[' }), { message: /is not a CSS selector/ });
    await assert.rejects(importArticle(page('hanweb.html'), { url: 'not a url' }), { message: /url is not an absolute URL/ });
  });

  it('drops an optional field it cannot use and says so', async () => {
    const html = page('hanweb.html').replace('content="2020-10-17 14:36"', 'content="十月十七日"');
    const { article, warnings } = await importPage(html, { url: PAGE_URL });
    assert.equal(article.date, undefined);
    assert.deepEqual(warnings, [{ field: 'PubDate', message: 'is not a date: "十月十七日"' }]);
  });
});

describe('npx portal-reader import', () => {
  const work = mkdtempSync(join(tmpdir(), 'portal-reader-import-'));
  after(() => rmSync(work, { recursive: true, force: true }));
  const cli = (...args) =>
    new Promise(resolvePromise => {
      execFile(process.execPath, [join(root, 'bin/portal-reader.mjs'), ...args], { cwd: work }, (error, stdout, stderr) =>
        resolvePromise({ code: error ? error.code : 0, stdout, stderr }));
    });

  it('converts a folder of saved pages in their own encodings, reports a broken one and exits 1', async () => {
    const input = join(work, 'saved');
    mkdirSync(join(input, 'older'), { recursive: true });
    for (const name of readdirSync(pages)) copyFileSync(join(pages, name), join(input, name));
    copyFileSync(join(pages, 'big5.html'), join(input, 'older', 'big5-copy.htm'));
    writeFileSync(join(input, 'broken.html'), '<html><body><p>A page without any title.</p></body></html>');
    writeFileSync(join(input, 'notes.txt'), 'not a page');
    const { code, stdout, stderr } = await cli('import', 'saved', '--out', 'json');
    assert.equal(code, 1);
    const converted = readdirSync(pages).length + 1;
    assert.match(stdout, new RegExp(`^${converted} converted, 1 failed$`, 'm'));
    assert.match(stdout, /saved[/\\]broken\.html: page has no article title/);
    assert.match(stderr, /\[1\/\d+\] saved[/\\]big5\.html → json[/\\]big5\.json/);
    assert.match(stderr, /✗ saved[/\\]broken\.html: page has no article title/);
    const read = name => JSON.parse(readFileSync(join(work, 'json', name), 'utf8'));
    assert.equal(read('gbk.json').title, '温州市瓯海区人民政府关于印发瓯海区农村宅基地管理办法的通知');
    assert.equal(read('big5.json').title, '臺南市政府公告修正停車場收費標準');
    assert.equal(read('older/big5-copy.json').attachments[0].size, 120 * 1024);
    assert.equal(read('hanweb.json').date, '2020-10-17T14:36');
    assert.equal(existsSync(join(work, 'json', 'broken.json')), false);
    assert.equal(existsSync(join(work, 'json', 'notes.json')), false);
  });

  it('writes name.json next to the page by default, reads a `--from` selector, exits 0', async () => {
    const file = join(work, 'one.html');
    copyFileSync(join(pages, 'trs.html'), file);
    const { code, stdout } = await cli('import', 'one.html', '--from', '.article-content');
    assert.equal(code, 0);
    assert.equal(stdout.trim(), '1 converted, 0 failed');
    const article = JSON.parse(readFileSync(join(work, 'one.json'), 'utf8'));
    assert.equal(article.title, '关于开展2020年度温州市服务业重点项目申报工作的通知');
  });

  it('says how to use it when the arguments are wrong (exit 2), and fails for a missing path', async () => {
    const wrong = await cli('convert', 'x.html');
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /unknown command: convert[\s\S]*Usage: portal-reader import/);
    const missing = await cli('import', 'nowhere.html');
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /0 converted, 1 failed\n {2}nowhere\.html: no such file or folder/);
  });
});

describe('docs/importing.md', () => {
  it('lists the containers of CMS_CONTAINERS, in their order', async () => {
    const { CMS_CONTAINERS } = await import('portal-reader/import');
    const docs = readFileSync(join(root, 'docs/importing.md'), 'utf8');
    const listed = [...docs.matchAll(/^ {3}\| `([^`]+)` \|/gm)].map(match => match[1]);
    assert.deepEqual(listed, CMS_CONTAINERS.map(container => container.selector));
  });
});
