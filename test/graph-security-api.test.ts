import { expect } from '@open-wc/testing';
import {
  ApiError,
  type ApiErrorKind,
  type DeviceEntity,
  type FileEntity,
  GRAPH_SCOPE,
  GraphSecurityApi,
  type GraphSecurityApiOptions,
  type IncidentApi,
  type ProcessEntity,
  type RegistryKeyEntity,
  type UnknownEntity,
  UNASSIGNED,
} from '@soc-kit/components/api';
import type { SetupWorker } from 'msw/browser';
import {
  GRAPH_ALERTS_INCIDENT_ID,
  GRAPH_BASE_URL,
  GRAPH_INCIDENT_ID,
  GRAPH_TOKEN,
  type GraphFixtures,
  GraphImitation,
  loadGraphFixtures,
} from './support/graph-imitation.js';

type Json = Record<string, unknown>;

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

/** Enum values in the published request are PascalCase; Graph reads them in any case, the adapter sends camelCase. */
function lowerCaseStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(lowerCaseStrings);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, lowerCaseStrings(item)]));
  }
  return value;
}

const PUBLISHED_INCIDENT = {
  id: GRAPH_INCIDENT_ID,
  displayName:
    'Multi-stage incident involving Initial access & Command and control on multiple endpoints reported by multiple sources',
  severity: 'medium',
  status: 'active',
  classification: 'truePositive',
  determination: 'multiStagedAttack',
  assignedTo: 'KaiC@contoso.onmicrosoft.com',
  customTags: ['Demo'],
  systemTags: ['Defender Experts'],
  createdDateTime: '2021-08-13T08:43:35.5533333Z',
  lastUpdateDateTime: '2021-09-30T09:35:45.1133333Z',
  redirectIncidentId: null,
  resolvingComment: null,
  investigationState: 'unknown',
  etag: 'W/"2021-09-30T09:35:45.1133333Z"',
};

describe('GraphSecurityApi against an imitation of Microsoft Graph security v1.0', () => {
  let fixtures: GraphFixtures;
  let imitation: GraphImitation;
  let worker: SetupWorker;
  let scopes: string[];
  let api: GraphSecurityApi;

  const graphApi = (options: Partial<GraphSecurityApiOptions> = {}) =>
    new GraphSecurityApi({
      getAccessToken: async (scope) => {
        scopes.push(scope);
        return GRAPH_TOKEN;
      },
      ...options,
    });

  before(async () => {
    fixtures = await loadGraphFixtures();
    imitation = new GraphImitation(fixtures);
    worker = await imitation.start();
  });
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    imitation.reset();
    scopes = [];
    api = graphApi();
  });

  describe('reading incidents', () => {
    it('parses the published list of incidents, asking as Graph documents', async () => {
      imitation.serveOnce('GET', '/security/incidents', fixtures.listIncidents);
      const page = await api.listIncidents({});
      expect(page.items).to.have.length(1);
      expect(page.items[0]).to.deep.include(PUBLISHED_INCIDENT);
      expect(page.items[0].description).to.match(/^Microsoft observed Raspberry Robin worm activity/);
      // Without $expand=alerts there is nothing to derive sources or counts from.
      expect(page.items[0]).to.deep.include({ alertCount: 0, serviceSources: [], tactics: [] });
      expect(page.items[0].firstActivityDateTime).to.equal('2021-08-13T08:43:35.5533333Z');

      const [request] = imitation.requests;
      expect(request.url.origin + request.url.pathname).to.equal(`${GRAPH_BASE_URL}/security/incidents`);
      expect(request.url.searchParams.get('$top')).to.equal('50');
      expect(request.url.searchParams.get('$count')).to.equal('true');
      expect(request.url.searchParams.has('$expand')).to.be.false;
      expect(request.headers.get('Authorization')).to.equal(`Bearer ${GRAPH_TOKEN}`);
      expect(request.headers.get('Prefer')).to.equal('include-unknown-enum-members');
      expect(scopes).to.deep.equal([GRAPH_SCOPE]);
      expect(GRAPH_SCOPE).to.equal('https://graph.microsoft.com/.default');
    });

    it('parses the published incidents with their alerts, deriving the queue columns from them', async () => {
      imitation.serveOnce('GET', '/security/incidents', fixtures.listIncidentsExpandAlerts);
      const page = await graphApi({ alwaysExpandAlerts: true }).listIncidents({});
      expect(imitation.requests[0].url.searchParams.get('$expand')).to.equal('alerts');
      expect(page.items[0]).to.deep.include({
        ...PUBLISHED_INCIDENT,
        // This example publishes `tags` and camelCase values; the result is the same.
        customTags: ['Demo'],
        serviceSources: ['microsoftDefenderForEndpoint'],
        detectionSources: ['antivirus'],
        categories: ['DefenseEvasion'],
        tactics: ['defenseEvasion'],
        mitreTechniques: ['T1564.001'],
        alertCount: 1,
        activeAlertCount: 1,
        firstActivityDateTime: '2021-04-26T07:45:50.116Z',
        lastActivityDateTime: '2021-05-02T07:56:58.222Z',
      });
      expect(page.items[0].impactedAssets).to.deep.equal({ devices: 1, users: 0, mailboxes: 0, apps: 0, ips: 0, cloudResources: 0 });
    });

    it('parses the published incident, reading it with its alerts', async () => {
      imitation.serveOnce('GET', `/security/incidents/${GRAPH_INCIDENT_ID}`, fixtures.getIncident);
      const incident = await api.getIncident(GRAPH_INCIDENT_ID);
      expect(incident).to.deep.include(PUBLISHED_INCIDENT);
      expect(imitation.requests[0].url.pathname).to.equal(`/v1.0/security/incidents/${GRAPH_INCIDENT_ID}`);
      expect(imitation.requests[0].url.searchParams.get('$expand')).to.equal('alerts');
    });

    it('reads evolvable enum members and unknown values without failing', async () => {
      const example = (fixtures.getIncident as Json);
      imitation.serveOnce('GET', '/security/incidents/1', {
        ...example,
        id: '1',
        status: 'awaitingAction',
        severity: 'unknownFutureValue',
        determination: 'compromisedUser',
        classification: 'somethingNew',
        customTags: null,
      });
      const incident = await api.getIncident('1');
      expect(incident).to.deep.include({
        status: 'inProgress',
        severity: 'unknown',
        determination: 'compromisedAccount',
        classification: 'unknown',
        customTags: [],
      });
    });

    it('reports a missing incident as notFound, with the message Graph gave', async () => {
      const error = await expectKind(api.getIncident('404404'), 'notFound');
      expect(error.message).to.equal('Incident 404404 was not found.');
      expect(error.status).to.equal(404);
    });
  });

  describe('listing: filters, paging and sorting', () => {
    it('sends the filters Graph supports as one $filter and gets only matching incidents', async () => {
      const page = await api.listIncidents({
        status: ['active', 'inProgress'],
        severity: ['medium', 'high'],
        assignedTo: ['KaiC@contoso.onmicrosoft.com', UNASSIGNED],
        createdAfter: '2021-08-01T00:00:00Z',
        createdBefore: '2021-08-13T09:00:00Z',
        top: 50,
      });
      expect(imitation.requests[0].url.searchParams.get('$filter')).to.equal(
        "(status eq 'active' or status eq 'inProgress') and (severity eq 'medium' or severity eq 'high') and " +
          "(assignedTo eq 'KaiC@contoso.onmicrosoft.com' or assignedTo eq null) and " +
          'createdDateTime ge 2021-08-01T00:00:00.000Z and createdDateTime lt 2021-08-13T09:00:00.000Z',
      );
      expect(page.items.length).to.be.greaterThan(5);
      expect(page.totalCount).to.equal(page.items.length);
      for (const incident of page.items) {
        expect(['active', 'inProgress']).to.include(incident.status);
        expect(['medium', 'high']).to.include(incident.severity);
        expect(['KaiC@contoso.onmicrosoft.com', null]).to.include(incident.assignedTo);
      }
      expect(page.items[0].id).to.equal(GRAPH_INCIDENT_ID);
    });

    it('quotes string values so that they cannot change the expression', async () => {
      const page = await api.listIncidents({ assignedTo: ["o'brien@contoso.com' or status eq 'active"] });
      expect(imitation.requests[0].url.searchParams.get('$filter')).to.equal(
        "assignedTo eq 'o''brien@contoso.com'' or status eq ''active'",
      );
      expect(page.items).to.be.empty;
      await expectKind(api.listIncidents({ createdAfter: 'yesterday' }), 'validation');
    });

    it('pages with $top, $skip, $count and the nextLink', async () => {
      const first = await api.listIncidents({ top: 20 });
      expect(first.items).to.have.length(20);
      expect(first.totalCount).to.equal(120);
      expect(first.nextCursor).to.be.a('string').and.satisfy((link: string) => link.startsWith(`${GRAPH_BASE_URL}/security/incidents?`));

      const second = await api.listIncidents({ top: 20, cursor: first.nextCursor! });
      expect(second.items).to.have.length(20);
      expect(second.items[0].id).to.equal('3000020');
      expect(imitation.requests[1].url.searchParams.has('$skiptoken')).to.be.true;

      const last = await api.listIncidents({ top: 50, skip: 100 });
      expect(last.items.map((incident) => incident.id)).to.deep.equal(
        Array.from({ length: 20 }, (_, index) => String(3_000_100 + index)),
      );
      expect(imitation.requests[2].url.searchParams.get('$skip')).to.equal('100');
      expect(last.nextCursor).to.equal(null);
    });

    it('puts a page larger than 50 together from several requests', async () => {
      const page = await api.listIncidents({ top: 120 });
      expect(page.items).to.have.length(120);
      expect(new Set(page.items.map((incident) => incident.id)).size).to.equal(120);
      expect(imitation.requests.map((request) => [request.url.searchParams.get('$skip'), request.url.searchParams.get('$top')])).to.deep.equal([
        [null, '50'],
        ['50', '50'],
        ['100', '20'],
      ]);
      expect(page.nextCursor).to.equal(null);
    });

    it('filters tags and search itself, over every incident Graph returns, and pages through the matches', async () => {
      const first = await api.listIncidents({ tags: ['demo'], top: 5 });
      const expected = ['2972395', ...[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110].map((n) => String(3_000_000 + n))];
      expect(first.totalCount).to.equal(expected.length);
      expect(first.items.map((incident) => incident.id)).to.deep.equal(expected.slice(0, 5));
      expect(imitation.requests).to.have.length(3);
      expect(imitation.requests.every((request) => !request.url.searchParams.has('$filter'))).to.be.true;

      const second = await api.listIncidents({ tags: ['demo'], top: 5, cursor: first.nextCursor! });
      expect(second.items.map((incident) => incident.id)).to.deep.equal(expected.slice(5, 10));
      const byOffset = await api.listIncidents({ tags: ['demo'], top: 5, skip: 10 });
      expect(byOffset.items.map((incident) => incident.id)).to.deep.equal(expected.slice(10));
      expect(byOffset.nextCursor).to.equal(null);

      const search = await api.listIncidents({ search: 'sign-in activity 11', status: ['active'] });
      expect(search.items.map((incident) => incident.displayName)).to.deep.equal([
        'Suspicious sign-in activity 111',
        'Suspicious sign-in activity 114',
        'Suspicious sign-in activity 117',
      ]);
      expect(imitation.requests.at(-1)!.url.searchParams.get('$filter')).to.equal("status eq 'active'");
    });

    it('expands alerts when a filter needs them', async () => {
      const page = await api.listIncidents({ serviceSources: ['microsoftDefenderForEndpoint'] });
      expect(imitation.requests[0].url.searchParams.get('$expand')).to.equal('alerts');
      expect(page.items.map((incident) => incident.id)).to.deep.equal([GRAPH_INCIDENT_ID]);
      expect(page.items[0].serviceSources).to.deep.equal(['microsoftDefenderForEndpoint']);
    });

    it('sorts the fetched page, which Graph cannot do', async () => {
      const page = await api.listIncidents({ top: 12, sort: { field: 'severity', direction: 'desc' } });
      const ranks = page.items.map((incident) => ['informational', 'low', 'medium', 'high'].indexOf(incident.severity));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
      expect(imitation.requests[0].url.searchParams.has('$orderby')).to.be.false;
      expect(page.items).to.have.length(12);
    });

    it('refuses a cursor that is not one of its links', async () => {
      await expectKind(api.listIncidents({ cursor: 'https://attacker.example/security/incidents?x=1' }), 'validation');
      expect(imitation.requests).to.be.empty;
    });

    it('does not follow a next link to another server', async () => {
      imitation.serveOnce('GET', '/security/incidents', {
        value: [],
        '@odata.nextLink': 'https://attacker.example/steal?token=1',
      });
      await expectKind(api.listIncidents({}), 'badResponse');
    });
  });

  describe('writing incidents', () => {
    it('sends the documented PATCH body and returns the updated incident', async () => {
      const before = await api.getIncident(GRAPH_INCIDENT_ID);
      imitation.requests.length = 0;
      const updated = await api.updateIncident(
        GRAPH_INCIDENT_ID,
        { classification: 'truePositive', determination: 'multiStagedAttack', customTags: ['Demo'] },
        { etag: before.etag },
      );
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET', 'PATCH']);
      const patch = imitation.requests[1];
      expect(patch.url.pathname).to.equal(`/v1.0/security/incidents/${GRAPH_INCIDENT_ID}`);
      expect(patch.headers.get('Content-Type')).to.equal('application/json');
      expect(patch.body).to.deep.equal({ classification: 'truePositive', determination: 'multiStagedAttack', customTags: ['Demo'] });
      expect(lowerCaseStrings(patch.body)).to.deep.equal(lowerCaseStrings(fixtures.updateIncidentRequest));

      expect(updated).to.deep.include({ classification: 'truePositive', determination: 'multiStagedAttack', customTags: ['Demo'] });
      expect(updated.etag).to.not.equal(before.etag);
      // The PATCH answer has no alerts; what came from them is kept.
      expect(updated.serviceSources).to.deep.equal(['microsoftDefenderForEndpoint']);
    });

    it('parses the published PATCH response', async () => {
      imitation.serveOnce('PATCH', `/security/incidents/${GRAPH_INCIDENT_ID}`, fixtures.updateIncidentResponse);
      const updated = await api.updateIncident(GRAPH_INCIDENT_ID, { status: 'resolved', assignedTo: null });
      expect(imitation.requests[1].body).to.deep.equal({ status: 'resolved', assignedTo: null });
      expect(updated).to.deep.include(PUBLISHED_INCIDENT);
    });

    it('refuses fields Graph cannot change, naming the field, before any request', async () => {
      for (const patch of [{ displayName: 'Renamed' }, { severity: 'high' as const }, { resolvingComment: 'Done' }]) {
        const error = await expectKind(api.updateIncident(GRAPH_INCIDENT_ID, { status: 'resolved', ...patch }), 'validation');
        expect(error.field).to.equal(Object.keys(patch)[0]);
        expect(error.message).to.include(Object.keys(patch)[0]);
      }
      await expectKind(api.updateIncidents([GRAPH_INCIDENT_ID], { severity: 'low' }), 'validation');
      expect(imitation.requests).to.be.empty;
    });

    it('detects a stale etag by reading first, and sends no PATCH', async () => {
      const error = await expectKind(
        api.updateIncident(GRAPH_INCIDENT_ID, { status: 'resolved' }, { etag: 'W/"2020-01-01T00:00:00Z"' }),
        'conflict',
      );
      expect(error.current).to.deep.include({ id: GRAPH_INCIDENT_ID, etag: PUBLISHED_INCIDENT.etag });
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET']);
    });

    it('updates several incidents one after another and reports each failure', async () => {
      const result = await api.updateIncidents([GRAPH_INCIDENT_ID, '404404', '3000001'], { status: 'inProgress' });
      expect(result.succeeded.map((incident) => [incident.id, incident.status])).to.deep.equal([
        [GRAPH_INCIDENT_ID, 'inProgress'],
        ['3000001', 'inProgress'],
      ]);
      expect(result.failed).to.have.length(1);
      expect(result.failed[0]).to.deep.include({ id: '404404' });
      expect(result.failed[0].error.kind).to.equal('notFound');
    });
  });

  describe('comments', () => {
    it('posts the documented comment body and parses the published answer', async () => {
      imitation.serveOnce('POST', `/security/incidents/${GRAPH_INCIDENT_ID}/comments`, fixtures.createCommentResponse);
      const comment = await api.addComment(GRAPH_INCIDENT_ID, 'Demo for docs');
      expect(imitation.requests[0].body).to.deep.equal(fixtures.createCommentRequest);
      expect(comment).to.deep.equal({
        id: `${GRAPH_INCIDENT_ID}:comment:1`,
        incidentId: GRAPH_INCIDENT_ID,
        comment: 'Demo for docs',
        createdBy: 'secAdmin@contoso.com',
        createdDateTime: '2022-10-13T07:08:50.5821324Z',
      });
    });

    it('lists the incident comments and shows a new one', async () => {
      expect(await api.listComments(GRAPH_INCIDENT_ID)).to.deep.equal([
        {
          id: `${GRAPH_INCIDENT_ID}:comment:0`,
          incidentId: GRAPH_INCIDENT_ID,
          comment: 'Demo incident',
          createdBy: 'DavidS@contoso.onmicrosoft.com',
          createdDateTime: '2021-09-30T12:07:37.2756993Z',
        },
      ]);
      const added = await api.addComment(GRAPH_INCIDENT_ID, 'Contained on all devices.');
      const comments = await api.listComments(GRAPH_INCIDENT_ID);
      expect(comments.map((comment) => comment.comment)).to.deep.equal(['Demo incident', 'Contained on all devices.']);
      expect(comments[1]).to.deep.equal(added);
    });

    it('refuses an empty or oversized comment before any request', async () => {
      expect((await expectKind(api.addComment(GRAPH_INCIDENT_ID, '  '), 'validation')).field).to.equal('comment');
      await expectKind(api.addComment(GRAPH_INCIDENT_ID, 'x'.repeat(30_001)), 'validation');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('alerts and evidence', () => {
    it('lists the incident alerts across pages and parses the published alerts', async () => {
      const alerts = await api.listIncidentAlerts(GRAPH_ALERTS_INCIDENT_ID);
      expect(imitation.requests).to.have.length(2);
      expect(imitation.requests[0].url.pathname).to.equal('/v1.0/security/alerts_v2');
      expect(imitation.requests[0].url.searchParams.get('$filter')).to.equal(`incidentId eq '${GRAPH_ALERTS_INCIDENT_ID}'`);
      expect(alerts.map((alert) => alert.id)).to.deep.equal(['da637551227677560813_-961444813', 'da637578995287051192_756343937']);
      expect(alerts[0]).to.deep.include({
        incidentId: GRAPH_ALERTS_INCIDENT_ID,
        title: 'Suspicious execution of hidden file',
        severity: 'low',
        status: 'new',
        classification: 'unknown',
        determination: 'unknown',
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: 'antivirus',
        category: 'DefenseEvasion',
        mitreTechniques: ['T1564.001'],
        createdDateTime: '2021-04-27T12:19:27.7211305Z',
        firstActivityDateTime: '2021-04-26T07:45:50.116Z',
        lastActivityDateTime: '2021-05-02T07:56:58.222Z',
        lastUpdateDateTime: '2021-05-02T14:19:01.3266667Z',
        assignedTo: null,
        tags: ['Defender Experts'],
        investigationState: 'unknown',
        comments: [],
      });
      expect(alerts[0].recommendedActions).to.match(/^Collect artifacts and determine scope\n/);
      expect(alerts[0].evidence.map((item) => item.type)).to.deep.equal(['device', 'file', 'process', 'registryKey']);
    });

    it('parses the published alert and its evidence into entities', async () => {
      const alert = await api.getAlert('da637578995287051192_756343937');
      expect(imitation.requests[0].url.pathname).to.equal('/v1.0/security/alerts_v2/da637578995287051192_756343937');
      const [device, file, process, key] = alert.evidence;
      expect(device as DeviceEntity).to.deep.include({
        id: 'device:mde:73e7e2de709dff64ef64b1d0c30e67fab63279db',
        displayName: 'tempDns',
        osPlatform: 'Windows10',
        osBuild: '22424',
        riskScore: 'medium',
        roles: ['compromised'],
        tags: ['Test Machine'],
        alertIds: ['da637578995287051192_756343937'],
      });
      expect(file as FileEntity).to.deep.include({
        fileName: 'MsSense.exe',
        filePath: 'C:\\Program Files\\temp',
        sha256: '8963a19fb992ad9a76576c5638fd68292cffb9aaac29eb8285f9abf6196a7dec',
        fileSize: 6136392,
        detailedRoles: ['Referred in command line'],
      });
      expect(process as ProcessEntity).to.deep.include({ processId: 4780, parentProcessId: 668, userAccount: 'NT AUTHORITY\\SYSTEM' });
      expect(key as RegistryKeyEntity).to.deep.include({
        registryHive: 'HKEY_LOCAL_MACHINE',
        registryKey: 'SYSTEM\\CONTROLSET001\\CONTROL\\WMI\\AUTOLOGGER\\SENSEAUDITLOGGER',
      });
    });

    it('merges the evidence of all alerts, one entity naming every alert that has it', async () => {
      const evidence = await api.listEvidence(GRAPH_ALERTS_INCIDENT_ID);
      expect(evidence).to.have.length(4);
      const device = evidence.find((item) => item.type === 'device')!;
      expect(device.alertIds).to.deep.equal(['da637551227677560813_-961444813', 'da637578995287051192_756343937']);
    });

    it('keeps evidence of a type the kit does not know, whole', async () => {
      imitation.serveOnce('GET', '/security/alerts_v2/a1', {
        ...(fixtures.getAlert as Json),
        id: 'a1',
        evidence: [
          {
            '@odata.type': '#microsoft.graph.security.kubernetesPodEvidence',
            createdDateTime: '2024-05-01T00:00:00Z',
            verdict: 'Suspicious',
            remediationStatus: 'none',
            roles: [],
            detailedRoles: [],
            tags: [],
            name: 'web-1',
            namespace: { name: 'default' },
          },
        ],
      });
      const [pod] = (await api.getAlert('a1')).evidence as UnknownEntity[];
      expect(pod).to.deep.include({
        type: 'unknown',
        odataType: '#microsoft.graph.security.kubernetesPodEvidence',
        verdict: 'suspicious',
        alertIds: ['a1'],
      });
      expect(pod.additionalData).to.deep.equal({ name: 'web-1', namespace: { name: 'default' } });
    });
  });

  describe('failures', () => {
    it('retries throttled requests within bounds, honouring Retry-After', async () => {
      imitation.failNext(2, 429, '0');
      const page = await api.listIncidents({ top: 5 });
      expect(page.items).to.have.length(5);
      expect(imitation.requests).to.have.length(3);
      expect(scopes).to.have.length(3);

      imitation.requests.length = 0;
      imitation.failNext(1, 503, '0');
      await api.getIncident(GRAPH_INCIDENT_ID);
      expect(imitation.requests).to.have.length(2);
    });

    it('gives up after maxRetries with throttled and the server wait', async () => {
      imitation.failNext(10, 429, '0');
      const error = await expectKind(api.listIncidents({}), 'throttled');
      expect(error.retryAfterMs).to.equal(0);
      expect(error.status).to.equal(429);
      expect(imitation.requests).to.have.length(4);

      imitation.reset();
      imitation.failNext(10, 503, '0');
      await expectKind(graphApi({ maxRetries: 1 }).listIncidents({}), 'throttled');
      expect(imitation.requests).to.have.length(2);
    });

    it('does not wait for a Retry-After longer than a minute', async () => {
      imitation.failNext(1, 429, '3600');
      const error = await expectKind(api.listIncidents({}), 'throttled');
      expect(error.retryAfterMs).to.equal(3_600_000);
      expect(imitation.requests).to.have.length(1);
    });

    it('rejects with aborted at once when aborted during a retry wait', async () => {
      imitation.failNext(1, 429, '30');
      const controller = new AbortController();
      let throttled!: () => void;
      const sawThrottle = new Promise<void>((resolve) => (throttled = resolve));
      const watching = graphApi({
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (response.status === 429) setTimeout(throttled, 20);
          return response;
        },
      });
      const call = watching.listIncidents({}, { signal: controller.signal });
      await sawThrottle;
      controller.abort();
      await expectKind(call, 'aborted');
      expect(imitation.requests).to.have.length(1);
    });

    it('maps 401 and 403 without retrying', async () => {
      const unauthorized = new GraphSecurityApi({ getAccessToken: async () => 'expired-token' });
      await expectKind(unauthorized.listIncidents({}), 'unauthorized');
      expect(imitation.requests).to.have.length(1);

      imitation.failNext(1, 403);
      const error = await expectKind(api.getIncident(GRAPH_INCIDENT_ID), 'forbidden');
      expect(error.status).to.equal(403);
      expect(imitation.requests).to.have.length(2);
    });

    it('fails unauthorized without a request when the host has no token', async () => {
      const signedOut = new GraphSecurityApi({ getAccessToken: () => Promise.reject(new Error('interaction_required')) });
      await expectKind(signedOut.listIncidents({}), 'unauthorized');
      expect(imitation.requests).to.be.empty;
    });

    it('quotes the incident ID in the alerts filter', async () => {
      const alerts = await api.listIncidentAlerts("x' or incidentId eq '28282");
      expect(imitation.requests[0].url.searchParams.get('$filter')).to.equal("incidentId eq 'x'' or incidentId eq ''28282'");
      expect(alerts).to.be.empty;
    });
  });

  describe('what Graph cannot do', () => {
    it('claims evidence, the trend, the metrics and the alert queue and updates only', () => {
      expect([...api.capabilities]).to.deep.equal(['evidence', 'incidentTrend', 'incidentMetrics', 'alertQueue', 'updateAlerts']);
    });

    it('rejects every method Graph has no endpoint for with validation, naming it', async () => {
      const calls: [string, (client: IncidentApi) => Promise<unknown>][] = [
        ['getEntity', (client) => client.getEntity('device:1')],
        ['getEntityTimeline', (client) => client.getEntityTimeline('device:1', { from: '2024-01-01T00:00:00Z', to: '2024-01-02T00:00:00Z' })],
        ['getEntityInsights', (client) => client.getEntityInsights('device:1')],
        ['listActivity', (client) => client.listActivity(GRAPH_INCIDENT_ID)],
        ['listInvestigations', (client) => client.listInvestigations(GRAPH_INCIDENT_ID)],
        ['listRemediationActions', (client) => client.listRemediationActions({})],
        ['decideRemediationAction', (client) => client.decideRemediationAction('r1', 'approve')],
        ['runRemediationAction', (client) => client.runRemediationAction('device:1', 'isolateDevice')],
        ['runLiveResponseCommand', (client) => client.runLiveResponseCommand('device:1', 'processes')],
        ['listPlaybooks', (client) => client.listPlaybooks()],
        ['runPlaybook', (client) => client.runPlaybook('p1', { kind: 'incident', id: GRAPH_INCIDENT_ID })],
        ['listPlaybookRuns', (client) => client.listPlaybookRuns({ kind: 'incident', id: GRAPH_INCIDENT_ID })],
        ['listAutomationRules', (client) => client.listAutomationRules()],
        ['saveAutomationRule', (client) => client.saveAutomationRule({ displayName: 'r', order: 1, enabled: true, expiration: null, triggersOn: 'incidents', triggersWhen: 'created', conditions: [], actions: [] })],
        ['deleteAutomationRule', (client) => client.deleteAutomationRule('r1')],
        ['listTasks', (client) => client.listTasks(GRAPH_INCIDENT_ID)],
        ['saveTask', (client) => client.saveTask(GRAPH_INCIDENT_ID, { title: 'Check' })],
        ['listSavedViews', (client) => client.listSavedViews()],
        ['saveSavedView', (client) => client.saveSavedView({ name: 'Mine', query: {}, columns: null, isDefault: false })],
        ['deleteSavedView', (client) => client.deleteSavedView('v1')],
        ['mergeIncidents', (client) => client.mergeIncidents({ targetId: GRAPH_INCIDENT_ID, sourceIds: ['2972395'] })],
        ['listSimilarIncidents', (client) => client.listSimilarIncidents(GRAPH_INCIDENT_ID)],
        ['linkAlerts', (client) => client.linkAlerts({ alertIds: ['a1'], targetIncidentId: GRAPH_INCIDENT_ID })],
        ['listAssignees', (client) => client.listAssignees()],
        ['whoAmI', (client) => client.whoAmI()],
      ];
      for (const [method, call] of calls) {
        const error = await expectKind(call(api), 'validation');
        expect(error.message).to.equal(`${method} is not supported by the Microsoft Graph security API backend.`);
      }
      expect(imitation.requests).to.be.empty;
    });
  });
});
