import { sendMouse } from '@web/test-runner-commands';

/** Moves the real pointer over `element`, 10 px into its first line. */
export async function pointAt(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + Math.min(box.height / 2, 12))] });
}

/** Moves the real pointer over the middle of the first line of `text` in `block`. */
export async function pointAtText(block: Element, text: string): Promise<void> {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const line = range.getClientRects()[0];
    await sendMouse({ type: 'move', position: [Math.round(line.left + Math.min(line.width / 2, 20)), Math.round(line.top + line.height / 2)] });
    return;
  }
  throw new Error(`"${text}" is not in the block`);
}

/** Moves the real pointer to the page's top left corner, over nothing of the test's. */
export const pointAway = () => sendMouse({ type: 'move', position: [0, 0] });

/**
 * Waits until an article's blocks have their real heights: blocks off screen are laid out only
 * when they come near it (content-visibility: auto), a frame after they render, so a position
 * measured before may be off.
 */
export async function laidOut(): Promise<void> {
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
}
