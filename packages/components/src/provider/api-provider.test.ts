import { consume, createContext } from '@lit/context';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Principal } from '../api/model.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import '../activity-log/define.js';
import '../evidence-response/define.js';
import '../investigations/define.js';
import '../playbooks/define.js';
import type { SocPlaybookRunner } from '../playbooks/playbook-runner.js';
import '../tasks/define.js';
import './define.js';
import { SocApiProvider } from './api-provider.js';

@customElement('test-api-consumer')
class TestApiConsumer extends LitElement {
  @consume({ context: apiContext, subscribe: true })
  api?: IncidentApi;
}

/** What a second copy of the kit on the page creates: its own context object for the same key. */
const apiContextOfAnotherCopy = createContext<IncidentApi | undefined>(Symbol.for('soc-kit-incident-api'));
const principalContextOfAnotherCopy = createContext<ProvidedPrincipal | undefined>(Symbol.for('soc-kit-principal'));

@customElement('test-api-consumer-of-another-copy')
class TestApiConsumerOfAnotherCopy extends LitElement {
  @consume({ context: apiContextOfAnotherCopy, subscribe: true })
  api?: IncidentApi;

  @consume({ context: principalContextOfAnotherCopy, subscribe: true })
  provided?: ProvidedPrincipal;
}

/** Uses the principal as the kit's elements do. */
@customElement('test-principal-consumer')
class TestPrincipalConsumer extends LitElement {
  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  provided?: ProvidedPrincipal;

  readonly me = new PrincipalController(this, { api: () => this.api, provided: () => this.provided });
}

const fakeApi = (name: string) => ({ capabilities: new Set(), name }) as unknown as IncidentApi;

/** A client that only says who is signed in, and counts how often it is asked. */
function countingApi(name: string) {
  const counted = { calls: 0, principal: { id: `${name}@contoso.com`, displayName: name, roles: ['responder'] } as Principal };
  const api = {
    capabilities: new Set(),
    name,
    whoAmI: async () => {
      counted.calls += 1;
      return { ...counted.principal };
    },
  } as unknown as IncidentApi;
  return { api, counted };
}

/** Every element here that needs the principal (their other loads wait for an incident or a target). */
const consumers = html`<test-principal-consumer></test-principal-consumer>
  <test-principal-consumer></test-principal-consumer>
  <soc-playbook-runner></soc-playbook-runner>
  <soc-activity-log></soc-activity-log>
  <soc-incident-tasks></soc-incident-tasks>
  <soc-evidence-response></soc-evidence-response>
  <soc-investigations></soc-investigations>`;

async function settled(provider: HTMLElement): Promise<void> {
  await Promise.all([...provider.children].map((child) => (child as LitElement).updateComplete));
  await aTimeout(0);
}

const principalConsumers = (provider: HTMLElement) => [...provider.querySelectorAll<TestPrincipalConsumer>('test-principal-consumer')];

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
    const { api } = countingApi('shared');
    const provider = await fixture<SocApiProvider>(
      html`<soc-api-provider .api=${api}><test-api-consumer-of-another-copy></test-api-consumer-of-another-copy></soc-api-provider>`,
    );
    const consumer = provider.querySelector('test-api-consumer-of-another-copy') as TestApiConsumerOfAnotherCopy;
    expect(consumer.api).to.equal(api);
    expect(consumer.provided?.api).to.equal(api);
  });

  describe('the principal', () => {
    it('is read once for every element that uses it', async () => {
      const { api, counted } = countingApi('first');
      const provider = await fixture<SocApiProvider>(html`<soc-api-provider .api=${api}>${consumers}</soc-api-provider>`);
      await settled(provider);
      for (const consumer of principalConsumers(provider)) {
        await waitUntil(() => consumer.me.value, 'the consumer knows who is signed in');
        expect(consumer.me.value).to.deep.equal(counted.principal);
      }
      expect(counted.calls).to.equal(1);
    });

    it('is read again, once, when the client changes', async () => {
      const first = countingApi('first');
      const second = countingApi('second');
      const provider = await fixture<SocApiProvider>(html`<soc-api-provider .api=${first.api}>${consumers}</soc-api-provider>`);
      await settled(provider);

      provider.api = second.api;
      await settled(provider);
      for (const consumer of principalConsumers(provider)) {
        await waitUntil(() => consumer.me.value?.displayName === 'second', 'the consumer knows the new principal');
      }
      expect(first.counted.calls).to.equal(1);
      expect(second.counted.calls).to.equal(1);
    });

    it('is read again, once, when an element asks (a role changed), and every element learns it', async () => {
      const { api, counted } = countingApi('first');
      const provider = await fixture<SocApiProvider>(html`<soc-api-provider .api=${api}>${consumers}</soc-api-provider>`);
      await settled(provider);
      const [asking, other] = principalConsumers(provider);
      await waitUntil(() => other.me.value, 'the principal is read');

      counted.principal = { ...counted.principal, roles: ['reader'] };
      asking.me.refresh();
      await settled(provider);
      await waitUntil(() => other.me.readOnly, 'the other element learns the new role');
      expect(counted.calls).to.equal(2);
    });

    it('is read again after a failed read, when an element retries', async () => {
      const { api, counted } = countingApi('flaky');
      const whoAmI = api.whoAmI.bind(api);
      let failures = 1;
      api.whoAmI = (options) => (failures-- > 0 ? Promise.reject(new Error('offline')) : whoAmI(options));
      const provider = await fixture<SocApiProvider>(
        html`<soc-api-provider .api=${api}><test-api-consumer-of-another-copy></test-api-consumer-of-another-copy></soc-api-provider>`,
      );
      const { provided } = provider.querySelector('test-api-consumer-of-another-copy') as TestApiConsumerOfAnotherCopy;
      let failed = false;
      await provided!.principal.catch(() => (failed = true));
      expect(failed, 'the first read fails').to.be.true;
      expect(await provided!.principal).to.deep.equal(counted.principal);
      expect(await provided!.principal).to.deep.equal(counted.principal);
      expect(counted.calls, 'a read that succeeded is kept').to.equal(1);
    });

    it('is not read until an element needs it', async () => {
      const { api, counted } = countingApi('first');
      const provider = await fixture<SocApiProvider>(
        html`<soc-api-provider .api=${api}><test-api-consumer></test-api-consumer></soc-api-provider>`,
      );
      await settled(provider);
      expect(counted.calls).to.equal(0);
    });

    it('is read by an element itself when no provider shares it', async () => {
      const { api, counted } = countingApi('alone');
      const runner = await fixture<SocPlaybookRunner>(html`<soc-playbook-runner .api=${api}></soc-playbook-runner>`);
      const consumer = await fixture<TestPrincipalConsumer>(html`<test-principal-consumer .api=${api}></test-principal-consumer>`);
      await runner.updateComplete;
      await waitUntil(() => consumer.me.value, 'the consumer reads who is signed in');
      expect(consumer.me.value).to.deep.equal(counted.principal);
      expect(counted.calls).to.equal(2);
    });
  });
});
