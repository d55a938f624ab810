import { LitElement } from 'lit';
import { LocaleController } from './localize.js';

/**
 * The base of the portal elements: a LitElement with its language (`locale`), whose updates wait
 * while the Traditional labels that it needs load, so that a Traditional page never shows it with
 * Simplified ones.
 */
export class LocalizedElement extends LitElement {
  protected readonly locale = new LocaleController(this);

  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.locale.labelsLoading;
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }
}
