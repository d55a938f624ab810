// The reader's choices (text size, reading settings), kept in localStorage across visits. A page
// whose storage throws (blocked cookies, a sandboxed frame) keeps them for this visit instead.
const thisVisit = new Map<string, string>();

/** What was stored under `key`, or null. */
export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return thisVisit.get(key) ?? null;
  }
}

export function remember(key: string, value: string): void {
  thisVisit.set(key, value);
  try {
    localStorage.setItem(key, value);
  } catch {
    // Blocked or full: the choice lasts for this visit.
  }
}
