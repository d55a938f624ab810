/**
 * Registers a custom element unless the tag is taken. A page that loads portal-reader twice (two
 * bundles, or a bundle and the npm build) keeps the first definition and gets a warning, not an error.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(`portal-reader: <${tag}> is already defined on this page; keeping the first definition.`);
  }
}
