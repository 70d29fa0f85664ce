import { expect, fixture, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import { queueTemplate } from '../../../../stories/incident-queue.stories.js';
import { freshState, offContract, startTestBackend, BASE_URL, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  button,
  cellOf,
  eventually,
  gridRowCount,
  part,
  parts,
  renderQueue,
  renderedIds,
  renderedRows,
  rowById,
  settle,
} from './incident-queue.fixture.js';

describe('soc-incident-queue', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  /** Every incident of the backend in the order of `query`, straight from the service. */
  async function serviceOrder(query: Parameters<TestBackend['backend']['service']['listIncidents']>[0]) {
    return (await test.backend.service.listIncidents({ ...query, skip: 0, top: 500 })).items;
  }

  describe('loaded', () => {
    it('shows the Defender "Incidents" page: heading, actions, search and the newest-updated incidents first', async () => {
      const { queue, api } = await renderQueue();
      expect(part(queue, 'h2')!.textContent).to.equal('Incidents');
      expect(button(queue, 'Manage incidents').disabled, 'nothing checked yet').to.be.true;
      expect(button(queue, 'Filters')).to.exist;
      expect(button(queue, 'Customize columns')).to.exist;
      expect(part(queue, 'input[type="search"]')!.getAttribute('placeholder')).to.equal('Search for name or ID');

      expect(api.lastQuery.sort).to.deep.equal({ field: 'lastUpdateDateTime', direction: 'desc' });
      const expected = await serviceOrder({ sort: { field: 'lastUpdateDateTime', direction: 'desc' } });
      expect(gridRowCount(queue)).to.equal(expected.length + 1);
      const ids = renderedIds(queue);
      expect(ids.length).to.be.greaterThan(5);
      expect(ids).to.deep.equal(expected.slice(0, ids.length).map((incident) => incident.id));

      const sorted = part(queue, '[role="columnheader"][aria-sort]')!;
      expect(sorted.dataset.column).to.equal('lastUpdate');
      expect(sorted.getAttribute('aria-sort')).to.equal('descending');
      await expect(queue).to.be.accessible();
    });

    it('gives its heading the level a host asks for (the page\'s h1 in a workspace)', async () => {
      const { queue } = await renderQueue();
      queue.headingLevel = 1;
      await queue.updateComplete;
      expect(part(queue, 'h1[part="heading"]')?.textContent).to.equal('Incidents');
      expect(part(queue, 'h2[part="heading"]')).to.be.null;
      queue.setAttribute('heading-level', '3');
      await queue.updateComplete;
      expect(part(queue, 'h3[part="heading"]')?.textContent).to.equal('Incidents');
    });

    it('is scrolled by the compositor: its scroller is opaque, so a scroll moves the rows rather than painting them again', async () => {
      const { queue } = await renderQueue();
      expect(getComputedStyle(part(queue, '[part~="scroller"]')!).backgroundColor).to.match(/^rgb\(/);
    });

    it('renders every column of the queue with the portal labels', async () => {
      const { queue } = await renderQueue();
      const headers = parts(queue, '[role="columnheader"]').map((header) => header.textContent?.trim());
      expect(headers).to.deep.equal([
        '',
        'Incident name',
        'Incident ID',
        'Tags',
        'Severity',
        'Investigation state',
        'Categories',
        'Impacted assets',
        'Active alerts',
        'Service sources',
        'Detection sources',
        'First activity',
        'Last activity',
        'Last update time',
        'Status',
        'Assigned to',
        'Classification',
        'Determination',
      ]);
      const [first] = await serviceOrder({ sort: { field: 'lastUpdateDateTime', direction: 'desc' } });
      const row = rowById(queue, first!.id);
      expect(cellOf(row, 'name').textContent?.trim()).to.equal(first!.displayName);
      expect(cellOf(row, 'id').textContent?.trim()).to.equal(first!.id);
      const severity = cellOf(row, 'severity');
      expect(severity.querySelector('.marker'), 'a coloured marker').to.exist;
      expect(severity.textContent?.trim(), 'and the severity in words').to.match(/^(High|Medium|Low|Informational|Unknown)$/);
      expect(cellOf(row, 'assignedTo').textContent?.trim()).to.equal(first!.assignedTo ?? 'Unassigned');
    });

    it('shows two tags and "+N" for the rest, "—" without tags, and categories in words, as a row changes incident', async () => {
      const create = async (displayName: string, customTags: string[], categories: string[]) => {
        const response = await fetch(`${BASE_URL}/incidents`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            displayName,
            severity: 'medium',
            customTags,
            alerts: categories.map((category) => ({
              title: `${displayName}: ${category}`,
              severity: 'medium',
              category,
              serviceSource: 'microsoftSentinel',
              detectionSource: 'scheduledAlerts',
              evidence: [],
            })),
          }),
        });
        expect(response.status, await response.clone().text()).to.equal(201);
        return (await response.json()) as Incident;
      };
      const none = await create('Pillbox none', [], ['InitialAccess', 'Custom category']);
      const many = await create('Pillbox many', ['VIP', 'Finance', 'Phishing', 'Escalated'], ['Execution']);
      /** The pills a tags cell shows, then the text after them. */
      const shownTags = (cell: HTMLElement) => [
        ...[...cell.querySelectorAll<HTMLElement>('.tag')].filter((pill) => pill.checkVisibility()).map((pill) => pill.textContent),
        cell.querySelector('.tag ~ span:not(.tag)')?.textContent,
      ];

      const { queue, api } = await renderQueue({ search: 'Pillbox' });
      expect(shownTags(cellOf(rowById(queue, none.id), 'tags'))).to.deep.equal(['—']);
      expect(shownTags(cellOf(rowById(queue, many.id), 'tags'))).to.deep.equal(['VIP', 'Finance', '+2']);
      // A free-text category is isolated for right-to-left; a tactic is in words.
      expect(cellOf(rowById(queue, none.id), 'categories').textContent).to.equal('Initial access, \u2068Custom category\u2069');
      expect(cellOf(rowById(queue, many.id), 'categories').textContent).to.equal('Execution');

      // The same row elements show the incidents' new tags: one row gains them, the other loses all but one.
      const rowOfNone = rowById(queue, none.id);
      const rowOfMany = rowById(queue, many.id);
      expect(queue.upsertIncident(await api.updateIncident(none.id, { customTags: ['Alpha', 'Beta', 'Gamma'] }))).to.be.true;
      expect(queue.upsertIncident(await api.updateIncident(many.id, { customTags: ['Solo'] }))).to.be.true;
      await queue.updateComplete;
      expect(rowById(queue, none.id)).to.equal(rowOfNone);
      expect(rowById(queue, many.id)).to.equal(rowOfMany);
      expect(shownTags(cellOf(rowOfNone, 'tags'))).to.deep.equal(['Alpha', 'Beta', '+1']);
      expect(shownTags(cellOf(rowOfMany, 'tags'))).to.deep.equal(['Solo', '']);
      expect(cellOf(rowOfMany, 'tags').textContent).to.equal('Solo');
      expect(queue.upsertIncident(await api.updateIncident(many.id, { customTags: [] }))).to.be.true;
      await queue.updateComplete;
      expect(shownTags(cellOf(rowOfMany, 'tags'))).to.deep.equal(['—']);
    });
  });

  describe('loading', () => {
    it('shows skeleton rows and a labelled progress bar while the first page is on its way', async () => {
      test.backend.setScenario({ latencyMs: 3000 });
      const provider = await fixture(queueTemplate({ api: new HttpIncidentApi({ baseUrl: BASE_URL }), storageKey: '' }));
      const queue = provider.querySelector('soc-incident-queue')!;
      await queue.updateComplete;
      const progress = part(queue, '[role="progressbar"]');
      expect(progress?.getAttribute('aria-label')).to.equal('Loading incidents');
      expect(parts(queue, '.skeleton-row').length).to.be.greaterThan(0);
      expect(part(queue, '[role="grid"]')).to.equal(null);
      await expect(queue).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says nothing matches and clears the filters on request', async () => {
      const { queue } = await renderQueue({ search: 'no incident has this name' });
      const message = part(queue, '.message')!;
      expect(message.textContent).to.contain('No incidents match your filters');
      await expect(queue).to.be.accessible();

      button(queue, 'Clear filters').click();
      await settle(queue);
      expect(queue.search).to.equal('');
      expect(renderedRows(queue).length).to.be.greaterThan(0);
    });
  });

  describe('errors', () => {
    it('shows the error message with "Retry", and retrying loads the queue', async () => {
      test.backend.setScenario({ errorRate: 1 });
      const { queue } = await renderQueue();
      const alert = part(queue, '[role="alert"]')!;
      expect(alert.textContent).to.contain("Couldn't load incidents");
      expect(part(queue, '[role="grid"]')).to.equal(null);
      await expect(queue).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      button(queue, 'Retry').click();
      await settle(queue);
      expect(part(queue, '[role="alert"]')).to.equal(null);
      expect(renderedRows(queue).length).to.be.greaterThan(0);
    });

    it('says when to retry a throttled request', async () => {
      test.backend.setScenario({ throttled: true });
      const { queue } = await renderQueue();
      const alert = part(queue, '[role="alert"]')!;
      expect(alert.textContent).to.contain('Too many requests');
      expect(alert.textContent).to.match(/Try again in \d+ seconds?/);
      expect(button(queue, 'Retry')).to.exist;
    });

    it('tells a role without access that it cannot view incidents, with no pointless retry', async () => {
      // A host's API may refuse reading too; the mock's refuses only writes.
      test.worker.use(
        ...offContract(
          http.get(`${BASE_URL}/incidents`, () =>
            HttpResponse.json({ error: { code: 'forbidden', message: 'You do not have access to incidents.' } }, { status: 403 }),
          ),
        ),
      );
      const { queue } = await renderQueue();
      const alert = part(queue, '[role="alert"]')!;
      expect(alert.textContent).to.contain("Your role can't view incidents");
      expect(parts(queue, 'button').some((candidate) => candidate.textContent?.trim() === 'Retry')).to.be.false;
    });
  });

  describe('sorting', () => {
    it('sorts on the server by the clicked column and flips the direction on a second click', async () => {
      const { queue, api } = await renderQueue();
      part(queue, '[data-column="severity"] button')!.click();
      await settle(queue);
      expect(api.lastQuery.sort).to.deep.equal({ field: 'severity', direction: 'desc' });
      expect(part(queue, '[data-column="severity"]')!.getAttribute('aria-sort')).to.equal('descending');
      expect(part(queue, '[data-column="lastUpdate"]')!.hasAttribute('aria-sort')).to.be.false;
      let expected = await serviceOrder({ sort: { field: 'severity', direction: 'desc' } });
      let ids = renderedIds(queue);
      expect(ids).to.deep.equal(expected.slice(0, ids.length).map((incident) => incident.id));

      part(queue, '[data-column="severity"] button')!.click();
      await settle(queue);
      expect(part(queue, '[data-column="severity"]')!.getAttribute('aria-sort')).to.equal('ascending');
      expected = await serviceOrder({ sort: { field: 'severity', direction: 'asc' } });
      ids = renderedIds(queue);
      expect(ids).to.deep.equal(expected.slice(0, ids.length).map((incident) => incident.id));
    });
  });

  describe('search', () => {
    it('searches names and IDs on the server', async () => {
      const { queue, api } = await renderQueue();
      const all = await serviceOrder({});
      const word = all[0]!.displayName.split(/\s+/).find((part) => part.length > 4)!;
      const input = part(queue, 'input[type="search"]') as HTMLInputElement;
      input.value = word;
      input.dispatchEvent(new InputEvent('input'));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      await settle(queue);
      expect(api.lastQuery.search).to.equal(word);
      const expected = await serviceOrder({ search: word, sort: { field: 'lastUpdateDateTime', direction: 'desc' } });
      expect(expected.length).to.be.greaterThan(0);
      expect(gridRowCount(queue)).to.equal(expected.length + 1);
      expect(renderedIds(queue)).to.deep.equal(expected.slice(0, renderedIds(queue).length).map((i) => i.id));

      const target = all[3]!;
      input.value = target.id;
      input.dispatchEvent(new InputEvent('input'));
      await eventually(() => api.lastQuery.search === target.id, 'the search applies after a pause in typing');
      await settle(queue);
      expect(renderedIds(queue)).to.include(target.id);
    });
  });

  describe('selection', () => {
    it('selects a clicked row for the summary pane', async () => {
      const { queue } = await renderQueue();
      const row = renderedRows(queue)[2]!;
      const selected = oneEvent(queue, 'soc-incident-select');
      cellOf(row, 'status').click();
      const event = await selected;
      expect(event.detail.incident.id).to.equal(row.dataset.id);
      expect(event.bubbles && event.composed).to.be.true;
      await queue.updateComplete;
      expect(queue.selectedId).to.equal(row.dataset.id);
      expect(row.getAttribute('aria-current')).to.equal('true');
    });

    it('opens an incident from its name', async () => {
      const { queue } = await renderQueue();
      const row = renderedRows(queue)[0]!;
      const opened = oneEvent(queue, 'soc-incident-open');
      (cellOf(row, 'name').querySelector('button') as HTMLButtonElement).click();
      expect((await opened).detail.incident.id).to.equal(row.dataset.id);
    });

    it('checks rows and asks to manage exactly the checked incidents', async () => {
      const { queue } = await renderQueue();
      const [first, , third] = renderedRows(queue);
      (first!.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      (third!.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      await queue.updateComplete;
      expect(first!.getAttribute('aria-selected')).to.equal('true');
      expect(renderedRows(queue)[1]!.getAttribute('aria-selected')).to.equal('false');
      const selectAll = part(queue, '[role="columnheader"] input[type="checkbox"]') as HTMLInputElement;
      expect(selectAll.indeterminate).to.be.true;
      expect(part(queue, '.count')!.textContent).to.contain('2 selected');

      const manage = button(queue, 'Manage incidents');
      expect(manage.disabled).to.be.false;
      const requested = oneEvent(queue, 'soc-request-manage');
      manage.click();
      const event = await requested;
      expect(event.cancelable).to.be.true;
      expect(event.detail.incidents.map((incident: Incident) => incident.id)).to.deep.equal([
        first!.dataset.id,
        third!.dataset.id,
      ]);
    });

    it('checks every loaded row with select-all, and unchecks them again', async () => {
      const { queue } = await renderQueue();
      const selectAll = part(queue, '[role="columnheader"] input[type="checkbox"]') as HTMLInputElement;
      selectAll.click();
      await queue.updateComplete;
      const total = gridRowCount(queue) - 1;
      expect(queue.checkedIncidents).to.have.length(total);
      expect(renderedRows(queue).every((row) => row.getAttribute('aria-selected') === 'true')).to.be.true;
      expect(selectAll.checked).to.be.true;
      selectAll.click();
      await queue.updateComplete;
      expect(queue.checkedIncidents).to.have.length(0);
      expect(button(queue, 'Manage incidents').disabled).to.be.true;
    });

    it('offers no "Manage incidents" to a reader', async () => {
      test.backend.setScenario({ role: 'reader' });
      const { queue } = await renderQueue();
      (renderedRows(queue)[0]!.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
      await eventually(() => button(queue, 'Manage incidents').title !== '', 'the role is known');
      expect(button(queue, 'Manage incidents').disabled).to.be.true;
    });
  });

  describe('updates', () => {
    it('shows a saved incident in place, then sorts it to the top on refresh', async () => {
      const { queue, api } = await renderQueue();
      const ids = renderedIds(queue);
      const target = ids[4]!;
      const saved = await api.updateIncident(target, { displayName: 'Renamed by the analyst' });
      const requestsBefore = api.requests.length;

      expect(queue.upsertIncident(saved)).to.be.true;
      await queue.updateComplete;
      expect(api.requests.length, 'no reload').to.equal(requestsBefore);
      expect(renderedIds(queue)[4]).to.equal(target);
      expect(cellOf(rowById(queue, target), 'name').textContent?.trim()).to.equal('Renamed by the analyst');

      await queue.refresh();
      await settle(queue);
      expect(renderedIds(queue)[0], 'the newest update comes first').to.equal(target);
    });
  });

  describe('security', () => {
    it('renders markup and script in API strings as text and runs none of it', async () => {
      const payload = '<img src=x onerror="window.__queuePwned=1"><script>window.__queuePwned=2</script>';
      const tagPayload = '<img src=x onerror=window.__queuePwned=3>';
      const win = window as unknown as { __queuePwned?: number };
      delete win.__queuePwned;
      const response = await fetch(`${BASE_URL}/incidents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          displayName: `Name ${payload}`,
          severity: 'high',
          customTags: [tagPayload],
          alerts: [
            {
              title: `Alert ${payload}`,
              severity: 'high',
              category: `Category ${payload}`,
              serviceSource: 'microsoftSentinel',
              detectionSource: 'scheduledAlerts',
              evidence: [],
            },
          ],
        }),
      });
      expect(response.status, await response.clone().text()).to.equal(201);
      const created = (await response.json()) as Incident;

      const { queue } = await renderQueue({ search: created.id });
      const row = rowById(queue, created.id);
      expect(cellOf(row, 'name').textContent).to.contain(payload);
      expect(cellOf(row, 'tags').textContent).to.contain(tagPayload);
      expect(cellOf(row, 'categories').textContent).to.contain(`Category ${payload}`);
      expect(queue.shadowRoot!.querySelector('img, script:not([type])')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(win.__queuePwned).to.equal(undefined);
    });
  });
});
