import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

// A Vite plugin for the script-tag bundles: the rarely used parts that share no code with the
// bundles are each one file beside them, dist/portal-reader-<name>-<hash>.js, imported by the ES
// *and* the classic bundle only when a page needs it. The classic bundle cannot have chunks and
// would otherwise hold each of them whole; but a classic script can `import()` an ES module, and
// the specifier resolves against the script's own URL, so both bundles find the file beside them
// (any sub-path, any CDN). Each file is self-contained and named by its content.

/** The one table of such files: the dynamic `import(specifier)` in `importer`, and what the file holds. */
const FILES: { name: string; importer: string; specifier: string; contents: string }[] = [
  // DOMPurify and its configuration: only for articles with HTML.
  { name: 'sanitize', importer: '/src/article/load-sanitizer.ts', specifier: './sanitize.js', contents: "export * from './src/article/sanitize.ts';" },
  // The QR encoder: only for printouts with provenance.
  { name: 'lean-qr', importer: '/src/article-view/qr-code.ts', specifier: 'lean-qr', contents: "export { generate } from 'lean-qr';" },
  // Mozilla Readability: only for `<article-view from>` on a page with no known content container.
  { name: 'readability', importer: '/src/article/page/readability.ts', specifier: '@mozilla/readability', contents: "export { Readability } from '@mozilla/readability';" },
  // OpenCC, its code and about 1 MB of tables: only when a reader first chooses Traditional characters.
  { name: 'opencc', importer: '/src/shared/chinese-script.ts', specifier: './opencc.js', contents: "export * from './src/shared/opencc.ts';" },
  // The elderly self-check (checkElderly()) and the large cursor: pure code, holding no state that
  // the bundles share, so a copy of the little they use (control-rects.ts) is no harm.
  { name: 'elderly-check', importer: '/src/article-view/article-view.component.ts', specifier: './elderly-check.js', contents: "export * from './src/article-view/elderly-check.ts';" },
  { name: 'large-cursor', importer: '/src/reader-settings/aids/aid.ts', specifier: './large-cursor.js', contents: "export * from './src/reader-settings/aids/large-cursor.ts';" },
];

export function filesBesideBundles(): Plugin {
  const built = new Map<string, { fileName: string; source: Uint8Array }>();
  return {
    name: 'files-beside-bundles',
    async buildStart() {
      await Promise.all(FILES.map(async ({ name, contents }) => {
        const result = await build({
          stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
          bundle: true,
          minify: true,
          format: 'esm',
          target: 'es2022',
          write: false,
          // Text as UTF-8, not \u escapes (OpenCC's tables: twice the bytes); module scripts are always read as UTF-8.
          charset: 'utf8',
          logLevel: 'silent',
        });
        const source = result.outputFiles[0].contents;
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        built.set(name, { fileName: `portal-reader-${name}-${hash}.js`, source });
      }));
    },
    resolveDynamicImport(specifier, importer) {
      const at = importer?.replaceAll('\\', '/');
      const file = FILES.find(file => specifier === file.specifier && at?.endsWith(file.importer));
      return file ? { id: `./${built.get(file.name)!.fileName}`, external: true } : null;
    },
    generateBundle(options) {
      if (options.format !== 'es') return;
      for (const { fileName, source } of built.values()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
