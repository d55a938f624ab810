/**
 * Imported before Lit by every registering entry. A host page element with an id or name such as
 * `litHtmlVersions` appears on `window` under that name (named access), and Lit, which reads these
 * globals while it loads, would call `.push` on an element, or call an element as a function, and
 * stop loading. Such values are set back to `undefined`, so Lit creates its own; a real value (an
 * array from another Lit on the page, a polyfill's hook) is left alone.
 */
const globals = globalThis as unknown as Record<string, unknown>;

const EXPECTED: Record<string, (value: unknown) => boolean> = {
  litHtmlVersions: Array.isArray,
  litElementVersions: Array.isArray,
  reactiveElementVersions: Array.isArray,
  litPropertyMetadata: value => value instanceof WeakMap,
  litHtmlPolyfillSupport: value => typeof value === 'function',
  litElementPolyfillSupport: value => typeof value === 'function',
  reactiveElementPolyfillSupport: value => typeof value === 'function',
  // Polyfill objects are plain objects; named access gives elements, collections or frames.
  ShadyCSS: value => isPlainObject(value),
  ShadyDOM: value => isPlainObject(value),
  trustedTypes: value => typeof (value as { createPolicy?: unknown })?.createPolicy === 'function',
};

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Node) && !(value instanceof HTMLCollection) &&
    (value as { window?: unknown }).window !== value;
}

for (const [name, isExpected] of Object.entries(EXPECTED)) {
  if (globals[name] !== undefined && !isExpected(globals[name])) globals[name] = undefined;
}

export {};
