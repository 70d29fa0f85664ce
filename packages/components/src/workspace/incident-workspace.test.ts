import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpIncidentApi } from '../api/index.js';
import type { SocManageIncident } from '../manage/manage-incident.js';
import type { SocIncidentQueue } from '../queue/incident-queue.js';
import type { SocIncidentSummary } from '../summary/incident-summary.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentWorkspace } from './incident-workspace.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 10_000 });

describe('soc-incident-workspace', function () {
  this.timeout(30_000);
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  async function mount() {
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const provider = await fixture(workspaceTemplate(api));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    await workspace.updateComplete;
    const shadow = workspace.shadowRoot!;
    const queue = shadow.querySelector('soc-incident-queue') as SocIncidentQueue;
    const manage = shadow.querySelector('soc-manage-incident') as SocManageIncident;
    const row = (id: string) => queue.shadowRoot!.querySelector<HTMLElement>(`.body [role="row"][data-id="${CSS.escape(id)}"]`);
    const rows = () => [...queue.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"][data-id]')];
    await waitFor(() => rows().length > 3, 'the queue shows incidents');
    const summary = () => shadow.querySelector('soc-incident-summary') as SocIncidentSummary | null;
    return { api, workspace, shadow, queue, manage, row, rows, summary };
  }

  const cellText = (row: HTMLElement | null, column: string) =>
    row?.querySelector(`[data-column="${column}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  const buttonIn = (root: ShadowRoot, label: string) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === label);

  it('shows the summary of the row a person selects, and hides it on close', async () => {
    const { rows, summary, workspace, queue } = await mount();
    expect(summary(), 'no pane before a selection').to.be.null;
    const picked = rows()[2];
    const id = picked.dataset.id!;
    (picked.querySelector('[data-column="severity"]') as HTMLElement).click();
    await waitFor(() => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${id}`), 'the pane shows the incident');
    expect(queue.selectedId).to.equal(id);
    await expect(workspace).to.be.accessible();

    (summary()!.shadowRoot!.querySelector('button[aria-label="Close"]') as HTMLButtonElement).click();
    await workspace.updateComplete;
    expect(summary()).to.be.null;
  });

  it('after Save the row and the pane show the new values at once, then the edited incident comes to the top', async () => {
    const { rows, row, summary, manage, queue } = await mount();
    const target = rows().slice(3).find((candidate) => cellText(candidate, 'severity') !== 'Low')!;
    const id = target.dataset.id!;
    (target.querySelector('[data-column="status"]') as HTMLElement).click();
    await waitFor(() => summary()?.shadowRoot?.querySelector('[part~="manage-button"]'), 'the pane loads');

    (summary()!.shadowRoot!.querySelector('[part~="manage-button"]') as HTMLButtonElement).click();
    await waitFor(() => manage.open && manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity'), 'the dialog opens');
    await waitFor(() => !manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity')!.disabled, 'the form is editable');
    const severity = manage.shadowRoot!.querySelector<HTMLSelectElement>('#severity')!;
    severity.value = 'low';
    severity.dispatchEvent(new Event('change'));
    await manage.updateComplete;
    const updated = oneEvent(manage, 'soc-incident-updated');
    buttonIn(manage.shadowRoot!, 'Save')!.click();
    await updated;
    // The queue's background refresh is slow from now on: what shows at once came from the save.
    test.backend.setScenario({ latencyMs: 1_000 });
    await queue.updateComplete;

    expect(cellText(row(id), 'severity'), 'the row shows the new severity at once').to.equal('Low');
    expect(Number(row(id)!.getAttribute('aria-rowindex')), 'still in its old place').to.be.greaterThan(2);
    await waitFor(
      () => summary()?.shadowRoot?.textContent?.replace(/\s+/g, ' ').includes('Severity Low'),
      'the pane shows the new severity',
    );
    await waitFor(() => row(id)?.getAttribute('aria-rowindex') === '2', 'the edited incident comes to the top');
    expect(test.backend.service.getIncident(id).severity).to.equal('low');
  });

  it('opens Manage incidents for the checked rows (bulk) from the queue toolbar', async () => {
    const { rows, queue, manage } = await mount();
    for (const picked of rows().slice(0, 2)) {
      (picked.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    }
    await queue.updateComplete;
    buttonIn(queue.shadowRoot!, 'Manage incidents')!.click();
    await waitFor(() => manage.open, 'the dialog opens');
    await waitFor(() => manage.shadowRoot!.querySelector('h2')?.textContent?.includes('Manage incidents'), 'bulk title');
  });

  it('shows the summary of a row chosen from the keyboard (Enter), and lets the open request bubble out', async () => {
    const { workspace, rows, queue, summary } = await mount();
    const first = rows()[0];
    const opened = oneEvent(workspace, 'soc-incident-open');
    queue.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect(event.detail.incident.id).to.equal(first.dataset.id);
    await waitFor(
      () => summary()?.shadowRoot?.textContent?.includes(`Incident ID ${first.dataset.id}`),
      'the pane shows the incident',
    );
    expect(summary()!.shadowRoot!.querySelector('[part~="open-button"]'), 'no incident page to open yet').to.be.null;
  });
});
