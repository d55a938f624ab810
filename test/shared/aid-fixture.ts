import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ArticleView } from '../../src/article-view/article-view.js';
import type { Aid, StartAid } from '../../src/reader-settings/aids/aid.js';
import { laidOut, pointAway } from './pointer.js';

/**
 * One reading aid under test, started on a page of `width` px as reader-settings starts it: on the
 * article views of the page, drawing into a layer beside them. Stopped, and the pointer moved away,
 * after each test.
 */
export function aidFixture(start: StartAid, width: number) {
  let aid: Aid | undefined;
  let layer: HTMLDivElement | undefined;
  beforeEach(pointAway);
  afterEach(async () => {
    aid?.stop();
    aid = undefined;
    await pointAway();
  });
  return {
    /** Where the aid draws. */
    get layer(): HTMLDivElement {
      return layer!;
    },
    /** Renders `template` (holding one article-view) and waits until its blocks are laid out. */
    async render(template: TemplateResult): Promise<ArticleView> {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}<div class="layer"></div></div>`);
      layer = wrapper.querySelector<HTMLDivElement>('.layer')!;
      const view = wrapper.querySelector('article-view')!;
      await view.updateComplete;
      await laidOut();
      return view;
    },
    begin(view: ArticleView): Aid {
      aid = start({ views: () => [view], layer: layer! });
      return aid;
    },
    stop(): void {
      aid?.stop();
      aid = undefined;
    },
  };
}
