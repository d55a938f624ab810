import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

// A Vite plugin for the script-tag bundles: OpenCC (its code and about 1 MB of tables) is one
// file beside them, dist/portal-reader-opencc-<hash>.js, imported by the ES *and* the classic
// bundle only when a reader first chooses Traditional characters. The classic bundle cannot have
// chunks, and would otherwise hold OpenCC whole; but a classic script can `import()` an ES module,
// and the specifier resolves against the script's own URL, so both bundles find the file beside
// them. The file is self-contained (it shares no code with the bundles) and named by its content.

const ENTRY = fileURLToPath(new URL('../src/shared/opencc.ts', import.meta.url));

export function openccBesideBundles(): Plugin {
  let file: { fileName: string; source: Uint8Array } | undefined;
  return {
    name: 'opencc-beside-bundles',
    async buildStart() {
      const result = await build({
        entryPoints: [ENTRY],
        bundle: true,
        minify: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        // The tables as UTF-8, not \u escapes (twice the bytes); module scripts are always read as UTF-8.
        charset: 'utf8',
        logLevel: 'silent',
      });
      const source = result.outputFiles[0].contents;
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
      file = { fileName: `portal-reader-opencc-${hash}.js`, source };
    },
    resolveDynamicImport(specifier, importer) {
      if (file && specifier === './opencc.js' && importer?.replaceAll('\\', '/').endsWith('/src/shared/chinese-script.ts')) {
        return { id: `./${file.fileName}`, external: true };
      }
      return null;
    },
    generateBundle(options) {
      if (file && options.format === 'es') this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
    },
  };
}
