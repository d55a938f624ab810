// Test routes for `src` loading: errors, wrong content types and slow answers.
import { readFile } from 'node:fs/promises';

const fixtures = new URL('../fixtures/', import.meta.url);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * /test-api/status/404            answers that status with a JSON body
 * /test-api/invalid-json          application/json that does not parse
 * /test-api/html                  an HTML page with status 200
 * /test-api/article?title=T&ms=N  a small article titled T, after N milliseconds
 * /test-api/fixture?name=F&ms=N   test/fixtures/F, after N milliseconds
 */
export async function testApi(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const route = ctx.path.slice('/test-api/'.length);
  const ms = Math.min(Number(ctx.query.ms ?? 0), 10_000);
  if (ms > 0) await sleep(ms);
  ctx.set('Cache-Control', 'no-store');
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: 'test' });
  } else if (route === 'invalid-json') {
    ctx.type = 'application/json';
    ctx.body = '{"title": "Truncated';
  } else if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Not JSON</title><p>Hello</p>';
  } else if (route === 'article') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      title: String(ctx.query.title ?? 'Article'),
      body: [{ type: 'paragraph', text: `Body of ${ctx.query.title}` }],
    });
  } else if (route === 'fixture') {
    const name = String(ctx.query.name ?? '');
    if (!/^[\w.-]+\.json$/.test(name)) {
      ctx.status = 400;
      return;
    }
    ctx.type = name.endsWith('.jsonld') ? 'application/ld+json' : 'application/json';
    ctx.body = await readFile(new URL(name, fixtures), 'utf8');
  } else {
    ctx.status = 404;
  }
}
