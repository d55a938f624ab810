import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

// A Vite plugin for the script-tag bundles: Mozilla Readability, which `<article-view from>` needs
// only on a page with none of the known content containers, is one file beside them,
// dist/portal-reader-readability-<hash>.js, imported by the ES *and* the classic bundle only then.
// The classic bundle cannot have chunks and would otherwise hold Readability (11 kB gzip) whole;
// a classic script can `import()` an ES module, resolved against its own URL. Readability is a
// CommonJS package of its own, so the file is self-contained and named by its content (as
// opencc-beside-bundles.ts does for OpenCC).

const IMPORTER = '/src/article/page/readability.ts';

export function readabilityBesideBundles(): Plugin {
  let file: { fileName: string; source: Uint8Array } | undefined;
  return {
    name: 'readability-beside-bundles',
    async buildStart() {
      const result = await build({
        stdin: { contents: "export { Readability } from '@mozilla/readability';", resolveDir: process.cwd(), loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        logLevel: 'silent',
      });
      const source = result.outputFiles[0].contents;
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      file = { fileName: `portal-reader-readability-${hash}.js`, source };
    },
    resolveDynamicImport(specifier, importer) {
      if (file && specifier === '@mozilla/readability' && importer?.replaceAll('\\', '/').endsWith(IMPORTER)) {
        return { id: `./${file.fileName}`, external: true };
      }
      return null;
    },
    generateBundle(options) {
      if (file && options.format === 'es') this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
  };
}
