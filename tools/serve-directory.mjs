// A static file server for tests and benchmarks: no caching, no directory listings.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * Serves the files under `root` on localhost at `base` (a path ending in `/`); `server.url` is
 * the address of `base`, where `index.html` answers.
 */
export async function serveDirectory(root, base = '/') {
  const server = createServer((request, response) => {
    if (request.url === '/favicon.ico') return response.writeHead(204).end();
    const pathname = decodeURIComponent(request.url.split('?')[0]);
    if (!pathname.startsWith(base)) return response.writeHead(404).end();
    const path = join(root, pathname === base ? 'index.html' : pathname.slice(base.length));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  await new Promise(done => server.listen(0, '127.0.0.1', done));
  server.url = `http://127.0.0.1:${server.address().port}${base}`;
  return server;
}

