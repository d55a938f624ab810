// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import { FontSizeToggle, type FontSizeChangeEvent } from './font-size-toggle.component.js';

export * from './font-size-toggle.component.js';

defineElement('font-size-toggle', FontSizeToggle);

declare global {
  interface HTMLElementTagNameMap {
    'font-size-toggle': FontSizeToggle;
  }
  interface GlobalEventHandlersEventMap {
    'font-size-change': FontSizeChangeEvent;
  }
}
