// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import {
  PrintCloseBar,
  type CloseRequestEvent,
  type PrintRequestEvent,
  type ShareRequestEvent,
} from './print-close-bar.component.js';

export * from './print-close-bar.component.js';

defineElement('print-close-bar', PrintCloseBar);

declare global {
  interface HTMLElementTagNameMap {
    'print-close-bar': PrintCloseBar;
  }
  interface GlobalEventHandlersEventMap {
    'print-request': PrintRequestEvent;
    'close-request': CloseRequestEvent;
    'share-request': ShareRequestEvent;
  }
}
