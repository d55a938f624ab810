import { defineConfig } from 'vite';

// The browser half: client.js and what it imports, as one ES module (dist/client.js).
export default defineConfig({
  root: import.meta.dirname,
  build: {
    target: 'es2022',
    emptyOutDir: true,
    lib: { entry: 'client.js', formats: ['es'], fileName: () => 'client.js' },
  },
});
