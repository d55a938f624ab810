/**
 * The theme controls' model, read from custom-elements.json (written from the elements' JSDoc
 * `@cssproperty` tags), so the controls never drift from the code.
 */

export type ThemeKind = 'colors' | 'fonts' | 'sizes' | 'spacing';

export interface ThemeProperty {
  /** `--article-view-color` */
  name: string;
  description: string;
  /** The element that documents it. */
  tagName: string;
  kind: ThemeKind;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; customElement?: boolean; cssProperties?: { name: string; description?: string }[] }[] }[];
}

/** How a property is edited, from its name: colors get a color picker; the rest take any CSS value. */
export function kindOf(name: string): ThemeKind {
  if (/(color|background)$/.test(name)) return 'colors';
  if (/font-family$/.test(name)) return 'fonts';
  if (/(padding|gap|min-height)$/.test(name)) return 'spacing';
  return 'sizes';
}

/** Every documented CSS custom property of every element in the manifest, in the manifest's order. */
export function themeProperties(manifest: Manifest): ThemeProperty[] {
  return manifest.modules
    .flatMap(module => module.declarations ?? [])
    .filter(declaration => declaration.customElement && declaration.tagName)
    .flatMap(declaration =>
      (declaration.cssProperties ?? []).map(property => ({
        name: property.name,
        description: property.description ?? '',
        tagName: declaration.tagName!,
        kind: kindOf(property.name),
      })),
    );
}

export type PresetName = 'light' | 'dark' | 'contrast';

export const PRESET_LABELS: Record<PresetName, string> = { light: 'Light', dark: 'Dark', contrast: 'High contrast' };

/**
 * Each preset's colors by the end of the property name, so a preset covers every element's
 * `…-color`, `…-background` and so on, including properties added later. Contrast meets AAA (7:1).
 */
const PALETTES: Record<PresetName, Record<string, string>> = {
  light: {
    '-muted-color': '#595959', '-link-color': '#0b57d0', '-accent-color': '#b3261e', '-error-color': '#b3261e',
    '-checked-color': '#ffffff', '-checked-background': '#b3261e', '-focus-color': '#0b57d0',
    '-color': '#1f1f1f', '-background': '#ffffff',
  },
  dark: {
    '-muted-color': '#b4b4b4', '-link-color': '#8ab4f8', '-accent-color': '#f2b8b5', '-error-color': '#f2b8b5',
    '-checked-color': '#1f1f1f', '-checked-background': '#f2b8b5', '-focus-color': '#8ab4f8',
    '-color': '#e6e6e6', '-background': '#161616',
  },
  contrast: {
    '-muted-color': '#000000', '-link-color': '#0000ee', '-accent-color': '#000000', '-error-color': '#8b0000',
    '-checked-color': '#ffffff', '-checked-background': '#000000', '-focus-color': '#0000ee',
    '-color': '#000000', '-background': '#ffffff',
  },
};

/** The values a preset gives the color properties among `properties`. */
export function presetTheme(preset: PresetName, properties: ThemeProperty[]): Record<string, string> {
  const palette = Object.entries(PALETTES[preset]);
  const theme: Record<string, string> = {};
  for (const { name, kind } of properties) {
    if (kind !== 'colors') continue;
    // Specific endings are listed first, so `-muted-color` wins over `-color`.
    const match = palette.find(([ending]) => name.endsWith(ending));
    if (match) theme[name] = match[1];
  }
  return theme;
}
