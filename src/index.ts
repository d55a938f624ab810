/** portal-reader: registers every element and exports their classes and the article model. */
import './shared/host-guard.js';
export * from './article-view/article-view.js';
export * from './font-size-toggle/font-size-toggle.js';
export * from './print-close-bar/print-close-bar.js';
export * from './article/index.js';
export * from './popular-list/popular-list.js';
export * from './reader-settings/reader-settings.js';
export * from './read-aloud/read-aloud.js';
export * from './chinese-script-toggle/chinese-script-toggle.js';
