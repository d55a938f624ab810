import type { ArticleView } from '../../article-view/article-view.component.js';

/** The reading aids of `<reader-settings>` (适老化 assist toolbar), each a remembered switch. */
export type AidName = 'pointToRead' | 'captionBar' | 'readingGuide' | 'largeCursor';

export const AID_NAMES: readonly AidName[] = ['pointToRead', 'captionBar', 'readingGuide', 'largeCursor'];

/** What an aid is given when it is switched on. */
export interface AidContext {
  /** The article views the aid works on (those of the reader-settings' targets that are defined `article-view`s), now. */
  views(): ArticleView[];
  /**
   * Where the aid puts what it shows (the caption bar, the guide): a part of reader-settings' own
   * shadow root, so the article's theme tokens reach it, outside the panel.
   */
  layer: HTMLElement;
}

/** A running aid; `stop()` removes everything it added (listeners, speech, elements, styles) at once. */
export interface Aid {
  stop(): void;
}

/** Each aid's module exports `start`. */
export type StartAid = (context: AidContext) => Aid;

// Each aid's code loads the first time a reader switches it on, so a page pays for none it does not use.
const modules: Record<AidName, () => Promise<{ start: StartAid }>> = {
  pointToRead: () => import('./point-to-read.js'),
  captionBar: () => import('./caption-bar.js'),
  readingGuide: () => import('./reading-guide.js'),
  largeCursor: () => import('./large-cursor.js'),
};

export function loadAid(name: AidName): Promise<StartAid> {
  return modules[name]().then(module => module.start);
}

/** Aids that follow the keyboard focus: while one is on, the article's blocks are stops of the Tab key. */
export const FOLLOWS_FOCUS: ReadonlySet<AidName> = new Set(['pointToRead', 'captionBar', 'readingGuide']);
