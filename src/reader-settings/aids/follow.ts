import type { ArticleView } from '../../article-view/article-view.component.js';
import type { AidContext } from './aid.js';

/** A block of an article the reader is pointing at or has focused. */
export interface Followed {
  view: ArticleView;
  block: HTMLElement;
}

export interface FollowOptions {
  /** Milliseconds the pointer must rest on a block before `onBlock` is called for it; default 0. */
  rest?: number;
  /**
   * The block pointed at (after `rest`) or focused (at once). Called again only when it changes;
   * `undefined` when the article it was in is no longer shown.
   */
  onBlock(followed: Followed | undefined, how: 'pointer' | 'focus'): void;
  /** Pointing at another block, before its rest is over: what was shown for the last one ends now. */
  onLeave?(): void;
  /** Every pointer move over the page (and tap), at most once a frame. */
  onPointer?(x: number, y: number): void;
}

/**
 * Follows the reader through the articles' `readableBlocks()`: the block under the pointer and the
 * block holding the keyboard focus. Listens only while running; the returned function stops it.
 */
export function follow(context: AidContext, options: FollowOptions): () => void {
  const { rest = 0, onBlock, onLeave, onPointer } = options;
  // Each view's blocks, read again when it shows another article (readableBlocks() walks the article).
  const blocks = new Map<ArticleView, { article: unknown; set: Set<EventTarget> }>();
  const blocksOf = (view: ArticleView) => {
    let cached = blocks.get(view);
    if (!cached || cached.article !== view.shownArticle) {
      cached = { article: view.shownArticle, set: new Set(view.readableBlocks()) };
      blocks.set(view, cached);
    }
    return cached.set;
  };
  const find = (path: readonly EventTarget[]): Followed | undefined => {
    const views = context.views();
    if (views.length === 0) return undefined;
    for (const view of views) {
      // Heard in the view's shadow root, the path ends there, without the view.
      if (!path.includes(view) && !(view.shadowRoot && path.includes(view.shadowRoot))) continue;
      const set = blocksOf(view);
      const block = path.find(target => set.has(target));
      if (block) return { view, block: block as HTMLElement };
    }
    return undefined;
  };

  let current: Followed | undefined;
  let waiting: HTMLElement | undefined;
  let timer = 0;
  let frame = 0;
  let lastMove: PointerEvent | undefined;
  const show = (followed: Followed | undefined, how: 'pointer' | 'focus') => {
    window.clearTimeout(timer);
    waiting = undefined;
    if (followed?.block === current?.block) return;
    current = followed;
    onBlock(followed, how);
  };

  const onMove = (event: PointerEvent) => {
    lastMove = event;
    if (onPointer) frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (lastMove) onPointer(lastMove.clientX, lastMove.clientY);
    });
    const followed = find(event.composedPath());
    // Over the margins, or the page around the article, the last block stays.
    if (!followed || followed.block === current?.block || followed.block === waiting) {
      if (followed?.block === current?.block) {
        window.clearTimeout(timer);
        waiting = undefined;
      }
      return;
    }
    if (rest <= 0) return show(followed, 'pointer');
    window.clearTimeout(timer);
    // What was shown for the last block ends: coming back to it shows it again.
    if (current && onLeave) {
      onLeave();
      current = undefined;
    }
    waiting = followed.block;
    timer = window.setTimeout(() => show(followed, 'pointer'), rest);
  };
  const onFocus = (event: Event) => {
    listenInViews();
    const followed = find(event.composedPath());
    if (followed) show(followed, 'focus');
  };
  // Focus moving from one block to another inside a view's shadow root never reaches the document
  // (its target and related target are the same host there): it is heard in the shadow root itself.
  const roots = new Set<ShadowRoot>();
  const listenInViews = () => {
    for (const view of context.views()) {
      const root = view.shadowRoot;
      if (!root || roots.has(root)) continue;
      roots.add(root);
      root.addEventListener('focusin', onFocus, true);
    }
  };
  // Another article in a view: its old blocks are gone.
  const onChange = (event: Event) => {
    blocks.delete(event.target as ArticleView);
    if (current && current.view === event.target) show(undefined, 'pointer');
  };

  document.addEventListener('pointermove', onMove, { passive: true, capture: true });
  // A tap (touch, pen) moves nothing: where it lands counts as a move there.
  document.addEventListener('pointerdown', onMove, { passive: true, capture: true });
  document.addEventListener('focusin', onFocus, true);
  document.addEventListener('article-change', onChange, true);
  listenInViews();
  // Focus already on a block when the aid starts counts as a move to it.
  const focused = find(focusPath());
  if (focused) show(focused, 'focus');
  return () => {
    document.removeEventListener('pointermove', onMove, { capture: true });
    document.removeEventListener('pointerdown', onMove, { capture: true });
    document.removeEventListener('focusin', onFocus, true);
    document.removeEventListener('article-change', onChange, true);
    for (const root of roots) root.removeEventListener('focusin', onFocus, true);
    roots.clear();
    window.clearTimeout(timer);
    cancelAnimationFrame(frame);
    current = undefined;
  };
}

/** The focused element and its ancestors, across shadow roots, as a focus event's composedPath() would give them. */
function focusPath(): EventTarget[] {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const path: EventTarget[] = [];
  for (let node: Node | null = active; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) path.push(node);
  return path;
}
