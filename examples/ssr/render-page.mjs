// A whole page with the article rendered on the server: its text is in the HTML, and the
// browser's `portal-reader/hydrate.js` takes the rendered elements over without fetching again.
import { renderArticleView } from 'portal-reader/ssr';

const escapeHtml = text => text.replace(/[&<>"]/g, char => `&#${char.charCodeAt(0)};`);

/** The page for `article`; `clientScript` is the URL of the built client.js. */
export async function renderPage(article, clientScript) {
  const view = await renderArticleView(article, {
    lang: 'en',
    fontSizeToggle: true,
    printCloseBar: true,
    // Reader aids are set here, not on the element later: the browser takes over what the server rendered.
    toc: true,
    readingTime: true,
    provenance: true,
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(String(article.title ?? ''))}</title>
    <script type="module" src="${clientScript}"></script>
  </head>
  <body>
    <main>${view}</main>
  </body>
</html>
`;
}
