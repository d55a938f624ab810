/** The element with `id` in the same document or shadow root as `from`, else in the document. */
export function elementById(from: Element, id: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  const found = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
  return (found ?? document.getElementById(id)) as HTMLElement | null;
}

/** The nearest ancestor of `from` matching `selector`, crossing shadow-root boundaries. */
export function closestAcross<E extends Element = Element>(from: Element, selector: string): E | null {
  for (let node: Node | null = from.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.matches(selector)) return node as E;
  }
  return null;
}

/**
 * The elements a control acts on: the one named by `htmlFor` (an id), else the `article-view`
 * the control is placed in, else every `article-view` in the document.
 */
export function articleTargets(control: Element, htmlFor: string | undefined): HTMLElement[] {
  if (htmlFor) {
    const target = elementById(control, htmlFor);
    return target ? [target] : [];
  }
  const enclosing = closestAcross<HTMLElement>(control, 'article-view');
  return enclosing ? [enclosing] : [...document.querySelectorAll<HTMLElement>('article-view')];
}
