// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import { ArticleView, type ArticleChangeEvent, type ArticleErrorEvent, type ArticleLoadEvent } from './article-view.component.js';

export * from './article-view.component.js';

defineElement('article-view', ArticleView);

declare global {
  interface HTMLElementTagNameMap {
    'article-view': ArticleView;
  }
  interface GlobalEventHandlersEventMap {
    'article-load': ArticleLoadEvent;
    'article-error': ArticleErrorEvent;
    'article-change': ArticleChangeEvent;
  }
}
