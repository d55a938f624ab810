// The baselines: the same content as static HTML, as a portal page would have it without
// portal-reader. Shared by the in-page harness and the script-tag page row of run.mjs.

const escape = text => String(text).replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`);

/** An article (canonical form) as plain HTML: title, meta row, body, tags. */
export function articleHtml(article) {
  const blocks = article.body.map(block => {
    if (block.type === 'heading') return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
    if (block.type === 'paragraph') return `<p>${escape(block.text)}</p>`;
    return '';
  });
  return `<article><header><h1>${escape(article.title)}</h1><p>Source: ${escape(article.source ?? '')} Date: ${escape(article.date ?? '')}</p></header>${blocks.join('')}${
    article.tags?.length ? `<ul>${article.tags.map(tag => `<li>${escape(tag)}</li>`).join('')}</ul>` : ''
  }</article>`;
}

/** A popular list as plain HTML: heading and ranked links with date and views. */
export function popularHtml(items) {
  return `<h2>Most Popular</h2><ol>${items
    .map(item => `<li><a href="${escape(item.url)}">${escape(item.title)}</a> <time>${escape(item.date)}</time> <span>${item.views} views</span></li>`)
    .join('')}</ol>`;
}

/** `count` popular items, deterministic. */
export function popularItems(count) {
  return Array.from({ length: count }, (_, index) => ({
    title: `Popular article number ${index + 1} about the city and its river`,
    url: `/news/${index + 1}.html`,
    date: '2020-10-17',
    views: 100_000 - index * 37,
  }));
}
