import { expect } from '@open-wc/testing';
import {
  type ActivityEntry,
  CLASSIFICATIONS,
  DETERMINATIONS,
  type Incident,
  type IncidentMetrics,
  type IncidentTrend,
  type MetricsQuery,
  OPEN_STATUSES,
  SEVERITIES,
  type TrendRange,
} from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, findIncident, type ManualClock, NOW, responder } from './testing.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const time = (text: string) => Date.parse(text);

interface Known {
  incident: Incident;
  activity: ActivityEntry[];
  alertTimes: number[];
}

/** Everything the service shows, read the long way: every page of the queue, every trail, every alert list. */
function readEverything(service: IncidentService): Known[] {
  const incidents: Incident[] = [];
  let cursor: string | undefined;
  do {
    const page = service.listIncidents({ top: 50, sort: { field: 'id', direction: 'asc' }, ...(cursor ? { cursor } : {}) });
    incidents.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return incidents.map((incident) => ({
    incident,
    activity: service.listActivity(incident.id),
    alertTimes: service.listIncidentAlerts(incident.id).map((alert) => time(alert.createdDateTime)),
  }));
}

function recountTrend(known: readonly Known[], range: TrendRange, end: number): IncidentTrend {
  const size = range === '24h' ? HOUR : DAY;
  const count = range === '24h' ? 24 : 7;
  const start = end - count * size;
  const buckets = Array.from({ length: count }, (_, k) => {
    const from = start + k * size;
    const to = from + size;
    const within = (ms: number) => ms >= from && ms < to;
    return {
      start: iso(from),
      end: iso(to),
      incidents: known.filter(({ incident }) => within(time(incident.createdDateTime))).length,
      alerts: known.reduce((sum, { alertTimes }) => sum + alertTimes.filter(within).length, 0),
    };
  });
  return { range, start: iso(start), end: iso(end), buckets, truncated: false };
}

const acknowledgedAt = (activity: readonly ActivityEntry[]) => {
  const entry = activity.find((candidate) => candidate.changes.some((change) => change.field === 'assignedTo' || change.field === 'status'));
  return entry ? time(entry.time) : null;
};

/** The latest "status → resolved" entry, for an incident resolved now. */
const resolvedAt = ({ incident, activity }: Known) => {
  if (incident.status !== 'resolved') return null;
  const entry = activity.findLast((candidate) => candidate.changes.some((change) => change.field === 'status' && change.to === 'resolved'));
  return entry ? time(entry.time) : null;
};

const byCountThenKey = (a: { key: string; count: number }, b: { key: string; count: number }) =>
  b.count - a.count || a.key.localeCompare(b.key, 'en');

function recountMetrics(known: readonly Known[], query: MetricsQuery): IncidentMetrics {
  const from = time(query.from);
  const to = time(query.to);
  const inRange = known.filter(({ incident }) => time(incident.createdDateTime) >= from && time(incident.createdDateTime) < to);
  const isOpen = (incident: Incident) => incident.status === 'active' || incident.status === 'inProgress';

  const days: string[] = [];
  for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) days.push(iso(day).slice(0, 10));
  const mean = (point: (item: Known) => number | null) =>
    SEVERITIES.map((severity) => {
      const durations = inRange
        .filter(({ incident }) => incident.severity === severity)
        .map((item) => {
          const at = point(item);
          return at === null ? null : at - time(item.incident.createdDateTime);
        })
        .filter((duration): duration is number => duration !== null);
      const sum = durations.reduce((total, duration) => total + duration, 0);
      return { severity, meanMs: durations.length === 0 ? null : Math.round(sum / durations.length), count: durations.length };
    });

  const tactics = new Map<string, number>();
  for (const { incident } of inRange) for (const tactic of incident.tactics) tactics.set(tactic, (tactics.get(tactic) ?? 0) + 1);
  const owners = [...new Set(inRange.map(({ incident }) => incident.assignedTo ?? ''))];

  return {
    from: iso(from),
    to: iso(to),
    total: inRange.length,
    open: SEVERITIES.flatMap((severity) =>
      OPEN_STATUSES.map((status) => ({
        severity,
        status,
        count: inRange.filter(({ incident }) => incident.severity === severity && incident.status === status).length,
      })),
    ).filter(({ count }) => count > 0),
    perDay: days.map((date) => ({
      date,
      created: inRange.filter(({ incident }) => incident.createdDateTime.startsWith(date)).length,
      resolved: known.filter((item) => {
        const at = resolvedAt(item);
        return at !== null && at >= from && at < to && iso(at).startsWith(date);
      }).length,
    })),
    timeToAcknowledge: mean(({ activity }) => acknowledgedAt(activity)),
    timeToResolve: mean(resolvedAt),
    byClassification: CLASSIFICATIONS.map((key) => ({ key, count: inRange.filter(({ incident }) => incident.classification === key).length })),
    byDetermination: DETERMINATIONS.filter((key) => key !== 'unknown')
      .map((key) => ({ key, count: inRange.filter(({ incident }) => incident.determination === key).length }))
      .filter(({ count }) => count > 0)
      .sort(byCountThenKey),
    topTactics: [...tactics].map(([key, count]) => ({ key, count })).sort(byCountThenKey).slice(0, 10),
    workload: owners
      .map((assignedTo) => {
        const theirs = inRange.filter(({ incident }) => (incident.assignedTo ?? '') === assignedTo);
        return {
          assignedTo,
          open: theirs.filter(({ incident }) => isOpen(incident)).length,
          resolved: theirs.filter(({ incident }) => incident.status === 'resolved').length,
        };
      })
      .filter(({ open, resolved }) => open + resolved > 0)
      .sort((a, b) => b.open - a.open || b.resolved - a.resolved || (a.assignedTo < b.assignedTo ? -1 : a.assignedTo > b.assignedTo ? 1 : 0)),
    unsupported: [],
    truncated: false,
  };
}

/** Ranges of 7, 30, 90 and 366 days ending an hour after the clock, and one that starts and ends mid-day. */
const rangesAt = (clock: ManualClock): MetricsQuery[] => [
  ...[7, 30, 90, 366].map((days) => ({ from: iso(clock.time + HOUR - days * DAY), to: iso(clock.time + HOUR) })),
  { from: '2025-01-15T13:30:00.000Z', to: '2025-02-20T07:00:00.000Z' },
];

/** Every figure the service computes equals a recount over what the service shows. */
function expectRecountsAgree(service: IncidentService, clock: ManualClock): { known: Known[]; metrics: IncidentMetrics[] } {
  const known = readEverything(service);
  const end = Math.ceil(clock.time / HOUR) * HOUR;
  for (const range of ['24h', '7d'] as const) {
    expect(service.getIncidentTrend({ range }), `trend ${range}`).to.deep.equal(recountTrend(known, range, end));
    const explicitEnd = iso(NOW - 3 * DAY + 17 * 60_000);
    expect(service.getIncidentTrend({ range, end: explicitEnd }), `trend ${range} to ${explicitEnd}`).to.deep.equal(recountTrend(known, range, time(explicitEnd)));
  }
  const metrics = rangesAt(clock).map((query) => {
    const actual = service.getIncidentMetrics(query);
    expect(actual, `metrics ${query.from} – ${query.to}`).to.deep.equal(recountMetrics(known, query));
    return actual;
  });
  return { known, metrics };
}

describe('the queue trend and the incident metrics', () => {
  it('equal a recount over every incident, trail and alert of the seeded tenant', () => {
    const { service, clock } = createTestService({ size: 200 });
    const { metrics } = expectRecountsAgree(service, clock);
    // The recount covers real data: incidents acknowledged, resolved, classified, owned and open.
    const year = metrics[3]!;
    expect(year.total).to.equal(200);
    expect(year.timeToAcknowledge.reduce((sum, mean) => sum + mean.count, 0)).to.be.greaterThan(50);
    expect(year.timeToResolve.reduce((sum, mean) => sum + mean.count, 0)).to.be.greaterThan(20);
    expect(year.perDay.reduce((sum, day) => sum + day.resolved, 0)).to.be.greaterThan(20);
    expect(year.byDetermination.length).to.be.greaterThan(0);
    expect(year.topTactics.length).to.equal(10);
    expect(year.open.length).to.be.greaterThan(2);
    expect(year.workload.length).to.be.greaterThan(2);
    expect(service.getIncidentTrend({ range: '7d' }).buckets.reduce((sum, bucket) => sum + bucket.alerts, 0)).to.be.greaterThan(10);
  });

  it('follow assignments, status changes, resolutions and ingested incidents', () => {
    const { service, clock } = createTestService({ size: 120 });
    const unowned = findIncident(service, { status: ['active'], assignedTo: [''] });
    const active = service.listIncidents({ status: ['active'], top: 5 }).items.find((incident) => incident.id !== unowned.id)!;
    const inProgress = findIncident(service, { status: ['inProgress'] });
    const resolved = findIncident(service, { status: ['resolved'] });
    const before = expectRecountsAgree(service, clock).metrics[1]!;

    clock.advance(2 * HOUR);
    service.updateIncident(responder, unowned.id, { assignedTo: 'adele.vance@contoso.com' });
    clock.advance(3 * HOUR);
    service.updateIncident(responder, active.id, { status: 'inProgress' });
    clock.advance(HOUR);
    service.updateIncident(responder, inProgress.id, { status: 'resolved', classification: 'truePositive', determination: 'phishing' });
    clock.advance(DAY);
    service.updateIncident(responder, resolved.id, { status: 'active' });
    clock.advance(HOUR);
    service.updateIncidents(responder, [resolved.id, active.id], { status: 'resolved', classification: 'falsePositive' });
    clock.advance(HOUR);
    service.updateIncident(responder, unowned.id, { severity: 'informational', assignedTo: 'megan.bowen@contoso.com' });
    clock.advance(30 * 60_000);
    service.createIncident(responder, {
      displayName: 'Phishing mail reported by a user',
      severity: 'high',
      alerts: [{ title: 'Email reported by user as malware or phish' }, { title: 'Suspicious inbox forwarding rule' }],
    });
    // Ingested already owned and resolved: its trail says only that it was created.
    service.createIncident(responder, {
      displayName: 'Resolved elsewhere',
      status: 'resolved',
      classification: 'informationalExpectedActivity',
      assignedTo: 'megan.bowen@contoso.com',
      alerts: [{ title: 'Unusual sign-in' }],
    });

    const after = expectRecountsAgree(service, clock).metrics[1]!;
    expect(after.total).to.equal(before.total + 2);
    expect(after.perDay.reduce((sum, day) => sum + day.resolved, 0)).to.be.greaterThan(before.perDay.reduce((sum, day) => sum + day.resolved, 0));
    expect(after.byDetermination.find((entry) => entry.key === 'phishing')?.count ?? 0).to.be.greaterThan(
      before.byDetermination.find((entry) => entry.key === 'phishing')?.count ?? 0,
    );
    const latest = service.getIncidentTrend({ range: '24h' }).buckets.at(-1)!;
    expect(latest.incidents).to.equal(2);
    expect(latest.alerts).to.equal(3);

    // A service restored from the journal counts the same.
    const restored = IncidentService.restore(service.options, service.journal);
    const end = iso(Math.ceil(clock.time / HOUR) * HOUR);
    for (const range of ['24h', '7d'] as const) expect(restored.getIncidentTrend({ range, end })).to.deep.equal(service.getIncidentTrend({ range, end }));
    for (const query of rangesAt(clock)) expect(restored.getIncidentMetrics(query)).to.deep.equal(service.getIncidentMetrics(query));
  });

  it('end the trend at the clock rounded up to a full hour, in hourly or daily buckets', () => {
    const { service, clock } = createTestService({ size: 20 });
    clock.time = Date.parse('2025-03-03T09:20:00.000Z');
    const day = service.getIncidentTrend({ range: '24h' });
    expect([day.start, day.end]).to.deep.equal(['2025-03-02T10:00:00.000Z', '2025-03-03T10:00:00.000Z']);
    expect(day.buckets).to.have.length(24);
    expect(day.buckets[0]).to.include({ start: '2025-03-02T10:00:00.000Z', end: '2025-03-02T11:00:00.000Z' });
    clock.time = Date.parse('2025-03-03T10:00:00.000Z');
    const week = service.getIncidentTrend({ range: '7d' });
    expect([week.start, week.end]).to.deep.equal(['2025-02-24T10:00:00.000Z', '2025-03-03T10:00:00.000Z']);
    const days = ['02-25', '02-26', '02-27', '02-28', '03-01', '03-02', '03-03'];
    expect(week.buckets.map((bucket) => bucket.end)).to.deep.equal(days.map((day) => `2025-${day}T10:00:00.000Z`));
  });

  it('cover one day per UTC day the range touches', () => {
    const { service } = createTestService({ size: 20 });
    const metrics = service.getIncidentMetrics({ from: '2025-03-01T23:00:00Z', to: '2025-03-03T00:30:00Z' });
    expect(metrics.perDay.map((day) => day.date)).to.deep.equal(['2025-03-01', '2025-03-02', '2025-03-03']);
    expect(metrics.unsupported).to.deep.equal([]);
    expect(service.getIncidentMetrics({ from: '2024-03-03T00:00:00Z', to: '2025-03-03T00:00:00Z' }).perDay).to.have.length(365);
    expect(service.getIncidentMetrics({ from: '2024-03-02T00:00:00Z', to: '2025-03-03T00:00:00Z' }).perDay).to.have.length(366);
  });

  describe('bad queries are refused, naming the field, and change nothing', () => {
    const state = (service: IncidentService) =>
      JSON.stringify({
        journal: service.journal,
        trend: service.getIncidentTrend({ range: '7d' }),
        metrics: service.getIncidentMetrics({ from: iso(NOW - 30 * DAY), to: iso(NOW) }),
      });

    const refusals: [string, (service: IncidentService) => unknown, string][] = [
      ['an unknown range', (service) => service.getIncidentTrend({ range: '30d' as TrendRange }), 'range'],
      ['no range', (service) => service.getIncidentTrend({} as { range: TrendRange }), 'range'],
      ['an end that is no date', (service) => service.getIncidentTrend({ range: '24h', end: 'yesterday' }), 'end'],
      ['an unknown trend field', (service) => service.getIncidentTrend({ range: '24h', start: iso(NOW) } as { range: TrendRange }), 'start'],
      ['a from that is no date', (service) => service.getIncidentMetrics({ from: '2025-13-01T00:00:00Z', to: iso(NOW) }), 'from'],
      ['a to that is no date', (service) => service.getIncidentMetrics({ from: iso(NOW - DAY), to: 'now' }), 'to'],
      ['no to', (service) => service.getIncidentMetrics({ from: iso(NOW - DAY) } as MetricsQuery), 'to'],
      ['a to equal to from', (service) => service.getIncidentMetrics({ from: iso(NOW), to: iso(NOW) }), 'to'],
      ['a to before from', (service) => service.getIncidentMetrics({ from: iso(NOW), to: iso(NOW - DAY) }), 'to'],
      ['a span over 366 days', (service) => service.getIncidentMetrics({ from: iso(NOW - 366 * DAY - 1), to: iso(NOW) }), 'to'],
    ];
    for (const [name, call, field] of refusals) {
      it(`refuses ${name}`, () => {
        const { service } = createTestService({ size: 30 });
        const before = state(service);
        const error = expectServiceError(() => call(service), 'validation', field);
        expect(error.message).to.be.a('string').and.not.equal('');
        expect(state(service)).to.equal(before);
      });
    }

    it('accepts a span of exactly 366 days', () => {
      const { service } = createTestService({ size: 30 });
      expect(service.getIncidentMetrics({ from: iso(NOW - 366 * DAY), to: iso(NOW) }).total).to.equal(30);
    });
  });
});
