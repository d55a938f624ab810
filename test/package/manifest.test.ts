import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { ArticleView, ChineseScriptToggle, FontSizeToggle, PopularList, PrintCloseBar, ReadAloud, ReaderSettings } from '../../src/index.js';

// `npm test` runs `npm run build` first, whose `cem analyze` writes both files from the elements' JSDoc.
interface ManifestMember {
  name: string;
  description?: string;
  type?: { text: string };
}
interface ManifestElement {
  tagName: string;
  summary?: string;
  customElement?: boolean;
  attributes?: ManifestMember[];
  events?: ManifestMember[];
  cssParts?: ManifestMember[];
  cssProperties?: ManifestMember[];
}
interface CustomData {
  tags: { name: string; attributes: { name: string; description: string }[] }[];
}

const ELEMENTS: { tag: string; element: typeof LitElement; source: string }[] = [
  { tag: 'article-view', element: ArticleView, source: 'article-view/article-view.component.ts' },
  { tag: 'font-size-toggle', element: FontSizeToggle, source: 'font-size-toggle/font-size-toggle.component.ts' },
  { tag: 'print-close-bar', element: PrintCloseBar, source: 'print-close-bar/print-close-bar.component.ts' },
  { tag: 'popular-list', element: PopularList, source: 'popular-list/popular-list.component.ts' },
  { tag: 'reader-settings', element: ReaderSettings, source: 'reader-settings/reader-settings.component.ts' },
  { tag: 'read-aloud', element: ReadAloud, source: 'read-aloud/read-aloud.component.ts' },
  { tag: 'chinese-script-toggle', element: ChineseScriptToggle, source: 'chinese-script-toggle/chinese-script-toggle.component.ts' },
];

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map(match => match[1]);
const names = (members: ManifestMember[] = []) => members.map(member => member.name);

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.ok, `${url} exists (npm run build writes it)`).to.equal(true);
  return (await response.json()) as T;
}

describe('custom-elements.json', () => {
  let declarations: ManifestElement[];
  before(async () => {
    const manifest = await getJson<{ modules: { declarations?: ManifestElement[] }[] }>('/dist/custom-elements.json');
    declarations = manifest.modules.flatMap(module => module.declarations ?? []).filter(d => d.customElement);
  });

  for (const { tag, element, source } of ELEMENTS) {
    describe(`<${tag}>`, () => {
      let entry: ManifestElement;
      let code: string;
      before(async () => {
        entry = declarations.find(declaration => declaration.tagName === tag)!;
        // The test server serves the source compiled by esbuild, which prints strings in double quotes.
        code = await (await fetch(`/src/${source}`)).text();
      });

      it('is described, with a summary, CSS parts and CSS custom properties', () => {
        expect(entry, `${tag} in the manifest`).to.exist;
        expect(entry.summary).to.be.a('string').and.not.empty;
        expect(entry.cssParts).to.not.be.empty;
        expect(entry.cssProperties).to.not.be.empty;
        for (const member of [...entry.cssParts!, ...entry.cssProperties!]) {
          expect(member.description, member.name).to.be.a('string').and.not.empty;
        }
      });

      it('lists every attribute the element observes or sets on itself, each described', () => {
        const used = [
          ...element.observedAttributes,
          ...matches(code, /this\.(?:get|has|set|toggle|remove)Attribute\(\s*['"]([a-z-]+)['"]/g),
        ];
        expect(used).to.not.be.empty;
        for (const attribute of used) expect(names(entry.attributes), `@attr ${attribute}`).to.include(attribute);
        for (const attribute of entry.attributes!) {
          expect(attribute.description, `${attribute.name} is described`).to.be.a('string').and.not.empty;
        }
      });

      it('lists every event the element fires, each described', () => {
        const fired = matches(code, /emit\(\s*this,\s*['"]([a-z-]+)['"]/g);
        expect(fired).to.not.be.empty;
        expect(names(entry.events).sort()).to.deep.equal([...new Set(fired)].sort());
        for (const event of entry.events!) expect(event.description, event.name).to.be.a('string').and.not.empty;
      });
    });
  }
});

describe('VS Code HTML custom data', () => {
  it('offers every element with its attributes', async () => {
    const data = await getJson<CustomData>('/dist/vscode.html-custom-data.json');
    expect(data.tags.map(tag => tag.name).sort()).to.deep.equal(ELEMENTS.map(({ tag }) => tag).sort());
    const toggle = data.tags.find(tag => tag.name === 'font-size-toggle')!;
    expect(toggle.attributes.map(attribute => attribute.name)).to.include.members(['value', 'for', 'storage-key']);
  });
});
