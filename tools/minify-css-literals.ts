import type { Plugin } from 'vite';

// A Vite plugin for the builds: the text of Lit `css` templates, minified (comments removed,
// white space collapsed). Minifiers leave template literals as they are, and the elements' style
// comments and indentation were 0.8 KB of the gzipped bundle.

/** `css` template text without comments and with white space collapsed; `${…}` parts are kept as they are. */
export function minifyCssTemplates(code: string): string {
  let out = '';
  let index = 0;
  for (let start = code.indexOf('css`'); start !== -1; start = code.indexOf('css`', index)) {
    out += code.slice(index, start + 4);
    let i = start + 4;
    let text = '';
    // Up to the closing backtick; an interpolation is copied whole (it may hold braces and strings).
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        out += minify(text);
        text = '';
        let depth = 0;
        const from = i;
        do {
          if (code[i] === '{') depth++;
          else if (code[i] === '}') depth--;
          i++;
        } while (depth > 0 && i < code.length);
        out += code.slice(from, i);
      } else {
        text += code[i++];
      }
    }
    out += minify(text) + '`';
    index = i + 1;
  }
  return out + code.slice(index);
}

function minify(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}');
}

export const minifyCssLiterals: Plugin = {
  name: 'minify-css-literals',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    return { code: minifyCssTemplates(code), map: null };
  },
};
