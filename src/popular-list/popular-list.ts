// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import {
  PopularList,
  type ArticleSelectEvent,
  type PopularErrorEvent,
  type PopularLoadEvent,
} from './popular-list.component.js';

export * from './popular-list.component.js';

defineElement('popular-list', PopularList);

declare global {
  interface HTMLElementTagNameMap {
    'popular-list': PopularList;
  }
  interface GlobalEventHandlersEventMap {
    'article-select': ArticleSelectEvent;
    'popular-load': PopularLoadEvent;
    'popular-error': PopularErrorEvent;
  }
}
