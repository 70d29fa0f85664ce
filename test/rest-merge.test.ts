import { expect } from '@open-wc/testing';
import { HttpIncidentApi, type Incident, type MergeIncidentsResult } from '@soc-kit/components/api';
import type { ErrorBody } from '@soc-kit/mock-api';
import { http, HttpResponse } from 'msw';
import { failure, send } from './support/rest-calls.js';
import { BASE_URL, freshState, offContract, startTestBackend, type TestBackend } from './support/test-backend.js';

/**
 * Merging incidents over the real service worker, through `HttpIncidentApi` and raw requests;
 * every answer is checked against openapi.yaml by the test backend.
 */
describe('REST API: merging incidents', () => {
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

  it('merges over POST /incidents/merge: the target takes the alerts, the sources redirect to it', async () => {
    const target = await created('Phishing wave');
    const source = await created('Credential theft', 2, 'high');
    await api.addComment(source.id, 'Same user as the phishing wave.');

    const result = await api.mergeIncidents({ targetId: target.id, sourceIds: [source.id], displayName: 'Phishing and credential theft' });

    expect(result.incident).to.include({ id: target.id, displayName: 'Phishing and credential theft', alertCount: 3, severity: 'high' });
    expect(result.redirected).to.have.length(1);
    expect(result.redirected[0]).to.include({ id: source.id, status: 'redirected', redirectIncidentId: target.id, alertCount: 0 });
    expect(await api.getIncident(source.id)).to.deep.equal(result.redirected[0]);
    expect(await api.getIncident(target.id)).to.deep.equal(result.incident);
    const alerts = await api.listIncidentAlerts(target.id);
    expect(alerts.map((alert) => alert.incidentId)).to.deep.equal([target.id, target.id, target.id]);
    expect((await api.getAlert(alerts[2]!.id)).incidentId).to.equal(target.id);
    expect((await api.listComments(target.id)).map((comment) => comment.comment)).to.deep.equal(['Same user as the phishing wave.']);
    expect((await api.listActivity(source.id)).at(-1)?.detail).to.equal(`Merged into incident ${target.id}`);
  });

  it('is not taken for an incident: other methods on /incidents/merge answer 405', async () => {
    const response = await fetch(`${BASE_URL}/incidents/merge`);
    expect(response.status).to.equal(405);
    expect(response.headers.get('Allow')).to.equal('POST');
  });

  it('answers 400, 403 and 404 naming the problem, and changes nothing', async () => {
    const target = await created('Target');
    const source = await created('Source');
    const resolved = await created('Resolved');
    await api.updateIncident(resolved.id, { status: 'resolved', classification: 'falsePositive' });
    const journal = test.backend.service.journal.length;
    const before = await Promise.all([target.id, source.id, resolved.id].map((id) => api.getIncident(id)));

    const empty = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [] }));
    expect([empty.kind, empty.status, empty.field]).to.deep.equal(['validation', 400, 'sourceIds']);
    const itself = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [target.id] }));
    expect([itself.kind, itself.field]).to.deep.equal(['validation', 'sourceIds']);
    const closed = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [source.id, resolved.id] }));
    expect([closed.kind, closed.status, closed.field]).to.deep.equal(['validation', 400, 'sourceIds']);
    expect(closed.message).to.contain(`Incident ${resolved.id} is resolved`);
    const blank = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [source.id], displayName: '  ' }));
    expect([blank.kind, blank.field]).to.deep.equal(['validation', 'displayName']);
    const missing = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [source.id, '999999'] }));
    expect([missing.kind, missing.status]).to.deep.equal(['notFound', 404]);
    expect(missing.message).to.contain('999999');

    const extra = await send('POST', '/incidents/merge', { targetId: target.id, sourceIds: [source.id], reason: 'Same attack' });
    expect(extra.status).to.equal(400);
    expect((extra.body as ErrorBody).error).to.include({ code: 'validation', field: 'reason' });

    test.backend.setScenario({ role: 'reader' });
    const forbidden = await failure(api.mergeIncidents({ targetId: target.id, sourceIds: [source.id] }));
    expect([forbidden.kind, forbidden.status]).to.deep.equal(['forbidden', 403]);

    expect(test.backend.service.journal).to.have.length(journal);
    test.backend.setScenario({ role: 'admin' });
    expect(await Promise.all([target.id, source.id, resolved.id].map((id) => api.getIncident(id)))).to.deep.equal(before);
  });

  it('rejects an answer of the wrong shape as badResponse', async () => {
    const broken: Partial<MergeIncidentsResult> = { redirected: [] };
    test.worker.use(...offContract(http.post(`${BASE_URL}/incidents/merge`, () => HttpResponse.json(broken))));
    expect((await failure(api.mergeIncidents({ targetId: '1001', sourceIds: ['1002'] }))).kind).to.equal('badResponse');
  });
});
