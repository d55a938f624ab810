import type { ArticleView } from '../../article-view/article-view.component.js';
import { BlockSpeaker, SPEAKABLE, articleLang, speech, voiceForLang } from '../../shared/speech.js';
import { articleTargets } from '../../shared/target.js';
import type { Aid, AidContext } from './aid.js';
import { follow, type Followed } from './follow.js';

/** How long the pointer rests on a block before it is read: moving across the page reads nothing. */
export const POINT_REST_MS = 400;

/** The speed of a `<read-aloud>` that reads `view` (the one it names or is placed in, else the first view), else 1. */
function rateFor(view: ArticleView): number {
  for (const control of document.querySelectorAll('read-aloud')) {
    if (typeof control.rate === 'number' && articleTargets(control, control.htmlFor)[0] === view) return control.rate;
  }
  return 1;
}

/**
 * Point to read (指读): the block under the pointer after a rest, or the block focused by keyboard,
 * is read aloud with `<read-aloud>`'s voice choice and sentence pieces (shared/speech.ts), and
 * marked in its article; pointing at or focusing another block stops it and reads that one.
 */
export function start(context: AidContext): Aid {
  let reading: { view: ArticleView; lang: string; rate: number } | undefined;

  const unmark = () => {
    const ended = reading;
    reading = undefined;
    ended?.view.markReading(null);
  };
  const end = () => {
    unmark();
    speaker.release();
  };
  const speaker = new BlockSpeaker({
    voice: () => ({ lang: reading?.lang ?? '', rate: reading?.rate ?? 1 }),
    onDone: end,
    onFail: end,
    // Read aloud started: it has the synthesizer now, and marks its own block.
    onYield: unmark,
  });

  const read = (followed: Followed | undefined) => {
    const lang = followed && speech() && SPEAKABLE.test(followed.block.textContent ?? '') ? articleLang(followed.view) : undefined;
    if (!followed || !lang || !voiceForLang(lang)) return end();
    unmark();
    // Before the mark: a read-aloud reading the same view clears its own as it is ended.
    speaker.claim();
    reading = { view: followed.view, lang, rate: rateFor(followed.view) };
    // Not scrolled: the block is where the reader is pointing.
    followed.view.markReading(followed.block, { scroll: false });
    speaker.speak(followed.block);
  };

  const stopFollowing = follow(context, { rest: POINT_REST_MS, onBlock: read, onLeave: end });
  return {
    stop() {
      stopFollowing();
      end();
    },
  };
}
