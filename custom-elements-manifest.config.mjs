// `npm run analyze`: dist/custom-elements.json from the elements' JSDoc, and from it the
// VS Code HTML custom data (dist/vscode.html-custom-data.json).
import { vscodeCustomData } from './tools/vscode-custom-data.mjs';

export default {
  globs: ['src/*/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [vscodeCustomData('dist/vscode.html-custom-data.json')],
};
