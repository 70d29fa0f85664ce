import { expect } from '@open-wc/testing';
import { SentinelApi, type SentinelApiOptions, UNASSIGNED } from '@soc-kit/components/api';
import type { SetupWorker } from 'msw/browser';
import { validationFailure } from './support/rest-calls.js';
import {
  ARM_TOKEN,
  RESOURCE_GROUP,
  SentinelImitation,
  type SentinelFixtures,
  STABLE_VERSION,
  SUBSCRIPTION_ID,
  loadSentinelFixtures,
  WORKSPACE_NAME,
  WORKSPACE_URL,
} from './support/sentinel-imitation.js';

type Json = Record<string, unknown>;

/** The published incident was created at 13:15:30 on this day; the imitation's others an hour apart before it. */
const END = '2019-01-01T14:00:00Z';
const DAY_FILTER = 'properties/createdTimeUtc ge 2018-12-31T14:00:00.000Z and properties/createdTimeUtc lt 2019-01-01T14:00:00.000Z';

describe('SentinelApi trend and metrics against an imitation of the Microsoft Sentinel REST API', () => {
  let fixtures: SentinelFixtures;
  let imitation: SentinelImitation;
  let worker: SetupWorker;
  let api: SentinelApi;

  const sentinelApi = (options: Partial<SentinelApiOptions> = {}) =>
    new SentinelApi({
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: RESOURCE_GROUP,
      workspaceName: WORKSPACE_NAME,
      getAccessToken: async () => ARM_TOKEN,
      ...options,
    });

  const incidentRequests = () => imitation.requestsTo('GET', '/incidents');

  /** Gives the incident that many alerts, as Sentinel's `additionalData.alertsCount`. */
  function setAlertCount(index: number, count: number): void {
    ((imitation.incidents[index].properties as Json).additionalData as Json).alertsCount = count;
  }

  /** `count` small incidents created a second apart from 14:30 on the span's first hour onwards. */
  function addIncidents(count: number): void {
    const start = Date.parse('2018-12-31T14:30:00Z');
    for (let index = 0; index < count; index++) {
      const name = `10000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      imitation.incidents.push({
        id: `${WORKSPACE_URL}/incidents/${name}`,
        name,
        etag: `"${name}-0"`,
        properties: { title: `Bulk ${index}`, severity: 'Low', status: 'New', createdTimeUtc: new Date(start + index * 1000).toISOString() },
      });
    }
  }

  before(async () => {
    fixtures = await loadSentinelFixtures();
    imitation = new SentinelImitation(fixtures);
    worker = await imitation.start();
  });
  after(() => worker.stop());
  beforeEach(() => {
    worker.resetHandlers();
    imitation.reset();
    api = sentinelApi();
  });

  describe('getIncidentTrend', () => {
    it('lists the span incidents newest first, filtered by created time, and counts them and their alerts per hour', async () => {
      setAlertCount(0, 3);
      setAlertCount(5, 2);
      const trend = await api.getIncidentTrend({ range: '24h', end: END });

      const [request, ...more] = incidentRequests();
      expect(more).to.be.empty;
      expect(request.url.origin + request.url.pathname).to.equal(`${WORKSPACE_URL}/incidents`);
      expect(request.url.searchParams.get('api-version')).to.equal(STABLE_VERSION);
      expect(request.url.searchParams.get('$filter')).to.equal(DAY_FILTER);
      expect(request.url.searchParams.get('$orderby')).to.equal('properties/createdTimeUtc desc');
      expect(request.url.searchParams.get('$top')).to.equal('1000');
      expect(imitation.requests).to.have.length(1);

      expect(trend).to.deep.include({ range: '24h', start: '2018-12-31T14:00:00.000Z', end: '2019-01-01T14:00:00.000Z', truncated: false });
      // The published incident and 23 of the imitation's, one an hour.
      expect(trend.buckets.map((bucket) => bucket.incidents)).to.deep.equal(Array(24).fill(1));
      // An incident's alerts count at its creation: the published one at 13:15, the fifth five hours before.
      expect(trend.buckets[23].alerts).to.equal(3);
      expect(trend.buckets[18].alerts).to.equal(2);
      expect(trend.buckets.reduce((sum, bucket) => sum + bucket.alerts, 0)).to.equal(5);
    });

    it('reads at most aggregatePageLimit pages of 1,000 and says it was cut short', async () => {
      addIncidents(1000);
      const limited = await sentinelApi({ aggregatePageLimit: 1 }).getIncidentTrend({ range: '24h', end: END });
      expect(incidentRequests()).to.have.length(1);
      expect(limited.truncated).to.be.true;
      expect(limited.buckets.reduce((sum, bucket) => sum + bucket.incidents, 0)).to.equal(1000);
      // Newest first: every bucket but the oldest is complete.
      expect(limited.buckets.slice(1).map((bucket) => bucket.incidents)).to.deep.equal(Array(23).fill(1));

      imitation.requests.length = 0;
      const whole = await api.getIncidentTrend({ range: '24h', end: END });
      expect(incidentRequests()).to.have.length(2);
      expect(incidentRequests()[1].url.searchParams.has('$skipToken')).to.be.true;
      expect(whole.truncated).to.be.false;
      expect(whole.buckets[0].incidents).to.equal(1001);
    });

    it('refuses a range or end it cannot read before any request', async () => {
      expect((await validationFailure(api.getIncidentTrend({ range: '30d' as '7d' }))).field).to.equal('range');
      expect((await validationFailure(api.getIncidentTrend({ range: '7d', end: 'tomorrow' }))).field).to.equal('end');
      expect(imitation.requests).to.be.empty;
    });
  });

  describe('getIncidentMetrics', () => {
    it('lists the range incidents newest first and counts what Sentinel lets it', async () => {
      const metrics = await api.getIncidentMetrics({ from: '2018-12-31T14:00:00Z', to: END });
      const [request, ...more] = imitation.requests;
      expect(more).to.be.empty;
      expect(request.url.searchParams.get('$filter')).to.equal(DAY_FILTER);
      expect(request.url.searchParams.get('$orderby')).to.equal('properties/createdTimeUtc desc');

      // The published incident (high, closed as a false positive, John's) and 23 of the
      // imitation's: statuses, severities and owners in turn, closed ones true positives.
      expect(metrics).to.deep.include({
        from: '2018-12-31T14:00:00.000Z',
        to: '2019-01-01T14:00:00.000Z',
        total: 24,
        truncated: false,
        unsupported: ['perDay', 'timeToAcknowledge', 'timeToResolve', 'determination'],
        perDay: [],
        timeToAcknowledge: [],
        timeToResolve: [],
        byDetermination: [],
      });
      expect(metrics.open).to.deep.equal([
        { severity: 'informational', status: 'active', count: 2 },
        { severity: 'informational', status: 'inProgress', count: 2 },
        { severity: 'low', status: 'active', count: 2 },
        { severity: 'low', status: 'inProgress', count: 2 },
        { severity: 'medium', status: 'active', count: 2 },
        { severity: 'medium', status: 'inProgress', count: 2 },
        { severity: 'high', status: 'active', count: 1 },
        { severity: 'high', status: 'inProgress', count: 2 },
      ]);
      expect(metrics.byClassification).to.deep.equal([
        { key: 'unknown', count: 15 },
        { key: 'falsePositive', count: 1 },
        { key: 'truePositive', count: 8 },
        { key: 'informationalExpectedActivity', count: 0 },
      ]);
      // Every incident of the example carries the tactic Persistence.
      expect(metrics.topTactics).to.deep.equal([{ key: 'persistence', count: 24 }]);
      expect(metrics.workload).to.deep.equal([
        { assignedTo: UNASSIGNED, open: 8, resolved: 0 },
        { assignedTo: 'john@contoso.com', open: 7, resolved: 1 },
        { assignedTo: 'adele@contoso.com', open: 0, resolved: 8 },
      ]);
    });

    it('reads at most aggregatePageLimit pages and counts only what it read', async () => {
      addIncidents(1000);
      const metrics = await sentinelApi({ aggregatePageLimit: 1 }).getIncidentMetrics({ from: '2018-12-31T14:00:00Z', to: END });
      expect(imitation.requests).to.have.length(1);
      expect(metrics).to.deep.include({ total: 1000, truncated: true });

      imitation.requests.length = 0;
      const whole = await api.getIncidentMetrics({ from: '2018-12-31T14:00:00Z', to: END });
      expect(imitation.requests).to.have.length(2);
      expect(whole).to.deep.include({ total: 1024, truncated: false });
    });

    it('refuses a range it cannot read before any request', async () => {
      expect((await validationFailure(api.getIncidentMetrics({ from: '2019-01-01', to: 'now' }))).field).to.equal('to');
      expect((await validationFailure(api.getIncidentMetrics({ from: '2017-01-01', to: END }))).field).to.equal('to');
      expect(imitation.requests).to.be.empty;
    });
  });
});
