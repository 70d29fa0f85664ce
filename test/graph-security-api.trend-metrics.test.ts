import { expect } from '@open-wc/testing';
import { GraphSecurityApi, type GraphSecurityApiOptions, UNASSIGNED } from '@soc-kit/components/api';
import type { SetupWorker } from 'msw/browser';
import { validationFailure } from './support/rest-calls.js';
import { GRAPH_TOKEN, type GraphFixtures, GraphImitation, loadGraphFixtures } from './support/graph-imitation.js';

type Json = Record<string, unknown>;

/** The published incident was created at 08:43 on this day; the imitation's others an hour apart before it. */
const END = '2021-08-13T09:00:00Z';
const DAY_FILTER = 'createdDateTime ge 2021-08-12T09:00:00.000Z and createdDateTime lt 2021-08-13T09:00:00.000Z';

describe('GraphSecurityApi trend and metrics against an imitation of Microsoft Graph security v1.0', () => {
  let fixtures: GraphFixtures;
  let imitation: GraphImitation;
  let worker: SetupWorker;
  let api: GraphSecurityApi;

  const graphApi = (options: Partial<GraphSecurityApiOptions> = {}) =>
    new GraphSecurityApi({ getAccessToken: async () => GRAPH_TOKEN, ...options });

  /** The published alert again, created at `createdDateTime`. */
  const alertAt = (createdDateTime: string, index: number): Json => ({
    ...structuredClone((fixtures.listAlerts.value as Json[])[0]),
    id: `da-trend-${index}`,
    createdDateTime,
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
    api = graphApi();
  });

  describe('getIncidentTrend', () => {
    it('lists the span incidents and alerts filtered by created time, and counts them per hour', async () => {
      imitation.alerts.push(
        alertAt('2021-08-13T08:10:00Z', 1),
        alertAt('2021-08-12T09:00:00Z', 2),
        alertAt('2021-08-12T09:59:59Z', 3),
        alertAt('2021-08-12T08:59:59Z', 4),
      );
      const trend = await api.getIncidentTrend({ range: '24h', end: END });

      const incidentRequests = imitation.requestsTo('GET', '/security/incidents');
      expect(incidentRequests).to.have.length(1);
      expect(incidentRequests[0].url.searchParams.get('$filter')).to.equal(DAY_FILTER);
      expect(incidentRequests[0].url.searchParams.get('$top')).to.equal('50');
      expect(incidentRequests[0].url.searchParams.has('$expand')).to.be.false;
      const alertRequests = imitation.requestsTo('GET', '/security/alerts_v2');
      expect(alertRequests[0].url.searchParams.get('$filter')).to.equal(DAY_FILTER);
      // The imitation serves one alert a page: three alerts in the span, three pages.
      expect(alertRequests).to.have.length(3);

      expect(trend).to.deep.include({ range: '24h', start: '2021-08-12T09:00:00.000Z', end: '2021-08-13T09:00:00.000Z', truncated: false });
      expect(trend.buckets).to.have.length(24);
      // The published incident and 23 of the imitation's, one an hour.
      expect(trend.buckets.map((bucket) => bucket.incidents)).to.deep.equal(Array(24).fill(1));
      expect(trend.buckets[0].alerts).to.equal(2);
      expect(trend.buckets[23].alerts).to.equal(1);
      expect(trend.buckets.reduce((sum, bucket) => sum + bucket.alerts, 0)).to.equal(3);
    });

    it('reads at most aggregatePageLimit pages of each listing, newest first, and says it was cut short', async () => {
      imitation.alerts.push(alertAt('2021-08-13T08:10:00Z', 1), alertAt('2021-08-10T08:10:00Z', 2), alertAt('2021-08-08T08:10:00Z', 3));
      const limited = await graphApi({ aggregatePageLimit: 2 }).getIncidentTrend({ range: '7d', end: END });
      expect(imitation.requestsTo('GET', '/security/incidents')).to.have.length(2);
      expect(imitation.requestsTo('GET', '/security/alerts_v2')).to.have.length(2);
      expect(limited.truncated).to.be.true;
      expect(limited.buckets).to.have.length(7);
      expect(limited.buckets.reduce((sum, bucket) => sum + bucket.incidents, 0)).to.equal(100);
      // The newest day is complete; the oldest alert was not read.
      expect(limited.buckets[6]).to.deep.include({ incidents: 24, alerts: 1 });
      expect(limited.buckets.reduce((sum, bucket) => sum + bucket.alerts, 0)).to.equal(2);

      imitation.requests.length = 0;
      const whole = await api.getIncidentTrend({ range: '7d', end: END });
      expect(imitation.requestsTo('GET', '/security/incidents')).to.have.length(3);
      expect(whole.truncated).to.be.false;
      expect(whole.buckets.reduce((sum, bucket) => sum + bucket.incidents, 0)).to.equal(120);
      expect(whole.buckets.reduce((sum, bucket) => sum + bucket.alerts, 0)).to.equal(3);
    });

    it('refuses a range or end it cannot read before any request', async () => {
      expect((await validationFailure(api.getIncidentTrend({ range: '1h' as '24h' }))).field).to.equal('range');
      expect((await validationFailure(api.getIncidentTrend({ range: '24h', end: "2021' or 1 eq 1" }))).field).to.equal('end');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('getIncidentMetrics', () => {
    it('lists the range incidents with their alerts and counts what Graph lets it', async () => {
      const metrics = await api.getIncidentMetrics({ from: '2021-08-12T09:00:00Z', to: END });
      const [request, ...more] = imitation.requests;
      expect(more).to.be.empty;
      expect(request.url.pathname).to.equal('/v1.0/security/incidents');
      expect(request.url.searchParams.get('$filter')).to.equal(DAY_FILTER);
      expect(request.url.searchParams.get('$expand')).to.equal('alerts');
      expect(request.url.searchParams.get('$count')).to.equal('true');
      expect(request.url.searchParams.get('$top')).to.equal('50');

      // The published incident (medium, active, true positive, multi-staged attack, Kai's) and 23
      // of the imitation's: statuses, severities and owners in turn, classification unknown.
      expect(metrics).to.deep.include({
        from: '2021-08-12T09:00:00.000Z',
        to: '2021-08-13T09:00:00.000Z',
        total: 24,
        truncated: false,
        unsupported: ['perDay', 'timeToAcknowledge', 'timeToResolve'],
        perDay: [],
        timeToAcknowledge: [],
        timeToResolve: [],
      });
      expect(metrics.open).to.deep.equal([
        { severity: 'informational', status: 'active', count: 2 },
        { severity: 'informational', status: 'inProgress', count: 2 },
        { severity: 'low', status: 'active', count: 2 },
        { severity: 'low', status: 'inProgress', count: 2 },
        { severity: 'medium', status: 'active', count: 3 },
        { severity: 'medium', status: 'inProgress', count: 2 },
        { severity: 'high', status: 'active', count: 1 },
        { severity: 'high', status: 'inProgress', count: 2 },
      ]);
      expect(metrics.byClassification).to.deep.equal([
        { key: 'unknown', count: 23 },
        { key: 'falsePositive', count: 0 },
        { key: 'truePositive', count: 1 },
        { key: 'informationalExpectedActivity', count: 0 },
      ]);
      expect(metrics.byDetermination).to.deep.equal([{ key: 'multiStagedAttack', count: 1 }]);
      // From the published incident's expanded alert, category DefenseEvasion.
      expect(metrics.topTactics).to.deep.equal([{ key: 'defenseEvasion', count: 1 }]);
      expect(metrics.workload).to.deep.equal([
        { assignedTo: UNASSIGNED, open: 8, resolved: 0 },
        { assignedTo: 'KaiC@contoso.onmicrosoft.com', open: 8, resolved: 0 },
        { assignedTo: 'AdeleV@contoso.onmicrosoft.com', open: 0, resolved: 8 },
      ]);
    });

    it('reads at most aggregatePageLimit pages and keeps Graph count as the total', async () => {
      const metrics = await graphApi({ aggregatePageLimit: 1 }).getIncidentMetrics({ from: '2021-08-01T00:00:00Z', to: '2021-08-14T00:00:00Z' });
      expect(imitation.requests).to.have.length(1);
      expect(metrics.truncated).to.be.true;
      expect(metrics.total).to.equal(120);
      expect(metrics.byClassification.reduce((sum, entry) => sum + entry.count, 0)).to.equal(50);

      imitation.requests.length = 0;
      const whole = await api.getIncidentMetrics({ from: '2021-08-01T00:00:00Z', to: '2021-08-14T00:00:00Z' });
      expect(imitation.requests).to.have.length(3);
      expect(whole.truncated).to.be.false;
      expect(whole.byClassification.reduce((sum, entry) => sum + entry.count, 0)).to.equal(120);
    });

    it('refuses a range it cannot read before any request', async () => {
      expect((await validationFailure(api.getIncidentMetrics({ from: 'last week', to: END }))).field).to.equal('from');
      expect((await validationFailure(api.getIncidentMetrics({ from: END, to: '2021-08-12T09:00:00Z' }))).field).to.equal('to');
      expect(imitation.requests).to.be.empty;
    });
  });
});
