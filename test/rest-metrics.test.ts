import { expect } from '@open-wc/testing';
import { ApiError, HttpIncidentApi } from '@soc-kit/components/api';
import type { ErrorBody } from '@soc-kit/mock-api';
import { http, HttpResponse } from 'msw';
import { BASE_URL, freshState, offContract, startTestBackend, TEST_NOW, type TestBackend } from './support/test-backend.js';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function expectRefused(path: string, field: string): Promise<void> {
  const response = await fetch(`${BASE_URL}${path}`);
  const body = (await response.json()) as ErrorBody;
  expect(response.status, `${path}: ${JSON.stringify(body)}`).to.equal(400);
  expect(body.error.code).to.equal('validation');
  expect(body.error.field, path).to.equal(field);
  expect(body.error.message).to.be.a('string').and.match(/\.$/);
}

describe('REST API: the queue trend and the incident metrics', () => {
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

  it('serves the trend the service computes, over both ranges', async () => {
    for (const range of ['24h', '7d'] as const) {
      const end = iso(TEST_NOW + 3_600_000);
      const trend = await api.getIncidentTrend({ range, end });
      expect(trend).to.deep.equal(test.backend.service.getIncidentTrend({ range, end }));
      expect(trend.buckets).to.have.length(range === '24h' ? 24 : 7);
    }
    expect((await api.getIncidentTrend({ range: '7d', end: iso(TEST_NOW + DAY) })).buckets.some((bucket) => bucket.incidents > 0)).to.equal(true);
  });

  it('ends the trend at a full hour without an end', async () => {
    const trend = await api.getIncidentTrend({ range: '24h' });
    expect(Date.parse(trend.end) % 3_600_000).to.equal(0);
    expect(Date.parse(trend.end) - Date.parse(trend.start)).to.equal(DAY);
  });

  it('serves the metrics the service computes', async () => {
    const query = { from: iso(TEST_NOW - 180 * DAY), to: iso(TEST_NOW + DAY) };
    const metrics = await api.getIncidentMetrics(query);
    expect(metrics).to.deep.equal(test.backend.service.getIncidentMetrics(query));
    expect(metrics.total).to.be.greaterThan(0);
    expect(metrics.perDay).to.have.length(182);
  });

  it('lets a reader read both', async () => {
    test.backend.setScenario({ role: 'reader' });
    expect((await api.getIncidentTrend({ range: '7d' })).buckets).to.have.length(7);
    expect((await api.getIncidentMetrics({ from: iso(TEST_NOW - 7 * DAY), to: iso(TEST_NOW) })).perDay).to.have.length(8);
  });

  it('refuses bad query parameters with a 400 naming the parameter', async () => {
    const to = iso(TEST_NOW);
    await expectRefused('/metrics/incident-trend', 'range');
    await expectRefused('/metrics/incident-trend?range=30d', 'range');
    await expectRefused('/metrics/incident-trend?range=24h&range=7d', 'range');
    await expectRefused('/metrics/incident-trend?range=24h&end=yesterday', 'end');
    await expectRefused('/metrics/incident-trend?range=24h&start=2024-06-01T00:00:00Z', 'start');
    await expectRefused(`/metrics/incidents?to=${to}`, 'from');
    await expectRefused('/metrics/incidents?from=2024-06-01T00:00:00Z', 'to');
    await expectRefused(`/metrics/incidents?from=soon&to=${to}`, 'from');
    await expectRefused(`/metrics/incidents?from=${to}&to=${iso(TEST_NOW - DAY)}`, 'to');
    await expectRefused(`/metrics/incidents?from=${to}&to=${to}`, 'to');
    await expectRefused(`/metrics/incidents?from=${iso(TEST_NOW - 367 * DAY)}&to=${to}`, 'to');
    await expectRefused(`/metrics/incidents?from=${iso(TEST_NOW - DAY)}&to=${to}&top=5`, 'top');
  });

  it('rejects an answer of the wrong shape as badResponse', async () => {
    const trend = await api.getIncidentTrend({ range: '24h', end: iso(TEST_NOW) });
    const metrics = await api.getIncidentMetrics({ from: iso(TEST_NOW - DAY), to: iso(TEST_NOW) });
    test.worker.use(
      ...offContract(
        http.get(`${BASE_URL}/metrics/incident-trend`, () => HttpResponse.json({ ...trend, buckets: [{ start: trend.start, incidents: '3' }] })),
        http.get(`${BASE_URL}/metrics/incidents`, () => HttpResponse.json({ ...metrics, perDay: null })),
      ),
    );
    const calls = [() => api.getIncidentTrend({ range: '24h' }), () => api.getIncidentMetrics({ from: iso(TEST_NOW - DAY), to: iso(TEST_NOW) })];
    for (const call of calls) {
      const error = await call().then(
        () => null,
        (reason: unknown) => reason,
      );
      expect(error).to.be.instanceOf(ApiError);
      expect((error as ApiError).kind).to.equal('badResponse');
    }
  });

  it('rejects a refused query with an ApiError of kind validation', async () => {
    let thrown: unknown;
    try {
      await api.getIncidentMetrics({ from: iso(TEST_NOW), to: iso(TEST_NOW - DAY) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).to.be.instanceOf(ApiError);
    expect((thrown as ApiError).kind).to.equal('validation');
  });
});
