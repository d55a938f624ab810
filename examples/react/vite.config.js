import { defineConfig } from 'vite';

// JSX with React's automatic runtime; no React plugin is needed for a build.
export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } } });
