import { consume, createContext } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import './define.js';
import { SocApiProvider } from './api-provider.js';

@customElement('test-api-consumer')
class TestApiConsumer extends LitElement {
  @consume({ context: apiContext, subscribe: true })
  api?: IncidentApi;
}

/** What a second copy of the kit on the page creates: its own context object for the same key. */
const apiContextOfAnotherCopy = createContext<IncidentApi | undefined>(Symbol.for('soc-kit-incident-api'));

@customElement('test-api-consumer-of-another-copy')
class TestApiConsumerOfAnotherCopy extends LitElement {
  @consume({ context: apiContextOfAnotherCopy, subscribe: true })
  api?: IncidentApi;
}

const fakeApi = (name: string) => ({ capabilities: new Set(), name }) as unknown as IncidentApi;

describe('soc-api-provider', () => {
  it('provides its client to descendants and updates them when it changes', async () => {
    const first = fakeApi('first');
    const provider = await fixture<SocApiProvider>(
      html`<soc-api-provider .api=${first}><test-api-consumer></test-api-consumer></soc-api-provider>`,
    );
    const consumer = provider.querySelector('test-api-consumer') as TestApiConsumer;
    expect(consumer.api).to.equal(first);

    const second = fakeApi('second');
    provider.api = second;
    await provider.updateComplete;
    expect(consumer.api).to.equal(second);
  });

  it('does not throw when its tag is defined twice', () => {
    expect(() => SocApiProvider.define('soc-api-provider')).not.to.throw();
    expect(customElements.get('soc-api-provider')).to.equal(SocApiProvider);
  });

  it('provides to elements of another copy of the kit on the same page', async () => {
    const api = fakeApi('shared');
    const provider = await fixture<SocApiProvider>(
      html`<soc-api-provider .api=${api}><test-api-consumer-of-another-copy></test-api-consumer-of-another-copy></soc-api-provider>`,
    );
    const consumer = provider.querySelector('test-api-consumer-of-another-copy') as TestApiConsumerOfAnotherCopy;
    expect(consumer.api).to.equal(api);
  });
});
