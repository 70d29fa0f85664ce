/**
 * The queue's trend and the SOC lead's incident metrics at 100,000 incidents: the time per call
 * of `getIncidentTrend` (both ranges) and `getIncidentMetrics` (7, 30 and 90 days) against the
 * 50 ms a call may take. The first call of each is reported apart (it sorts the creation times).
 */
import type { MetricsQuery, TrendQuery } from '@soc-kit/components/api';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { ms, timeRuns } from './support/stats.js';

const SIZE = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const DAY = 86_400_000;
const BAR_MS = 50;
const RUNS = 200;

const iso = (time: number) => new Date(time).toISOString();

export default function run() {
  let built: IncidentService | undefined;
  const construction = timeRuns(1, () => (built = new IncidentService({ seed: 1, size: SIZE, now: NOW, clock: () => NOW })));
  const service = built!;

  const trend = (query: TrendQuery) => () => service.getIncidentTrend(query);
  const metrics = (days: number) => {
    const query: MetricsQuery = { from: iso(NOW - days * DAY), to: iso(NOW) };
    return () => service.getIncidentMetrics(query);
  };
  const cases: { name: string; call: () => unknown; counted: () => number }[] = [
    { name: 'trend, 24 hours', call: trend({ range: '24h' }), counted: () => service.getIncidentTrend({ range: '24h' }).buckets.reduce((sum, b) => sum + b.incidents, 0) },
    { name: 'trend, 7 days', call: trend({ range: '7d' }), counted: () => service.getIncidentTrend({ range: '7d' }).buckets.reduce((sum, b) => sum + b.incidents, 0) },
    { name: 'metrics, 7 days', call: metrics(7), counted: () => service.getIncidentMetrics({ from: iso(NOW - 7 * DAY), to: iso(NOW) }).total },
    { name: 'metrics, 30 days', call: metrics(30), counted: () => service.getIncidentMetrics({ from: iso(NOW - 30 * DAY), to: iso(NOW) }).total },
    { name: 'metrics, 90 days', call: metrics(90), counted: () => service.getIncidentMetrics({ from: iso(NOW - 90 * DAY), to: iso(NOW) }).total },
  ];

  const rows = cases.map(({ name, call, counted }) => {
    const first = timeRuns(1, call);
    const steady = timeRuns(RUNS, call);
    return {
      call: name,
      incidents: counted(),
      'first call ms': ms(first.median),
      'min ms': ms(steady.min),
      'median ms': ms(steady.median),
      'p95 ms': ms(steady.p95),
      [`within ${BAR_MS} ms`]: steady.p95 <= BAR_MS && first.median <= BAR_MS ? 'yes' : 'NO',
    };
  });

  return {
    title: `Queue trend and incident metrics at ${SIZE.toLocaleString('en-US')} incidents`,
    notes: [
      `Service construction (records, alert creation times, acknowledgement and resolution times): ${ms(construction.median)} ms`,
      `${RUNS} runs per call after one first call; the bar is ${BAR_MS} ms per call, for the first call and the p95.`,
    ],
    rows,
  };
}
