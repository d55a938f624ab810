/**
 * While a print bar is on the page, printing (from its button or the browser's own menu) shows
 * only the articles: a document-level print rule hides every element that neither is nor contains
 * a print target. It is a constructable stylesheet, so pages that forbid inline styles allow it.
 */
const targetsByBar = new Map<Element, string>();
let sheet: CSSStyleSheet | undefined;

/** The print rule for targets matched by `selector`; nothing is hidden on a page without them. */
export function printOnlyRule(selector: string): string {
  return `@media print {
  body:has(${selector}) :not(${selector}, :is(${selector}) *, :has(${selector})) { display: none !important; }
}`;
}

/** Records what `bar` prints (a CSS selector), or forgets the bar when `selector` is undefined. */
export function setPrintTarget(bar: Element, selector: string | undefined): void {
  if (selector === undefined) targetsByBar.delete(bar);
  else targetsByBar.set(bar, selector);
  if (!sheet) {
    if (!('adoptedStyleSheets' in Document.prototype)) return;
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const selectors = [...new Set(targetsByBar.values())];
  sheet.replaceSync(selectors.length > 0 ? printOnlyRule(selectors.join(', ')) : '');
}
