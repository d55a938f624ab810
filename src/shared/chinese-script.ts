/**
 * Simplified or Traditional Chinese characters (SPEC, `<chinese-script-toggle>`).
 *
 * The `script` attribute (`simplified` or `traditional`) is read like `lang`: from the element
 * itself, else its nearest ancestor that has one, across shadow roots. `traditional` converts the
 * text of a Chinese article and gives the labels of every portal-reader element under it in
 * Traditional characters; `simplified` (or none) shows the text as it was written. The conversion
 * itself (OpenCC, and the Text nodes converted in place) is opencc.ts, loaded only when needed.
 */

export type ChineseScript = 'simplified' | 'traditional';

export const CHINESE_SCRIPTS: readonly ChineseScript[] = ['simplified', 'traditional'];

export function isChineseScript(value: unknown): value is ChineseScript {
  return value === 'simplified' || value === 'traditional';
}

/** The `script` of `element` or of its nearest ancestor (across shadow roots) that has a valid one. */
export function resolveScript(element: Element): ChineseScript | undefined {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    // `getAttribute?.`: text and document nodes have none, and server rendering has no `Element`.
    const script = (node as Element).getAttribute?.('script');
    if (isChineseScript(script)) return script;
  }
  return undefined;
}

const scripts = new Map<string, string | undefined>();

/** The script subtag `lang` implies (`Hans` for zh-CN and zh, `Hant` for zh-TW, zh-HK, zh-MO). */
function scriptOf(lang: string): string | undefined {
  if (!scripts.has(lang)) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    scripts.set(lang, script);
  }
  return scripts.get(lang);
}

export function isChineseLang(lang: string): boolean {
  return /^zh(?:-|$)/i.test(lang);
}

/** True for a Chinese language tag written in Traditional characters: zh-Hant, zh-TW, zh-HK, zh-MO. */
export function isTraditionalLang(lang: string): boolean {
  return isChineseLang(lang) && scriptOf(lang) === 'Hant';
}

/** `lang` with the Traditional script subtag: `zh-CN` becomes `zh-Hant-CN`, `zh` becomes `zh-Hant`. */
export function traditionalLang(lang: string): string {
  try {
    return new Intl.Locale(lang, { script: 'Hant' }).toString();
  } catch {
    return 'zh-Hant';
  }
}

/** OpenCC and the in-place conversion of Text nodes: opencc.ts, its own chunk. */
export type Traditional = typeof import('./opencc.js');

let loading: Promise<Traditional> | undefined;
let loaded: Traditional | undefined;

/** OpenCC's Simplified-to-Traditional conversion, loaded (once) from its own chunk. */
export function loadTraditional(): Promise<Traditional> {
  loading ??= import('./opencc.js').then(module => (loaded = module));
  // Offline, say: the next choice of Traditional tries again.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The conversion if it has loaded, so that a render after the first converts before it is painted. */
export function loadedTraditional(): Traditional | undefined {
  return loaded;
}
