// `npm run docs`: the generated parts of the documentation, from dist/custom-elements.json (which
// `npm run build` writes from the elements' JSDoc). Only the text between
// `<!-- api:start [what] -->` and `<!-- api:end -->` is rewritten; the rest of each page is
// hand-written. `what` is:
//   (nothing)  in docs/elements/<tag>.md: that element's attributes, properties, methods, events,
//              slots, CSS parts and CSS custom properties;
//   elements   the table of elements, each linking to its page;
//   theming    every element's CSS custom properties and parts, on one page.
// An element in the manifest without a page gets one (a stub to finish by hand).
// test/docs/docs.node.mjs fails when a page and the manifest disagree.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const MANIFEST = join(root, 'dist/custom-elements.json');
export const ELEMENT_PAGES = join(root, 'docs/elements');

const BLOCK = /(<!-- api:start(?: ([a-z-]+))? -->\n)([\s\S]*?)(<!-- api:end -->)/g;

/** The custom elements of the manifest, in its order, each with the module that declares it. */
export function readElements(path = MANIFEST) {
  if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  return manifest.modules.flatMap(module =>
    (module.declarations ?? [])
      .filter(declaration => declaration.customElement && declaration.tagName)
      .map(declaration => ({ ...declaration, modulePath: module.path })),
  );
}

// ---- Markdown ----

/** Text for a table cell: one line, pipes escaped (also inside code spans, as GitHub requires). */
const cell = text => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = text => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
}

/** A default worth showing: a literal (`'medium'`, `10`, `false`), not the name of a constant. */
const literal = value => (value !== undefined && /^(['"`].*['"`]|-?[\d.]+|true|false|null)$/.test(value) ? value : undefined);

const isPublic = member => !member.static && !member.privacy && !/^[_#]/.test(member.name);

function section(title, headers, rows, none = 'None.') {
  return [`### ${title}`, '', rows.length ? table(headers, rows) : none].join('\n');
}

/** The API of one element, as its page shows it. */
export function elementApi(element) {
  const members = (element.members ?? []).filter(isPublic);
  const fields = members.filter(member => member.kind === 'field');
  const fieldOf = attribute => fields.find(field => field.name === attribute.fieldName || field.attribute === attribute.name);

  const attributes = (element.attributes ?? []).map(attribute => {
    const field = fieldOf(attribute);
    return [
      code(attribute.name),
      code(field?.name),
      code(attribute.type?.text ?? field?.type?.text),
      code(literal(field?.default) ?? literal(attribute.default)),
      cell(attribute.description ?? field?.description),
    ];
  });
  const attributeNames = new Set((element.attributes ?? []).map(attribute => attribute.fieldName).filter(Boolean));
  const properties = fields
    .filter(field => !field.attribute && !attributeNames.has(field.name))
    .map(field => [code(field.name), code(field.type?.text), code(literal(field.default)), cell(`${field.readonly ? 'Read-only. ' : ''}${field.description ?? ''}`)]);
  const methods = members
    .filter(member => member.kind === 'method')
    .map(method => {
      const parameters = (method.parameters ?? []).map(parameter => `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`);
      return [code(`${method.name}(${parameters.join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`), cell(method.description)];
    });
  const events = (element.events ?? []).map(event => [code(event.name), code(event.type?.text), cell(event.description)]);
  const slots = (element.slots ?? []).map(slot => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
  const parts = (element.cssParts ?? []).map(part => [code(part.name), cell(part.description)]);
  const cssProperties = (element.cssProperties ?? []).map(property => [code(property.name), code(literal(property.default) ?? property.default), cell(property.description)]);

  const dropEmptyColumn = (headers, rows, column) =>
    rows.every(row => !row[column]) ? [headers.filter((_, index) => index !== column), rows.map(row => row.filter((_, index) => index !== column))] : [headers, rows];

  return [
    '## API',
    `Generated by \`npm run docs\` from \`dist/custom-elements.json\`, that is from the JSDoc of \`${element.modulePath}\`: edit it there.`,
    section('Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes),
    section(
      'Properties',
      ...dropEmptyColumn(['Property', 'Type', 'Default', 'Description'], properties, 2),
      'None besides those of the attributes above.',
    ) + (properties.length ? '\n\nAn attribute with a name in the Property column above is also that property.' : ''),
    ...(methods.length ? [section('Methods', ['Method', 'Description'], methods)] : []),
    section('Events', ...dropEmptyColumn(['Event', 'Detail', 'Description'], events, 1)),
    section('Slots', ['Slot', 'Description'], slots),
    section('CSS parts', ['Part', 'Description'], parts),
    section('CSS custom properties', ...dropEmptyColumn(['Property', 'Default', 'Description'], cssProperties, 1)),
  ].join('\n\n');
}

/** A link from the page at `from` (repository-relative) to an element's page. */
const pageLink = (from, tag) => posix.relative(posix.dirname(from), `docs/elements/${tag}.md`);

/** The first sentence of an element's summary (the analyzer keeps the whole description in it). */
export function firstSentence(text = '') {
  const flat = cell(text);
  return /^.*?[.。](?=\s+[A-Z"`<(]|$)/.exec(flat)?.[0] ?? flat;
}

/** The table of elements: each links to its page, with the first sentence of its summary. */
export function elementsTable(elements, from) {
  return table(
    ['Element', 'What it is for'],
    elements.map(element => [`[\`<${element.tagName}>\`](${pageLink(from, element.tagName)})`, firstSentence(element.summary ?? element.description)]),
  );
}

/** Every element's CSS custom properties and parts, on one page. */
export function themingIndex(elements, from) {
  const properties = elements.flatMap(element =>
    (element.cssProperties ?? []).map(property => [code(property.name), `[\`<${element.tagName}>\`](${pageLink(from, element.tagName)}#css-custom-properties)`, cell(property.description)]),
  );
  const parts = elements.map(element => [
    `[\`<${element.tagName}>\`](${pageLink(from, element.tagName)}#css-parts)`,
    (element.cssParts ?? []).map(part => code(part.name)).join(', '),
  ]);
  return [
    `Generated by \`npm run docs\` from \`dist/custom-elements.json\`.`,
    '### Every CSS custom property',
    table(['Property', 'Element', 'Description'], properties),
    '### Every CSS part',
    table(['Element', 'Parts'], parts),
  ].join('\n\n');
}

// ---- Pages ----

/** README.md and every page under docs/, as repository-relative paths. */
export function markdownFiles() {
  const docs = existsSync(join(root, 'docs'))
    ? readdirSync(join(root, 'docs'), { recursive: true }).filter(file => file.endsWith('.md')).map(file => posix.join('docs', file.split('\\').join('/')))
    : [];
  return ['README.md', ...docs.sort()];
}

/** `text` with each generated block rewritten; throws on a block it cannot fill. */
export function generate(text, file, elements) {
  return text.replace(BLOCK, (_, start, what, _previous, end) => {
    let body;
    if (what === 'elements') body = elementsTable(elements, file);
    else if (what === 'theming') body = themingIndex(elements, file);
    else if (what) throw new Error(`${file}: unknown generated block "${what}"`);
    else {
      const tag = /^docs\/elements\/([a-z][a-z0-9-]*-[a-z0-9-]*)\.md$/.exec(file)?.[1];
      const element = elements.find(candidate => candidate.tagName === tag);
      if (!element) throw new Error(`${file}: an API block needs a page docs/elements/<tag>.md of an element in the manifest`);
      body = elementApi(element);
    }
    return `${start}\n${body}\n\n${end}`;
  });
}

/** The page of an element that has none yet: its summary, and the places to write by hand. */
export function stubPage(element) {
  return `# \`<${element.tagName}>\`

${firstSentence(element.summary ?? element.description)}

<!-- Hand-written: what it is for, when to use it. -->

## Examples

\`\`\`html
<${element.tagName}></${element.tagName}>
\`\`\`

<!-- api:start -->
<!-- api:end -->
`;
}

/** Writes every generated block (and a stub page for each element without one); returns what changed. */
export function writeDocs(elements = readElements()) {
  const changed = [];
  for (const element of elements) {
    const page = join(ELEMENT_PAGES, `${element.tagName}.md`);
    if (!existsSync(page)) {
      mkdirSync(ELEMENT_PAGES, { recursive: true });
      writeFileSync(page, stubPage(element));
      changed.push(`${relative(root, page)} (new: write its hand-written part)`);
    }
  }
  for (const file of markdownFiles()) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const next = generate(text, file, elements);
    if (next !== text) {
      writeFileSync(path, next);
      changed.push(file);
    }
  }
  return changed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const changed = writeDocs();
  console.log(changed.length ? `Updated: ${changed.join(', ')}` : 'The docs already match dist/custom-elements.json.');
}
