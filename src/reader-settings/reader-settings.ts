// First, before Lit loads: see host-guard.ts.
import '../shared/host-guard.js';
import { defineElement } from '../shared/define.js';
import { ReaderSettings, type ReaderSettingsChangeEvent } from './reader-settings.component.js';

export * from './reader-settings.component.js';

defineElement('reader-settings', ReaderSettings);

declare global {
  interface HTMLElementTagNameMap {
    'reader-settings': ReaderSettings;
  }
  interface GlobalEventHandlersEventMap {
    'reader-settings-change': ReaderSettingsChangeEvent;
  }
}
