// `npm run bench` as CI runs it: once, at the smallest size of each row (--smoke), to show that it
// works end to end. Timing never fails a test; what is checked is that every row was measured.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ENGINES } from '../server/engines.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('npm run bench --smoke', { skip: !existsSync(ENGINES.chromium.path) && 'Chromium is not installed' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'portal-reader-bench-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('prints the table and writes every row, each side measured', async () => {
    const file = join(out, 'results.json');
    const { stdout } = await promisify(execFile)(process.execPath, ['bench/run.mjs', '--smoke', '--out', file], { cwd: root });
    assert.match(stdout, /portal-reader benchmarks/);
    const { rows } = JSON.parse(readFileSync(file, 'utf8'));
    const ids = rows.map(row => row.id);
    for (const id of ['render', 'swap', 'font-size', 'popular', 'article-paint-es-src', 'article-paint-es-inline', 'article-paint-iife-inline', 'traditional', 'memory', 'bytes']) {
      assert.ok(ids.some(row => row === id || row.startsWith(`${id}-`)), `row ${id}`);
    }
    for (const row of rows.filter(row => row.unit === 'ms')) {
      assert.ok(row.ours.median > 0 && row.baseline.median > 0, `${row.name} measured`);
      assert.match(stdout, new RegExp(row.name.replace(/[()]/g, '\\$&')));
    }
    const fontSize = rows.find(row => row.id.startsWith('font-size'));
    assert.equal(fontSize.sameNodes, true, 'a font size change re-creates no article node');
    const bytes = rows.find(row => row.id === 'bytes');
    assert.ok(bytes.sizes.every(size => size.gzip > 0 && size.brotli > 0 && size.brotli <= size.raw));
  });
});
