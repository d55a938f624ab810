// `node examples/ssr/server.mjs` (after `npm run build`): builds the client, then serves the seed
// article rendered on the server at http://localhost:8043/.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename } from 'node:path';
import { build } from 'vite';
import { renderPage } from './render-page.mjs';

const here = import.meta.dirname;
const article = JSON.parse(readFileSync(`${here}/../../test/fixtures/seed-article.json`, 'utf8'));
await build({ configFile: `${here}/vite.config.js`, logLevel: 'warn', build: { outDir: `${here}/dist` } });

createServer(async (request, response) => {
  // The client and its chunks (the HTML sanitizer is one, loaded only for articles with HTML).
  const script = `${here}/dist/${basename(request.url)}`;
  if (request.url.endsWith('.js') && existsSync(script)) {
    return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(script));
  }
  if (request.url !== '/') return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await renderPage(article, '/client.js'));
}).listen(8043, 'localhost', () => console.log('Server-rendered article at http://localhost:8043/'));
