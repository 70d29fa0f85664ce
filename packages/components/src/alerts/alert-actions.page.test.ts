import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import '../incident-page/define.js';
import type { SocIncidentPage } from '../incident-page/incident-page.js';
import '../provider/define.js';
import type { SocAlertList } from './alert-list.js';

/** The Alerts tab's actions inside the incident page: the page's header follows what they change. */
describe('soc-alert-list on the incident page', () => {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  const root = (el: Element) => el.shadowRoot!;

  async function mount(incident: Incident): Promise<{ page: SocIncidentPage; list: SocAlertList }> {
    const provider = await fixture(html`<soc-api-provider .api=${new HttpIncidentApi({ baseUrl: BASE_URL })}>
      <soc-incident-page .incidentId=${incident.id} tab="alerts"></soc-incident-page>
    </soc-api-provider>`);
    const page = provider.querySelector('soc-incident-page')!;
    await waitUntil(() => root(page).querySelector('soc-alert-list'), 'the Alerts tab shows');
    const list = root(page).querySelector('soc-alert-list')!;
    await waitUntil(() => root(list).querySelectorAll('[role="option"]').length > 0, 'alerts load');
    return { page, list };
  }

  it('resolving every alert of an active incident shows the incident resolved in the header', async () => {
    const incident = test.backend.service
      .listIncidents({ status: ['active'], top: 100 })
      .items.find((i) => i.alertCount > 1 && test.backend.service.listIncidentAlerts(i.id).every((a) => a.status !== 'resolved'))!;
    const { page, list } = await mount(incident);
    expect(root(page).querySelector('header .status')!.textContent).to.equal('Active');

    const rows = [...root(list).querySelectorAll<HTMLElement>('[role="option"]')];
    rows[0].click();
    for (const row of rows.slice(1)) row.dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await list.updateComplete;
    root(list).querySelector<HTMLButtonElement>('.toolbar button.manage')!.click();
    const dialog = root(list).querySelector('soc-manage-alert')!;
    await waitUntil(() => dialog.open, 'Manage alert opens');
    await dialog.updateComplete;
    for (const [id, value] of [['status', 'resolved'], ['classification', 'falsePositive']]) {
      const select = root(dialog).querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await dialog.updateComplete;
    }
    root(dialog).querySelector<HTMLButtonElement>('#save')!.click();

    await waitUntil(() => root(page).querySelector('header .status')!.textContent === 'Resolved', 'the header follows', { timeout: 5_000 });
    expect(test.backend.service.getIncident(incident.id).status).to.equal('resolved');
  });
});
