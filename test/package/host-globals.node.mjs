// Every global that the bundled libraries read from `window` must be guarded by
// src/shared/host-guard.ts, or a host page element with that id stops the bundle loading. The
// names are read from the Lit installed here, so an upgrade that reads a new global fails this test.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import { JSDOM } from 'jsdom';

const root = resolve(import.meta.dirname, '../..');
// Lit's development builds read every global its production builds read, and a few more.
const SOURCES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].map(name => join(root, 'node_modules', name, 'development'));
const READ = /\b(?:global|globalThis|window)\s*(?:\?\.|\.)\s*([A-Za-z_$][\w$]*)|\b(?:global|globalThis|window)\s*\[\s*['"]([\w$]+)['"]\s*\]/g;

function globalsRead() {
  const names = new Set();
  for (const folder of SOURCES) {
    for (const file of readdirSync(folder, { recursive: true }).filter(file => String(file).endsWith('.js'))) {
      // Comments dropped (they mention globals in prose), identifiers kept.
      const source = transformSync(readFileSync(join(folder, String(file)), 'utf8'), { minifyWhitespace: true }).code;
      for (const match of source.matchAll(READ)) names.add(match[1] ?? match[2]);
    }
  }
  return names;
}

describe('host page globals', () => {
  it('guards every non-standard global that the installed Lit reads', async () => {
    // A standard window property cannot be taken over by an element id (it is an own property).
    const { window } = new JSDOM('');
    const read = [...globalsRead()].filter(name => !(name in window)).sort();
    // The module as written (the build drops the unused export): compiled here and imported.
    const { code } = transformSync(readFileSync(join(root, 'src/shared/host-guard.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
    const { GUARDED_GLOBALS } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    const unguarded = read.filter(name => !GUARDED_GLOBALS.includes(name));
    assert.deepEqual(unguarded, [], `Lit reads globals that host-guard.ts does not guard: ${unguarded.join(', ')}`);
    // The test reads something: the names known in Lit 3 are among those found.
    for (const name of ['litHtmlVersions', 'litElementHydrateSupport', 'litNonce', 'litPropertyMetadata']) {
      assert.ok(read.includes(name), `${name} is read by Lit`);
    }
  });
});
