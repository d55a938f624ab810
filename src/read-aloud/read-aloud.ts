// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import { ReadAloud, type ReadAloudEndEvent, type ReadAloudStartEvent } from './read-aloud.component.js';

export * from './read-aloud.component.js';

defineElement('read-aloud', ReadAloud);

declare global {
  interface HTMLElementTagNameMap {
    'read-aloud': ReadAloud;
  }
  interface GlobalEventHandlersEventMap {
    'read-aloud-start': ReadAloudStartEvent;
    'read-aloud-end': ReadAloudEndEvent;
  }
}
