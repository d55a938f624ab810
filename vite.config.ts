import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyCssLiterals } from './tools/minify-css-literals.js';
import { filesBesideBundles } from './tools/files-beside-bundles.js';

/**
 * The npm build: every source module its own file under dist/, as in src/ (so the registering
 * files that package.json's `sideEffects` names hold the `customElements.define` calls, and a
 * bundler can drop what an app does not import); Lit and DOMPurify are left to the user's bundler.
 */
const npmEntries = [
  'src/index.ts',
  'src/article-view/article-view.ts',
  'src/font-size-toggle/font-size-toggle.ts',
  'src/print-close-bar/print-close-bar.ts',
  'src/popular-list/popular-list.ts',
  'src/reader-settings/reader-settings.ts',
  'src/read-aloud/read-aloud.ts',
  'src/chinese-script-toggle/chinese-script-toggle.ts',
  'src/article/index.ts',
  'src/hydrate.ts',
  'src/ssr/index.ts',
  'src/import/index.ts',
];

const isDependency = (id: string) => /^(lit|@lit|@lit-labs|lit-html|lit-element|dompurify|jsdom|lean-qr|opencc-js|@mozilla\/readability)(\/|$)/.test(id);

/** `npm start` opens on the demo page. */
const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else {
        next();
      }
    });
  },
};

export default defineConfig(({ mode }): UserConfig => {
  // `npm run build:demo`: the workbench as a static site. Relative URLs (`base: './'`), so it
  // works from any sub-path of any server.
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      build: {
        target: 'es2022',
        outDir: '../dist-demo',
        emptyOutDir: true,
        rolldownOptions: { input: { index: 'demo/index.html', preview: 'demo/preview.html' } },
      },
    };
  }
  // `vite build --mode bundle`: the script-tag files, Lit inside. What is used rarely loads only
  // when a page uses it: the opt-in elements and the readers of foreign input as chunks of the ES
  // bundle (inside the classic one), and the self-contained parts (sanitizer, QR encoder,
  // Readability, OpenCC) as files that both bundles import (tools/files-beside-bundles.ts).
  if (mode === 'bundle') {
    return {
      plugins: [minifyCssLiterals, filesBesideBundles()],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        lib: {
          entry: 'src/portal-reader.ts',
          name: 'PortalReader',
          formats: ['es', 'iife'],
          fileName: format => (format === 'es' ? 'portal-reader.js' : 'portal-reader.iife.js'),
        },
        rolldownOptions: {
          // Lets the bundle export what its chunks share with it, so that shared code (Lit, the
          // model) stays in portal-reader.js instead of a third file every page would load.
          preserveEntrySignatures: 'allow-extension',
          // Vite leaves whitespace in ES library builds; the script-tag files are what pages download.
          output: { minify: true, chunkFileNames: 'portal-reader-[name]-[hash].js' },
        },
      },
    };
  }
  return {
    plugins: [demoAtRoot, minifyCssLiterals],
    server: { host: 'localhost' },
    build: {
      target: 'es2022',
      lib: { entry: npmEntries, formats: ['es'] },
      rolldownOptions: {
        external: isDependency,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
