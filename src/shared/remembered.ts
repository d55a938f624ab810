import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** What a `RememberedChoice` needs of its element. */
export interface ChoiceHost extends ReactiveControllerHost, HTMLElement {
  storageKey: string;
}

export interface ChoiceOptions<T> {
  /** The choice kept as `stored`, or undefined for nothing, or for something stale or hostile. */
  read(stored: string | null): T | undefined;
  /** The choice as it is kept. */
  write(value: T): string;
  /** Shows a choice made elsewhere: by another element of the same kind and key, or in another tab. */
  show(value: T): void;
}

// Every connected element's choice, to tell the others of the same kind and key.
const choices = new Set<RememberedChoice<unknown>>();

/**
 * The reader's choice an element keeps in localStorage under its `storageKey`, shared with every
 * element of its kind with the same key: on this page as soon as one of them chooses, in the
 * reader's other tabs through `storage` events. The element decides what wins on connection
 * (`stored`, usually) and calls `keep()` when the reader chooses.
 */
export class RememberedChoice<T> implements ReactiveController {
  constructor(
    private readonly host: ChoiceHost,
    private readonly options: ChoiceOptions<T>,
  ) {
    host.addController(this);
  }

  /** What the reader chose before, here or on an earlier page; undefined if nothing usable is kept. */
  get stored(): T | undefined {
    return this.options.read(recall(this.host.storageKey));
  }

  /** Keeps the reader's new choice, and shows it in the other elements of this kind and key. */
  keep(value: T): void {
    remember(this.host.storageKey, this.options.write(value));
    for (const other of choices) {
      if (other !== this && other.host.constructor === this.host.constructor && other.host.storageKey === this.host.storageKey) {
        (other as RememberedChoice<T>).options.show(value);
      }
    }
  }

  hostConnected(): void {
    choices.add(this as RememberedChoice<unknown>);
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    choices.delete(this as RememberedChoice<unknown>);
    window.removeEventListener('storage', this.onStorage);
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== this.host.storageKey) return;
    const value = this.options.read(event.newValue);
    if (value !== undefined) this.options.show(value);
  };
}
