/**
 * The script-tag bundles' opt-in elements: each one's module is loaded the first time the page
 * holds its tag (when the bundle starts, and whenever the page adds one later), so a page that
 * never uses `<read-aloud>` never downloads it. Chunk URLs are relative to the bundle's own URL,
 * so this works from any sub-path or CDN.
 */
export type ElementModules = Record<string, () => Promise<unknown>>;

const loads = new Map<string, Promise<void>>();
let modules: ElementModules = {};

/** Loads (once) and registers the opt-in element `tag`, for pages that create it where the document cannot see it (in a shadow root). */
export function loadElement(tag: string): Promise<void> {
  let load = loads.get(tag);
  if (!load) {
    const importModule = modules[tag];
    if (!importModule) return Promise.reject(new Error(`portal-reader: no element <${tag}>`));
    load = importModule().then(() => undefined);
    // Offline, say: the next use tries again.
    load.catch(() => loads.delete(tag));
    loads.set(tag, load);
  }
  return load;
}

export function loadWhenUsed(elementModules: ElementModules): void {
  modules = elementModules;
  if (typeof document === 'undefined') return;
  const selector = Object.keys(modules).join(',');
  const use = (tag: string) =>
    loadElement(tag).catch(error => console.error(`portal-reader: could not load <${tag}>:`, error));
  const found = (root: ParentNode) => {
    for (const tag of Object.keys(modules)) {
      if (!loads.has(tag) && ((root as Element).localName === tag || root.querySelector(tag))) use(tag);
    }
  };
  // Only what was added is looked at, so a busy host page costs next to nothing.
  new MutationObserver(records => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches(selector) || (node as Element).querySelector(selector))) {
          found(node as Element);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
  found(document);
}
