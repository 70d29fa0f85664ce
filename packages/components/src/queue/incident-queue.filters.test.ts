import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type Incident, INVESTIGATION_STATES, OS_PLATFORMS, type OsPlatform, SENSITIVITY_LABELS } from '../api/index.js';
import { freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { eventually, button, gridRowCount, openPanel, part, parts, renderQueue, renderedIds, settle } from './incident-queue.fixture.js';
import type { QueueFilters } from './queue-filters.js';

const DAY_MS = 24 * 3600e3;

describe('soc-incident-queue filters', function () {
  let test: TestBackend;
  let all: Incident[];

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(async () => {
    freshState(test);
    all = (await test.backend.service.listIncidents({ top: 500 })).items;
  });

  /** The rows the queue shows must be exactly the service's incidents that `matches` accepts. */
  async function expectRowsMatching(queue: SocIncidentQueue, matches: (incident: Incident) => boolean) {
    const expected = all.filter(matches);
    expect(expected.length, 'the data has incidents for this filter').to.be.greaterThan(0);
    expect(expected.length, 'and incidents it leaves out').to.be.lessThan(all.length);
    expect(gridRowCount(queue) - 1).to.equal(expected.length);
    const byId = new Map(all.map((incident) => [incident.id, incident]));
    const shown = renderedIds(queue);
    expect(shown.length).to.be.greaterThan(0);
    for (const id of shown) expect(matches(byId.get(id)!), `incident ${id} matches`).to.be.true;
  }

  async function applyFilters(queue: SocIncidentQueue, filters: QueueFilters) {
    queue.filters = filters;
    await settle(queue);
  }

  const mostCommon = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };

  it('filters by service source Microsoft Sentinel, checked against the service data', async () => {
    const { queue, api } = await renderQueue();
    await applyFilters(queue, { serviceSources: ['microsoftSentinel'] });
    expect(api.lastQuery.serviceSources).to.deep.equal(['microsoftSentinel']);
    await expectRowsMatching(queue, (incident) => incident.serviceSources.includes('microsoftSentinel'));
    expect(part(queue, '.chip')!.textContent).to.contain('Service sources: Microsoft Sentinel');
  });

  it('filters by status, severity, classification and detection source', async () => {
    const { queue } = await renderQueue();
    await applyFilters(queue, { status: ['active', 'inProgress'] });
    await expectRowsMatching(queue, (incident) => ['active', 'inProgress'].includes(incident.status));

    await applyFilters(queue, { severity: ['high'] });
    await expectRowsMatching(queue, (incident) => incident.severity === 'high');

    const classification = all.find((incident) => incident.classification !== 'unknown')!.classification;
    await applyFilters(queue, { classification: [classification] });
    await expectRowsMatching(queue, (incident) => incident.classification === classification);

    const source = mostCommon(all.flatMap((incident) => incident.detectionSources)) as Incident['detectionSources'][number];
    await applyFilters(queue, { detectionSources: [source] });
    await expectRowsMatching(queue, (incident) => incident.detectionSources.includes(source));
  });

  it('filters by owner, unassigned included', async () => {
    const { queue } = await renderQueue();
    const owner = mostCommon(all.flatMap((incident) => (incident.assignedTo ? [incident.assignedTo] : [])));
    await applyFilters(queue, { assignedTo: [owner] });
    await expectRowsMatching(queue, (incident) => incident.assignedTo === owner);

    await applyFilters(queue, { assignedTo: [''] });
    await expectRowsMatching(queue, (incident) => incident.assignedTo === null);
    expect(part(queue, '.chip')!.textContent).to.contain('Assigned to: Unassigned');
  });

  it('filters by tag and by category', async () => {
    const { queue } = await renderQueue();
    const tag = mostCommon(all.flatMap((incident) => [...incident.customTags, ...incident.systemTags]));
    await applyFilters(queue, { tags: [tag] });
    await expectRowsMatching(queue, (incident) => incident.customTags.includes(tag) || incident.systemTags.includes(tag));

    const category = mostCommon(all.flatMap((incident) => incident.categories));
    await applyFilters(queue, { categories: [category] });
    await expectRowsMatching(queue, (incident) => incident.categories.includes(category));
  });

  it('filters by entity, device group, OS platform, investigation state, threat and data sensitivity', async () => {
    const { queue, api } = await renderQueue();
    const evidence = new Map(all.map((incident) => [incident.id, test.backend.service.listEvidence(incident.id)]));
    const user = mostCommon(all.flatMap((incident) => evidence.get(incident.id)!.filter((item) => item.type === 'user').map((item) => item.displayName)));
    await applyFilters(queue, { entities: [user.toUpperCase()] });
    expect(api.lastQuery.entities).to.deep.equal([user.toUpperCase()]);
    await expectRowsMatching(queue, (incident) => evidence.get(incident.id)!.some((item) => item.displayName === user));

    const group = mostCommon(all.flatMap((incident) => incident.deviceGroups));
    await applyFilters(queue, { deviceGroups: [group.toLowerCase()] });
    await expectRowsMatching(queue, (incident) => incident.deviceGroups.includes(group));

    const platform = mostCommon(all.flatMap((incident) => incident.osPlatforms)) as OsPlatform;
    await applyFilters(queue, { osPlatforms: [platform] });
    await expectRowsMatching(queue, (incident) => incident.osPlatforms.includes(platform));

    await applyFilters(queue, { investigationState: ['pendingApproval'] });
    await expectRowsMatching(queue, (incident) => incident.investigationState === 'pendingApproval');
    expect(part(queue, '.chip')!.textContent).to.contain('Automated investigation state: Pending approval');

    const threat = mostCommon(all.flatMap((incident) => incident.threats));
    await applyFilters(queue, { threats: [threat] });
    await expectRowsMatching(queue, (incident) => incident.threats.includes(threat));

    await applyFilters(queue, { sensitivityLabels: ['Highly confidential'] });
    await expectRowsMatching(queue, (incident) => incident.sensitivityLabels.includes('Highly confidential'));
    expect(part(queue, '.chip')!.textContent).to.contain('Data sensitivity: Highly confidential');
  });

  it('filters by a time range counted back from now, and by a custom range', async () => {
    const { queue, api } = await renderQueue();
    await applyFilters(queue, { timeRange: '30d' });
    const after = TEST_NOW - 30 * DAY_MS;
    expect(api.lastQuery.createdAfter).to.equal(new Date(after).toISOString());
    await expectRowsMatching(queue, (incident) => Date.parse(incident.createdDateTime) >= after);
    expect(part(queue, '.chip')!.textContent).to.contain('Time range: 30 days');

    const times = all.map((incident) => Date.parse(incident.createdDateTime)).sort((a, b) => a - b);
    const middle = new Date(times[Math.floor(times.length / 2)]!);
    const day = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    await applyFilters(queue, { timeRange: { from: day(new Date(times[0]!)), to: day(middle) } });
    const end = new Date(middle.getFullYear(), middle.getMonth(), middle.getDate() + 1).getTime();
    await expectRowsMatching(queue, (incident) => Date.parse(incident.createdDateTime) < end);
  });

  it('applies filters picked in the Filters panel and shows them as removable chips', async () => {
    const { queue } = await renderQueue();
    const panel = await openPanel(queue, 'filters');
    const panelRoot = panel.shadowRoot!;
    await eventually(
      () => panelRoot.querySelectorAll('input[name="assignedTo"]').length > 1,
      'the people to filter by load',
    );
    const check = (name: string, value: string) =>
      (panelRoot.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement).click();
    check('status', 'active');
    check('status', 'inProgress');
    check('serviceSources', 'microsoftSentinel');
    (panelRoot.querySelector('input[name="timeRange"][value="6m"]') as HTMLInputElement).click();
    await (panel as unknown as SocIncidentQueue).updateComplete;
    [...panelRoot.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Apply')!.click();
    await settle(queue);

    expect(panelRoot.querySelector('dialog')!.open).to.be.false;
    expect(parts(queue, '.chip').map((chip) => chip.querySelector('.chip-text')!.textContent)).to.deep.equal([
      'Status: Active, In progress',
      'Service sources: Microsoft Sentinel',
      'Time range: 6 months',
    ]);
    const sixMonthsAgo = new Date(TEST_NOW);
    sixMonthsAgo.setMonth(sixMonthsAgo.getMonth() - 6);
    await expectRowsMatching(
      queue,
      (incident) =>
        ['active', 'inProgress'].includes(incident.status) &&
        incident.serviceSources.includes('microsoftSentinel') &&
        Date.parse(incident.createdDateTime) >= sixMonthsAgo.getTime(),
    );
    await expect(queue).to.be.accessible();

    part(queue, '.chip[data-filter="status"]')!.click();
    await settle(queue);
    expect(queue.filters.status).to.equal(undefined);
    await expectRowsMatching(
      queue,
      (incident) =>
        incident.serviceSources.includes('microsoftSentinel') && Date.parse(incident.createdDateTime) >= sixMonthsAgo.getTime(),
    );

    button(queue, 'Clear all').click();
    await settle(queue);
    expect(parts(queue, '.chip')).to.have.length(0);
    expect(gridRowCount(queue) - 1).to.equal(all.length);
  });

  it('offers the new filters in the panel, as value lists and as free text to add and remove, with chips and a shareable URL', async () => {
    const original = location.href;
    try {
      const { queue } = await renderQueue({ urlSync: true });
      const panel = await openPanel(queue, 'filters');
      const panelRoot = panel.shadowRoot!;
      const legends = [...panelRoot.querySelectorAll('legend')].map((legend) => legend.textContent);
      expect(legends).to.include.members(['Entities', 'Device groups', 'OS platform', 'Automated investigation state', 'Associated threat', 'Data sensitivity']);
      const values = (name: string) => [...panelRoot.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((input) => input.value);
      expect(values('osPlatforms')).to.deep.equal([...OS_PLATFORMS]);
      expect(values('investigationState')).to.deep.equal([...INVESTIGATION_STATES]);
      expect(values('sensitivityLabels')).to.deep.equal([...SENSITIVITY_LABELS]);

      const platform = mostCommon(all.flatMap((incident) => incident.osPlatforms)) as OsPlatform;
      const group = mostCommon(all.filter((incident) => incident.osPlatforms.includes(platform)).flatMap((incident) => incident.deviceGroups));
      (panelRoot.querySelector(`input[name="osPlatforms"][value="${platform}"]`) as HTMLInputElement).click();
      const type = async (label: string, text: string, how: 'enter' | 'button') => {
        const input = panelRoot.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
        input.focus();
        input.value = text;
        if (how === 'enter') await sendKeys({ press: 'Enter' });
        else input.closest('.add-row')!.querySelector('button')!.click();
        await (panel as unknown as SocIncidentQueue).updateComplete;
      };
      await type('Add a device group', group.toLowerCase(), 'enter');
      await type('Add an entity name or ID', 'NO-SUCH-HOST', 'button');
      await type('Add a threat', 'Qakbot', 'enter');
      const removable = () => [...panelRoot.querySelectorAll('.value-chip button')].map((remove) => remove.getAttribute('aria-label'));
      expect(removable()).to.deep.equal(['Remove entity NO-SUCH-HOST', `Remove device group ${group.toLowerCase()}`, 'Remove threat Qakbot']);
      panelRoot.querySelector<HTMLButtonElement>('.value-chip button[aria-label="Remove entity NO-SUCH-HOST"]')!.click();
      panelRoot.querySelector<HTMLButtonElement>('.value-chip button[aria-label="Remove threat Qakbot"]')!.click();
      await (panel as unknown as SocIncidentQueue).updateComplete;
      expect(removable()).to.deep.equal([`Remove device group ${group.toLowerCase()}`]);
      await expect(panel).to.be.accessible();
      [...panelRoot.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Apply')!.click();
      await settle(queue);

      const platformLabel = { Windows11: 'Windows 11', Windows10: 'Windows 10' }[platform as string] ?? platform;
      expect(parts(queue, '.chip').map((chip) => chip.querySelector('.chip-text')!.textContent)).to.deep.equal([
        `Device groups: ${group.toLowerCase()}`,
        `OS platform: ${platformLabel}`,
      ]);
      await expectRowsMatching(queue, (incident) => incident.osPlatforms.includes(platform) && incident.deviceGroups.includes(group));
      const params = new URLSearchParams(location.search);
      expect(params.getAll('deviceGroups')).to.deep.equal([group.toLowerCase()]);
      expect(params.getAll('osPlatforms')).to.deep.equal([platform]);

      // The link opens the same view in a fresh queue.
      const { queue: shared } = await renderQueue({ urlSync: true });
      expect(shared.filters).to.deep.equal({ deviceGroups: [group.toLowerCase()], osPlatforms: [platform] });
      await expectRowsMatching(shared, (incident) => incident.osPlatforms.includes(platform) && incident.deviceGroups.includes(group));
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('offers the people from the backend and "Unassigned" in the panel', async () => {
    const { queue } = await renderQueue();
    const panelRoot = (await openPanel(queue, 'filters')).shadowRoot!;
    await eventually(() => panelRoot.querySelectorAll('input[name="assignedTo"]').length > 1, 'people load');
    const people = await test.backend.service.listAssignees();
    const offered = [...panelRoot.querySelectorAll<HTMLInputElement>('input[name="assignedTo"]')].map((input) => input.value);
    expect(offered).to.deep.equal(['', ...people.map((person: { id: string }) => person.id)]);
    await expect(part(queue, 'soc-queue-filter-panel')!).to.be.accessible();
  });

  describe('URL sync', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    it('reads a shared view from the query string', async () => {
      const url = new URL(location.href);
      url.search = '?tab=incidents&status=active&status=inProgress&severity=high&severity=medium&sort=severity&order=asc';
      history.replaceState(history.state, '', url);
      const { queue, api } = await renderQueue({ urlSync: true });
      expect(queue.filters).to.deep.equal({ status: ['active', 'inProgress'], severity: ['high', 'medium'] });
      expect(api.lastQuery.sort).to.deep.equal({ field: 'severity', direction: 'asc' });
      await expectRowsMatching(
        queue,
        (incident) => ['active', 'inProgress'].includes(incident.status) && ['high', 'medium'].includes(incident.severity),
      );
      expect(location.search, 'reading changes nothing').to.equal(url.search);
    });

    it('writes filters, search and sort into the query string, keeping the page’s own parameters', async () => {
      const url = new URL(location.href);
      url.searchParams.set('tab', 'incidents');
      history.replaceState(history.state, '', url);
      const { queue } = await renderQueue({ urlSync: true });
      part(queue, '[data-column="name"] button')!.click();
      await settle(queue);
      queue.filters = { severity: ['high', 'medium'], timeRange: '1w' };
      queue.search = 'phish';
      await settle(queue);
      const params = new URLSearchParams(location.search);
      expect(params.get('tab')).to.equal('incidents');
      expect(params.getAll('severity')).to.deep.equal(['high', 'medium']);
      expect(params.get('range')).to.equal('1w');
      expect(params.get('search')).to.equal('phish');
      expect(params.get('sort')).to.equal('displayName');
      expect(params.get('order')).to.equal('asc');
    });

    it('follows the browser back and forward buttons', async () => {
      const { queue } = await renderQueue({ urlSync: true });
      const url = new URL(location.href);
      url.search = '?severity=low&search=logon';
      history.replaceState(history.state, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle(queue);
      expect(queue.filters).to.deep.equal({ severity: ['low'] });
      expect(queue.search).to.equal('logon');
      expect((part(queue, 'input[type="search"]') as HTMLInputElement).value).to.equal('logon');
    });

    it('leaves the URL alone without url-sync', async () => {
      const before = location.search;
      const { queue } = await renderQueue();
      queue.filters = { severity: ['high'] };
      await settle(queue);
      expect(location.search).to.equal(before);
    });
  });
});
