import { css } from 'lit';
import type { ArticleView } from '../../article-view/article-view.component.js';
import { pageControlRects } from '../../shared/page-controls.js';
import { backgroundColor, textColor } from '../../shared/theme.styles.js';
import type { Aid, AidContext } from './aid.js';
import { follow, type Followed } from './follow.js';
import { box, contains, intersect, lineHeightOf, subtract, viewport, type Box } from './geometry.js';
import { overlay } from './overlay.js';

/** The band's height, in lines of the article's text. */
export const GUIDE_LINES = 3;
// The band's edges, in px.
const EDGE = 2;

const styles = css`
  :host {
    inset: 0;
  }

  .dim,
  .edge {
    position: absolute;
    box-sizing: border-box;
  }

  .dim {
    background: ${backgroundColor};
    opacity: 0.65;
  }

  .edge {
    border-top: ${EDGE}px solid ${textColor};
  }

  @media (forced-colors: active) {
    .dim {
      background: Canvas;
    }

    .edge {
      border-top-color: CanvasText;
    }
  }
`;

/**
 * Reading guide (辅助线): a band three lines of the article's text high follows the pointer, or the
 * first lines of the block focused by keyboard, between two lines; the rest of the article is
 * dimmed with its own background (still readable), the controls on it never.
 */
export function start(context: AidContext): Aid {
  const { root, followColours, remove } = overlay(context.layer, styles, () => draw());
  const drawing = document.createElement('div');
  root.append(drawing);

  // Where the band is: at the pointer's height, or at the top of the focused block.
  let anchor: { view: ArticleView; lineHeight: number; y?: number; block?: HTMLElement } | undefined;
  let pointed: Followed | undefined;

  const draw = () => {
    const area = anchor?.view.isConnected ? intersect(anchor.view.getBoundingClientRect(), viewport()) : undefined;
    if (!anchor || !area) {
      drawing.replaceChildren();
      return;
    }
    const height = GUIDE_LINES * anchor.lineHeight;
    const top = anchor.block ? anchor.block.getBoundingClientRect().top : anchor.y! - height / 2;
    const band = box(area.left, top, area.right, top + height);
    const controls = pageControlRects();
    followColours(anchor.view, anchor.view);
    const pieces = (kind: string, boxes: Box[]) =>
      boxes.map(({ left, top, right, bottom }) => {
        const piece = document.createElement('div');
        piece.className = kind;
        Object.assign(piece.style, { left: `${left}px`, top: `${top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
        return piece;
      });
    const edges = [band.top - EDGE, band.bottom].flatMap(y => subtract(box(area.left, y, area.right, y + EDGE), controls));
    drawing.replaceChildren(...pieces('dim', subtract(area, [band, ...controls])), ...pieces('edge', edges));
  };

  const stopFollowing = follow(context, {
    onBlock(followed, how) {
      pointed = how === 'pointer' ? followed : undefined;
      if (!followed) anchor = undefined;
      else if (how === 'focus') anchor = { view: followed.view, block: followed.block, lineHeight: lineHeightOf(followed.block) };
      draw();
    },
    onPointer(x, y) {
      const view = context.views().find(candidate => contains(candidate.getBoundingClientRect(), x, y));
      if (!view) return;
      // The lines of the block pointed at; over the margins, those of the last one.
      const lineHeight =
        pointed?.view === view ? lineHeightOf(pointed.block) : anchor?.view === view ? anchor.lineHeight : lineHeightOf(view.readableBlocks()[0] ?? view);
      anchor = { view, y, lineHeight };
      draw();
    },
  });

  return {
    stop() {
      stopFollowing();
      remove();
    },
  };
}
