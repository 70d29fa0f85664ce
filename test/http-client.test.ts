import { expect } from '@open-wc/testing';
import {
  ApiError,
  CAPABILITIES,
  HttpIncidentApi,
  type ApiErrorKind,
  type AutomationRuleDraft,
  type DeviceEntity,
  type Evidence,
  type Incident,
} from '@soc-kit/components/api';
import { http, HttpResponse } from 'msw';
import { BASE_URL, freshState, offContract, startTestBackend, TEST_NOW, type TestBackend } from './support/test-backend.js';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with an ApiError').to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

async function expectKind(promise: Promise<unknown>, kind: ApiErrorKind): Promise<ApiError> {
  const error = await failure(promise);
  expect(error.kind, error.message).to.equal(kind);
  expect(error.message).to.be.a('string').and.not.be.empty;
  return error;
}

describe('HttpIncidentApi over the mock REST API', () => {
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

  const firstIncident = async (): Promise<Incident> => (await api.listIncidents({ top: 1 })).items[0];

  /** The evidence of the first incident that has some of the given type. */
  async function findEvidence<T extends Evidence['type']>(type: T): Promise<Extract<Evidence, { type: T }>> {
    const page = await api.listIncidents({ top: 100 });
    for (const incident of page.items) {
      const match = (await api.listEvidence(incident.id)).find((item) => item.type === type);
      if (match) return match as Extract<Evidence, { type: T }>;
    }
    throw new Error(`No ${type} evidence in the generated data.`);
  }

  describe('happy paths', () => {
    it('claims every capability', () => {
      expect([...api.capabilities]).to.have.members([...CAPABILITIES]);
    });

    it('lists incidents with filters, sort and paging the server honours', async () => {
      const all = await api.listIncidents({ top: 500 });
      expect(all.totalCount).to.equal(all.items.length);
      expect(all.totalCount).to.be.greaterThan(0);

      const active = await api.listIncidents({
        status: ['active', 'inProgress'],
        sort: { field: 'createdDateTime', direction: 'asc' },
        top: 500,
      });
      expect(active.items.every((i) => i.status === 'active' || i.status === 'inProgress')).to.be.true;
      const times = active.items.map((i) => Date.parse(i.createdDateTime));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));

      const firstPage = await api.listIncidents({ top: 5, sort: { field: 'id', direction: 'asc' } });
      expect(firstPage.items).to.have.length(5);
      expect(firstPage.nextCursor).to.be.a('string');
      const secondPage = await api.listIncidents({
        top: 5,
        sort: { field: 'id', direction: 'asc' },
        cursor: firstPage.nextCursor!,
      });
      const skipped = await api.listIncidents({ top: 5, sort: { field: 'id', direction: 'asc' }, skip: 5 });
      expect(secondPage.items.map((i) => i.id)).to.deep.equal(skipped.items.map((i) => i.id));
      expect(secondPage.items.map((i) => i.id)).not.to.include.members(firstPage.items.map((i) => i.id));
    });

    it('finds an incident by ID search and filters unassigned ones', async () => {
      const incident = await firstIncident();
      const found = await api.listIncidents({ search: incident.id });
      expect(found.items.map((i) => i.id)).to.include(incident.id);

      await api.updateIncident(incident.id, { assignedTo: null });
      const unassigned = await api.listIncidents({ assignedTo: [''], top: 500 });
      expect(unassigned.items.every((i) => i.assignedTo === null)).to.be.true;
      expect(unassigned.items.map((i) => i.id)).to.include(incident.id);
    });

    it('gets an incident with its etag', async () => {
      const listed = await firstIncident();
      const incident = await api.getIncident(listed.id);
      expect(incident.id).to.equal(listed.id);
      expect(incident.displayName).to.equal(listed.displayName);
      expect(incident.etag).to.be.a('string').and.not.be.empty;
    });

    it('updates an incident, and a later read shows the change and a new etag', async () => {
      const before = await firstIncident();
      const updated = await api.updateIncident(
        before.id,
        { displayName: 'Renamed by the client test', customTags: ['client-test'] },
        { etag: before.etag },
      );
      expect(updated.displayName).to.equal('Renamed by the client test');
      expect(updated.etag).not.to.equal(before.etag);
      const after = await api.getIncident(before.id);
      expect(after.displayName).to.equal('Renamed by the client test');
      expect(after.customTags).to.deep.equal(['client-test']);
      expect(after.etag).to.equal(updated.etag);
    });

    it('records the update in the activity log', async () => {
      const incident = await firstIncident();
      const severity = incident.severity === 'high' ? 'low' : 'high';
      await api.updateIncident(incident.id, { severity });
      const activity = await api.listActivity(incident.id);
      const change = activity.flatMap((entry) => entry.changes).find((c) => c.field === 'severity' && c.to === severity);
      expect(change, 'an audit entry for the severity change').to.exist;
    });

    it('updates many incidents at once', async () => {
      const { items } = await api.listIncidents({ top: 3 });
      const ids = items.map((i) => i.id);
      const result = await api.updateIncidents(ids, { customTags: ['bulk'] });
      expect(result.failed).to.deep.equal([]);
      expect(result.succeeded.map((i) => i.id)).to.have.members(ids);
      for (const id of ids) expect((await api.getIncident(id)).customTags).to.deep.equal(['bulk']);
    });

    it('lists an incident’s alerts and gets one', async () => {
      const incident = await firstIncident();
      const alerts = await api.listIncidentAlerts(incident.id);
      expect(alerts.length).to.equal(incident.alertCount);
      expect(alerts.every((a) => a.incidentId === incident.id)).to.be.true;
      const alert = await api.getAlert(alerts[0].id);
      expect(alert).to.deep.equal(alerts[0]);
    });

    it('lists evidence and opens an entity, its timeline and insights', async () => {
      const incident = await firstIncident();
      const evidence = await api.listEvidence(incident.id);
      expect(evidence.length).to.be.greaterThan(0);
      const entity = await api.getEntity(evidence[0].id);
      expect(entity.id).to.equal(evidence[0].id);
      expect(entity.type).to.equal(evidence[0].type);

      const to = new Date(TEST_NOW + 86_400_000).toISOString();
      const from = new Date(TEST_NOW - 90 * 86_400_000).toISOString();
      const timeline = await api.getEntityTimeline(entity.id, { from, to, limit: 10 });
      expect(timeline.items.length).to.be.at.most(10);
      expect(timeline.items.every((e) => e.entityId === entity.id)).to.be.true;
      expect(timeline.histogram).to.be.an('array').that.is.not.empty;
      const alertsOnly = await api.getEntityTimeline(entity.id, { from, to, kinds: ['alert'], limit: 1000 });
      expect(alertsOnly.items.every((e) => e.kind === 'alert')).to.be.true;

      const insights = await api.getEntityInsights(entity.id);
      expect(insights.entityId).to.equal(entity.id);
      expect(insights.relatedIncidents.map((i) => i.id)).to.include(incident.id);
    });

    it('adds a comment that the list then shows', async () => {
      const incident = await firstIncident();
      const comment = await api.addComment(incident.id, 'Checked with the device owner.');
      expect(comment.comment).to.equal('Checked with the device owner.');
      expect(comment.incidentId).to.equal(incident.id);
      const comments = await api.listComments(incident.id);
      expect(comments.map((c) => c.id)).to.include(comment.id);
    });

    it('lists investigations and remediation actions, and decides a pending one', async () => {
      const pending = await api.listRemediationActions({ status: ['pending'] });
      expect(pending.length, 'pending actions in the generated data').to.be.greaterThan(0);
      expect(pending.every((a) => a.status === 'pending')).to.be.true;
      const action = pending[0];

      if (action.incidentId) {
        const investigations = await api.listInvestigations(action.incidentId);
        expect(investigations.every((i) => i.incidentId === action.incidentId)).to.be.true;
        const forIncident = await api.listRemediationActions({ incidentId: action.incidentId });
        expect(forIncident.map((a) => a.id)).to.include(action.id);
      }

      const decided = await api.decideRemediationAction(action.id, 'reject', 'Not needed.');
      expect(decided.status).to.equal('rejected');
      expect(decided.decidedBy).to.be.a('string');
      const rejected = await api.listRemediationActions({ status: ['rejected'] });
      expect(rejected.map((a) => a.id)).to.include(action.id);
    });

    it('runs a manual remediation action on an entity', async () => {
      const device = await findEvidence('device');
      const action = await api.runRemediationAction(device.id, 'collectInvestigationPackage');
      expect(action.entityId).to.equal(device.id);
      expect(action.type).to.equal('collectInvestigationPackage');
      const forEntity = await api.listRemediationActions({ entityId: device.id });
      expect(forEntity.map((a) => a.id)).to.include(action.id);
    });

    it('runs a live response command on a device', async () => {
      const device: DeviceEntity = await findEvidence('device');
      const result = await api.runLiveResponseCommand(device.id, 'processes');
      expect(result.deviceId).to.equal(device.id);
      expect(result.command).to.equal('processes');
      expect(result.output).to.be.a('string');
    });

    it('runs a playbook on an incident and lists the run', async () => {
      const incident = await firstIncident();
      const playbook = (await api.listPlaybooks()).find((p) => p.triggerKind === 'incident');
      expect(playbook, 'an incident playbook').to.exist;
      const target = { kind: 'incident', id: incident.id } as const;
      const run = await api.runPlaybook(playbook!.id, target);
      expect(run.playbookId).to.equal(playbook!.id);
      expect(run.target).to.deep.equal(target);
      const runs = await api.listPlaybookRuns(target);
      expect(runs.map((r) => r.id)).to.include(run.id);
    });

    it('creates, changes and deletes an automation rule as an admin', async () => {
      test.backend.setScenario({ role: 'admin' });
      const draft: AutomationRuleDraft = {
        displayName: 'Tag phishing from the client test',
        order: 900,
        enabled: true,
        expiration: null,
        triggersOn: 'incidents',
        triggersWhen: 'created',
        conditions: [{ kind: 'property', property: 'title', operator: 'contains', values: ['phish'] }],
        actions: [{ kind: 'modifyProperties', labels: ['phishing'] }],
      };
      const created = await api.saveAutomationRule(draft);
      expect(created.id).to.be.a('string');
      expect(created.displayName).to.equal(draft.displayName);
      expect((await api.listAutomationRules()).map((r) => r.id)).to.include(created.id);

      const changed = await api.saveAutomationRule({ ...draft, id: created.id, enabled: false });
      expect(changed.id).to.equal(created.id);
      expect(changed.enabled).to.equal(false);
      expect((await api.listAutomationRules()).find((r) => r.id === created.id)?.enabled).to.equal(false);

      await api.deleteAutomationRule(created.id);
      expect((await api.listAutomationRules()).map((r) => r.id)).not.to.include(created.id);
    });

    it('creates a task and completes it', async () => {
      const incident = await firstIncident();
      const task = await api.saveTask(incident.id, { title: 'Collect the device package' });
      expect(task.status).to.equal('new');
      const done = await api.saveTask(incident.id, { id: task.id, title: task.title, status: 'completed' });
      expect(done.id).to.equal(task.id);
      expect(done.status).to.equal('completed');
      const tasks = await api.listTasks(incident.id);
      expect(tasks.find((t) => t.id === task.id)?.status).to.equal('completed');
    });

    it('lists assignees and says who is signed in, following the scenario’s role', async () => {
      const assignees = await api.listAssignees();
      expect(assignees.length).to.be.greaterThan(0);
      expect((await api.whoAmI()).roles).to.include('responder');
      test.backend.setScenario({ role: 'reader' });
      expect((await api.whoAmI()).roles).to.deep.equal(['reader']);
    });

    it('sends the caller’s headers with every request', async () => {
      let seen: string | null = null;
      test.worker.use(
        http.get(`${BASE_URL}/me`, ({ request }) => {
          seen = request.headers.get('Authorization');
          return HttpResponse.json({ id: 'a@contoso.com', displayName: 'A', roles: ['admin'] });
        }),
      );
      const withToken = new HttpIncidentApi({ baseUrl: BASE_URL, headers: async () => ({ Authorization: 'Bearer t0k3n' }) });
      await withToken.whoAmI();
      expect(seen).to.equal('Bearer t0k3n');
    });

    it('takes the etag from the ETag header when the body lacks one', async () => {
      const incident = await firstIncident();
      const { etag: _etag, ...withoutEtag } = incident;
      // A server that sends the version in the header only, as the document's does not.
      test.worker.use(
        ...offContract(http.get(`${BASE_URL}/incidents/:id`, () => HttpResponse.json(withoutEtag, { headers: { ETag: '"from-header"' } }))),
      );
      expect((await api.getIncident(incident.id)).etag).to.equal('"from-header"');
    });
  });

  describe('failures', () => {
    it('network: the backend is offline', async () => {
      test.backend.setScenario({ offline: true });
      await expectKind(api.listIncidents({}), 'network');
    });

    it('timeout: the backend answers slower than the client waits', async () => {
      test.backend.setScenario({ latencyMs: 1_000 });
      const impatient = new HttpIncidentApi({ baseUrl: BASE_URL, timeoutMs: 50 });
      await expectKind(impatient.listIncidents({}), 'timeout');
    });

    it('aborted: the caller cancels, before or during the request', async () => {
      test.backend.setScenario({ latencyMs: 1_000 });
      const controller = new AbortController();
      const pending = api.listIncidents({}, { signal: controller.signal });
      controller.abort();
      await expectKind(pending, 'aborted');
      await expectKind(api.listIncidents({}, { signal: AbortSignal.abort() }), 'aborted');
    });

    it('unauthorized: the server answers 401', async () => {
      // The sign-in in front of a host's API; the mock has none.
      test.worker.use(
        ...offContract(
          http.get(`${BASE_URL}/me`, () =>
            HttpResponse.json({ error: { code: 'unauthorized', message: 'The token has expired.' } }, { status: 401 }),
          ),
        ),
      );
      const error = await expectKind(api.whoAmI(), 'unauthorized');
      expect(error.status).to.equal(401);
      expect(error.message).to.equal('The token has expired.');
    });

    it('forbidden: a reader cannot write, and nothing changes', async () => {
      const incident = await firstIncident();
      test.backend.setScenario({ role: 'reader' });
      await expectKind(api.updateIncident(incident.id, { severity: 'low' }), 'forbidden');
      await expectKind(api.addComment(incident.id, 'Hello'), 'forbidden');
      expect(await api.getIncident(incident.id)).to.deep.equal(incident);
    });

    it('notFound: an unknown incident, alert or entity', async () => {
      await expectKind(api.getIncident('no-such-incident'), 'notFound');
      await expectKind(api.getAlert('no-such-alert'), 'notFound');
      await expectKind(api.getEntity('no-such-entity'), 'notFound');
      await expectKind(api.listComments('no-such-incident'), 'notFound');
    });

    it('conflict: a stale etag after another write, with the current version', async () => {
      const read = await firstIncident();
      const newer = await api.updateIncident(read.id, { displayName: 'Someone else’s edit' });
      const error = await expectKind(
        api.updateIncident(read.id, { displayName: 'My edit' }, { etag: read.etag }),
        'conflict',
      );
      expect(error.status).to.equal(409);
      const current = error.current as Incident;
      expect(current.displayName).to.equal('Someone else’s edit');
      expect(current.etag).to.equal(newer.etag);
      expect((await api.getIncident(read.id)).displayName).to.equal('Someone else’s edit');
    });

    it('validation: a value the server refuses, naming the field', async () => {
      const incident = await firstIncident();
      const error = await expectKind(api.addComment(incident.id, 'x'.repeat(30_001)), 'validation');
      expect(error.field).to.equal('comment');
      expect(error.status).to.equal(400);
      const badEnum = await expectKind(
        api.updateIncident(incident.id, { severity: 'critical' as never }),
        'validation',
      );
      expect(badEnum.field).to.equal('severity');
    });

    it('throttled: 429 with the wait from Retry-After', async () => {
      test.backend.setScenario({ throttled: true });
      const error = await expectKind(api.listIncidents({}), 'throttled');
      expect(error.retryAfterMs).to.equal(2_000);
      expect(error.transient).to.be.true;
    });

    it('throttled: Retry-After as an HTTP date', async () => {
      const later = new Date(Date.now() + 60_000).toUTCString();
      // A gateway's bare 429: the document's carries seconds and an error body.
      test.worker.use(
        ...offContract(http.get(`${BASE_URL}/playbooks`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': later } }))),
      );
      const error = await expectKind(api.listPlaybooks(), 'throttled');
      expect(error.retryAfterMs).to.be.within(30_000, 60_000);
    });

    it('server: every request fails at error rate 1', async () => {
      test.backend.setScenario({ errorRate: 1 });
      const error = await expectKind(api.listIncidents({}), 'server');
      expect(error.status).to.equal(500);
    });

    it('server: a 503 without a body still maps, with a readable message', async () => {
      // A proxy's answer when the API behind it is down.
      test.worker.use(...offContract(http.get(`${BASE_URL}/assignees`, () => new HttpResponse('Service Unavailable', { status: 503 }))));
      const error = await expectKind(api.listAssignees(), 'server');
      expect(error.message).to.include('503');
    });

    it('badResponse: HTML instead of JSON', async () => {
      // A sign-in page in place of the API.
      test.worker.use(
        ...offContract(http.get(`${BASE_URL}/incidents`, () => HttpResponse.html('<!doctype html><title>Sign in</title><p>Please sign in</p>'))),
      );
      await expectKind(api.listIncidents({}), 'badResponse');
    });

    it('badResponse: JSON of the wrong shape', async () => {
      test.worker.use(
        ...offContract(
          http.get(`${BASE_URL}/incidents`, () => HttpResponse.json({ value: [] })),
          http.get(`${BASE_URL}/incidents/:id/alerts`, () => HttpResponse.json([{ id: 'a' }])),
          http.get(`${BASE_URL}/incidents/:id`, () => HttpResponse.json({ name: 'no id' })),
        ),
      );
      await expectKind(api.listIncidents({}), 'badResponse');
      await expectKind(api.listIncidentAlerts('x'), 'badResponse');
      await expectKind(api.getIncident('x'), 'badResponse');
    });
  });
});
