import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { GraphSecurityApi, type Incident, type IncidentApi, SentinelApi } from '@soc-kit/components/api';
import type { SetupWorker } from 'msw/browser';
import type { IncidentUpdatedEvent } from '../packages/components/src/events/incident-updated.js';
import '../packages/components/src/incident-page/define.js';
import '../packages/components/src/manage/define.js';
import type { SocManageIncident } from '../packages/components/src/manage/manage-incident.js';
import '../packages/components/src/provider/define.js';
import { eventually, renderedIds, rowById, settle } from '../packages/components/src/queue/incident-queue.fixture.js';
import '../packages/components/src/summary/define.js';
import type { SocIncidentSummary } from '../packages/components/src/summary/incident-summary.js';
import { queueTemplate } from '../stories/incident-queue.stories.js';
import {
  GRAPH_ALERTS_INCIDENT_ID,
  GRAPH_INCIDENT_ID,
  GRAPH_TOKEN,
  GraphImitation,
  loadGraphFixtures,
} from './support/graph-imitation.js';
import { startPageScopedWorker } from './support/page-worker.js';
import {
  ALERTS_INCIDENT_ID,
  ARM_TOKEN,
  INCIDENT_ID,
  loadSentinelFixtures,
  RESOURCE_GROUP,
  SentinelImitation,
  SUBSCRIPTION_ID,
  WORKSPACE_NAME,
} from './support/sentinel-imitation.js';

type Json = Record<string, unknown>;

/** The time the queue's relative dates count from; the published examples are older. */
const QUEUE_NOW = Date.parse('2024-06-01T12:00:00Z');

const textOf = (element: Element) => (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');

describe('elements over the Microsoft backends', () => {
  let graph: GraphImitation;
  let sentinel: SentinelImitation;
  let worker: SetupWorker;

  before(async () => {
    const [graphFixtures, sentinelFixtures] = await Promise.all([loadGraphFixtures(), loadSentinelFixtures()]);
    graph = new GraphImitation(graphFixtures);
    sentinel = new SentinelImitation(sentinelFixtures);
    // One worker for both: two workers registered for the same page would compete for its requests.
    worker = await startPageScopedWorker([...graph.handlers, ...sentinel.handlers]);
  });
  after(() => worker.stop());
  beforeEach(() => {
    graph.reset();
    sentinel.reset();
  });

  const graphApi = () => new GraphSecurityApi({ getAccessToken: async () => GRAPH_TOKEN });
  const sentinelApi = () =>
    new SentinelApi({
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: RESOURCE_GROUP,
      workspaceName: WORKSPACE_NAME,
      getAccessToken: async () => ARM_TOKEN,
    });

  const root = (el: SocManageIncident) => el.shadowRoot!;
  const control = <T extends HTMLElement>(el: SocManageIncident, id: string) => root(el).querySelector<T>(`#${id}`)!;
  const button = (el: SocManageIncident, label: string) =>
    [...root(el).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);

  async function openManage(api: IncidentApi, incident: Incident): Promise<SocManageIncident> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-manage-incident></soc-manage-incident>
    </soc-api-provider>`);
    const el = provider.querySelector('soc-manage-incident')!;
    el.show(incident);
    await el.updateComplete;
    await eventually(() => control(el, 'status') && root(el).querySelector('dialog')!.open, 'the dialog opens');
    return el;
  }

  async function choose(el: SocManageIncident, id: string, value: string): Promise<void> {
    const select = control<HTMLSelectElement>(el, id);
    select.value = value;
    expect(select.value, `${id} offers ${value}`).to.equal(value);
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function save(el: SocManageIncident): Promise<Incident> {
    const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
    button(el, 'Save')!.click();
    return (await updated).detail.incidents[0];
  }

  async function showQueue(api: IncidentApi) {
    const provider = await fixture(queueTemplate({ api, clock: () => QUEUE_NOW, storageKey: '', height: '480px' }));
    const queue = provider.querySelector('soc-incident-queue')!;
    await settle(queue);
    return queue;
  }

  async function showSummary(api: IncidentApi, id: string): Promise<SocIncidentSummary> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-incident-summary incident-id=${id}></soc-incident-summary>
    </soc-api-provider>`);
    const summary = provider.querySelector('soc-incident-summary')!;
    await eventually(() => summary.shadowRoot!.querySelector('article'), 'the summary shows the incident');
    return summary;
  }

  /** The incident page on its Attack story: every alert of the client's answer in the story, and a graph beside it. */
  async function showIncidentPage(api: IncidentApi, id: string) {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-incident-page incident-id=${id}></soc-incident-page>
    </soc-api-provider>`);
    const page = provider.querySelector('soc-incident-page')!;
    await eventually(() => page.shadowRoot!.querySelector('[role="tab"]'), 'the page loads');
    const tabs = [...page.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
    const story = page.shadowRoot!.querySelector('soc-attack-story')!;
    const alerts = await api.listIncidentAlerts(id);
    expect(alerts.length, 'the incident has alerts').to.be.greaterThan(0);
    await eventually(() => alerts.every((alert) => story.shadowRoot?.textContent?.includes(alert.title)), 'the story lists every alert');
    const graphElement = story.shadowRoot!.querySelector('soc-incident-graph')!;
    await eventually(() => graphElement.shadowRoot?.querySelector('.node'), 'the graph draws its nodes');
    return { page, tabs };
  }

  describe('Microsoft Graph security API', () => {
    it('shows the incident page with the tabs Graph can fill, and the attack story of its alerts', async function () {
      // The published alerts belong to an incident the published list does not hold: it joins the imitation.
      graph.incidents.push({ ...structuredClone(graph.incidents[0]!), id: GRAPH_ALERTS_INCIDENT_ID });
      const { page, tabs } = await showIncidentPage(graphApi(), GRAPH_ALERTS_INCIDENT_ID);
      expect(tabs).to.deep.equal(['Attack story', 'Alerts', 'Assets', 'Evidence and Response', 'Activity']);
      await expect(page).to.be.accessible();
    });

    it('lists the incidents in the queue, newest update first', async () => {
      const queue = await showQueue(graphApi());
      const shown = renderedIds(queue);
      expect(shown.length).to.be.greaterThan(3);
      // The published incident was updated last; the others are older, one hour apart.
      expect(shown).to.deep.equal(graph.incidents.slice(0, shown.length).map((incident) => incident.id));
      const published = graph.incidents[0];
      expect(textOf(rowById(queue, GRAPH_INCIDENT_ID))).to.include(published.displayName as string);
      expect(graph.requestsTo('GET', '/security/incidents')).to.not.be.empty;
    });

    it('shows one incident in the summary', async () => {
      const summary = await showSummary(graphApi(), GRAPH_INCIDENT_ID);
      const shown = textOf(summary);
      expect(shown).to.include(graph.incidents[0].displayName as string);
      expect(shown).to.include('Medium').and.include('Active');
    });

    it('saves a status and classification change as one PATCH of those fields', async () => {
      const api = graphApi();
      const incident = await api.getIncident(GRAPH_INCIDENT_ID);
      const el = await openManage(api, incident);
      await choose(el, 'status', 'inProgress');
      await choose(el, 'classification', 'falsePositive');
      const saved = await save(el);

      const patches = graph.requestsTo('PATCH', `/security/incidents/${GRAPH_INCIDENT_ID}`);
      expect(patches.map((request) => request.body)).to.deep.equal([
        { status: 'inProgress', classification: 'falsePositive', determination: 'unknown' },
      ]);
      expect(saved).to.include({ status: 'inProgress', classification: 'falsePositive', determination: 'unknown' });
      expect(graph.incidents[0]).to.include({ status: 'inProgress', classification: 'falsePositive' });
      await eventually(() => !el.open, 'the dialog closes');
    });

    it('disables the name and severity, says why, and never sends them', async () => {
      const api = graphApi();
      const incident = await api.getIncident(GRAPH_INCIDENT_ID);
      const el = await openManage(api, incident);
      const name = control<HTMLInputElement>(el, 'displayName');
      const severity = control<HTMLSelectElement>(el, 'severity');
      expect(name.disabled).to.be.true;
      expect(severity.disabled).to.be.true;
      expect(control<HTMLSelectElement>(el, 'status').disabled).to.be.false;
      expect(control(el, 'displayName-locked').textContent).to.equal('This backend does not allow changing the name.');
      expect(control(el, 'severity-locked').textContent).to.equal('This backend does not allow changing the severity.');
      expect(name.getAttribute('aria-describedby')).to.include('displayName-locked');
      expect(severity.getAttribute('aria-describedby')).to.include('severity-locked');
      await expect(el).to.be.accessible();

      // A script can still change a disabled control; the save leaves those fields out.
      name.value = 'Renamed by a script';
      name.dispatchEvent(new Event('input'));
      await choose(el, 'severity', 'low');
      await choose(el, 'status', 'inProgress');
      await save(el);
      const patches = graph.requestsTo('PATCH', `/security/incidents/${GRAPH_INCIDENT_ID}`);
      expect(patches.map((request) => request.body)).to.deep.equal([{ status: 'inProgress' }]);
    });
  });

  describe('Microsoft Sentinel', () => {
    /** A published-shape incident Sentinel calls New, which the kit calls active. */
    async function newIncident(api: IncidentApi): Promise<Incident> {
      const stored = sentinel.incidents.find((candidate) => (candidate.properties as Json).status === 'New');
      if (!stored) throw new Error('The imitation has no New incident.');
      const incident = await api.getIncident(stored.name as string);
      expect(incident.status).to.equal('active');
      return incident;
    }

    it('shows the incident page with the tabs Sentinel can fill, and the attack story of its alerts', async function () {
      if (!sentinel.incidents.some((incident) => incident.name === ALERTS_INCIDENT_ID)) {
        // The published alerts and entities name an incident the published list does not hold: it joins the imitation.
        const [first] = sentinel.incidents;
        sentinel.incidents.push({ ...structuredClone(first!), name: ALERTS_INCIDENT_ID, id: `${String(first!.id).replace(/[^/]+$/, '')}${ALERTS_INCIDENT_ID}` });
      }
      const { page, tabs } = await showIncidentPage(sentinelApi(), ALERTS_INCIDENT_ID);
      expect(tabs).to.deep.equal(['Attack story', 'Alerts', 'Assets', 'Evidence and Response', 'Activity', 'Tasks']);
      await expect(page).to.be.accessible();
    });

    it('lists the incidents in the queue, newest update first', async () => {
      const queue = await showQueue(sentinelApi());
      const shown = renderedIds(queue);
      expect(shown.length).to.be.greaterThan(3);
      expect(shown).to.deep.equal(sentinel.incidents.slice(0, shown.length).map((incident) => incident.name));
      expect(textOf(rowById(queue, INCIDENT_ID))).to.include('My incident');
      expect(sentinel.requestsTo('GET', '/incidents')).to.not.be.empty;
    });

    it('shows one incident in the summary', async () => {
      const summary = await showSummary(sentinelApi(), INCIDENT_ID);
      const shown = textOf(summary);
      expect(shown).to.include('My incident');
      expect(shown).to.include('High').and.include('Resolved');
    });

    it('saves a status and classification change as one PUT with the etag', async () => {
      const api = sentinelApi();
      const incident = await newIncident(api);
      const el = await openManage(api, incident);
      expect(control<HTMLInputElement>(el, 'displayName').disabled).to.be.false;
      expect(control<HTMLSelectElement>(el, 'severity').disabled).to.be.false;
      expect(root(el).querySelector('#displayName-locked, #severity-locked')).to.be.null;
      await choose(el, 'status', 'resolved');
      await choose(el, 'classification', 'falsePositive');
      const saved = await save(el);

      const puts = sentinel.requestsTo('PUT', `/incidents/${incident.id}`);
      expect(puts).to.have.length(1);
      const body = puts[0].body as Json;
      expect(body.etag).to.equal(incident.etag);
      expect(body.properties).to.include({
        title: incident.displayName,
        status: 'Closed',
        classification: 'FalsePositive',
      });
      expect(saved).to.include({ status: 'resolved', classification: 'falsePositive' });
      expect(sentinel.incident(incident.id)!.properties).to.include({ status: 'Closed', classification: 'FalsePositive' });
      await eventually(() => !el.open, 'the dialog closes');
    });

    it('shows the conflict when the incident changed after the dialog opened, and saves on top of it', async () => {
      const api = sentinelApi();
      const incident = await newIncident(api);
      const el = await openManage(api, incident);
      await choose(el, 'severity', 'low');
      sentinel.touch(incident.id);
      const newer = sentinel.incident(incident.id)!.etag;
      expect(newer).to.not.equal(incident.etag);

      button(el, 'Save')!.click();
      await eventually(() => root(el).querySelector('#conflict-title'), 'the conflict shows');
      expect(textOf(el)).to.include('saved a newer version');
      const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows.some((row) => row.startsWith('Severity') && row.endsWith('Low'))).to.be.true;
      expect(sentinel.requestsTo('PUT', `/incidents/${incident.id}`)).to.be.empty;
      expect(el.open).to.be.true;

      const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
      button(el, 'Apply my changes again')!.click();
      expect((await updated).detail.incidents[0].severity).to.equal('low');
      const puts = sentinel.requestsTo('PUT', `/incidents/${incident.id}`);
      expect(puts.map((request) => (request.body as Json).etag)).to.deep.equal([newer]);
      expect(sentinel.incident(incident.id)!.properties).to.include({ severity: 'Low' });
    });
  });
});
