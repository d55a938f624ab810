// The documentation against the code: README.md and docs/**/*.md. The API tables must be what
// `npm run docs` writes from dist/custom-elements.json (npm test builds it first), every element
// in the manifest must have its page, and every link must resolve inside the repository.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import { ELEMENT_PAGES, MANIFEST, generate, markdownFiles, readElements, root } from '../../tools/docs-api.mjs';

const elements = existsSync(MANIFEST) ? readElements() : [];
const files = markdownFiles();
const read = file => readFileSync(join(root, file), 'utf8');

/** The Markdown without fenced code blocks and code spans, whose text is not links. */
const prose = text =>
  text
    .replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1\2[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = heading =>
  heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');

/** The anchors a page offers: its headings (numbered when repeated, as GitHub does) and HTML ids. */
function anchors(text) {
  const found = new Set();
  const withoutCode = text.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1\2[^\n]*$/gm, '');
  for (const [, heading] of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(heading);
    let name = base;
    for (let n = 1; found.has(name); n++) name = `${base}-${n}`;
    found.add(name);
  }
  for (const [, id] of text.matchAll(/\s(?:id|name)="([^"]+)"/g)) found.add(id);
  return found;
}

/** Every link target of a page: inline links and images, reference definitions, HTML href/src. */
function links(text) {
  const body = prose(text);
  return [
    ...[...body.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(match => match[1]),
    ...[...body.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(match => match[1]),
    ...[...body.matchAll(/<(?:a|img)\s[^>]*?(?:href|src)="([^"]+)"/g)].map(match => match[1]),
  ];
}

/** The workbench's samples and the parameters its address understands (demo/workbench.ts readState). */
const SAMPLE_IDS = [...read('demo/samples/index.ts').matchAll(/\{\s*id:\s*'([^']+)'/g)].map(match => match[1]);
const PAGE_IDS = [...read('demo/samples/pages/index.ts').matchAll(/\bid:\s*'([^']+)'/g)].map(match => match[1]);
const WORKBENCH_PARAMETERS = {
  sample: SAMPLE_IDS, locale: ['en', 'zh-CN'], width: ['phone', 'tablet', 'desktop'], zoom: ['fit', '100'], size: ['small', 'medium', 'large'],
  // "From a page": a sample portal page (a pasted page is not kept in the address).
  page: PAGE_IDS,
};

describe('documentation', () => {
  it('has the manifest to check against', () => {
    assert.ok(existsSync(MANIFEST), 'dist/custom-elements.json is missing: run `npm run build`');
    assert.ok(elements.length > 0);
  });

  it('has a page for every element in the manifest, and no page for an element that is not', () => {
    for (const { tagName } of elements) {
      assert.ok(existsSync(join(ELEMENT_PAGES, `${tagName}.md`)), `docs/elements/${tagName}.md is missing: \`npm run docs\` starts one`);
    }
    const pages = files.filter(file => file.startsWith('docs/elements/')).map(file => file.slice('docs/elements/'.length, -3));
    assert.deepEqual(pages.filter(page => !elements.some(element => element.tagName === page)), [], 'pages of elements the manifest does not have');
  });

  for (const file of files) {
    it(`${file}: generated tables match dist/custom-elements.json`, () => {
      const text = read(file);
      const expected = generate(text, file, elements);
      if (text !== expected) {
        // The first line that differs, for the message.
        const [ours, theirs] = [text.split('\n'), expected.split('\n')];
        const line = ours.findIndex((row, index) => row !== theirs[index]);
        assert.fail(`${file} is out of date at line ${line + 1}: run \`npm run build && npm run docs\`\n  page:     ${ours[line]}\n  manifest: ${theirs[line]}`);
      }
    });
  }

  for (const { tagName } of elements) {
    it(`docs/elements/${tagName}.md: says what it is for, then examples, then the API`, () => {
      const file = `docs/elements/${tagName}.md`;
      if (!existsSync(join(root, file))) return; // reported above
      const text = read(file);
      const examples = text.indexOf('\n## Examples');
      const api = text.indexOf('<!-- api:start -->');
      assert.ok(api > 0, 'has an <!-- api:start --> … <!-- api:end --> block');
      assert.ok(examples > 0 && examples < api, 'has "## Examples" before the API');
      assert.ok(/^# .+\n\n\S/.test(text), 'starts with a title and what the element is for');
      assert.match(text.slice(examples, api), new RegExp(`\`\`\`html\\n[\\s\\S]*<${tagName}[\\s>]`), `an HTML example with <${tagName}>`);
    });
  }

  it('docs/theming.md: the no-flash CSS names every element', () => {
    const text = read('docs/theming.md');
    const css = /<!-- no-flash-css[^>]*-->\n```css\n([\s\S]*?)```/.exec(text)?.[1];
    assert.ok(css, 'a css block after <!-- no-flash-css --> (test/package/no-flash.test.ts applies it)');
    for (const { tagName } of elements) assert.match(css, new RegExp(`(^|[\\s,])${tagName}:not\\(:defined\\)`), `${tagName}:not(:defined)`);
  });

  it('README.md keeps the two commands that CI and users run', () => {
    const readme = read('README.md');
    assert.match(readme, /^npm install && npm start\b/m);
    assert.match(readme, /^npm test\b/m);
  });

  for (const file of files) {
    it(`${file}: every link resolves inside the repository`, () => {
      const text = read(file);
      const problems = [];
      for (const target of links(text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) {
          problems.push(`${target}: links outside the repository`);
          continue;
        }
        const [, path, query, hash] = /^([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/.exec(target);
        const absolute = path ? resolve(dirname(join(root, file)), decodeURI(path)) : join(root, file);
        if (absolute !== root && !absolute.startsWith(root + sep)) {
          problems.push(`${target}: outside the repository`);
          continue;
        }
        if (!existsSync(absolute)) {
          problems.push(`${target}: ${relative(root, absolute)} does not exist`);
          continue;
        }
        const isDirectory = statSync(absolute).isDirectory();
        if (hash !== undefined && !isDirectory && absolute.endsWith('.md') && !anchors(readFileSync(absolute, 'utf8')).has(decodeURIComponent(hash))) {
          problems.push(`${target}: no heading #${hash} in ${relative(root, absolute)}`);
        }
        if (relative(root, absolute) === 'demo') {
          for (const [name, value] of new URLSearchParams(query ?? '')) {
            if (!WORKBENCH_PARAMETERS[name]) problems.push(`${target}: the workbench has no parameter "${name}"`);
            else if (!WORKBENCH_PARAMETERS[name].includes(value)) problems.push(`${target}: the workbench has no ${name} "${value}"`);
          }
        }
      }
      // Bare addresses in the text, which GitHub turns into links too.
      for (const [url] of prose(text).matchAll(/\bhttps?:\/\/[^\s)>\]]+/g)) problems.push(`${url}: links outside the repository`);
      assert.deepEqual(problems, []);
    });
  }
});
