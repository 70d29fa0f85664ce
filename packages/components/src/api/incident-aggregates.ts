import { ApiError } from './api-error.js';
import {
  CLASSIFICATIONS,
  type CountOf,
  type Determination,
  type Incident,
  INCIDENT_METRIC_NAMES,
  type IncidentMetricName,
  type IncidentMetrics,
  type IncidentTrend,
  type MeanDuration,
  type MetricsQuery,
  OPEN_STATUSES,
  type OpenStatus,
  SEVERITIES,
  type Severity,
  TREND_RANGES,
  type TrendBucket,
  type TrendQuery,
  type TrendRange,
  UNASSIGNED,
} from './model.js';

/**
 * The queue's trend and the incident metrics counted from incidents a client has read: what an
 * adapter computes for a backend that only lists incidents (and alerts). The adapter fetches and
 * maps; everything here is pure, so every backend counts the same way.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** The longest metrics range: a year, leap day included. */
export const MAX_METRICS_DAYS = 366;

const BUCKETS: Readonly<Record<TrendRange, { count: number; sizeMs: number }>> = {
  '24h': { count: 24, sizeMs: HOUR_MS },
  '7d': { count: 7, sizeMs: DAY_MS },
};

/** The span a trend query covers, before anything is counted. */
export interface TrendSpan {
  range: TrendRange;
  /** ISO 8601, inclusive. */
  start: string;
  /** ISO 8601, exclusive. */
  end: string;
}

function time(value: string, field: string, message: string): number {
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) throw new ApiError('validation', message, { field });
  return parsed;
}

/**
 * The span of `query`: 24 hourly or 7 daily buckets, the last ending at `end`, which defaults to
 * `now` rounded up to the next full hour. An unknown range or an `end` that is not a date is refused
 * with an `ApiError` of kind `validation` naming the field.
 */
export function trendSpan(query: TrendQuery, now = Date.now()): TrendSpan {
  if (!(TREND_RANGES as readonly string[]).includes(query.range)) {
    throw new ApiError('validation', `The trend's range must be one of ${TREND_RANGES.join(', ')}.`, { field: 'range' });
  }
  const end =
    query.end === undefined ? Math.ceil(now / HOUR_MS) * HOUR_MS : time(query.end, 'end', "The trend's end must be an ISO 8601 date and time.");
  const { count, sizeMs } = BUCKETS[query.range];
  return { range: query.range, start: new Date(end - count * sizeMs).toISOString(), end: new Date(end).toISOString() };
}

/** Something created at a time, counting `count` (default 1): an alert, or an incident's alerts. */
export interface CreatedCount {
  createdDateTime: string;
  count?: number;
}

/**
 * The trend over `span` of the incidents and alerts read. Items outside the span are ignored.
 * `truncated` says the reading stopped at a page limit before the span's oldest items.
 */
export function countTrend(
  span: TrendSpan,
  incidents: Iterable<CreatedCount>,
  alerts: Iterable<CreatedCount>,
  truncated: boolean,
): IncidentTrend {
  const { count, sizeMs } = BUCKETS[span.range];
  const start = Date.parse(span.start);
  const buckets: TrendBucket[] = Array.from({ length: count }, (_, index) => ({
    start: new Date(start + index * sizeMs).toISOString(),
    end: new Date(start + (index + 1) * sizeMs).toISOString(),
    incidents: 0,
    alerts: 0,
  }));
  const add = (items: Iterable<CreatedCount>, key: 'incidents' | 'alerts') => {
    for (const item of items) {
      const index = Math.floor((Date.parse(item.createdDateTime) - start) / sizeMs);
      if (index >= 0 && index < count) buckets[index][key] += item.count ?? 1;
    }
  };
  add(incidents, 'incidents');
  add(alerts, 'alerts');
  return { range: span.range, start: span.start, end: span.end, buckets, truncated };
}

/** A metrics range checked and normalised to ISO 8601 UTC. */
export interface MetricsRange {
  from: string;
  to: string;
}

/**
 * `query` checked: both bounds dates, `from` before `to`, at most `MAX_METRICS_DAYS` apart. Anything
 * else is refused with an `ApiError` of kind `validation` naming the field.
 */
export function metricsRange(query: MetricsQuery): MetricsRange {
  const from = time(query.from, 'from', "The range's start must be an ISO 8601 date and time.");
  const to = time(query.to, 'to', "The range's end must be an ISO 8601 date and time.");
  if (to <= from) throw new ApiError('validation', "The range's end must be after its start.", { field: 'to' });
  if (to - from > MAX_METRICS_DAYS * DAY_MS) {
    throw new ApiError('validation', `The range can span at most ${MAX_METRICS_DAYS} days.`, { field: 'to' });
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** When an incident was first acknowledged and when it was resolved, as far as the backend knows. */
export interface IncidentTimes {
  acknowledgedDateTime: string | null;
  resolvedDateTime: string | null;
}

export interface MetricsInput {
  /** The incidents read; those not created in the range are ignored. */
  incidents: Iterable<Incident>;
  /** What the backend cannot compute: left empty. */
  unsupported: readonly IncidentMetricName[];
  /** The reading stopped at a page limit before the range's oldest incidents. */
  truncated: boolean;
  /** The backend's own count of the range's incidents, when it has one; else the incidents read are counted. */
  total?: number;
  /** Each incident's acknowledgement and resolution, for the times to acknowledge and resolve. */
  timesOf?: (incident: Incident) => IncidentTimes;
  /** Times of every resolution the backend knows of, whatever the incident's age, for `perDay[].resolved`. */
  resolutions?: Iterable<string>;
}

const isOpen = (incident: Incident): incident is Incident & { status: OpenStatus } =>
  (OPEN_STATUSES as readonly string[]).includes(incident.status);

const byCountThenKey = <K extends string>(a: CountOf<K>, b: CountOf<K>) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function tally<K extends string>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const utcDate = (time: number) => new Date(time).toISOString().slice(0, 10);

function perDay(from: number, to: number, created: readonly number[], resolutions: Iterable<string>) {
  const days: { date: string; created: number; resolved: number }[] = [];
  const index = new Map<string, number>();
  for (let day = Math.floor(from / DAY_MS) * DAY_MS; day < to; day += DAY_MS) {
    index.set(utcDate(day), days.length);
    days.push({ date: utcDate(day), created: 0, resolved: 0 });
  }
  for (const time of created) days[index.get(utcDate(time))!].created += 1;
  for (const resolution of resolutions) {
    const time = Date.parse(resolution);
    if (time >= from && time < to) days[index.get(utcDate(time))!].resolved += 1;
  }
  return days;
}

function meanDurations(incidents: readonly Incident[], since: (incident: Incident) => string | null): MeanDuration[] {
  const sums = new Map<Severity, { total: number; count: number }>();
  for (const incident of incidents) {
    const at = since(incident);
    if (at === null) continue;
    const duration = Date.parse(at) - Date.parse(incident.createdDateTime);
    if (Number.isNaN(duration)) continue;
    const sum = sums.get(incident.severity) ?? { total: 0, count: 0 };
    sum.total += Math.max(0, duration);
    sum.count += 1;
    sums.set(incident.severity, sum);
  }
  return SEVERITIES.map((severity) => {
    const sum = sums.get(severity);
    return { severity, meanMs: sum ? Math.round(sum.total / sum.count) : null, count: sum?.count ?? 0 };
  });
}

function workload(incidents: readonly Incident[]): IncidentMetrics['workload'] {
  // Owners are UPNs, the same person whatever the letter case; the first spelling read is kept.
  const owners = new Map<string, { assignedTo: string; open: number; resolved: number }>();
  for (const incident of incidents) {
    if (!isOpen(incident) && incident.status !== 'resolved') continue;
    const owner = incident.assignedTo ?? UNASSIGNED;
    const key = owner.toLowerCase();
    const entry = owners.get(key) ?? { assignedTo: owner, open: 0, resolved: 0 };
    if (isOpen(incident)) entry.open += 1;
    else entry.resolved += 1;
    owners.set(key, entry);
  }
  return [...owners.values()].sort(
    (a, b) => b.open - a.open || b.resolved - a.resolved || (a.assignedTo < b.assignedTo ? -1 : a.assignedTo > b.assignedTo ? 1 : 0),
  );
}

/**
 * The metrics of `range` counted from the incidents read, following `IncidentMetrics`: every
 * figure but `total` and `perDay[].resolved` is over the incidents created in the range. Metrics
 * named in `unsupported` are left empty; the times to acknowledge and resolve need `timesOf`, and
 * the resolutions per day need `resolutions`. As the kit's REST API has them: means are rounded to
 * whole milliseconds, `open` lists the severity and status pairs with open incidents (severities
 * in model order), and `workload` leaves out owners with nothing open and nothing resolved.
 */
export function countMetrics(range: MetricsRange, input: MetricsInput): IncidentMetrics {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to);
  const incidents: Incident[] = [];
  const created: number[] = [];
  for (const incident of input.incidents) {
    const time = Date.parse(incident.createdDateTime);
    if (time >= from && time < to) {
      incidents.push(incident);
      created.push(time);
    }
  }
  const unsupported = new Set(input.unsupported);
  const supported = (name: IncidentMetricName) => !unsupported.has(name);
  const times = new Map<Incident, IncidentTimes>();
  const timesOf = (incident: Incident): IncidentTimes => {
    let known = times.get(incident);
    if (!known) {
      known = input.timesOf?.(incident) ?? { acknowledgedDateTime: null, resolvedDateTime: null };
      times.set(incident, known);
    }
    return known;
  };

  const open = tally(incidents.filter(isOpen).map((incident) => `${incident.severity}|${incident.status}`));
  const determinations = tally(
    incidents.map((incident) => incident.determination).filter((determination) => determination !== 'unknown'),
  );
  const classifications = tally(incidents.map((incident) => incident.classification));
  const tactics = tally(incidents.flatMap((incident) => [...new Set<string>(incident.tactics)]));

  return {
    from: range.from,
    to: range.to,
    total: input.total ?? incidents.length,
    open: supported('open')
      ? SEVERITIES.flatMap((severity) =>
          OPEN_STATUSES.map((status) => ({ severity, status, count: open.get(`${severity}|${status}`) ?? 0 })),
        ).filter((entry) => entry.count > 0)
      : [],
    perDay: supported('perDay') ? perDay(from, to, created, input.resolutions ?? []) : [],
    timeToAcknowledge: supported('timeToAcknowledge')
      ? meanDurations(incidents, (incident) => timesOf(incident).acknowledgedDateTime)
      : [],
    timeToResolve: supported('timeToResolve')
      ? meanDurations(incidents, (incident) => (incident.status === 'resolved' ? timesOf(incident).resolvedDateTime : null))
      : [],
    byClassification: supported('classification')
      ? CLASSIFICATIONS.map((key) => ({ key, count: classifications.get(key) ?? 0 }))
      : [],
    byDetermination: supported('determination')
      ? [...determinations].map(([key, count]): CountOf<Determination> => ({ key, count })).sort(byCountThenKey)
      : [],
    topTactics: supported('tactics')
      ? [...tactics].map(([key, count]) => ({ key, count })).sort(byCountThenKey).slice(0, 10)
      : [],
    workload: supported('workload') ? workload(incidents) : [],
    unsupported: INCIDENT_METRIC_NAMES.filter((name) => unsupported.has(name)),
    truncated: input.truncated,
  };
}
