/** A box in viewport coordinates (a DOMRect, or one computed here). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

/** The viewport, without its scroll bars. */
export const viewport = (): Box => box(0, 0, document.documentElement.clientWidth, document.documentElement.clientHeight);

export function intersect(a: Box, b: Box): Box | undefined {
  const result = box(Math.max(a.left, b.left), Math.max(a.top, b.top), Math.min(a.right, b.right), Math.min(a.bottom, b.bottom));
  return result.right > result.left && result.bottom > result.top ? result : undefined;
}

export const contains = (area: Box, x: number, y: number) => x >= area.left && x < area.right && y >= area.top && y < area.bottom;

/**
 * `area` less the `holes`, as boxes: the horizontal strips between the holes' edges, each less the
 * holes across it. Overlapping holes are fine.
 */
export function subtract(area: Box, holes: readonly Box[]): Box[] {
  const inside = holes.flatMap(hole => intersect(hole, area) ?? []);
  const edges = [...new Set([area.top, area.bottom, ...inside.flatMap(hole => [hole.top, hole.bottom])])].sort((a, b) => a - b);
  const pieces: Box[] = [];
  for (let index = 1; index < edges.length; index++) {
    const [top, bottom] = [edges[index - 1], edges[index]];
    const across = inside.filter(hole => hole.top < bottom && hole.bottom > top).sort((a, b) => a.left - b.left);
    let left = area.left;
    for (const hole of across) {
      if (hole.left > left) pieces.push(box(left, top, hole.left, bottom));
      left = Math.max(left, hole.right);
    }
    if (left < area.right) pieces.push(box(left, top, area.right, bottom));
  }
  return pieces;
}

/** The heights of the viewport, top to bottom, that none of `obstacles` reaches into, as [top, bottom]. */
export function freeBands(height: number, obstacles: readonly Box[]): [top: number, bottom: number][] {
  const bands: [number, number][] = [];
  let top = 0;
  for (const obstacle of [...obstacles].sort((a, b) => a.top - b.top)) {
    if (obstacle.bottom <= 0 || obstacle.top >= height) continue;
    if (obstacle.top > top) bands.push([top, obstacle.top]);
    top = Math.max(top, obstacle.bottom);
  }
  if (top < height) bands.push([top, height]);
  return bands;
}

/** The line height of `element`'s text in px (`normal` taken as 1.2 em). */
export function lineHeightOf(element: Element): number {
  const style = getComputedStyle(element);
  const lineHeight = Number.parseFloat(style.lineHeight);
  return Number.isFinite(lineHeight) ? lineHeight : 1.2 * Number.parseFloat(style.fontSize);
}
