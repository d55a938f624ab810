import { expect } from '@open-wc/testing';
import { importArticle } from '../../src/import/index.js';

// portal-reader/import in a browser, given a saved page as a string: its relative links resolve
// against the address the page declares, never against the page that runs the importer.
const PAGE = `<!doctype html><html lang="zh-CN"><head>
  <meta name="ArticleTitle" content="关于开展安全生产检查的通知">
  <meta name="PubDate" content="2020-10-17 14:36">
  <meta name="Url" content="https://www.example.gov.cn/art/2020/10/17/art_1_1.html">
</head><body><div id="zoom">
  <p>各有关单位：现将有关事项通知如下。</p>
  <p><img src="../images/map.png" alt="示意图"></p>
  <p>附件：<a href="/attach/plan.pdf">检查方案.pdf (356KB)</a></p>
</div></body></html>`;

describe('importArticle in a browser', () => {
  it('resolves relative URLs against the Url the page declares, not this page', async () => {
    const article = await importArticle(PAGE);
    expect(article.title).to.equal('关于开展安全生产检查的通知');
    expect(article.url).to.equal('https://www.example.gov.cn/art/2020/10/17/art_1_1.html');
    expect(article.attachments.map(attachment => attachment.url)).to.deep.equal(['https://www.example.gov.cn/attach/plan.pdf']);
    const html = article.body.filter(block => block.type === 'html').map(block => block.html).join('');
    expect(html).to.include('https://www.example.gov.cn/art/2020/10/images/map.png');
    expect(html).not.to.include(location.host);
  });
});
