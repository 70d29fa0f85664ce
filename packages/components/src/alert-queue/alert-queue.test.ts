import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CAPABILITIES, HttpIncidentApi, type AlertQuery, type Capability } from '../api/index.js';
import type { AlertSelectEvent } from '../events/alert-select.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { RequestAlertActionEvent } from '../events/request-alert-action.js';
import { alertQueueTemplate } from '../../../../stories/alert-queue.stories.js';
import { freshState, offContract, startTestBackend, BASE_URL, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  RecordingAlertApi,
  button,
  cellOf,
  eventually,
  gridRowCount,
  part,
  parts,
  renderAlertQueue,
  renderedIds,
  renderedRows,
  rowById,
  settle,
} from './alert-queue.fixture.js';
import type { SocAlertQueue } from './alert-queue.js';

describe('soc-alert-queue', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  /** Every alert of the backend in the order of `query`, straight from the service. */
  async function serviceOrder(query: AlertQuery) {
    return (await test.backend.service.listAlerts({ ...query, skip: 0, top: 500 })).items;
  }

  /** Focuses the grid's active cell, as Tab into the grid does. */
  async function focusGrid(queue: SocAlertQueue): Promise<HTMLElement> {
    const cell = part(queue, '[role="grid"] [tabindex="0"]')!;
    cell.focus();
    await queue.updateComplete;
    return cell;
  }

  const focused = (queue: SocAlertQueue) => queue.shadowRoot!.activeElement as HTMLElement | null;

  describe('loaded', () => {
    it('shows the Defender "Alerts" page: heading, actions, search, columns and the latest activity first', async () => {
      const { queue, api } = await renderAlertQueue();
      expect(part(queue, 'h2')!.textContent).to.equal('Alerts');
      expect(button(queue, 'Manage alerts').disabled, 'nothing checked yet').to.be.true;
      expect(button(queue, 'Link alerts to another incident').disabled).to.be.true;
      expect(button(queue, 'Filters')).to.exist;
      expect(part(queue, 'input[type="search"]')!.getAttribute('placeholder')).to.equal('Search for name, ID or asset');
      const headers = parts(queue, '[role="columnheader"]').map((header) => header.textContent?.trim());
      expect(headers).to.deep.equal([
        '',
        'Alert name',
        'Tags',
        'Severity',
        'Investigation state',
        'Status',
        'Category',
        'Detection source',
        'Impacted assets',
        'First activity',
        'Last activity',
        'Assigned to',
        'Incident',
      ]);

      expect(api.lastQuery.sort).to.deep.equal({ field: 'lastActivityDateTime', direction: 'desc' });
      const expected = await serviceOrder({ sort: { field: 'lastActivityDateTime', direction: 'desc' } });
      expect(gridRowCount(queue)).to.equal(expected.length + 1);
      const ids = renderedIds(queue);
      expect(ids.length).to.be.greaterThan(5);
      expect(ids).to.deep.equal(expected.slice(0, ids.length).map((alert) => alert.id));
      expect(part(queue, '.count')!.textContent).to.equal(`${expected.length.toLocaleString('en')} alerts`);
      await expect(queue).to.be.accessible();
    });

    it("shows each alert's impacted devices, users and mailboxes by name, and its incident as a link", async () => {
      const { queue } = await renderAlertQueue();
      const [first] = await serviceOrder({ sort: { field: 'lastActivityDateTime', direction: 'desc' } });
      const row = rowById(queue, first!.id);
      const names = [...new Set(first!.evidence.filter((item) => ['device', 'user', 'mailbox'].includes(item.type)).map((item) => item.displayName))];
      const assets = cellOf(row, 'impactedAssets').textContent!.replace(/\s+/g, ' ').trim();
      if (names.length === 0) expect(assets).to.equal('—');
      else expect(assets).to.contain(names[0]!);
      const incident = cellOf(row, 'incident').querySelector('button')!;
      expect(incident.textContent!.trim()).to.equal(first!.incidentId);
      const opened = oneEvent(queue, 'soc-incident-open') as Promise<IncidentOpenEvent>;
      incident.click();
      const event = await opened;
      expect(event.detail.incident.id).to.equal(first!.incidentId);
      expect(event.detail.alertId).to.equal(undefined);
    });

    it("opens the incident page on the alert from the alert's name", async () => {
      const { queue } = await renderAlertQueue();
      const row = renderedRows(queue)[0]!;
      const opened = oneEvent(queue, 'soc-incident-open') as Promise<IncidentOpenEvent>;
      cellOf(row, 'name').querySelector('button')!.click();
      const event = await opened;
      expect(event.detail.alertId).to.equal(row.dataset.id);
      const alert = await test.backend.service.getAlert(row.dataset.id!);
      expect(event.detail.incident.id).to.equal(alert.incidentId);
    });
  });

  describe('loading, empty and error states', () => {
    it('shows skeleton rows and a labelled progress bar while the first page is on its way', async () => {
      test.backend.setScenario({ latencyMs: 3000 });
      const provider = await fixture(alertQueueTemplate({ api: new HttpIncidentApi({ baseUrl: BASE_URL }) }));
      const queue = provider.querySelector('soc-alert-queue')!;
      await queue.updateComplete;
      expect(part(queue, '[role="progressbar"]')?.getAttribute('aria-label')).to.equal('Loading alerts');
      expect(parts(queue, '.skeleton-row').length).to.be.greaterThan(0);
      expect(part(queue, '[role="grid"]')).to.equal(null);
      await expect(queue).to.be.accessible();
    });

    it('says nothing matches and clears the search on request', async () => {
      const { queue } = await renderAlertQueue({ search: 'no alert has this name' });
      expect(part(queue, '.message')!.textContent).to.contain('No alerts match your filters');
      await expect(queue).to.be.accessible();
      button(queue, 'Clear filters').click();
      await settle(queue);
      expect(queue.search).to.equal('');
      expect(renderedRows(queue).length).to.be.greaterThan(0);
    });

    it('shows the error with "Retry", and retrying loads the queue', async () => {
      test.backend.setScenario({ errorRate: 1 });
      const { queue } = await renderAlertQueue();
      const alert = part(queue, '[role="alert"]')!;
      expect(alert.textContent).to.contain("Couldn't load alerts");
      expect(part(queue, '[role="grid"]')).to.equal(null);
      await expect(queue).to.be.accessible();
      test.backend.setScenario({ errorRate: 0 });
      button(queue, 'Retry').click();
      await settle(queue);
      expect(part(queue, '[role="alert"]')).to.equal(null);
      expect(renderedRows(queue).length).to.be.greaterThan(0);
    });

    it('tells a role without access that it cannot view alerts, with no pointless retry', async () => {
      test.worker.use(
        ...offContract(
          http.get(`${BASE_URL}/alerts`, () =>
            HttpResponse.json({ error: { code: 'forbidden', message: 'You do not have access to alerts.' } }, { status: 403 }),
          ),
        ),
      );
      const { queue } = await renderAlertQueue();
      expect(part(queue, '[role="alert"]')!.textContent).to.contain("Your role can't view alerts");
      expect(parts(queue, 'button').some((candidate) => candidate.textContent?.trim() === 'Retry')).to.be.false;
    });

    it('says so, and asks for nothing, when the backend has no alert queue; hides actions the backend lacks', async () => {
      class Without extends RecordingAlertApi {
        override readonly capabilities: ReadonlySet<Capability>;
        constructor(missing: Capability[]) {
          super({ baseUrl: BASE_URL });
          this.capabilities = new Set(CAPABILITIES.filter((capability) => !missing.includes(capability)));
        }
      }
      const noQueue = new Without(['alertQueue']);
      const provider = await fixture(alertQueueTemplate({ api: noQueue, clock: () => TEST_NOW }));
      const queue = provider.querySelector('soc-alert-queue')!;
      await queue.updateComplete;
      expect(part(queue, '.message')!.textContent).to.contain('The alert queue is not available');
      expect(noQueue.requests).to.have.length(0);
      await expect(queue).to.be.accessible();

      const { queue: limited } = await renderAlertQueue({ api: new Without(['updateAlerts', 'linkAlerts', 'playbooks']) });
      expect(part(limited, '[data-action="manage"]')).to.equal(null);
      expect(part(limited, '[data-action="link"]')).to.equal(null);
      renderedRows(limited)[0]!.querySelector<HTMLElement>('[data-column="status"]')!.click();
      await limited.updateComplete;
      const summary = part(limited, 'soc-alert-summary')!;
      await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(summary.shadowRoot!.querySelector('[data-action="manage"]')).to.equal(null);
      expect(summary.shadowRoot!.querySelector('[data-action="link"]')).to.equal(null);
      expect(summary.shadowRoot!.querySelector('soc-playbook-runner')).to.equal(null);
    });
  });

  describe('filters, search and sort', () => {
    it('asks the server for the filters in force and shows them as removable chips', async () => {
      const { queue, api } = await renderAlertQueue();
      queue.filters = { status: ['new', 'inProgress'], severity: ['high'], determination: ['malware'], timeRange: '30d' };
      await settle(queue);
      const query = api.lastQuery;
      expect(query.status).to.deep.equal(['new', 'inProgress']);
      expect(query.severity).to.deep.equal(['high']);
      expect(query.determination).to.deep.equal(['malware']);
      expect(query.createdAfter).to.equal(new Date(TEST_NOW - 30 * 24 * 3600e3).toISOString());
      const chips = parts(queue, '.chip').map((chip) => chip.textContent!.replace(/\s+/g, ' ').trim());
      expect(chips).to.deep.equal(['Time range: 30 days', 'Status: New, In progress', 'Severity: High', 'Determination: Malware']);
      const expected = await serviceOrder({ status: ['new', 'inProgress'], severity: ['high'], determination: ['malware'], createdAfter: query.createdAfter, sort: query.sort });
      expect(queue.totalCount).to.equal(expected.length);
      await expect(queue).to.be.accessible();

      part(queue, '.chip[data-filter="severity"]')!.click();
      await settle(queue);
      expect(api.lastQuery.severity).to.equal(undefined);
      expect(api.lastQuery.status).to.deep.equal(['new', 'inProgress']);
      button(queue, 'Clear all').click();
      await settle(queue);
      expect(api.lastQuery.status).to.equal(undefined);
      expect(parts(queue, '.chip')).to.have.length(0);
    });

    it("offers an alert's filters in the shared filter panel, and applies them", async () => {
      const { queue, api } = await renderAlertQueue();
      part(queue, '[data-action="filters"]')!.click();
      await eventually(() => part(queue, 'soc-queue-filter-panel')?.shadowRoot?.querySelector('dialog')?.open, 'the filter panel opens');
      const panel = part(queue, 'soc-queue-filter-panel')!.shadowRoot!;
      const legends = [...panel.querySelectorAll('legend')].map((legend) => legend.textContent!.trim());
      expect(legends).to.deep.equal([
        'Time range',
        'Status',
        'Severity',
        'Service sources',
        'Detection sources',
        'Assigned to',
        'Classification',
        'Determination',
        'Categories',
        'Automated investigation state',
      ]);
      const statuses = [...panel.querySelectorAll<HTMLInputElement>('input[name="status"]')].map((input) => input.value);
      expect(statuses).to.deep.equal(['new', 'inProgress', 'resolved']);
      panel.querySelector<HTMLInputElement>('input[name="status"][value="new"]')!.click();
      panel.querySelector<HTMLInputElement>('input[name="determination"][value="phishing"]')!.click();
      [...panel.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent?.trim() === 'Apply')!.click();
      await settle(queue);
      expect(api.lastQuery.status).to.deep.equal(['new']);
      expect(api.lastQuery.determination).to.deep.equal(['phishing']);
    });

    it('searches names, IDs and assets on the server', async () => {
      const { queue, api } = await renderAlertQueue();
      const [first] = await serviceOrder({});
      const input = part(queue, 'input[type="search"]') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: first!.id });
      await sendKeys({ press: 'Enter' });
      await settle(queue);
      expect(api.lastQuery.search).to.equal(first!.id);
      expect(renderedIds(queue)).to.include(first!.id);
      expect(input.value, 'what was typed stays').to.equal(first!.id);
    });

    it('sorts on the server by the clicked column and flips the direction on a second click; tags do not sort', async () => {
      const { queue, api } = await renderAlertQueue();
      const severity = () => part(queue, '[role="columnheader"][data-column="severity"]')!;
      severity().querySelector('button')!.click();
      await settle(queue);
      expect(api.lastQuery.sort).to.deep.equal({ field: 'severity', direction: 'desc' });
      expect(severity().getAttribute('aria-sort')).to.equal('descending');
      const expected = await serviceOrder({ sort: { field: 'severity', direction: 'desc' } });
      expect(renderedIds(queue).slice(0, 5)).to.deep.equal(expected.slice(0, 5).map((alert) => alert.id));
      severity().querySelector('button')!.click();
      await settle(queue);
      expect(api.lastQuery.sort).to.deep.equal({ field: 'severity', direction: 'asc' });
      expect(part(queue, '[role="columnheader"][data-column="tags"] button')).to.equal(null);
    });
  });

  describe('paging and virtual scrolling', () => {
    it('pages from the server as the grid scrolls, with only the rows in view in the DOM', async () => {
      const { queue, api } = await renderAlertQueue({ pageSize: 10 });
      const total = queue.totalCount;
      expect(total).to.be.greaterThan(40);
      expect(api.requests[0]).to.include({ skip: 0, top: 10 });
      expect(renderedRows(queue).length).to.be.lessThan(40);
      const scroller = part(queue, '.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await eventually(() => renderedRows(queue).some((row) => row.getAttribute('aria-rowindex') === String(total + 1)), 'the last row renders');
      await settle(queue);
      expect(api.requests.some((query) => (query.skip ?? 0) >= total - 10)).to.be.true;
      expect(renderedRows(queue).length).to.be.lessThan(40);
      const expected = await serviceOrder({ sort: { field: 'lastActivityDateTime', direction: 'desc' } });
      const last = renderedRows(queue).at(-1)!;
      expect(last.dataset.id).to.equal(expected.at(-1)!.id);
    });
  });

  describe('a queue of 100,000 alerts', () => {
    it('keeps a few dozen rows in the DOM, asks only for the pages in view, and jumps to the end', async () => {
      const TOTAL = 100_000;
      const real = (await test.backend.service.listAlerts({ skip: 0, top: 50 })).items;
      test.worker.use(
        http.get(`${BASE_URL}/alerts`, ({ request }) => {
          const params = new URL(request.url).searchParams;
          const skip = Number(params.get('skip') ?? 0);
          const top = Number(params.get('top') ?? 50);
          const items = Array.from({ length: Math.max(0, Math.min(top, TOTAL - skip)) }, (_, offset) => ({
            ...real[(skip + offset) % real.length]!,
            id: `da${String(skip + offset).padStart(6, '0')}`,
          }));
          return HttpResponse.json({ items, totalCount: TOTAL, nextCursor: null });
        }),
      );
      const { queue, api } = await renderAlertQueue();
      expect(gridRowCount(queue)).to.equal(TOTAL + 1);
      expect(part(queue, '.count')!.textContent).to.equal('100,000 alerts');
      expect(renderedRows(queue).length).to.be.lessThan(50);

      await focusGrid(queue);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'End' });
      await sendKeys({ up: 'Control' });
      await eventually(() => focused(queue)?.closest('[role="row"]')?.getAttribute('data-id') === 'da099999', 'the last alert has focus');
      await settle(queue);
      expect(renderedRows(queue).length).to.be.lessThan(50);
      expect(api.requests.length, 'no page between the first and the last was asked for').to.be.at.most(4);
      expect(api.requests.some((query) => query.skip !== undefined && query.skip >= TOTAL - 100)).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('moves over cells with the arrows, checks with Space, opens the summary with Enter and the incident page from the name', async () => {
      const { queue } = await renderAlertQueue();
      const start = await focusGrid(queue);
      expect(start.closest('[data-column]')?.getAttribute('data-column')).to.equal('name');
      await sendKeys({ press: 'ArrowDown' });
      await queue.updateComplete;
      const second = renderedRows(queue)[1]!;
      expect(focused(queue)?.closest('[role="row"]')).to.equal(second);

      const opened = oneEvent(queue, 'soc-incident-open') as Promise<IncidentOpenEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.alertId).to.equal(second.dataset.id);

      await sendKeys({ press: 'ArrowRight' });
      await queue.updateComplete;
      expect(focused(queue)?.closest('[data-column]')?.getAttribute('data-column')).to.equal('tags');
      await sendKeys({ press: ' ' });
      await queue.updateComplete;
      expect(queue.checkedAlerts.map((alert) => alert.id)).to.deep.equal([second.dataset.id]);
      expect(second.getAttribute('aria-selected')).to.equal('true');

      const selected = oneEvent(queue, 'soc-alert-select') as Promise<AlertSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.alert.id).to.equal(second.dataset.id);
      await queue.updateComplete;
      expect(part(queue, 'soc-alert-summary')).to.exist;

      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await queue.updateComplete;
      expect(focused(queue)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('1');
      await sendKeys({ press: 'Home' });
      await queue.updateComplete;
      expect(focused(queue)?.getAttribute('aria-label')).to.equal('Select all alerts in view');
    });
  });

  describe('selection and bulk actions', () => {
    it('checks rows, counts them, and opens "Manage alert" for exactly the checked alerts', async () => {
      const { queue } = await renderAlertQueue();
      const [first, second] = renderedRows(queue);
      first!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      second!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await queue.updateComplete;
      expect(part(queue, '.count')!.textContent).to.match(/^2 selected · [\d,]+ alerts$/);
      const manage = button(queue, 'Manage alerts');
      expect(manage.disabled).to.be.false;
      const requested = oneEvent(queue, 'soc-request-alert-action') as Promise<RequestAlertActionEvent>;
      manage.click();
      const request = await requested;
      expect(request.detail.action).to.equal('manage');
      expect(request.detail.alerts.map((alert) => alert.id)).to.deep.equal([first!.dataset.id, second!.dataset.id]);
      await eventually(() => (part(queue, 'soc-manage-alert') as { open?: boolean } | null)?.open, 'the manage dialog opens');
      const dialog = part(queue, 'soc-manage-alert') as unknown as { alerts: { id: string }[] };
      expect(dialog.alerts.map((alert) => alert.id)).to.deep.equal([first!.dataset.id, second!.dataset.id]);
    });

    it('saves through "Manage alert" and shows the new values in the row and the summary', async () => {
      const { queue } = await renderAlertQueue({ filters: { status: ['new'] } });
      const row = renderedRows(queue)[0]!;
      const id = row.dataset.id!;
      cellOf(row, 'severity').click();
      await eventually(() => part(queue, 'soc-alert-summary')?.shadowRoot?.querySelector('[data-action="manage"]'), 'the pane opens');
      part(queue, 'soc-alert-summary')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="manage"]')!.click();
      await eventually(() => part(queue, 'soc-manage-alert')?.shadowRoot?.querySelector('dialog[open] #status'), 'the dialog opens');
      const dialog = part(queue, 'soc-manage-alert')!.shadowRoot!;
      const status = dialog.querySelector<HTMLSelectElement>('#status')!;
      status.value = 'inProgress';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await (part(queue, 'soc-manage-alert') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      dialog.querySelector<HTMLButtonElement>('[part="save-button"]')!.click();
      await eventually(() => cellOf(rowById(queue, id), 'status').textContent!.trim() === 'In progress', 'the row shows the saved status');
      expect((await test.backend.service.getAlert(id)).status).to.equal('inProgress');
      const summary = part(queue, 'soc-alert-summary')!;
      await eventually(() => summary.shadowRoot!.querySelector('.eyebrow')!.textContent!.includes('In progress'), 'the pane follows');
    });

    it('moves the checked alerts with "Link alerts to another incident" and shows their new incident', async () => {
      const { queue } = await renderAlertQueue();
      const [first, second] = renderedRows(queue);
      const ids = [first!.dataset.id!, second!.dataset.id!];
      const own = await Promise.all(ids.map(async (id) => (await test.backend.service.getAlert(id)).incidentId));
      const incidents = (await test.backend.service.listIncidents({ status: ['active'], skip: 0, top: 50 })).items;
      const target = incidents.find((incident) => !own.includes(incident.id))!;
      first!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      second!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await queue.updateComplete;
      button(queue, 'Link alerts to another incident').click();
      await eventually(() => part(queue, 'soc-link-alerts')?.shadowRoot?.querySelector('dialog[open] #targetIncidentId'), 'the dialog opens');
      const linkDialog = part(queue, 'soc-link-alerts')!;
      expect((linkDialog as unknown as { alerts: { id: string }[] }).alerts.map((alert) => alert.id)).to.deep.equal(ids);
      const input = linkDialog.shadowRoot!.querySelector<HTMLInputElement>('#targetIncidentId')!;
      input.value = target.id;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await (linkDialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      linkDialog.shadowRoot!.querySelector<HTMLButtonElement>('#link')!.click();
      await eventually(
        () => ids.every((id) => part(queue, `.body [data-id="${id}"] [data-column="incident"]`)?.textContent?.trim() === target.id),
        'the rows show the incident the alerts joined',
      );
      expect(queue.checkedAlerts).to.have.length(0);
    });

    it('checks every loaded row with select-all, and unchecks them again', async () => {
      const { queue } = await renderAlertQueue();
      const all = part(queue, '[role="columnheader"] input[type="checkbox"]') as HTMLInputElement;
      all.click();
      await queue.updateComplete;
      expect(queue.checkedAlerts.length).to.equal(Math.min(queue.totalCount, 100));
      expect(renderedRows(queue).every((row) => row.getAttribute('aria-selected') === 'true')).to.be.true;
      all.click();
      await queue.updateComplete;
      expect(queue.checkedAlerts).to.have.length(0);
    });

    it('offers a reader no way to change alerts', async () => {
      test.backend.setScenario({ role: 'reader' });
      const { queue } = await renderAlertQueue();
      await eventually(() => button(queue, 'Manage alerts').title !== '', 'the role is known');
      renderedRows(queue)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      await queue.updateComplete;
      expect(button(queue, 'Manage alerts').disabled).to.be.true;
      expect(button(queue, 'Link alerts to another incident').disabled).to.be.true;
    });
  });

  describe('summary pane', () => {
    it('shows what happened, the details, evidence, incident and actions of the clicked alert, and closes back to its row', async () => {
      const { queue } = await renderAlertQueue();
      const row = renderedRows(queue)[2]!;
      const alert = await test.backend.service.getAlert(row.dataset.id!);
      cellOf(row, 'status').click();
      await queue.updateComplete;
      expect(row.getAttribute('aria-current')).to.equal('true');
      const summary = part(queue, 'soc-alert-summary')!;
      await (summary as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const root = summary.shadowRoot!;
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal(alert.title);
      const headings = [...root.querySelectorAll('h3')].map((heading) => heading.textContent!.trim());
      expect(headings).to.deep.equal(['What happened', 'Alert details', 'Incident', 'Evidence', 'Recommended actions']);
      expect(root.querySelector('[data-action="open-incident"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Incident ${alert.incidentId}`);
      expect(root.querySelector('[data-action="manage"]')!.textContent!.trim()).to.equal('Manage alert');
      expect(root.querySelector('[data-action="link"]')!.textContent!.trim()).to.equal('Link alert to another incident');
      const runner = root.querySelector('soc-playbook-runner') as unknown as { target: unknown };
      expect(runner.target).to.deep.equal({ kind: 'alert', id: alert.id });
      expect(root.querySelectorAll('.evidence li').length).to.equal(alert.evidence.length);
      await expect(queue).to.be.accessible();

      // The host opens its own dialog: the queue's stays closed.
      const requested = oneEvent(queue, 'soc-request-alert-action') as Promise<RequestAlertActionEvent>;
      queue.addEventListener('soc-request-alert-action', (event) => event.preventDefault(), { once: true });
      root.querySelector<HTMLButtonElement>('[data-action="manage"]')!.click();
      expect((await requested).detail.alerts.map((item) => item.id)).to.deep.equal([alert.id]);
      await queue.updateComplete;
      expect(part(queue, 'soc-manage-alert')).to.equal(null);

      const opened = oneEvent(queue, 'soc-incident-open') as Promise<IncidentOpenEvent>;
      root.querySelector<HTMLButtonElement>('h2 button')!.click();
      const open = await opened;
      expect(open.detail).to.deep.include({ alertId: alert.id });
      expect(open.detail.incident.id).to.equal(alert.incidentId);

      root.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
      await eventually(() => !part(queue, 'soc-alert-summary'), 'the pane closes');
      await eventually(() => focused(queue)?.closest('[role="row"]')?.getAttribute('data-id') === alert.id, 'focus returns to the row');
    });

    it('closes with Escape, from the pane or the grid, and focus goes back to the row', async () => {
      const { queue } = await renderAlertQueue();
      const row = renderedRows(queue)[1]!;
      cellOf(row, 'status').click();
      await eventually(() => part(queue, 'soc-alert-summary')?.shadowRoot?.querySelector('.close'), 'the pane opens');
      (part(queue, 'soc-alert-summary') as HTMLElement).focus();
      await sendKeys({ press: 'Escape' });
      await eventually(() => !part(queue, 'soc-alert-summary'), 'Escape in the pane closes it');
      await eventually(() => focused(queue)?.closest('[role="row"]') === row, 'focus returns to the row');

      // Enter on the name opens the incident page; on the tags cell, the summary.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await eventually(() => part(queue, 'soc-alert-summary'), 'Enter opens it again');
      await sendKeys({ press: 'Escape' });
      await eventually(() => !part(queue, 'soc-alert-summary'), 'Escape in the grid closes it');
    });
  });

  describe('summary pane layout', () => {
    async function openPane(width: string) {
      const { queue } = await renderAlertQueue({ width });
      cellOf(renderedRows(queue)[0]!, 'status').click();
      await eventually(() => part(queue, 'soc-alert-summary'), 'the pane opens');
      await queue.updateComplete;
      return { queue, content: part(queue, '.content')!.getBoundingClientRect(), pane: part(queue, '.pane')!.getBoundingClientRect() };
    }

    it('sits beside the grid in a wide queue', async () => {
      const { content, pane } = await openPane('1100px');
      expect(pane.width).to.be.within(300, 421);
      expect(content.right).to.be.at.most(pane.left + 1);
      expect(content.width).to.be.greaterThan(600);
    });

    it('covers the grid in a narrow queue, and is accessible there', async () => {
      const { queue, content, pane } = await openPane('360px');
      expect(Math.round(pane.left)).to.equal(Math.round(content.left));
      expect(Math.round(pane.width)).to.equal(Math.round(content.width));
      const summary = part(queue, 'soc-alert-summary')!;
      expect(summary.scrollWidth).to.be.at.most(summary.clientWidth + 1);
      await expect(queue).to.be.accessible();
    });
  });

  describe('URL sync', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('opens the view a shared link names, and writes the view into the URL as it changes', async () => {
      const url = new URL(original);
      url.search = '?alerts.status=new&alerts.severity=high&alerts.severity=bogus&alerts.sort=severity&alerts.order=asc&alerts.search=mail&alerts.range=1w&status=active';
      history.replaceState(null, '', url);
      const { queue, api } = await renderAlertQueue({ urlSync: true });
      expect(api.requests[0]).to.deep.include({ status: ['new'], severity: ['high'], search: 'mail', sort: { field: 'severity', direction: 'asc' } });
      expect(queue.filters.timeRange).to.equal('1w');

      queue.filters = { classification: ['truePositive'] };
      queue.sort = { field: 'lastActivityDateTime', direction: 'desc' };
      await settle(queue);
      const params = new URLSearchParams(location.search);
      expect(params.getAll('alerts.classification')).to.deep.equal(['truePositive']);
      expect(params.has('alerts.status')).to.be.false;
      expect(params.get('status'), "the incident queue's parameters are left alone").to.equal('active');
      expect(params.has('alerts.sort'), 'the default sort is left out').to.be.false;
      expect(params.get('alerts.search')).to.equal('mail');
    });

    it('leaves the URL alone without url-sync', async () => {
      const { queue } = await renderAlertQueue();
      queue.filters = { status: ['resolved'] };
      await settle(queue);
      expect(location.search).to.not.contain('alerts.status=');
    });
  });

  describe('narrow containers', () => {
    it('shows compact rows at 360px: the name over severity, status and last activity', async () => {
      const { queue } = await renderAlertQueue({ width: '360px' });
      await eventually(() => queue.compact, 'the queue takes the compact layout');
      await settle(queue);
      const columns = parts(queue, '[role="columnheader"][data-column]').map((header) => header.dataset.column);
      expect(columns).to.deep.equal(['name', 'severity', 'status', 'lastActivity']);
      const scroller = part(queue, '.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
      await expect(queue).to.be.accessible();
    });
  });

  describe('security', () => {
    it('renders markup in API strings as text', async () => {
      const payload = '<img src=x onerror="window.__alertQueuePwned=1">';
      test.worker.use(
        http.get(`${BASE_URL}/alerts`, async ({ request }) => {
          const real = await test.backend.service.listAlerts({ top: 5, skip: 0 });
          void request;
          const items = real.items.map((alert) => ({ ...alert, title: payload, tags: [payload] }));
          return HttpResponse.json({ ...real, items, totalCount: items.length, nextCursor: null });
        }),
      );
      const { queue } = await renderAlertQueue();
      expect(part(queue, '[role="alert"]')?.textContent ?? '').to.equal('');
      expect(parts(queue, 'img')).to.have.length(0);
      expect(renderedRows(queue)[0]!.textContent).to.contain(payload);
      expect((window as { __alertQueuePwned?: number }).__alertQueuePwned).to.equal(undefined);
    });
  });
});
