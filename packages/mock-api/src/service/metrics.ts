import {
  CLASSIFICATIONS,
  type CountOf,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  type IncidentMetrics,
  type MeanDuration,
  OPEN_STATUSES,
  SEVERITIES,
} from '@soc-kit/components/api';
import type { IncidentFigures } from './incident-figures.js';
import { invalid, rejectUnknownFields, requireObject, requireTime } from './validation.js';
import { isoTime } from './iso-time.js';

const DAY = 86_400_000;

/** The longest range the metrics cover, in days. */
export const MAX_METRICS_DAYS = 366;

/** How many tactics `topTactics` lists. */
export const TOP_TACTICS = 10;

export interface CheckedMetricsQuery {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

export function checkMetricsQuery(query: unknown): CheckedMetricsQuery {
  const input = requireObject('query', query);
  rejectUnknownFields('the metrics query', input, ['from', 'to']);
  const from = requireTime('from', input['from']);
  const to = requireTime('to', input['to']);
  if (to <= from) invalid('to', '"to" must be after "from".');
  if (to - from > MAX_METRICS_DAYS * DAY) {
    invalid('to', `The range may span at most ${MAX_METRICS_DAYS} days; from "from" to "to" is ${Math.ceil((to - from) / DAY)} days.`);
  }
  return { from, to };
}

const byCountThenKey = <K extends string>(a: CountOf<K>, b: CountOf<K>) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const ACTIVE = INCIDENT_STATUSES.indexOf('active');
const IN_PROGRESS = INCIDENT_STATUSES.indexOf('inProgress');
const RESOLVED = INCIDENT_STATUSES.indexOf('resolved');

/**
 * The metrics of the incidents created in [from, to), from the columns `figures` keeps (see
 * `IncidentFigures` for what counts as acknowledged and resolved): a binary search for the
 * range's incidents and one pass over the resolution times, touching no record. Means are rounded
 * to whole milliseconds. `open` lists the severity and status pairs that have open incidents, by
 * severity in model order, then status; `workload` leaves out owners with nothing open and
 * nothing resolved, and lists the others by open, then resolved, most first, then by owner.
 */
export function metricsOf(query: CheckedMetricsQuery, figures: IncidentFigures): IncidentMetrics {
  const { from, to } = query;
  const columns = figures.view();
  const firstDay = Math.floor(from / DAY) * DAY;
  const days = Math.floor((to - 1) / DAY) - Math.floor(from / DAY) + 1;
  const createdPerDay = new Int32Array(days);
  const resolvedPerDay = new Int32Array(days);
  const statuses = OPEN_STATUSES.length;
  const open = new Int32Array(SEVERITIES.length * statuses);
  const acknowledgeSum = new Float64Array(SEVERITIES.length);
  const acknowledgeCount = new Int32Array(SEVERITIES.length);
  const resolveSum = new Float64Array(SEVERITIES.length);
  const resolveCount = new Int32Array(SEVERITIES.length);
  const classifications = new Int32Array(CLASSIFICATIONS.length);
  const determinations = new Int32Array(DETERMINATIONS.length);
  const tacticLists = new Int32Array(columns.tacticLists.length);
  const openBy = new Int32Array(columns.owners.length);
  const resolvedBy = new Int32Array(columns.owners.length);
  const { created, acknowledged, resolved, severity, status, classification, determination, owner, tactics } = columns;

  // Resolutions in the range, of incidents of any age that are resolved now.
  for (let n = 0; n < columns.count; n++) {
    const at = resolved[n]!;
    if (at >= from && at < to && status[n] === RESOLVED) resolvedPerDay[Math.floor((at - firstDay) / DAY)]!++;
  }

  const range = figures.createdBetween(from, to);
  for (const n of range) {
    const createdAt = created[n]!;
    createdPerDay[Math.floor((createdAt - firstDay) / DAY)]!++;
    const severityAt = severity[n]!;
    const statusAt = status[n]!;
    const isOpen = statusAt === ACTIVE || statusAt === IN_PROGRESS;
    if (isOpen) open[severityAt * statuses + (statusAt === ACTIVE ? 0 : 1)]!++;
    const acknowledgedAt = acknowledged[n]!;
    if (!Number.isNaN(acknowledgedAt)) {
      acknowledgeSum[severityAt]! += acknowledgedAt - createdAt;
      acknowledgeCount[severityAt]!++;
    }
    const resolvedAt = resolved[n]!;
    if (statusAt === RESOLVED && !Number.isNaN(resolvedAt)) {
      resolveSum[severityAt]! += resolvedAt - createdAt;
      resolveCount[severityAt]!++;
    }
    classifications[classification[n]!]!++;
    determinations[determination[n]!]!++;
    tacticLists[tactics[n]!]!++;
    if (isOpen) openBy[owner[n]!]!++;
    else if (statusAt === RESOLVED) resolvedBy[owner[n]!]!++;
  }

  const tacticCounts = new Map<string, number>();
  columns.tacticLists.forEach((list, i) => {
    if (tacticLists[i]! > 0) for (const tactic of list) tacticCounts.set(tactic, (tacticCounts.get(tactic) ?? 0) + tacticLists[i]!);
  });
  const means = (sums: Float64Array, counts: Int32Array): MeanDuration[] =>
    SEVERITIES.map((key, i) => ({ severity: key, meanMs: counts[i] === 0 ? null : Math.round(sums[i]! / counts[i]!), count: counts[i]! }));

  return {
    from: isoTime(from),
    to: isoTime(to),
    total: range.length,
    open: SEVERITIES.flatMap((key, i) =>
      OPEN_STATUSES.flatMap((openStatus, j) => {
        const count = open[i * statuses + j]!;
        return count > 0 ? [{ severity: key, status: openStatus, count }] : [];
      }),
    ),
    perDay: Array.from({ length: days }, (_, k) => ({
      date: isoTime(firstDay + k * DAY).slice(0, 10),
      created: createdPerDay[k]!,
      resolved: resolvedPerDay[k]!,
    })),
    timeToAcknowledge: means(acknowledgeSum, acknowledgeCount),
    timeToResolve: means(resolveSum, resolveCount),
    byClassification: CLASSIFICATIONS.map((key, i) => ({ key, count: classifications[i]! })),
    byDetermination: DETERMINATIONS.map((key, i) => ({ key, count: determinations[i]! }))
      .filter(({ key, count }) => key !== 'unknown' && count > 0)
      .sort(byCountThenKey),
    topTactics: [...tacticCounts].map(([key, count]) => ({ key, count })).sort(byCountThenKey).slice(0, TOP_TACTICS),
    workload: columns.owners
      .map((assignedTo, i) => ({ assignedTo, open: openBy[i]!, resolved: resolvedBy[i]! }))
      .filter((load) => load.open + load.resolved > 0)
      .sort((a, b) => b.open - a.open || b.resolved - a.resolved || (a.assignedTo < b.assignedTo ? -1 : a.assignedTo > b.assignedTo ? 1 : 0)),
    unsupported: [],
    truncated: false,
  };
}
