import { expect, fixture, waitUntil } from '@open-wc/testing';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import type { SocIncidentPage } from '../incident-page/incident-page.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import type { SocIncidentSummary } from '../summary/incident-summary.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { send } from '../../../../test/support/rest-calls.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentWorkspace } from './incident-workspace.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 10_000 });

describe('soc-incident-workspace: merged incidents', function () {
  let test: TestBackend;
  let api: HttpIncidentApi;
  const start = location.href;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });
  afterEach(() => history.replaceState(null, '', start));

  async function created(title: string, alerts = 1): Promise<Incident> {
    const response = await send('POST', '/incidents', {
      displayName: title,
      alerts: Array.from({ length: alerts }, (_, i) => ({ title: `${title} alert ${i + 1}`, severity: 'medium' })),
    });
    expect(response.status).to.equal(201);
    return response.body as Incident;
  }

  async function mount(urlSync: boolean) {
    const provider = await fixture(workspaceTemplate(api, '720px', urlSync, () => TEST_NOW));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    await workspace.updateComplete;
    const shadow = workspace.shadowRoot!;
    const page = () => shadow.querySelector('soc-incident-page') as SocIncidentPage | null;
    const summary = () => shadow.querySelector('soc-incident-summary') as SocIncidentSummary | null;
    const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
    return { workspace, shadow, page, summary, queue };
  }

  it('opens a link to a merged incident on the incident it went into, and the URL names that one', async () => {
    const source = await created('Suspicious sign-ins');
    const target = await created('Account takeover', 2);
    await api.mergeIncidents({ targetId: target.id, sourceIds: [source.id] });
    const url = new URL(start);
    url.searchParams.set('incident', source.id);
    history.replaceState(null, '', url);

    const { page, workspace } = await mount(true);
    await waitFor(() => page()?.shadowRoot?.querySelector('h1')?.textContent?.trim() === 'Account takeover', 'the target shows');
    const notice = page()!.shadowRoot!.querySelector('.redirect-notice')!;
    expect(notice.textContent!.trim()).to.equal(`Incident ${source.id} was merged into incident ${target.id}`);
    await waitFor(() => new URLSearchParams(location.search).get('incident') === target.id, 'the URL names the target');
    expect(page()!.incidentId).to.equal(target.id);
    expect(page()!.shadowRoot!.querySelector('.redirect-notice'), 'the notice stays').to.exist;
    await expect(workspace).to.be.accessible();
  });

  it('the summary pane of a merged incident says where it went and opens that', async () => {
    const source = await created('Mass download');
    const target = await created('Data exfiltration', 2);
    const { summary, page, queue, shadow } = await mount(false);
    queue.filters = {};
    queue.search = 'Mass download';
    await waitFor(() => queue.shadowRoot!.querySelector(`.body [role="row"][data-id="${source.id}"]`), 'the row shows');
    await api.mergeIncidents({ targetId: target.id, sourceIds: [source.id] });
    await queue.refresh();
    queue.shadowRoot!.querySelector<HTMLElement>(`.body [role="row"][data-id="${source.id}"] [data-column="status"]`)!.click();

    await waitFor(() => summary()?.shadowRoot?.querySelector('.redirect-notice'), 'the pane says the incident was merged');
    const pane = summary()!.shadowRoot!;
    expect(pane.querySelector('.redirect-notice')!.textContent!.trim()).to.equal(`Incident ${source.id} was merged into incident ${target.id}`);
    expect(pane.querySelector('[part~="manage-button"]'), 'nothing left to manage').to.equal(null);
    const open = pane.querySelector<HTMLButtonElement>('[part~="open-button"]')!;
    expect(open.textContent!.trim()).to.equal(`Open incident ${target.id}`);
    await expect(summary()!).to.be.accessible();

    open.click();
    await waitFor(() => page()?.shadowRoot?.querySelector('h1')?.textContent?.trim() === 'Data exfiltration', 'the target opens');
    expect(page()!.shadowRoot!.querySelector('.redirect-notice')).to.exist;
    expect(shadow.querySelector('.queue')!.hasAttribute('hidden')).to.be.true;
  });
});
