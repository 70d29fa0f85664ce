import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { send } from '../../../../test/support/rest-calls.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import type { IncidentRedirectEvent } from '../events/incident-redirect.js';
import { MAX_REDIRECTS } from '../merge/merge-rules.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentPage } from './incident-page.js';

describe('soc-incident-page: a merged incident', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const root = (el: SocIncidentPage) => el.shadowRoot!;
  const heading = (el: SocIncidentPage) => root(el).querySelector('h1')?.textContent?.trim();
  const notice = (el: SocIncidentPage) => root(el).querySelector<HTMLElement>('.redirect-notice');

  async function created(title: string): Promise<Incident> {
    const response = await send('POST', '/incidents', { displayName: title, alerts: [{ title: `${title} alert`, severity: 'low' }] });
    expect(response.status).to.equal(201);
    return response.body as Incident;
  }

  async function mount(incidentId: string): Promise<SocIncidentPage> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-incident-page .incidentId=${incidentId}></soc-incident-page>
    </soc-api-provider>`);
    return provider.querySelector('soc-incident-page')!;
  }

  it('shows the incident it was merged into, says so, and tells the host', async () => {
    const source = await created('Password spray');
    const target = await created('Credential theft');
    await api.mergeIncidents({ targetId: target.id, sourceIds: [source.id] });

    const page = await mount(source.id);
    const redirect = (await oneEvent(page, 'soc-incident-redirect')) as IncidentRedirectEvent;
    expect(redirect.detail.fromId).to.equal(source.id);
    expect(redirect.detail.incident.id).to.equal(target.id);
    await waitUntil(() => heading(page) === 'Credential theft', 'the target shows');
    expect(notice(page)!.textContent!.trim()).to.equal(`Incident ${source.id} was merged into incident ${target.id}`);
    expect(notice(page)!.getAttribute('role')).to.equal('status');
    expect(notice(page)!.querySelector('a'), 'no way back: the merged incident has no content').to.equal(null);
    expect(root(page).querySelector('.incident-id')!.textContent!.trim()).to.equal(target.id);
    await expect(page).to.be.accessible();

    // A host that then names the target keeps the notice; another incident drops it.
    page.incidentId = target.id;
    await page.updateComplete;
    await waitUntil(() => heading(page) === 'Credential theft' && !root(page).querySelector('[aria-busy="true"]'), 'the target again');
    expect(notice(page)).to.exist;
    const unrelated = await created('Unrelated');
    page.incidentId = unrelated.id;
    await waitUntil(() => heading(page) === 'Unrelated', 'another incident');
    expect(notice(page)).to.equal(null);
  });

  it('follows a chain of merges to its end', async () => {
    const [first, second, third] = [await created('First'), await created('Second'), await created('Third')];
    await api.mergeIncidents({ targetId: second.id, sourceIds: [first.id] });
    await api.mergeIncidents({ targetId: third.id, sourceIds: [second.id] });

    const page = await mount(first.id);
    await waitUntil(() => heading(page) === 'Third', 'the end of the chain shows');
    expect(notice(page)!.textContent!.trim()).to.equal(`Incident ${first.id} was merged into incident ${third.id}`);
  });

  it(`stops after ${MAX_REDIRECTS} merges in a row and says why`, async () => {
    const chain: Incident[] = [];
    for (let i = 0; i <= MAX_REDIRECTS + 1; i++) chain.push(await created(`Link ${i}`));
    for (let i = 0; i < chain.length - 1; i++) await api.mergeIncidents({ targetId: chain[i + 1]!.id, sourceIds: [chain[i]!.id] });

    const page = await mount(chain[0]!.id);
    await waitUntil(() => root(page).querySelector('[role="alert"] h1'), 'the failure shows');
    expect(heading(page)).to.equal("Couldn't open the merged incident");
    expect(root(page).querySelector('[role="alert"] p')!.textContent).to.contain(
      `Incident ${chain[0]!.id} was merged into another incident more than ${MAX_REDIRECTS} times in a row.`,
    );
    await expect(page).to.be.accessible();

    // One link further along, the chain is short enough.
    page.incidentId = chain[1]!.id;
    await waitUntil(() => heading(page) === `Link ${MAX_REDIRECTS + 1}`, 'the end of the shorter chain shows');
  });
});
