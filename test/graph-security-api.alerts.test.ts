import { expect } from '@open-wc/testing';
import {
  type Alert,
  type AlertPatch,
  type AlertStatus,
  ApiError,
  type ApiErrorKind,
  GraphSecurityApi,
  type GraphSecurityApiOptions,
  type IncidentApi,
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

async function expectKind(promise: Promise<unknown>, kind: ApiErrorKind): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'rejects with an ApiError').to.be.instanceOf(ApiError);
    expect((error as ApiError).kind, (error as ApiError).message).to.equal(kind);
    expect((error as ApiError).message).to.be.a('string').and.not.be.empty;
    return error as ApiError;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The published alert of "List alerts_v2" and "Update alert". */
const PUBLISHED_ALERT_ID = 'da637551227677560813_-961444813';
/** The published alert of "Get alert". */
const OTHER_PUBLISHED_ALERT_ID = 'da637578995287051192_756343937';
const SYNTHETIC_ALERTS = 60;

describe('GraphSecurityApi alert queue and alert updates against an imitation of Microsoft Graph security v1.0', () => {
  let fixtures: GraphFixtures;
  let imitation: GraphImitation;
  let worker: SetupWorker;
  let api: GraphSecurityApi;

  const graphApi = (options: Partial<GraphSecurityApiOptions> = {}) =>
    new GraphSecurityApi({ getAccessToken: async () => GRAPH_TOKEN, ...options });
  const alertRequests = () => imitation.requestsTo('GET', '/security/alerts_v2');
  /** The imitation's alerts, as the adapter reads them, in Graph's order. */
  const stored = () => imitation.alerts.map((json) => ({ id: json.id as string, json }));

  before(async () => {
    fixtures = await loadGraphFixtures();
    imitation = new GraphImitation(fixtures);
    worker = await imitation.start();
  });
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    imitation.reset();
    imitation.seedAlerts(SYNTHETIC_ALERTS, 20);
    api = graphApi();
  });

  describe('listAlerts', () => {
    it('parses the published alert with its owner, tags, comments and last update', async () => {
      imitation.serveOnce('GET', '/security/alerts_v2', fixtures.listAlerts);
      const page = await api.listAlerts({});
      expect(page.items).to.have.length(1);
      expect(page.items[0]).to.deep.include({
        id: PUBLISHED_ALERT_ID,
        incidentId: GRAPH_ALERTS_INCIDENT_ID,
        title: 'Suspicious execution of hidden file',
        status: 'new',
        createdDateTime: '2021-04-27T12:19:27.7211305Z',
        lastUpdateDateTime: '2021-05-02T14:19:01.3266667Z',
        assignedTo: null,
        tags: ['Defender Experts'],
        investigationState: 'unknown',
        comments: [],
      });
      expect(page).to.deep.include({ totalCount: 1, nextCursor: null });
    });

    it('asks for one page with a count, newest first as Graph lists them', async () => {
      const page = await api.listAlerts({ top: 10 });
      expect(alertRequests()).to.have.length(1);
      const params = alertRequests()[0].url.searchParams;
      expect(params.get('$top')).to.equal('10');
      expect(params.get('$count')).to.equal('true');
      expect(params.has('$filter')).to.be.false;
      expect(params.has('$orderby'), 'Graph has no $orderby on alerts').to.be.false;
      expect(page.items.map((alert) => alert.id)).to.deep.equal(stored().slice(0, 10).map((alert) => alert.id));
      expect(page.totalCount).to.equal(SYNTHETIC_ALERTS + 2);
      expect(page.nextCursor).to.be.a('string').and.match(/^https:\/\/graph\.microsoft\.com\/v1\.0\/security\/alerts_v2\?/);
    });

    it('puts a page larger than Graph serves together from several requests, from skip on', async () => {
      const page = await api.listAlerts({ top: 45, skip: 5 });
      const paging = alertRequests().map(({ url }) => [url.searchParams.get('$top'), url.searchParams.get('$skip')]);
      expect(paging).to.deep.equal([
        ['45', '5'],
        ['25', '25'],
        ['5', '45'],
      ]);
      expect(page.items.map((alert) => alert.id)).to.deep.equal(stored().slice(5, 50).map((alert) => alert.id));
      expect(page.totalCount).to.equal(SYNTHETIC_ALERTS + 2);
    });

    it('follows the cursor to the next page and ends with no cursor', async () => {
      const first = await api.listAlerts({ top: 20, skip: 40 });
      expect(first.items).to.have.length(20);
      const second = await api.listAlerts({ top: 20, cursor: first.nextCursor! });
      expect(second.items.map((alert) => alert.id)).to.deep.equal(stored().slice(60).map((alert) => alert.id));
      expect(second.nextCursor).to.be.null;
    });

    it('refuses a cursor of another backend or listing before any request', async () => {
      const cursors = ['https://evil.example/v1.0/security/alerts_v2?$skiptoken=x', `${GRAPH_BASE_URL}/security/incidents?$skiptoken=x`];
      for (const cursor of cursors) {
        expect((await expectKind(api.listAlerts({ cursor }), 'validation')).field).to.equal('cursor');
      }
      expect(imitation.requests).to.be.empty;
    });

    it("has Graph filter status, severity, service source, owner, classification, determination, incident and created time", async () => {
      const query = {
        status: ['new', 'inProgress'] as AlertStatus[],
        severity: ['high' as const],
        serviceSources: ['microsoftDefenderForEndpoint' as const],
        assignedTo: ['KaiC@contoso.onmicrosoft.com', UNASSIGNED],
        classification: ['unknown' as const],
        determination: ['unknown' as const],
        incidentIds: ['3000001', "30'02"],
        createdAfter: '2024-04-01T00:00:00Z',
        createdBefore: '2024-05-01T00:00:00+02:00',
      };
      const page = await api.listAlerts(query);
      expect(alertRequests()).to.have.length(1);
      expect(alertRequests()[0].url.searchParams.get('$filter')).to.equal(
        "(status eq 'new' or status eq 'inProgress') and severity eq 'high' and serviceSource eq 'microsoftDefenderForEndpoint'" +
          " and (assignedTo eq 'KaiC@contoso.onmicrosoft.com' or assignedTo eq null) and classification eq 'unknown'" +
          " and determination eq 'unknown' and (incidentId eq '3000001' or incidentId eq '30''02')" +
          ' and createdDateTime ge 2024-04-01T00:00:00.000Z and createdDateTime lt 2024-04-30T22:00:00.000Z',
      );
      expect(page.items.length, 'some alerts match').to.be.greaterThan(0);
      for (const alert of page.items) {
        expect(query.status).to.include(alert.status);
        expect(alert).to.deep.include({ severity: 'high', serviceSource: 'microsoftDefenderForEndpoint', incidentId: '3000001' });
        expect([null, 'KaiC@contoso.onmicrosoft.com']).to.include(alert.assignedTo);
      }
      expect(page.totalCount).to.equal(page.items.length);
    });

    it('refuses a created-time bound that is not a date before any request, naming it', async () => {
      expect((await expectKind(api.listAlerts({ createdAfter: "x' or 1 eq 1" }), 'validation')).field).to.equal('createdAfter');
      expect(imitation.requests).to.be.empty;
    });

    it('applies the detection source, category and search filters Graph has not to the alerts Graph filtered', async () => {
      const page = await api.listAlerts({
        status: ['new'],
        detectionSources: ['antivirus'],
        categories: ['execution', 'defenseevasion'],
        search: 'ACTIVITY',
        top: 3,
      });
      expect(alertRequests().length, 'every alert that passes Graph’s filter is read').to.be.greaterThan(0);
      for (const request of alertRequests()) {
        expect(request.url.searchParams.get('$filter')).to.equal("status eq 'new'");
      }
      const expected = imitation.alerts
        .filter(
          (json) =>
            json.status === 'new' &&
            json.detectionSource === 'antivirus' &&
            ['Execution', 'DefenseEvasion'].includes(json.category as string) &&
            (json.title as string).toLowerCase().includes('activity'),
        )
        .map((json) => json.id);
      expect(expected.length, 'the imitation has matches beyond one page').to.be.greaterThan(3);
      expect(page.items.map((alert) => alert.id)).to.deep.equal(expected.slice(0, 3));
      expect(page).to.deep.include({ totalCount: expected.length, nextCursor: 'offset:3' });

      const rest = await api.listAlerts({
        status: ['new'],
        detectionSources: ['antivirus'],
        categories: ['execution', 'defenseevasion'],
        search: 'ACTIVITY',
        top: 3,
        cursor: page.nextCursor!,
      });
      expect(rest.items.map((alert) => alert.id)).to.deep.equal(expected.slice(3, 6));
    });

    it('searches alert IDs by prefix and evidence by name', async () => {
      const byId = await api.listAlerts({ search: 'DA-SYNTHETIC-1' });
      expect(byId.items.map((alert) => alert.id)).to.have.members(
        stored().map((alert) => alert.id).filter((id) => id.startsWith('da-synthetic-1')),
      );
      // Every alert the imitation serves has the published device "tempDns" in its evidence.
      const byEntity = await api.listAlerts({ search: 'tempdns', top: 500 });
      expect(byEntity.totalCount).to.equal(SYNTHETIC_ALERTS + 2);
      const none = await api.listAlerts({ search: 'no such alert' });
      expect(none).to.deep.equal({ items: [], totalCount: 0, nextCursor: null });
    });

    it('sorts what Graph cannot over every alert that passes its filters, ties by ID', async () => {
      const page = await api.listAlerts({ sort: { field: 'title', direction: 'asc' }, top: 5 });
      expect(alertRequests().length).to.equal(Math.ceil((SYNTHETIC_ALERTS + 2) / 20));
      const titles = imitation.alerts.map((json) => json.title as string).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
      expect(page.items.map((alert) => alert.title)).to.deep.equal(titles.slice(0, 5));

      imitation.requests.length = 0;
      const bySeverity = await api.listAlerts({ sort: { field: 'severity', direction: 'desc' }, top: 500 });
      const ranks = bySeverity.items.map((alert) => ['informational', 'low', 'medium', 'high'].indexOf(alert.severity));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => b - a));
    });

    it("leaves the newest-first sort to Graph", async () => {
      await api.listAlerts({ sort: { field: 'createdDateTime', direction: 'desc' }, top: 5 });
      expect(alertRequests()).to.have.length(1);
      expect(alertRequests()[0].url.searchParams.get('$top')).to.equal('5');
    });

    it('reads at most localScanLimit alerts to filter here', async () => {
      const page = await graphApi({ localScanLimit: 30 }).listAlerts({ detectionSources: ['antivirus'], top: 500 });
      expect(alertRequests()).to.have.length(2);
      const expected = imitation.alerts.slice(0, 30).filter((json) => json.detectionSource === 'antivirus');
      expect(page.items.map((alert) => alert.id)).to.deep.equal(expected.map((json) => json.id));
    });

    it('matches every alert on an unknown investigation state, and none on another, without asking Graph', async () => {
      const unknown = await api.listAlerts({ investigationState: ['unknown', 'running'], top: 5 });
      expect(unknown.totalCount).to.equal(SYNTHETIC_ALERTS + 2);
      expect(alertRequests()[0].url.searchParams.has('$filter')).to.be.false;
      imitation.requests.length = 0;
      const running = await api.listAlerts({ investigationState: ['running'] });
      expect(running).to.deep.equal({ items: [], totalCount: 0, nextCursor: null });
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('updateAlert', () => {
    it('PATCHes the published request and parses the published answer', async () => {
      imitation.serveOnce('PATCH', `/security/alerts_v2/${PUBLISHED_ALERT_ID}`, fixtures.updateAlertResponse);
      const patch = fixtures.updateAlertRequest as AlertPatch;
      const alert = await api.updateAlert(PUBLISHED_ALERT_ID, patch);
      const [request] = imitation.requests;
      expect(request.method).to.equal('PATCH');
      expect(request.url.href).to.equal(`${GRAPH_BASE_URL}/security/alerts_v2/${PUBLISHED_ALERT_ID}`);
      expect(request.body).to.deep.equal(fixtures.updateAlertRequest);
      expect(request.headers.get('Content-Type')).to.match(/^application\/json/);
      expect(imitation.requests, 'a patch without a comment is one request').to.have.length(1);
      expect(alert).to.deep.include({
        id: PUBLISHED_ALERT_ID,
        status: 'inProgress',
        classification: 'truePositive',
        determination: 'malware',
        assignedTo: 'secAdmin@contoso.onmicrosoft.com',
        tags: [],
        comments: [],
        evidence: [],
      });
    });

    it('changes the alert as Graph stores it, and unassigns with null', async () => {
      const resolved = await api.updateAlert(OTHER_PUBLISHED_ALERT_ID, { status: 'resolved', assignedTo: null });
      expect(resolved).to.deep.include({ status: 'resolved', assignedTo: null });
      expect(resolved.lastUpdateDateTime).to.equal('2024-06-01T12:00:01.000Z');
      const read = await api.getAlert(OTHER_PUBLISHED_ALERT_ID);
      expect(read).to.deep.include({ status: 'resolved', assignedTo: null, lastUpdateDateTime: '2024-06-01T12:00:01.000Z' });
    });

    it('adds the comment as "Create comment for alert" publishes, and parses the published comment list', async () => {
      imitation.serveOnce('POST', `/security/alerts_v2/${PUBLISHED_ALERT_ID}/comments`, fixtures.createAlertCommentResponse);
      const alert = await api.updateAlert(PUBLISHED_ALERT_ID, { comment: 'Demo for docs' });
      expect(imitation.requests.map((request) => [request.method, request.url.pathname])).to.deep.equal([
        ['POST', `/v1.0/security/alerts_v2/${PUBLISHED_ALERT_ID}/comments`],
        ['GET', `/v1.0/security/alerts_v2/${PUBLISHED_ALERT_ID}`],
      ]);
      expect(imitation.requests[0].body).to.deep.equal(fixtures.createAlertCommentRequest);
      expect(alert.comments).to.deep.equal([
        { comment: 'test', createdBy: 'secAdmin@contoso.com', createdDateTime: '2022-10-13T07:08:30.1606766Z' },
        { comment: 'Demo for docs', createdBy: 'secAdmin@contoso.com', createdDateTime: '2022-10-13T07:08:40.3825324Z' },
      ]);
      expect(alert.lastUpdateDateTime, 'the comment is the latest change').to.equal('2022-10-13T07:08:40.3825324Z');
    });

    it('PATCHes first and then comments, keeping both', async () => {
      const alert = await api.updateAlert(PUBLISHED_ALERT_ID, { status: 'resolved', classification: 'falsePositive', comment: 'Benign' });
      expect(imitation.requests.map((request) => request.method)).to.deep.equal(['PATCH', 'POST']);
      expect(imitation.requests[0].body).to.deep.equal({ status: 'resolved', classification: 'falsePositive' });
      expect(alert).to.deep.include({ status: 'resolved', classification: 'falsePositive' });
      expect(alert.comments.map((comment) => comment.comment)).to.deep.equal(['Benign']);
      expect(alert.lastUpdateDateTime).to.equal('2024-06-01T12:00:02.000Z');
      expect((await api.getAlert(PUBLISHED_ALERT_ID)).comments.map((comment) => comment.comment)).to.deep.equal(['Benign']);
    });

    it('refuses what Graph cannot change, an empty patch and a bad comment before any request', async () => {
      const refused: [AlertPatch, string][] = [
        [{ severity: 'high' } as AlertPatch, 'severity'],
        [{ incidentId: GRAPH_INCIDENT_ID } as AlertPatch, 'incidentId'],
        [{}, 'patch'],
        [{ status: undefined }, 'patch'],
        [{ comment: '   ' }, 'comment'],
        [{ status: 'resolved', comment: 'x'.repeat(30_001) }, 'comment'],
      ];
      for (const [patch, field] of refused) {
        expect((await expectKind(api.updateAlert(PUBLISHED_ALERT_ID, patch), 'validation')).field, JSON.stringify(patch)).to.equal(field);
      }
      expect(imitation.requests).to.be.empty;
    });

    it("passes on Graph's refusal of a value and keeps the alert as it was", async () => {
      const before = await api.getAlert(PUBLISHED_ALERT_ID);
      await expectKind(api.updateAlert(PUBLISHED_ALERT_ID, { status: 'dismissed' as AlertStatus }), 'validation');
      expect(await api.getAlert(PUBLISHED_ALERT_ID)).to.deep.equal(before);
    });

    it('rejects with notFound for an alert Graph does not have', async () => {
      await expectKind(api.updateAlert('no-such-alert', { status: 'resolved' }), 'notFound');
    });
  });

  describe('updateAlerts', () => {
    it('updates one alert after another and reports each failure', async () => {
      const ids = [PUBLISHED_ALERT_ID, 'no-such-alert', OTHER_PUBLISHED_ALERT_ID];
      const result = await api.updateAlerts(ids, { assignedTo: 'AdeleV@contoso.onmicrosoft.com', comment: 'Taking these' });
      expect(result.succeeded.map((alert: Alert) => alert.id)).to.deep.equal([PUBLISHED_ALERT_ID, OTHER_PUBLISHED_ALERT_ID]);
      for (const alert of result.succeeded) {
        expect(alert.assignedTo).to.equal('AdeleV@contoso.onmicrosoft.com');
        expect(alert.comments.map((comment) => comment.comment)).to.deep.equal(['Taking these']);
      }
      expect(result.failed).to.have.length(1);
      expect(result.failed[0].id).to.equal('no-such-alert');
      expect(result.failed[0].error.kind).to.equal('notFound');
    });

    it('refuses a patch Graph cannot apply before any request', async () => {
      await expectKind(api.updateAlerts([PUBLISHED_ALERT_ID], { severity: 'low' } as AlertPatch), 'validation');
      expect(imitation.requests).to.be.empty;
    });

    it('stops at an abort instead of reporting it per alert', async () => {
      const controller = new AbortController();
      controller.abort();
      await expectKind(api.updateAlerts([PUBLISHED_ALERT_ID], { status: 'resolved' }, { signal: controller.signal }), 'aborted');
    });
  });

  describe('what Graph cannot do with alerts', () => {
    it('claims the alert queue and alert updates, not moving alerts', () => {
      expect(api.capabilities.has('alertQueue')).to.be.true;
      expect(api.capabilities.has('updateAlerts')).to.be.true;
      expect(api.capabilities.has('linkAlerts')).to.be.false;
    });

    it('rejects linkAlerts with validation, naming it, and sends nothing', async () => {
      const client: IncidentApi = api;
      const error = await expectKind(client.linkAlerts({ alertIds: [PUBLISHED_ALERT_ID], displayName: 'Split' }), 'validation');
      expect(error.message).to.equal('linkAlerts is not supported by the Microsoft Graph security API backend.');
      expect(imitation.requests).to.be.empty;
    });

    it('is refused by the imitation for $orderby and for properties "List alerts_v2" does not filter on, as by Graph', async () => {
      for (const query of ['$orderby=title', "$filter=detectionSource eq 'antivirus'", "$filter=category eq 'Execution'"]) {
        const headers = { Authorization: `Bearer ${GRAPH_TOKEN}` };
        const response = await fetch(`${GRAPH_BASE_URL}/security/alerts_v2?${query}`, { headers });
        expect(response.status, query).to.equal(400);
        expect(((await response.json()) as Json).error).to.have.property('code', 'BadRequest');
      }
    });
  });
});
