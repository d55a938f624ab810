/**
 * Fires a bubbling `CustomEvent` from `target`; composed unless told otherwise, so a host page
 * hears it through shadow roots. Returns false when a listener cancelled a cancelable event.
 */
export function emit<T>(
  target: EventTarget,
  type: string,
  detail: T,
  { cancelable = false, composed = true }: { cancelable?: boolean; composed?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed, cancelable }));
}
