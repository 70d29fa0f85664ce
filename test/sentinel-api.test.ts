import { expect } from '@open-wc/testing';
import {
  ApiError,
  type ApiErrorKind,
  ARM_SCOPE,
  type AutomationRuleDraft,
  type DeviceEntity,
  type FileEntity,
  type Incident,
  type IncidentApi,
  type ProcessEntity,
  type RegistryValueEntity,
  SentinelApi,
  type SentinelApiOptions,
  type UnknownEntity,
  type UserEntity,
} from '@soc-kit/components/api';
import type { SetupWorker } from 'msw/browser';
import {
  ALERTS_INCIDENT_ID,
  ARM_TOKEN,
  exampleParameters,
  exampleResponse,
  INCIDENT_ID,
  PREVIEW_VERSION,
  RESOURCE_GROUP,
  SentinelImitation,
  type SentinelFixtures,
  STABLE_VERSION,
  SUBSCRIPTION_ID,
  TIMELINE_ENTITY_ID,
  loadSentinelFixtures,
  WORKSPACE_NAME,
  WORKSPACE_URL,
} from './support/sentinel-imitation.js';

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

const PLAYBOOK_ID = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.Logic/workflows/my-playbook-name`;

/** The published incident before the documented write, in kit terms. */
const PUBLISHED_INCIDENT = {
  id: INCIDENT_ID,
  displayName: 'My incident',
  description: 'This is a demo incident',
  severity: 'high',
  status: 'resolved',
  classification: 'falsePositive',
  determination: 'notMalicious',
  resolvingComment: 'Not a malicious activity',
  assignedTo: 'john@contoso.com',
  customTags: [],
  systemTags: [],
  createdDateTime: '2019-01-01T13:15:30Z',
  lastUpdateDateTime: '2019-01-01T13:15:30Z',
  firstActivityDateTime: '2019-01-01T13:00:30Z',
  lastActivityDateTime: '2019-01-01T13:05:30Z',
  redirectIncidentId: null,
  serviceSources: ['microsoftSentinel'],
  detectionSources: ['microsoftSentinel'],
  categories: ['Persistence'],
  tactics: ['persistence'],
  mitreTechniques: [],
  alertCount: 0,
  activeAlertCount: 0,
  investigationState: 'unknown',
  deviceGroups: [],
  osPlatforms: [],
  threats: [],
  sensitivityLabels: [],
  etag: '"0300bf09-0000-0000-0000-5c37296e0000"',
};

/** The writable part of a published automation rule: what a PUT sends. */
function writablePartOfRule(rule: Json): Json {
  const properties = { ...(rule.properties as Json) };
  for (const key of ['lastModifiedTimeUtc', 'createdTimeUtc', 'lastModifiedBy', 'createdBy']) delete properties[key];
  return { etag: rule.etag, properties };
}

describe('SentinelApi against an imitation of the Microsoft Sentinel REST API', () => {
  let fixtures: SentinelFixtures;
  let imitation: SentinelImitation;
  let worker: SetupWorker;
  let scopes: string[];
  let api: SentinelApi;

  const sentinelApi = (options: Partial<SentinelApiOptions> = {}) =>
    new SentinelApi({
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: RESOURCE_GROUP,
      workspaceName: WORKSPACE_NAME,
      getAccessToken: async (scope) => {
        scopes.push(scope);
        return ARM_TOKEN;
      },
      ...options,
    });

  before(async () => {
    fixtures = await loadSentinelFixtures();
    imitation = new SentinelImitation(fixtures);
    worker = await imitation.start();
  });
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    imitation.reset();
    scopes = [];
    api = sentinelApi();
  });

  describe('reading incidents', () => {
    it('sends the documented list request and parses the published list', async () => {
      imitation.serveOnce('GET', '/incidents', exampleResponse(fixtures.getIncidents));
      const page = await api.listIncidents({ sort: { field: 'createdDateTime', direction: 'desc' }, top: 1 });
      const [request] = imitation.requests;
      const documented = exampleParameters(fixtures.getIncidents);
      expect(request.url.origin + request.url.pathname).to.equal(`${WORKSPACE_URL}/incidents`);
      expect(request.url.searchParams.get('api-version')).to.equal(documented['api-version']);
      expect(request.url.searchParams.get('$orderby')).to.equal(documented.$orderby);
      expect(request.url.searchParams.get('$top')).to.equal(String(documented.$top));
      expect(request.headers.get('Authorization')).to.equal(`Bearer ${ARM_TOKEN}`);
      expect(scopes).to.deep.equal([ARM_SCOPE]);
      expect(ARM_SCOPE).to.equal('https://management.azure.com/.default');

      expect(page.items).to.have.length(1);
      expect(page.items[0]).to.deep.equal({
        ...PUBLISHED_INCIDENT,
        impactedAssets: { devices: 0, users: 0, mailboxes: 0, apps: 0, ips: 0, cloudResources: 0 },
      });
      expect(page.nextCursor).to.equal(null);
    });

    it('parses the published incident', async () => {
      imitation.serveOnce('GET', `/incidents/${INCIDENT_ID}`, exampleResponse(fixtures.getIncidentById));
      const incident = await api.getIncident(INCIDENT_ID);
      expect(incident).to.deep.include({
        ...PUBLISHED_INCIDENT,
        determination: 'notEnoughDataToValidate',
        categories: ['InitialAccess', 'Persistence'],
        tactics: ['initialAccess', 'persistence'],
      });
      expect(imitation.requests[0].url.pathname).to.equal(new URL(`${WORKSPACE_URL}/incidents/${INCIDENT_ID}`).pathname);
      expect(imitation.requests[0].url.searchParams.get('api-version')).to.equal(STABLE_VERSION);
    });

    it('parses the published PUT answer, the incident after the write', async () => {
      imitation.serveOnce('PUT', `/incidents/${INCIDENT_ID}`, exampleResponse(fixtures.createIncident));
      const incident = await api.updateIncident(INCIDENT_ID, { status: 'resolved' });
      expect(incident).to.deep.include({
        ...PUBLISHED_INCIDENT,
        categories: [],
        tactics: [],
        etag: '"0300bf09-0000-0000-0000-5c37296e0001"',
      });
    });

    it('reads labels and owners as tags and assignees', async () => {
      const example = exampleResponse(fixtures.getIncidentById);
      imitation.serveOnce('GET', '/incidents/x', {
        ...example,
        name: 'x',
        properties: {
          ...(example.properties as Json),
          labels: [
            { labelName: 'Phishing', labelType: 'User' },
            { labelName: 'Defender Experts', labelType: 'AutoAssigned' },
          ],
          owner: { objectId: null, email: 'kai@contoso.com', userPrincipalName: null, assignedTo: 'Kai' },
          status: 'Active',
          severity: 'Informational',
          classification: 'BenignPositive',
          classificationReason: 'SuspiciousButExpected',
          additionalData: { alertsCount: 3, alertProductNames: ['Microsoft Defender Advanced Threat Protection'], techniques: ['T1566'] },
        },
      });
      expect(await api.getIncident('x')).to.deep.include({
        id: 'x',
        customTags: ['Phishing'],
        systemTags: ['Defender Experts'],
        assignedTo: 'kai@contoso.com',
        status: 'inProgress',
        severity: 'informational',
        classification: 'informationalExpectedActivity',
        determination: 'unknown',
        serviceSources: ['microsoftDefenderForEndpoint'],
        detectionSources: ['microsoftDefenderForEndpoint'],
        mitreTechniques: ['T1566'],
        alertCount: 3,
        activeAlertCount: 3,
      });
    });

    it('reports a missing incident as notFound, with the message Sentinel gave', async () => {
      const error = await expectKind(api.getIncident('missing'), 'notFound');
      expect(error.message).to.equal('Incident missing was not found.');
    });
  });

  describe('listing: filters, order and paging', () => {
    it('sends the filters Sentinel supports as $filter, and its order as $orderby', async () => {
      const page = await api.listIncidents({
        status: ['active', 'inProgress'],
        severity: ['high', 'medium'],
        createdAfter: '2018-12-28T00:00:00Z',
        createdBefore: '2019-01-01T13:00:00Z',
        sort: { field: 'lastUpdateDateTime', direction: 'asc' },
        top: 100,
      });
      const params = imitation.requests[0].url.searchParams;
      expect(params.get('$filter')).to.equal(
        "(properties/status eq 'New' or properties/status eq 'Active') and " +
          "(properties/severity eq 'High' or properties/severity eq 'Medium') and " +
          'properties/createdTimeUtc ge 2018-12-28T00:00:00.000Z and properties/createdTimeUtc lt 2019-01-01T13:00:00.000Z',
      );
      expect(params.get('$orderby')).to.equal('properties/lastModifiedTimeUtc asc');
      expect(page.items.length).to.be.greaterThan(10);
      for (const incident of page.items) {
        expect(['active', 'inProgress']).to.include(incident.status);
        expect(['high', 'medium']).to.include(incident.severity);
      }
      const times = page.items.map((incident) => Date.parse(incident.lastUpdateDateTime));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    });

    it('follows nextLink to a skip and remembers where pages start', async () => {
      const first = await api.listIncidents({ top: 20 });
      expect(first.items).to.have.length(20);
      expect(first.items[0].id).to.equal(INCIDENT_ID);
      expect(first.nextCursor).to.equal('offset:20');
      expect(first.totalCount).to.equal(21);

      const second = await api.listIncidents({ top: 20, cursor: first.nextCursor! });
      expect(second.items[0].id).to.equal('00000000-0000-4000-8000-000000000020');
      expect(imitation.requests[1].url.searchParams.has('$skipToken')).to.be.true;
      expect(imitation.requests).to.have.length(2);

      const last = await api.listIncidents({ top: 20, skip: 100 });
      expect(last.items.map((incident) => incident.id)).to.deep.equal(
        Array.from({ length: 20 }, (_, index) => `00000000-0000-4000-8000-${String(100 + index).padStart(12, '0')}`),
      );
      // From the remembered page at 40: 40, 60, 80, 100.
      expect(imitation.requests).to.have.length(6);
      expect(last.nextCursor).to.equal(null);
      expect(last.totalCount).to.equal(120);
    });

    it('filters what Sentinel cannot itself, over every incident, and pages through the matches', async () => {
      const page = await api.listIncidents({ tags: ['demo'], assignedTo: ['john@contoso.com'], top: 2 });
      expect(imitation.requests[0].url.searchParams.has('$filter')).to.be.false;
      const expected = [30, 60, 90].map((n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
      expect(page.totalCount).to.equal(3);
      expect(page.items.map((incident) => incident.id)).to.deep.equal(expected.slice(0, 2));
      const rest = await api.listIncidents({ tags: ['demo'], assignedTo: ['john@contoso.com'], top: 2, cursor: page.nextCursor! });
      expect(rest.items.map((incident) => incident.id)).to.deep.equal(expected.slice(2));
      expect(rest.nextCursor).to.equal(null);

      const unassignedUnclassified = await api.listIncidents({ assignedTo: [''], classification: ['unknown'], top: 500 });
      expect(unassignedUnclassified.totalCount).to.equal(40);
      expect(unassignedUnclassified.items.every((incident) => incident.assignedTo === null && incident.classification === 'unknown')).to.be.true;
    });

    it('sorts each page itself when Sentinel cannot order by the field', async () => {
      const page = await api.listIncidents({ top: 12, sort: { field: 'severity', direction: 'desc' } });
      expect(imitation.requests[0].url.searchParams.has('$orderby')).to.be.false;
      const ranks = page.items.map((incident) => ['informational', 'low', 'medium', 'high'].indexOf(incident.severity));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
    });

    it('does not follow a next link to another server', async () => {
      imitation.serveOnce('GET', '/automationRules', { value: [], nextLink: 'https://attacker.example/automationRules?token=1' });
      await expectKind(api.listAutomationRules(), 'badResponse');
      expect(imitation.requests).to.have.length(1);
    });

    it('refuses a cursor of its own it did not make', async () => {
      await expectKind(api.listIncidents({ cursor: `${WORKSPACE_URL}/incidents?$skipToken=x` }), 'validation');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('writing incidents', () => {
    it('round-trips: the published incident, read and written back unchanged, is the documented PUT request', async () => {
      const incident = await api.getIncident(INCIDENT_ID);
      const unchanged = {
        displayName: incident.displayName,
        severity: incident.severity,
        status: incident.status,
        classification: incident.classification,
        determination: incident.determination,
        assignedTo: incident.assignedTo,
        customTags: incident.customTags,
        resolvingComment: incident.resolvingComment,
      };
      await api.updateIncident(INCIDENT_ID, unchanged, { etag: incident.etag });
      const put = imitation.requestsTo('PUT', `/incidents/${INCIDENT_ID}`)[0];
      expect(put.url.searchParams.get('api-version')).to.equal(STABLE_VERSION);
      expect(put.body).to.deep.equal(exampleParameters(fixtures.createIncident).incident);
    });

    it('writes what a patch changes and keeps the rest', async () => {
      const before = await api.getIncident(INCIDENT_ID);
      imitation.requests.length = 0;
      const updated = await api.updateIncident(
        INCIDENT_ID,
        { displayName: 'Phishing wave', status: 'inProgress', severity: 'medium', customTags: ['Phishing'], assignedTo: 'adele@contoso.com' },
        { etag: before.etag },
      );
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET', 'PUT']);
      const documented = exampleParameters(fixtures.createIncident).incident as Json;
      expect(imitation.requests[1].body).to.deep.equal({
        etag: before.etag,
        properties: {
          ...(documented.properties as Json),
          title: 'Phishing wave',
          status: 'Active',
          severity: 'Medium',
          labels: [{ labelName: 'Phishing', labelType: 'User' }],
          owner: { userPrincipalName: 'adele@contoso.com' },
        },
      });
      expect(updated).to.deep.include({
        displayName: 'Phishing wave',
        status: 'inProgress',
        severity: 'medium',
        customTags: ['Phishing'],
        assignedTo: 'adele@contoso.com',
        classification: 'falsePositive',
        determination: 'notMalicious',
      });
      expect(updated.etag).to.not.equal(before.etag);
    });

    it('maps classifications and determinations to classification reasons', async () => {
      const cases: [Partial<Incident>, Json][] = [
        [{ classification: 'truePositive', determination: 'malware' }, { classification: 'TruePositive', classificationReason: 'SuspiciousActivity' }],
        [{ classification: 'informationalExpectedActivity', determination: 'securityTesting' }, { classification: 'BenignPositive', classificationReason: 'SuspiciousButExpected' }],
        [{ classification: 'falsePositive', determination: 'notEnoughDataToValidate' }, { classification: 'FalsePositive', classificationReason: 'InaccurateData' }],
        [{ classification: 'falsePositive', determination: 'notMalicious' }, { classification: 'FalsePositive', classificationReason: 'IncorrectAlertLogic' }],
      ];
      for (const [patch, expected] of cases) {
        imitation.requests.length = 0;
        const updated = await api.updateIncident(INCIDENT_ID, patch);
        const properties = (imitation.requests[1].body as Json).properties as Json;
        expect({ classification: properties.classification, classificationReason: properties.classificationReason }).to.deep.equal(expected);
        expect(updated.classification).to.equal(patch.classification);
      }
      imitation.requests.length = 0;
      await api.updateIncident(INCIDENT_ID, { status: 'active', classification: 'unknown', resolvingComment: null });
      const properties = (imitation.requests[1].body as Json).properties as Json;
      expect(properties).to.deep.include({ status: 'New', classification: 'Undetermined' });
      expect(properties).to.not.have.any.keys('classificationReason', 'classificationComment');
    });

    it('keeps auto-assigned labels and unassigns with an empty owner', async () => {
      const incident = imitation.incident(INCIDENT_ID)!;
      (incident.properties as Json).labels = [
        { labelName: 'Defender Experts', labelType: 'AutoAssigned' },
        { labelName: 'Old', labelType: 'User' },
      ];
      const updated = await api.updateIncident(INCIDENT_ID, { customTags: ['New'], assignedTo: null });
      const properties = (imitation.requests[1].body as Json).properties as Json;
      expect(properties.labels).to.deep.equal([
        { labelName: 'Defender Experts', labelType: 'AutoAssigned' },
        { labelName: 'New', labelType: 'User' },
      ]);
      expect(properties.owner).to.deep.equal({ objectId: null, email: null, userPrincipalName: null, assignedTo: null });
      expect(updated).to.deep.include({ customTags: ['New'], systemTags: ['Defender Experts'], assignedTo: null });
    });

    it('refuses values Sentinel has no equivalent for, naming the field, before any request', async () => {
      expect((await expectKind(api.updateIncident(INCIDENT_ID, { severity: 'unknown' }), 'validation')).field).to.equal('severity');
      expect((await expectKind(api.updateIncident(INCIDENT_ID, { status: 'redirected' }), 'validation')).field).to.equal('status');
      await expectKind(api.updateIncidents([INCIDENT_ID], { status: 'redirected' }), 'validation');
      expect(imitation.requests).to.be.empty;
    });

    it('fails with conflict on a stale etag, without writing', async () => {
      const error = await expectKind(api.updateIncident(INCIDENT_ID, { status: 'active' }, { etag: '"stale"' }), 'conflict');
      expect((error.current as Incident).etag).to.equal(PUBLISHED_INCIDENT.etag);
      expect(imitation.requestsTo('PUT', `/incidents/${INCIDENT_ID}`)).to.be.empty;
    });

    it('fails with conflict when Sentinel refuses the etag of a write that raced another', async () => {
      const racing = sentinelApi({
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          // Another analyst saves the incident just after this client read it.
          if ((init?.method ?? 'GET') === 'GET' && imitation.requestsTo('PUT', `/incidents/${INCIDENT_ID}`).length === 0) {
            imitation.touch(INCIDENT_ID);
          }
          return response;
        },
      });
      const error = await expectKind(racing.updateIncident(INCIDENT_ID, { status: 'active' }), 'conflict');
      expect(error.status).to.equal(409);
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET', 'PUT', 'GET']);
      const put = imitation.requests[1].body as Json;
      expect(put.etag).to.equal(PUBLISHED_INCIDENT.etag);
      expect((error.current as Incident).etag).to.equal(imitation.incident(INCIDENT_ID)!.etag);
    });

    it('updates several incidents one after another and reports each failure', async () => {
      const result = await api.updateIncidents([INCIDENT_ID, 'missing'], { severity: 'low' });
      expect(result.succeeded.map((incident) => [incident.id, incident.severity])).to.deep.equal([[INCIDENT_ID, 'low']]);
      expect(result.failed).to.have.length(1);
      expect(result.failed[0]).to.deep.include({ id: 'missing' });
      expect(result.failed[0].error.kind).to.equal('notFound');
    });
  });

  describe('comments', () => {
    it('parses the published comments', async () => {
      expect(await api.listComments(INCIDENT_ID)).to.deep.equal([
        {
          id: '4bb36b7b-26ff-4d1c-9cbe-0d8ab3da0014',
          incidentId: INCIDENT_ID,
          comment: 'Some message',
          createdBy: 'john@contoso.com',
          createdDateTime: '2019-01-01T13:15:30Z',
        },
      ]);
    });

    it('creates a comment by PUT under a new ID with the documented body', async () => {
      imitation.serveOnce('PUT', /^\/incidents\/[^/]+\/comments\/[^/]+$/, exampleResponse(fixtures.createIncidentComment, '201'), 201);
      const comment = await api.addComment(INCIDENT_ID, 'Some message');
      const [put] = imitation.requests;
      expect(put.method).to.equal('PUT');
      expect(put.url.pathname).to.match(new RegExp(`/incidents/${INCIDENT_ID}/comments/[0-9a-f-]{36}$`));
      expect(put.body).to.deep.equal(exampleParameters(fixtures.createIncidentComment).incidentComment);
      expect(comment).to.deep.equal({
        id: '4bb36b7b-26ff-4d1c-9cbe-0d8ab3da0014',
        incidentId: INCIDENT_ID,
        comment: 'Some message',
        createdBy: 'john@contoso.com',
        createdDateTime: '2019-01-01T13:15:30Z',
      });

      const another = await api.addComment(INCIDENT_ID, 'Contained.');
      expect(another.id).to.not.equal(comment.id);
      expect((await api.listComments(INCIDENT_ID)).map((item) => item.comment)).to.deep.equal(['Some message', 'Contained.']);
    });

    it('refuses an empty or oversized comment before any request', async () => {
      await expectKind(api.addComment(INCIDENT_ID, ''), 'validation');
      await expectKind(api.addComment(INCIDENT_ID, 'x'.repeat(30_001)), 'validation');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('alerts and entities', () => {
    it('parses the published alerts', async () => {
      const alerts = await api.listIncidentAlerts(ALERTS_INCIDENT_ID);
      expect(imitation.requests[0].method).to.equal('POST');
      expect(imitation.requests[0].url.pathname).to.match(/\/incidents\/afbd324f-6c48-459c-8710-8d1e1cd03812\/alerts$/);
      expect(alerts).to.deep.equal([
        {
          id: 'baa8a239-6fde-4ab7-a093-d09f7b75c58c',
          incidentId: ALERTS_INCIDENT_ID,
          title: 'myAlert',
          description: '',
          severity: 'low',
          status: 'new',
          classification: 'unknown',
          determination: 'unknown',
          serviceSource: 'microsoftDefenderForCloud',
          detectionSource: 'microsoftDefenderForCloud',
          category: '',
          mitreTechniques: [],
          recommendedActions: '',
          createdDateTime: '2020-07-20T18:21:53.6158361Z',
          firstActivityDateTime: '2020-07-20T18:21:53.6158361Z',
          lastActivityDateTime: '2020-07-20T18:21:53.6158361Z',
          lastUpdateDateTime: '2020-07-20T18:21:53.6158361Z',
          assignedTo: null,
          tags: [],
          investigationState: 'unknown',
          comments: [],
          evidence: [],
        },
      ]);
    });

    it('dates the last update of an alert by when Sentinel last processed it', async () => {
      const [published] = (exampleResponse(fixtures.getAllIncidentAlerts).value as Json[]).map((alert) => structuredClone(alert));
      (published.properties as Json).processingEndTime = '2020-07-21T09:00:00Z';
      imitation.serveOnce('POST', `/incidents/${ALERTS_INCIDENT_ID}/alerts`, { value: [published] });
      const [alert] = await api.listIncidentAlerts(ALERTS_INCIDENT_ID);
      expect(alert).to.deep.include({ createdDateTime: '2020-07-20T18:21:53.6158361Z', lastUpdateDateTime: '2020-07-21T09:00:00Z' });
    });

    it('parses the published entities into evidence whose IDs open timelines', async () => {
      const [account] = (await api.listEvidence(ALERTS_INCIDENT_ID)) as (UserEntity & { alertIds: string[] })[];
      expect(imitation.requests[0].method).to.equal('POST');
      expect(account).to.deep.include({
        id: TIMELINE_ENTITY_ID,
        type: 'user',
        displayName: 'administrator',
        accountName: 'administrator',
        domainName: 'domain',
        userPrincipalName: '',
        verdict: 'unknown',
        alertIds: [],
      });
    });

    it('maps every entity kind the kit models, following references between entities', async () => {
      const entity = (name: string, kind: string, properties: Json) => ({ id: `${WORKSPACE_URL}/entities/${name}`, name, kind, properties });
      imitation.serveOnce('POST', `/incidents/${INCIDENT_ID}/entities`, {
        entities: [
          entity('h1', 'Host', { hostName: 'web01', dnsDomain: 'contoso.com', osFamily: 'Windows', osVersion: '10.0' }),
          entity('a1', 'Account', { accountName: 'adele', upnSuffix: 'contoso.com', ntDomain: 'CONTOSO', aadUserId: 'aad-1' }),
          entity('sha', 'FileHash', { algorithm: 'SHA256', hashValue: 'ABC123' }),
          entity('f1', 'File', { fileName: 'evil.exe', directory: 'C:\\Temp', fileHashEntityIds: ['sha'] }),
          entity('p0', 'Process', { processId: '100' }),
          entity('p1', 'Process', { processId: '4242', commandLine: 'evil.exe -x', imageFileEntityId: 'f1', parentProcessEntityId: 'p0', accountEntityId: 'a1' }),
          entity('i1', 'Ip', { address: '203.0.113.9', location: { countryCode: 'NL' } }),
          entity('k1', 'RegistryKey', { hive: 'HKEY_LOCAL_MACHINE', key: 'Software\\Run' }),
          entity('v1', 'RegistryValue', { keyEntityId: 'k1', valueName: 'Updater', valueData: 'evil.exe', valueType: 'String' }),
          entity('m1', 'Mailbox', { mailboxPrimaryAddress: 'adele@contoso.com', displayName: 'Adele Vance' }),
          entity('r1', 'AzureResource', { resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1/x' }),
          entity('c1', 'CloudApplication', { appId: 11161, appName: 'Office 365' }),
          entity('u1', 'Url', { url: 'https://phish.example/login' }),
          entity('d1', 'DnsResolution', { domainName: 'phish.example', friendlyName: 'phish.example' }),
        ],
        metaData: [],
      });
      const evidence = await api.listEvidence(INCIDENT_ID);
      const byId = Object.fromEntries(evidence.map((item) => [item.id, item]));
      expect(byId.h1 as DeviceEntity).to.deep.include({ type: 'device', displayName: 'web01', deviceDnsName: 'web01.contoso.com', osPlatform: 'Windows', osBuild: '10.0' });
      expect(byId.a1 as UserEntity).to.deep.include({ type: 'user', userPrincipalName: 'adele@contoso.com', domainName: 'CONTOSO', azureAdUserId: 'aad-1' });
      expect(byId.f1 as FileEntity).to.deep.include({ type: 'file', fileName: 'evil.exe', filePath: 'C:\\Temp', sha256: 'abc123' });
      expect(byId.p1 as ProcessEntity).to.deep.include({
        type: 'process',
        displayName: 'evil.exe',
        processId: 4242,
        parentProcessId: 100,
        processCommandLine: 'evil.exe -x',
        userAccount: 'CONTOSO\\adele',
      });
      expect(byId.i1).to.deep.include({ type: 'ip', ipAddress: '203.0.113.9', countryLetterCode: 'NL' });
      expect(byId.v1 as RegistryValueEntity).to.deep.include({ type: 'registryValue', registryHive: 'HKEY_LOCAL_MACHINE', registryKey: 'Software\\Run', registryValue: 'evil.exe' });
      expect(byId.m1).to.deep.include({ type: 'mailbox', primaryAddress: 'adele@contoso.com', displayName: 'Adele Vance' });
      expect(byId.r1).to.deep.include({ type: 'azureResource', resourceType: 'Microsoft.Compute/virtualMachines' });
      expect(byId.c1).to.deep.include({ type: 'cloudApplication', appId: 11161, displayName: 'Office 365' });
      expect(byId.u1).to.deep.include({ type: 'url', url: 'https://phish.example/login' });
      expect(byId.d1 as UnknownEntity).to.deep.include({
        type: 'unknown',
        odataType: 'DnsResolution',
        displayName: 'phish.example',
        additionalData: { domainName: 'phish.example', friendlyName: 'phish.example' },
      });
    });

    it('reads the published entity timeline with the preview API', async () => {
      const page = await api.getEntityTimeline(TIMELINE_ENTITY_ID, { from: '2021-09-01T00:00:00.000Z', to: '2021-10-01T00:00:00.000Z' });
      const [request] = imitation.requests;
      expect(request.method).to.equal('POST');
      expect(request.url.pathname).to.match(new RegExp(`/entities/${TIMELINE_ENTITY_ID}/getTimeline$`));
      expect(request.url.searchParams.get('api-version')).to.equal(PREVIEW_VERSION);
      expect(request.url.searchParams.get('api-version')).to.equal(exampleParameters(fixtures.postTimelineEntity)['api-version']);
      const documented = exampleParameters(fixtures.postTimelineEntity).parameters as Json;
      expect(request.body).to.deep.equal({ startTime: documented.startTime, endTime: documented.endTime });

      expect(page.items.map((event) => [event.kind, event.time, event.title])).to.deep.equal([
        ['alert', '2021-09-01T23:32:28.01Z', 'Alert display name'],
        ['anomaly', '2021-09-01T23:32:28.01Z', '(Preview) Anomalous scanning activity'],
        ['activity', '2021-09-01T21:35:28.02Z', 'The user has deleted an account'],
      ]);
      expect(page.items[0]).to.deep.include({ entityId: TIMELINE_ENTITY_ID, severity: 'medium' });
      expect(page.items[0].properties).to.deep.include({ description: 'The alert description', productName: 'Azure Sentinel', Intent: 'Discovery' });
      expect(page.items[1].properties).to.deep.include({ techniques: 'T1046', reasons: 'High destination port count, Low port ratio' });
      expect(page.items[2].properties).to.deep.include({ content: 'he user has deleted the account 3 time(s)' });
      expect(new Set(page.items.map((event) => event.id)).size).to.equal(3);
      expect(page.totalCount).to.equal(3);
      expect(page.nextCursor).to.equal(null);
      expect(page.histogram).to.have.length(60);
      expect(page.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).to.equal(3);
      expect(page.histogram[0].start).to.equal('2021-09-01T00:00:00.000Z');
    });

    it('asks the timeline for the kinds wanted only', async () => {
      const page = await api.getEntityTimeline(TIMELINE_ENTITY_ID, {
        from: '2021-09-01T00:00:00Z',
        to: '2021-10-01T00:00:00Z',
        kinds: ['alert', 'anomaly'],
      });
      expect((imitation.requests[0].body as Json).kinds).to.deep.equal(['SecurityAlert', 'Anomaly']);
      expect(page.items.map((event) => event.kind)).to.deep.equal(['alert', 'anomaly']);
      await expectKind(api.getEntityTimeline(TIMELINE_ENTITY_ID, { from: 'last week', to: '2021-10-01T00:00:00Z' }), 'validation');
    });
  });

  describe('tasks and playbooks', () => {
    it('parses the published tasks and creates one by PUT', async () => {
      expect(await api.listTasks(INCIDENT_ID)).to.deep.equal([
        {
          id: '4bb36b7b-26ff-4d1c-9cbe-0d8ab3da0014',
          incidentId: INCIDENT_ID,
          title: 'Task title',
          description: 'Task description',
          status: 'new',
          createdBy: 'john@contoso.com',
          createdDateTime: '2019-01-01T13:15:30Z',
          lastModifiedDateTime: '2019-01-03T11:10:30Z',
        },
      ]);
      imitation.requests.length = 0;
      const task = await api.saveTask(INCIDENT_ID, { title: 'Reset passwords', description: 'For every user' });
      expect(imitation.requests[0].method).to.equal('PUT');
      expect(imitation.requests[0].body).to.deep.equal({ properties: { title: 'Reset passwords', status: 'New', description: 'For every user' } });
      expect(task).to.deep.include({ title: 'Reset passwords', description: 'For every user', status: 'new' });
    });

    it('completes a task, keeping what the draft leaves out and sending its etag', async () => {
      const task = await api.saveTask(INCIDENT_ID, { id: '4bb36b7b-26ff-4d1c-9cbe-0d8ab3da0014', title: 'Task title', status: 'completed' });
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET', 'PUT']);
      expect(imitation.requests[1].body).to.deep.equal({
        etag: '"190057d0-0000-0d00-0000-5c6f5adb0000"',
        properties: { title: 'Task title', status: 'Completed', description: 'Task description' },
      });
      expect(task).to.deep.include({ status: 'completed', description: 'Task description' });
    });

    it('offers configured playbooks and runs one on an incident with the preview API', async () => {
      expect(api.capabilities.has('playbooks')).to.be.false;
      await expectKind(api.listPlaybooks(), 'validation');

      const withPlaybooks = sentinelApi({
        playbooks: [{ id: PLAYBOOK_ID, name: 'Block user', description: 'Disables the account', triggerKind: 'incident' }],
        tenantId: 'qwere6b2-9ac0-4464-9919-dccaee2e4ddd',
      });
      expect(withPlaybooks.capabilities.has('playbooks')).to.be.true;
      expect((await withPlaybooks.listPlaybooks()).map((playbook) => playbook.name)).to.deep.equal(['Block user']);
      const run = await withPlaybooks.runPlaybook(PLAYBOOK_ID, { kind: 'incident', id: INCIDENT_ID });
      const [request] = imitation.requests;
      expect(request.method).to.equal('POST');
      expect(request.url.pathname).to.match(new RegExp(`/incidents/${INCIDENT_ID}/runPlaybook$`));
      expect(request.url.searchParams.get('api-version')).to.equal(PREVIEW_VERSION);
      expect(request.body).to.deep.equal({ logicAppsResourceId: PLAYBOOK_ID, tenantId: 'qwere6b2-9ac0-4464-9919-dccaee2e4ddd' });
      expect(run).to.deep.include({ playbookId: PLAYBOOK_ID, playbookName: 'Block user', status: 'queued', incidentId: INCIDENT_ID, finishedAt: null });

      await expectKind(withPlaybooks.runPlaybook(PLAYBOOK_ID, { kind: 'entity', id: TIMELINE_ENTITY_ID }), 'validation');
      expect(imitation.requests).to.have.length(1);
    });
  });

  describe('automation rules', () => {
    const published = () => exampleParameters(fixtures.automationRulesCreateOrUpdate).automationRule as Json;

    it('parses the published rules, showing what the kit can express', async () => {
      const [rule] = await api.listAutomationRules();
      expect(rule).to.deep.equal({
        id: INCIDENT_ID,
        displayName: 'Suspicious user sign-in events',
        order: 1,
        enabled: true,
        expiration: null,
        triggersOn: 'incidents',
        triggersWhen: 'created',
        // The analytic-rule condition has no kit form: it is not shown, and not lost (below).
        conditions: [],
        actions: [{ kind: 'addTask', title: 'Reset user passwords', description: 'Reset passwords for compromised users.' }],
        lastModifiedDateTime: '2019-01-01T13:00:30Z',
        lastModifiedBy: 'john@contoso.com',
      });
    });

    it('round-trips: the published rule saved unchanged is the documented PUT request', async () => {
      const [rule] = await api.listAutomationRules();
      imitation.requests.length = 0;
      const saved = await api.saveAutomationRule(rule);
      const [put] = imitation.requests;
      expect(put.method).to.equal('PUT');
      expect(put.url.pathname).to.match(new RegExp(`/automationRules/${INCIDENT_ID}$`));
      expect(put.body).to.deep.equal(writablePartOfRule(published()));
      expect(saved.displayName).to.equal('Suspicious user sign-in events');
    });

    it('keeps conditions the kit cannot show when a rule is edited, even by a fresh client', async () => {
      const [rule] = await sentinelApi().listAutomationRules();
      imitation.requests.length = 0;
      await api.saveAutomationRule({
        ...rule,
        displayName: 'Sign-ins: high severity',
        conditions: [{ kind: 'property', property: 'severity', operator: 'equals', values: ['high'] }],
      });
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['GET', 'PUT']);
      const properties = (imitation.requests[1].body as Json).properties as Json;
      const publishedLogic = (published().properties as Json).triggeringLogic as Json;
      expect(properties.displayName).to.equal('Sign-ins: high severity');
      expect((properties.triggeringLogic as Json).conditions).to.deep.equal([
        ...(publishedLogic.conditions as Json[]),
        { conditionType: 'Property', conditionProperties: { propertyName: 'IncidentSeverity', operator: 'Equals', propertyValues: ['High'] } },
      ]);
    });

    it('creates a rule under a new ID, mapping conditions and actions', async () => {
      const draft: AutomationRuleDraft = {
        displayName: 'Close test incidents',
        order: 2,
        enabled: false,
        expiration: '2030-01-01T00:00:00Z',
        triggersOn: 'incidents',
        triggersWhen: 'updated',
        conditions: [
          { kind: 'property', property: 'title', operator: 'startsWith', values: ['[TEST]'] },
          { kind: 'property', property: 'serviceSource', operator: 'equals', values: ['microsoftDefenderForEndpoint'] },
          { kind: 'property', property: 'tactics', operator: 'contains', values: ['initialAccess'] },
          { kind: 'changed', property: 'status', direction: 'to', values: ['inProgress'] },
        ],
        actions: [
          { kind: 'modifyProperties', status: 'resolved', classification: 'informationalExpectedActivity', determination: 'securityTesting', owner: 'adele@contoso.com', labels: ['Test'] },
          { kind: 'runPlaybook', playbookId: PLAYBOOK_ID },
          { kind: 'addTask', title: 'Review' },
        ],
      };
      const saved = await api.saveAutomationRule(draft);
      const [put] = imitation.requests;
      expect(put.url.pathname).to.match(/\/automationRules\/[0-9a-f-]{36}$/);
      expect(put.body).to.deep.equal({
        properties: {
          displayName: 'Close test incidents',
          order: 2,
          triggeringLogic: {
            isEnabled: false,
            expirationTimeUtc: '2030-01-01T00:00:00Z',
            triggersOn: 'Incidents',
            triggersWhen: 'Updated',
            conditions: [
              { conditionType: 'Property', conditionProperties: { propertyName: 'IncidentTitle', operator: 'StartsWith', propertyValues: ['[TEST]'] } },
              { conditionType: 'Property', conditionProperties: { propertyName: 'AlertProductNames', operator: 'Equals', propertyValues: ['Microsoft Defender Advanced Threat Protection'] } },
              { conditionType: 'Property', conditionProperties: { propertyName: 'IncidentTactics', operator: 'Contains', propertyValues: ['InitialAccess'] } },
              { conditionType: 'PropertyChanged', conditionProperties: { propertyName: 'IncidentStatus', changeType: 'ChangedTo', operator: 'Equals', propertyValues: ['Active'] } },
            ],
          },
          actions: [
            {
              order: 1,
              actionType: 'ModifyProperties',
              actionConfiguration: {
                status: 'Closed',
                classification: 'BenignPositive',
                classificationReason: 'SuspiciousButExpected',
                owner: { userPrincipalName: 'adele@contoso.com' },
                labels: [{ labelName: 'Test' }],
              },
            },
            { order: 2, actionType: 'RunPlaybook', actionConfiguration: { logicAppResourceId: PLAYBOOK_ID } },
            { order: 3, actionType: 'AddIncidentTask', actionConfiguration: { title: 'Review' } },
          ],
        },
      });
      // What comes back reads as what was sent, except what Sentinel cannot say (the exact determination).
      expect(saved).to.deep.include({ displayName: 'Close test incidents', enabled: false, expiration: '2030-01-01T00:00:00Z', triggersWhen: 'updated' });
      expect(saved.conditions).to.deep.equal(draft.conditions);
      expect(saved.actions).to.deep.equal([{ ...draft.actions[0], determination: 'unknown' }, draft.actions[1], draft.actions[2]]);
    });

    it('refuses conditions Sentinel cannot test, and fails with conflict on a stale rule', async () => {
      const [rule] = await api.listAutomationRules();
      const error = await expectKind(
        api.saveAutomationRule({ ...rule, conditions: [{ kind: 'property', property: 'category', operator: 'equals', values: ['x'] }] }),
        'validation',
      );
      expect(error.field).to.equal('conditions');

      // Someone else saves the rule after this client read it.
      await sentinelApi().saveAutomationRule({ ...rule, order: 5 });
      await expectKind(api.saveAutomationRule({ ...rule, displayName: 'Mine' }), 'conflict');
    });

    it('deletes a rule', async () => {
      await api.deleteAutomationRule(INCIDENT_ID);
      expect(imitation.requests[0].method).to.equal('DELETE');
      expect(imitation.requests[0].url.pathname).to.match(new RegExp(`/automationRules/${INCIDENT_ID}$`));
      expect(await api.listAutomationRules()).to.be.empty;
    });
  });

  describe('failures', () => {
    it('retries throttled requests within bounds, honouring Retry-After', async () => {
      imitation.failNext(3, 429, '0');
      expect((await api.listIncidents({ top: 5 })).items).to.have.length(5);
      expect(imitation.requests).to.have.length(4);
      expect(scopes).to.have.length(4);

      imitation.requests.length = 0;
      imitation.failNext(4, 503, '0');
      const error = await expectKind(api.getIncident(INCIDENT_ID), 'throttled');
      expect(error.retryAfterMs).to.equal(0);
      expect(imitation.requests).to.have.length(4);
    });

    it('retries only as often as asked', async () => {
      imitation.failNext(5, 429, '0');
      await expectKind(sentinelApi({ maxRetries: 0 }).listAutomationRules(), 'throttled');
      expect(imitation.requests).to.have.length(1);
    });

    it('rejects with aborted at once when aborted during a retry wait', async () => {
      imitation.failNext(1, 503, '30');
      const controller = new AbortController();
      let throttled!: () => void;
      const sawThrottle = new Promise<void>((resolve) => (throttled = resolve));
      const watching = sentinelApi({
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (response.status === 503) setTimeout(throttled, 20);
          return response;
        },
      });
      const call = watching.listTasks(INCIDENT_ID, { signal: controller.signal });
      await sawThrottle;
      controller.abort();
      await expectKind(call, 'aborted');
      expect(imitation.requests).to.have.length(1);
    });

    it('maps 401 and 403 without retrying', async () => {
      const expired = sentinelApi({ getAccessToken: async () => 'expired' });
      await expectKind(expired.listIncidents({}), 'unauthorized');
      expect(imitation.requests).to.have.length(1);
      imitation.failNext(1, 403);
      await expectKind(api.listIncidents({}), 'forbidden');
      expect(imitation.requests).to.have.length(2);
    });

    it('rejects with aborted, and sends nothing, when the signal is already aborted', async () => {
      await expectKind(api.getIncident(INCIDENT_ID, { signal: AbortSignal.abort() }), 'aborted');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('what Sentinel cannot do', () => {
    it('claims what works', () => {
      expect([...api.capabilities]).to.have.members([
        'incidentNames',
        'incidentSeverity',
        'resolvingComment',
        'evidence',
        'entityTimeline',
        'automationRules',
        'tasks',
        'incidentTrend',
        'incidentMetrics',
      ]);
      for (const capability of ['alertQueue', 'updateAlerts', 'linkAlerts'] as const) {
        expect(api.capabilities.has(capability), capability).to.be.false;
      }
    });

    it('rejects every method Sentinel has no endpoint for with validation, naming it', async () => {
      const calls: [string, (client: IncidentApi) => Promise<unknown>][] = [
        ['getAlert', (client) => client.getAlert('a1')],
        ['listAlerts', (client) => client.listAlerts({ status: ['new'] })],
        ['updateAlert', (client) => client.updateAlert('a1', { status: 'resolved', comment: 'Done' })],
        ['updateAlerts', (client) => client.updateAlerts(['a1', 'a2'], { assignedTo: null })],
        ['linkAlerts', (client) => client.linkAlerts({ alertIds: ['a1'], targetIncidentId: INCIDENT_ID })],
        ['getEntity', (client) => client.getEntity(TIMELINE_ENTITY_ID)],
        ['getEntityInsights', (client) => client.getEntityInsights(TIMELINE_ENTITY_ID)],
        ['listActivity', (client) => client.listActivity(INCIDENT_ID)],
        ['listInvestigations', (client) => client.listInvestigations(INCIDENT_ID)],
        ['listRemediationActions', (client) => client.listRemediationActions({})],
        ['decideRemediationAction', (client) => client.decideRemediationAction('r1', 'reject')],
        ['runRemediationAction', (client) => client.runRemediationAction(TIMELINE_ENTITY_ID, 'disableUser')],
        ['runLiveResponseCommand', (client) => client.runLiveResponseCommand('h1', 'processes')],
        ['listPlaybookRuns', (client) => client.listPlaybookRuns({ kind: 'incident', id: INCIDENT_ID })],
        ['listAssignees', (client) => client.listAssignees()],
        ['whoAmI', (client) => client.whoAmI()],
        ['listSavedViews', (client) => client.listSavedViews()],
        ['saveSavedView', (client) => client.saveSavedView({ name: 'Mine', query: {}, columns: null, isDefault: false })],
        ['deleteSavedView', (client) => client.deleteSavedView('v1')],
        ['mergeIncidents', (client) => client.mergeIncidents({ targetId: INCIDENT_ID, sourceIds: ['other'] })],
        ['listSimilarIncidents', (client) => client.listSimilarIncidents(INCIDENT_ID)],
      ];
      for (const [method, call] of calls) {
        const error = await expectKind(call(api), 'validation');
        expect(error.message).to.equal(`${method} is not supported by the Microsoft Sentinel backend.`);
      }
      expect(imitation.requests).to.be.empty;
    });
  });
});
