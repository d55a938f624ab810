import { defineConfig } from 'vite';

// The in-browser template compiler (Vue's full build), so the example needs no Vue plugin.
export default defineConfig({ resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } } });
