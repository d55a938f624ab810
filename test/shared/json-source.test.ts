import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { JsonSourceController, type SourceError } from '../../src/shared/json-source.js';

// What `prepare` loads before data can be shown (the article's HTML sanitizer) gets the element's
// timeout too: a stalled chunk ends in the timeout message, not "Loading…" for ever.
class PreparingHost extends LitElement {
  errors: SourceError[] = [];
  readonly source = new JsonSourceController<string>(this, {
    parse: input => String(input),
    prepare: () => new Promise(() => {}),
    onLoad: () => {},
    onError: error => this.errors.push(error),
    timeout: () => 150,
  });
}
customElements.define('preparing-host', PreparingHost);

describe('JsonSourceController', () => {
  it('gives up on a prepare step that never settles after the timeout', async () => {
    const host = await fixture<PreparingHost>(html`<preparing-host></preparing-host>`);
    host.source.select('data', undefined);
    expect(host.source.state).to.equal('loading');
    await host.source.preparing;
    await host.updateComplete;
    expect(host.source.state).to.equal('error');
    expect(host.errors).to.deep.equal([{ reason: 'timeout', seconds: 0.2 }]);
  });
});
