// Test routes for `src` loading: errors, wrong content types and slow answers.
import { readFile } from 'node:fs/promises';

const fixtures = new URL('../fixtures/', import.meta.url);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
/** Resolves when the client closes the connection (a stalled route waits for nothing else). */
const closed = ctx => new Promise(resolve => ctx.req.socket.once('close', resolve));

/**
 * /test-api/status/404            answers that status with a JSON body
 * /test-api/invalid-json          application/json that does not parse
 * /test-api/html                  an HTML page with status 200
 * /test-api/article?title=T&ms=N  a small article titled T, after N milliseconds
 * /test-api/list?title=T&ms=N     a popular list titled T, after N milliseconds
 * /test-api/fixture?name=F&ms=N   test/fixtures/F, after N milliseconds
 * /test-api/stall                 never answers (until the client gives up)
 * /test-api/stall-body            sends JSON headers and the start of a body, then nothing more
 * /test-api/truncated             promises 1000 bytes of JSON, sends 20, and drops the connection
 * /test-api/large?mb=M&declared=D an article of M megabytes, with a content-length header when D=1
 * /test-api/redirect?to=PATH      a 302 to PATH (a /test-api/ path)
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
  } else if (route === 'list') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      title: String(ctx.query.title ?? 'List'),
      items: [{ title: `First of ${ctx.query.title}`, url: '/first.html' }],
    });
  } else if (route === 'stall') {
    await closed(ctx);
    ctx.status = 204;
  } else if (route === 'stall-body') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write('{"title": "Never finished", "body": [');
    await closed(ctx);
  } else if (route === 'truncated') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    ctx.res.write('{"title": "Truncate');
    setTimeout(() => ctx.res.destroy(), 50);
  } else if (route === 'large') {
    const text = 'x'.repeat(Math.round(Number(ctx.query.mb ?? 6) * 1024 * 1024));
    const body = `{"title": "Large", "body": "${text}"}`;
    if (ctx.query.declared === '1') {
      ctx.type = 'application/json';
      ctx.body = body;
    } else {
      // Chunked, so only counting the bytes as they arrive can tell.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      for (let start = 0; start < body.length && !ctx.res.destroyed; start += 65_536) {
        if (!ctx.res.write(body.slice(start, start + 65_536))) {
          await new Promise(resolve => {
            const done = () => resolve(ctx.res.off('drain', done).off('close', done));
            ctx.res.on('drain', done).on('close', done);
          });
        }
      }
      ctx.res.end();
    }
  } else if (route === 'redirect') {
    const to = String(ctx.query.to ?? '');
    if (!to.startsWith('/test-api/')) {
      ctx.status = 400;
      return;
    }
    ctx.redirect(to);
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
