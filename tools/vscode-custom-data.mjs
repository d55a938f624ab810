// An analyzer plugin that turns the Custom Elements Manifest into VS Code's HTML custom data
// (https://github.com/microsoft/vscode-custom-data), so editors complete our tags and attributes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** `'a' | 'b'` → [{ name: 'a' }, { name: 'b' }]; other types give no value list. */
function valuesOf(type) {
  const literals = (type?.text ?? '').split('|').map(part => part.trim());
  return literals.every(part => /^'[^']*'$/.test(part)) ? literals.map(part => ({ name: part.slice(1, -1) })) : undefined;
}

export function toCustomData(manifest) {
  const tags = manifest.modules
    .flatMap(module => module.declarations ?? [])
    .filter(declaration => declaration.customElement && declaration.tagName)
    .map(element => ({
      name: element.tagName,
      description: [
        element.summary ?? element.description ?? '',
        ...(element.events ?? []).map(event => `Event \`${event.name}\`: ${event.description ?? ''}`),
      ].join('\n\n'),
      attributes: (element.attributes ?? []).map(attribute => ({
        name: attribute.name,
        description: attribute.description ?? '',
        ...(valuesOf(attribute.type) ? { values: valuesOf(attribute.type) } : {}),
      })),
    }));
  return { $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags };
}

export function vscodeCustomData(path) {
  return {
    name: 'vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(toCustomData(customElementsManifest), null, 2) + '\n');
    },
  };
}
