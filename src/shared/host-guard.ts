/**
 * Imported before Lit by every registering entry. A host page element with an id or name such as
 * `litHtmlVersions` appears on `window` under that name (named access), and Lit, which reads these
 * globals while it loads, would call `.push` on an element, or call an element as a function, and
 * stop loading. Such values are set back to `undefined`, so Lit creates its own; a real value (an
 * array from another Lit on the page, a polyfill's hook) is left alone.
 *
 * The list is every global that Lit's builds (development ones included) read; the test
 * test/package/host-globals.node.mjs reads the installed Lit and fails when a new one appears.
 */
const globals = globalThis as unknown as Record<string, unknown>;

const isFunction = (value: unknown) => typeof value === 'function';

const EXPECTED: Record<string, (value: unknown) => boolean> = {
  litHtmlVersions: Array.isArray,
  litElementVersions: Array.isArray,
  reactiveElementVersions: Array.isArray,
  litPropertyMetadata: value => value instanceof WeakMap,
  litHtmlPolyfillSupport: isFunction,
  litElementPolyfillSupport: isFunction,
  reactiveElementPolyfillSupport: isFunction,
  litHtmlPolyfillSupportDevMode: isFunction,
  litElementPolyfillSupportDevMode: isFunction,
  reactiveElementPolyfillSupportDevMode: isFunction,
  // Set by @lit-labs/ssr-client's hydrate support; Lit calls it as it loads.
  litElementHydrateSupport: isFunction,
  // A CSP nonce that Lit copies onto the <style> elements it makes.
  litNonce: value => typeof value === 'string',
  litIssuedWarnings: value => value instanceof Set,
  litDisableBundleWarning: value => typeof value === 'boolean',
  emitLitDebugLogEvents: value => typeof value === 'boolean',
  // Polyfill objects are plain objects; named access gives elements, collections or frames.
  ShadyCSS: value => isPlainObject(value),
  ShadyDOM: value => isPlainObject(value),
  trustedTypes: value => typeof (value as { createPolicy?: unknown })?.createPolicy === 'function',
};

/** The globals set back when a host page's elements took their names. */
export const GUARDED_GLOBALS: readonly string[] = Object.keys(EXPECTED);

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Node) && !(value instanceof HTMLCollection) &&
    (value as { window?: unknown }).window !== value;
}

for (const [name, isExpected] of Object.entries(EXPECTED)) {
  if (globals[name] !== undefined && !isExpected(globals[name])) globals[name] = undefined;
}
