// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import { ChineseScriptToggle, type ChineseScriptChangeEvent } from './chinese-script-toggle.component.js';

export * from './chinese-script-toggle.component.js';

defineElement('chinese-script-toggle', ChineseScriptToggle);

declare global {
  interface HTMLElementTagNameMap {
    'chinese-script-toggle': ChineseScriptToggle;
  }
  interface GlobalEventHandlersEventMap {
    'chinese-script-change': ChineseScriptChangeEvent;
  }
}
