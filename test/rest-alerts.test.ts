import { expect } from '@open-wc/testing';
import { type Alert, HttpIncidentApi, type Incident } from '@soc-kit/components/api';
import { type ErrorBody, MockBackend } from '@soc-kit/mock-api';
import { MemoryStorage } from '../src/demo/demo-storage.js';
import { failure, send } from './support/rest-calls.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, TEST_SEED, type TestBackend } from './support/test-backend.js';

/**
 * The alert queue and alert actions over the real service worker, through `HttpIncidentApi` and
 * raw requests; every answer is checked against openapi.yaml by the test backend.
 */
describe('REST API: alerts', () => {
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

  /** A new, unassigned incident with `alerts` alerts, created over REST. */
  async function created(title: string, alerts = 1, severity = 'low'): Promise<Incident> {
    const response = await send('POST', '/incidents', {
      displayName: title,
      alerts: Array.from({ length: alerts }, (_, i) => ({ title: `${title} alert ${i + 1}`, severity })),
    });
    expect(response.status).to.equal(201);
    return response.body as Incident;
  }

  describe('GET /alerts', () => {
    it('pages the alert queue across incidents, newest first, with filters, search and sort', async () => {
      const first = await api.listAlerts({ top: 5 });
      expect(first.items).to.have.length(5);
      expect(first.totalCount).to.be.greaterThan(5);
      const times = first.items.map((alert) => alert.createdDateTime);
      expect(times).to.deep.equal([...times].sort().reverse());
      const next = await api.listAlerts({ top: 5, cursor: first.nextCursor! });
      expect(next.items.map((alert) => alert.id)).to.deep.equal((await api.listAlerts({ top: 5, skip: 5 })).items.map((alert) => alert.id));

      const high = await api.listAlerts({ severity: ['high'], status: ['new', 'inProgress'], sort: { field: 'title', direction: 'asc' }, top: 50 });
      for (const alert of high.items) expect(alert.severity).to.equal('high');
      const titles = high.items.map((alert) => alert.title.toLowerCase());
      expect(titles).to.deep.equal([...titles].sort());

      const incident = await created('Beacon to a rare domain', 2);
      const mine = await api.listAlerts({ incidentIds: [incident.id] });
      expect(mine.items.map((alert) => alert.title).sort()).to.deep.equal(['Beacon to a rare domain alert 1', 'Beacon to a rare domain alert 2']);
      expect((await api.listAlerts({ search: 'RARE DOMAIN alert 2' })).items.map((alert) => alert.incidentId)).to.deep.equal([incident.id]);
      expect((await api.listAlerts({ search: mine.items[0]!.id })).items.map((alert) => alert.id)).to.include(mine.items[0]!.id);
      const alert = mine.items[0]!;
      expect(alert).to.include({ assignedTo: null, investigationState: incident.investigationState });
      expect(alert.comments).to.deep.equal([]);
      expect(alert.tags).to.deep.equal([]);
    });

    it('answers 400 naming the parameter for a bad query', async () => {
      const bad: [string, string][] = [
        ['sort=riskScore', 'sort'],
        ['sort=title&order=up', 'order'],
        ['order=asc', 'order'],
        ['status=open', 'status'],
        ['severity=severe', 'severity'],
        ['investigationState=asleep', 'investigationState'],
        ['top=0', 'top'],
        ['top=501', 'top'],
        ['skip=-3', 'skip'],
        ['createdAfter=yesterday', 'createdAfter'],
        ['cursor=nope!', 'cursor'],
        ['riskScore=3', 'riskScore'],
      ];
      for (const [query, field] of bad) {
        const response = await send('GET', `/alerts?${query}`);
        expect(response.status, query).to.equal(400);
        expect((response.body as ErrorBody).error, query).to.include({ code: 'validation', field });
      }
    });
  });

  describe('PATCH /alerts/{id} and POST /alerts/bulk-update', () => {
    it('manages an alert; the incident follows, resolved with its last active alert', async () => {
      const incident = await created('Password spray', 2);
      const [a, b] = await api.listIncidentAlerts(incident.id);
      const verdict = { classification: 'truePositive', determination: 'compromisedAccount' } as const;
      const updated = await api.updateAlert(a!.id, { status: 'resolved', ...verdict, comment: 'Reset the password.' });
      expect(updated).to.include({ status: 'resolved', classification: 'truePositive', determination: 'compromisedAccount' });
      expect(updated.comments.map((comment) => comment.comment)).to.deep.equal(['Reset the password.']);
      expect(await api.getAlert(a!.id)).to.deep.equal(updated);
      expect(await api.getIncident(incident.id)).to.include({ status: 'active', activeAlertCount: 1 });

      const result = await api.updateAlerts([b!.id, 'da999999_0'], { status: 'resolved', ...verdict });
      expect(result.succeeded.map((alert: Alert) => alert.id)).to.deep.equal([b!.id]);
      expect(result.failed).to.have.length(1);
      expect(result.failed[0]!.error.kind).to.equal('notFound');
      expect(await api.getIncident(incident.id)).to.include({ status: 'resolved', activeAlertCount: 0, ...verdict });
      expect((await api.listActivity(incident.id)).some((entry) => entry.detail?.includes('Reset the password.'))).to.equal(true);
      expect((await api.listAlerts({ incidentIds: [incident.id], status: ['resolved'] })).totalCount).to.equal(2);

      // Reactivating one alert reactivates the incident.
      await api.updateAlert(b!.id, { status: 'new' });
      expect(await api.getIncident(incident.id)).to.include({ status: 'active', activeAlertCount: 1 });
    });

    it('answers 400, 403 and 404 naming the problem, and changes nothing', async () => {
      const incident = await created('Suspicious inbox rule');
      const [alert] = await api.listIncidentAlerts(incident.id);
      const journal = test.backend.service.journal.length;

      const bad: [unknown, string][] = [
        [{ status: 'closed' }, 'status'],
        [{ determination: 'malware' }, 'determination'],
        [{ assignedTo: 'nobody@example.com' }, 'assignedTo'],
        [{ comment: '' }, 'comment'],
        [{ comment: 'x'.repeat(30_001) }, 'comment'],
        [{ severity: 'high' }, 'severity'],
      ];
      for (const [patch, field] of bad) {
        const response = await send('PATCH', `/alerts/${alert!.id}`, patch);
        expect(response.status, JSON.stringify(patch).slice(0, 60)).to.equal(400);
        expect((response.body as ErrorBody).error).to.include({ code: 'validation', field });
      }
      const noIds = await send('POST', '/alerts/bulk-update', { ids: [], patch: { status: 'resolved' } });
      expect([noIds.status, (noIds.body as ErrorBody).error.field]).to.deep.equal([400, 'ids']);
      const badPatch = await send('POST', '/alerts/bulk-update', { ids: [alert!.id], patch: { status: 'gone' } });
      expect([badPatch.status, (badPatch.body as ErrorBody).error.field]).to.deep.equal([400, 'patch.status']);
      const missing = await failure(api.updateAlert('da999999_0', { status: 'resolved' }));
      expect([missing.kind, missing.status]).to.deep.equal(['notFound', 404]);

      test.backend.setScenario({ role: 'reader' });
      const forbidden = await failure(api.updateAlert(alert!.id, { status: 'resolved' }));
      expect([forbidden.kind, forbidden.status]).to.deep.equal(['forbidden', 403]);
      const bulkForbidden = await failure(api.updateAlerts([alert!.id], { status: 'resolved' }));
      expect(bulkForbidden.status).to.equal(403);
      test.backend.setScenario({ role: 'admin' });

      expect(test.backend.service.journal).to.have.length(journal);
      expect(await api.getAlert(alert!.id)).to.deep.equal(alert);
    });

    it('is not taken for an alert: other methods on /alerts/bulk-update and /alerts/link answer 405', async () => {
      for (const path of ['/alerts/bulk-update', '/alerts/link']) {
        const response = await fetch(`${BASE_URL}${path}`);
        expect(response.status, path).to.equal(405);
        expect(response.headers.get('Allow')).to.equal('POST');
      }
    });
  });

  it('keeps alert updates and links across a reload', async () => {
    const options = { baseUrl: BASE_URL, seed: TEST_SEED, size: 20, now: TEST_NOW, persist: new MemoryStorage() };
    const backend = new MockBackend(options);
    const client = new HttpIncidentApi({ baseUrl: BASE_URL, fetch: backend.fetch });
    try {
      const [a, b] = (await client.listAlerts({ status: ['new'], top: 2 })).items;
      await client.updateAlert(a!.id, { assignedTo: 'adele.vance@contoso.com', comment: 'Mine now' });
      const { incident } = await client.linkAlerts({ alertIds: [b!.id], displayName: 'Split off' });
      const reloaded = new MockBackend(options);
      try {
        expect(reloaded.service.getAlert(a!.id)).to.deep.equal(await client.getAlert(a!.id));
        expect(reloaded.service.getIncident(incident.id)).to.deep.equal(await client.getIncident(incident.id));
        expect(reloaded.service.listAlerts({ top: 10 })).to.deep.equal(await client.listAlerts({ top: 10 }));
      } finally {
        reloaded.close();
      }
    } finally {
      backend.close();
    }
  });

  describe('POST /alerts/link', () => {
    it('moves alerts to an existing incident and into a new one; an emptied incident redirects', async () => {
      const target = await created('Ransomware staging', 1, 'medium');
      const source = await created('Odd file writes', 2, 'high');
      const [first, second] = await api.listIncidentAlerts(source.id);

      const linked = await api.linkAlerts({ alertIds: [first!.id], targetIncidentId: target.id, comment: 'Same device' });
      expect(linked.incident).to.include({ id: target.id, alertCount: 2, severity: 'high' });
      expect(linked.sources.map((incident) => [incident.id, incident.alertCount])).to.deep.equal([[source.id, 1]]);
      expect(await api.getIncident(target.id)).to.deep.equal(linked.incident);
      expect((await api.getAlert(first!.id)).incidentId).to.equal(target.id);
      expect((await api.listActivity(source.id)).at(-1)?.detail).to.include('Same device');

      const split = await api.linkAlerts({ alertIds: [second!.id], displayName: 'Odd file writes, part two' });
      expect(split.incident).to.include({ displayName: 'Odd file writes, part two', alertCount: 1, status: 'active' });
      expect(split.sources[0]).to.include({ id: source.id, status: 'redirected', redirectIncidentId: split.incident.id, alertCount: 0 });
      expect((await api.listAlerts({ incidentIds: [split.incident.id] })).items.map((alert) => alert.id)).to.deep.equal([second!.id]);
    });

    it('answers 400, 403 and 404 naming the problem, and changes nothing', async () => {
      const target = await created('Target');
      const source = await created('Source', 2);
      const resolved = await created('Resolved');
      await api.updateIncident(resolved.id, { status: 'resolved', classification: 'falsePositive' });
      const [a] = await api.listIncidentAlerts(source.id);
      const journal = test.backend.service.journal.length;
      const before = await Promise.all([target.id, source.id, resolved.id].map((id) => api.getIncident(id)));

      const bad: [unknown, string][] = [
        [{ alertIds: [] }, 'alertIds'],
        [{ alertIds: [a!.id, a!.id] }, 'alertIds'],
        [{ alertIds: [a!.id], targetIncidentId: source.id }, 'alertIds'],
        [{ alertIds: [a!.id], targetIncidentId: resolved.id }, 'targetIncidentId'],
        [{ alertIds: [a!.id], targetIncidentId: target.id, displayName: 'Renamed' }, 'displayName'],
        [{ alertIds: [a!.id], comment: '' }, 'comment'],
        [{ alertIds: [a!.id], reason: 'same attack' }, 'reason'],
        [{ alertIds: Array.from({ length: 201 }, (_, i) => `da1001_${i}`) }, 'alertIds'],
      ];
      for (const [request, field] of bad) {
        const response = await send('POST', '/alerts/link', request);
        expect(response.status, JSON.stringify(request).slice(0, 80)).to.equal(400);
        expect((response.body as ErrorBody).error).to.include({ code: 'validation', field });
      }
      const missing = await failure(api.linkAlerts({ alertIds: ['da999999_0'], targetIncidentId: target.id }));
      expect([missing.kind, missing.status]).to.deep.equal(['notFound', 404]);
      expect(missing.message).to.contain('da999999_0');

      test.backend.setScenario({ role: 'reader' });
      const forbidden = await failure(api.linkAlerts({ alertIds: [a!.id], targetIncidentId: target.id }));
      expect([forbidden.kind, forbidden.status]).to.deep.equal(['forbidden', 403]);
      test.backend.setScenario({ role: 'admin' });

      expect(test.backend.service.journal).to.have.length(journal);
      expect(await Promise.all([target.id, source.id, resolved.id].map((id) => api.getIncident(id)))).to.deep.equal(before);
    });
  });
});
