import { expect } from '@open-wc/testing';
import { ApiError } from './api-error.js';
import { countMetrics, countTrend, metricsRange, trendSpan } from './incident-aggregates.js';
import { CLASSIFICATIONS, type Incident, SEVERITIES, UNASSIGNED } from './model.js';

const BASE: Partial<Incident> = {
  displayName: 'Incident',
  severity: 'medium',
  status: 'active',
  classification: 'unknown',
  determination: 'unknown',
  assignedTo: null,
  tactics: [],
};
let serial = 0;
const incident = (fields: Partial<Incident>): Incident => ({ ...BASE, id: String(++serial), ...fields }) as Incident;

function validationField(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    expect(ApiError.is(error, 'validation'), String(error)).to.be.true;
    return (error as ApiError).field;
  }
  throw new Error('Expected a validation error.');
}

describe('incident aggregates', () => {
  describe('trendSpan', () => {
    it('ends at the next full hour by default: 24 hours or 7 days back', () => {
      const now = Date.parse('2024-06-01T10:20:00Z');
      expect(trendSpan({ range: '24h' }, now)).to.deep.equal({
        range: '24h',
        start: '2024-05-31T11:00:00.000Z',
        end: '2024-06-01T11:00:00.000Z',
      });
      expect(trendSpan({ range: '7d' }, now).start).to.equal('2024-05-25T11:00:00.000Z');
      // Already on the hour: that hour is the end.
      expect(trendSpan({ range: '24h' }, Date.parse('2024-06-01T10:00:00Z')).end).to.equal('2024-06-01T10:00:00.000Z');
    });

    it('ends where asked, and refuses what it cannot read', () => {
      expect(trendSpan({ range: '24h', end: '2024-06-01T10:30:00+02:00' })).to.deep.include({
        start: '2024-05-31T08:30:00.000Z',
        end: '2024-06-01T08:30:00.000Z',
      });
      expect(validationField(() => trendSpan({ range: '30d' as '24h' }))).to.equal('range');
      expect(validationField(() => trendSpan({ range: '24h', end: 'yesterday' }))).to.equal('end');
    });
  });

  describe('countTrend', () => {
    const span = trendSpan({ range: '24h', end: '2024-06-02T00:00:00Z' });

    it('counts incidents and alerts into hourly buckets, oldest first, start inclusive and end exclusive', () => {
      const trend = countTrend(
        span,
        [
          { createdDateTime: '2024-06-01T00:00:00Z' },
          { createdDateTime: '2024-06-01T00:59:59.999Z' },
          { createdDateTime: '2024-06-01T23:30:00Z' },
          { createdDateTime: '2024-06-02T00:00:00Z' },
          { createdDateTime: '2024-05-31T23:59:59Z' },
          { createdDateTime: 'not a date' },
        ],
        [{ createdDateTime: '2024-06-01T01:00:00Z' }, { createdDateTime: '2024-06-01T23:00:00Z', count: 4 }],
        false,
      );
      expect(trend.buckets).to.have.length(24);
      expect(trend.buckets[0]).to.deep.equal({
        start: '2024-06-01T00:00:00.000Z',
        end: '2024-06-01T01:00:00.000Z',
        incidents: 2,
        alerts: 0,
      });
      expect(trend.buckets[1]).to.deep.include({ incidents: 0, alerts: 1 });
      expect(trend.buckets[23]).to.deep.include({ end: '2024-06-02T00:00:00.000Z', incidents: 1, alerts: 4 });
      expect(trend.buckets.reduce((sum, bucket) => sum + bucket.incidents, 0)).to.equal(3);
      expect(trend).to.deep.include({ range: '24h', start: span.start, end: span.end, truncated: false });
    });

    it('has seven daily buckets for 7d, and passes truncated on', () => {
      const week = trendSpan({ range: '7d', end: '2024-06-08T06:00:00Z' });
      const trend = countTrend(week, [{ createdDateTime: '2024-06-01T06:00:00Z' }, { createdDateTime: '2024-06-08T05:59:59Z' }], [], true);
      expect(trend.buckets.map((bucket) => [bucket.start, bucket.incidents])).to.deep.equal([
        ['2024-06-01T06:00:00.000Z', 1],
        ['2024-06-02T06:00:00.000Z', 0],
        ['2024-06-03T06:00:00.000Z', 0],
        ['2024-06-04T06:00:00.000Z', 0],
        ['2024-06-05T06:00:00.000Z', 0],
        ['2024-06-06T06:00:00.000Z', 0],
        ['2024-06-07T06:00:00.000Z', 1],
      ]);
      expect(trend.truncated).to.be.true;
    });
  });

  describe('metricsRange', () => {
    it('normalises the bounds and refuses a bad range, naming the field', () => {
      expect(metricsRange({ from: '2024-06-01T00:00:00+02:00', to: '2024-06-08' })).to.deep.equal({
        from: '2024-05-31T22:00:00.000Z',
        to: '2024-06-08T00:00:00.000Z',
      });
      expect(validationField(() => metricsRange({ from: 'soon', to: '2024-06-08' }))).to.equal('from');
      expect(validationField(() => metricsRange({ from: '2024-06-08', to: 'later' }))).to.equal('to');
      expect(validationField(() => metricsRange({ from: '2024-06-08', to: '2024-06-08' }))).to.equal('to');
      expect(validationField(() => metricsRange({ from: '2020-01-01', to: '2024-06-08' }))).to.equal('to');
    });
  });

  describe('countMetrics', () => {
    const range = metricsRange({ from: '2024-06-01T12:00:00Z', to: '2024-06-03T12:00:00Z' });
    const incidents = [
      incident({ createdDateTime: '2024-06-01T12:00:00Z', severity: 'high', status: 'active', assignedTo: 'kai@contoso.com', tactics: ['execution', 'persistence'] }),
      incident({ createdDateTime: '2024-06-01T13:00:00Z', severity: 'high', status: 'inProgress', assignedTo: 'KAI@contoso.com', tactics: ['execution'] }),
      incident({ createdDateTime: '2024-06-02T09:00:00Z', severity: 'high', status: 'active', tactics: ['execution'] }),
      incident({
        createdDateTime: '2024-06-02T10:00:00Z',
        severity: 'low',
        status: 'resolved',
        classification: 'truePositive',
        determination: 'malware',
        assignedTo: 'adele@contoso.com',
        tactics: ['persistence'],
      }),
      incident({
        createdDateTime: '2024-06-03T11:59:59Z',
        severity: 'low',
        status: 'resolved',
        classification: 'falsePositive',
        determination: 'notMalicious',
        assignedTo: 'kai@contoso.com',
      }),
      // Redirected: neither open nor resolved, so its owner has no workload.
      incident({
        createdDateTime: '2024-06-03T01:00:00Z',
        severity: 'medium',
        status: 'redirected',
        classification: 'truePositive',
        determination: 'malware',
        assignedTo: 'zoe@contoso.com',
      }),
      // Outside the range: not counted.
      incident({ createdDateTime: '2024-06-03T12:00:00Z', severity: 'high', status: 'active', assignedTo: 'zoe@contoso.com' }),
      incident({ createdDateTime: '2024-06-01T11:59:59Z', severity: 'high', status: 'active' }),
    ];

    it('counts the range incidents: open, classification, determination, tactics and workload', () => {
      const metrics = countMetrics(range, { incidents, unsupported: [], truncated: false });
      expect(metrics).to.deep.include({ from: range.from, to: range.to, total: 6, unsupported: [], truncated: false });
      expect(metrics.open).to.deep.equal([
        { severity: 'high', status: 'active', count: 2 },
        { severity: 'high', status: 'inProgress', count: 1 },
      ]);
      expect(metrics.byClassification).to.deep.equal(
        CLASSIFICATIONS.map((key) => ({ key, count: { unknown: 3, truePositive: 2, falsePositive: 1, informationalExpectedActivity: 0 }[key] })),
      );
      expect(metrics.byDetermination).to.deep.equal([
        { key: 'malware', count: 2 },
        { key: 'notMalicious', count: 1 },
      ]);
      expect(metrics.topTactics).to.deep.equal([
        { key: 'execution', count: 3 },
        { key: 'persistence', count: 2 },
      ]);
      expect(metrics.workload).to.deep.equal([
        { assignedTo: 'kai@contoso.com', open: 2, resolved: 1 },
        { assignedTo: UNASSIGNED, open: 1, resolved: 0 },
        { assignedTo: 'adele@contoso.com', open: 0, resolved: 1 },
      ]);
    });

    it('keeps the ten most frequent tactics, ties by name, each incident counting a tactic once', () => {
      const many = Array.from({ length: 12 }, (_, index) =>
        incident({ createdDateTime: '2024-06-02T00:00:00Z', tactics: [`t${String(index).padStart(2, '0')}` as 'execution', 'impact', 'impact'] }),
      );
      const metrics = countMetrics(range, { incidents: many, unsupported: [], truncated: false });
      expect(metrics.topTactics).to.have.length(10);
      expect(metrics.topTactics[0]).to.deep.equal({ key: 'impact', count: 12 });
      expect(metrics.topTactics.slice(1).map((entry) => entry.key)).to.deep.equal(['t00', 't01', 't02', 't03', 't04', 't05', 't06', 't07', 't08']);
    });

    it('counts per UTC day and the mean times when the backend knows them', () => {
      const times = new Map<string, { acknowledgedDateTime: string | null; resolvedDateTime: string | null }>([
        [incidents[1].id, { acknowledgedDateTime: '2024-06-01T14:00:00.001Z', resolvedDateTime: null }],
        [incidents[0].id, { acknowledgedDateTime: '2024-06-01T15:00:00Z', resolvedDateTime: null }],
        [incidents[3].id, { acknowledgedDateTime: '2024-06-02T10:30:00Z', resolvedDateTime: '2024-06-02T12:00:00Z' }],
        // Resolved, then reopened: not a resolved incident now.
        [incidents[2].id, { acknowledgedDateTime: null, resolvedDateTime: '2024-06-02T10:00:00Z' }],
      ]);
      const metrics = countMetrics(range, {
        incidents,
        unsupported: [],
        truncated: true,
        total: 40,
        timesOf: (item) => times.get(item.id) ?? { acknowledgedDateTime: null, resolvedDateTime: null },
        resolutions: ['2024-06-01T12:30:00Z', '2024-06-02T12:00:00Z', '2024-06-03T12:00:00Z', '2024-05-30T00:00:00Z'],
      });
      expect(metrics).to.deep.include({ total: 40, truncated: true });
      expect(metrics.perDay).to.deep.equal([
        { date: '2024-06-01', created: 2, resolved: 1 },
        { date: '2024-06-02', created: 2, resolved: 1 },
        { date: '2024-06-03', created: 2, resolved: 0 },
      ]);
      expect(metrics.timeToAcknowledge.map((entry) => entry.severity)).to.deep.equal([...SEVERITIES]);
      expect(metrics.timeToAcknowledge.find((entry) => entry.severity === 'high')).to.deep.equal({
        severity: 'high',
        // 1 h plus 1 ms and 3 h: rounded to whole milliseconds.
        meanMs: 2 * 3_600_000 + 1,
        count: 2,
      });
      expect(metrics.timeToAcknowledge.find((entry) => entry.severity === 'low')).to.deep.equal({ severity: 'low', meanMs: 1_800_000, count: 1 });
      expect(metrics.timeToResolve.find((entry) => entry.severity === 'high')).to.deep.equal({ severity: 'high', meanMs: null, count: 0 });
      expect(metrics.timeToResolve.find((entry) => entry.severity === 'low')).to.deep.equal({ severity: 'low', meanMs: 7_200_000, count: 1 });
    });

    it('leaves what the backend cannot compute empty and names it, in the order of the model', () => {
      const metrics = countMetrics(range, {
        incidents,
        unsupported: ['timeToResolve', 'perDay', 'determination', 'timeToAcknowledge'],
        truncated: false,
      });
      expect(metrics.unsupported).to.deep.equal(['perDay', 'timeToAcknowledge', 'timeToResolve', 'determination']);
      expect(metrics).to.deep.include({ perDay: [], timeToAcknowledge: [], timeToResolve: [], byDetermination: [] });
      expect(metrics.open).to.not.be.empty;
      expect(metrics.workload).to.not.be.empty;

      const none = countMetrics(range, { incidents, unsupported: ['open', 'classification', 'tactics', 'workload'], truncated: false });
      expect(none).to.deep.include({ open: [], byClassification: [], topTactics: [], workload: [] });
      expect(none.total).to.equal(6);
    });
  });
});
