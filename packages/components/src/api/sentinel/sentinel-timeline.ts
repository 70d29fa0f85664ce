import type { Severity, TimelineBucket, TimelineEvent, TimelineKind, TimelinePage, TimelineQuery } from '../model.js';
import { type Json, objects, strings, text } from './sentinel-json.js';
import { severityFromSentinel } from './sentinel-incident.js';

/**
 * Sentinel entity timelines (`POST .../entities/{id}/getTimeline`) as kit timeline pages. Sentinel
 * answers a time range in one response, without paging: the page holds every event in it, newest
 * first, up to `limit`, and the histogram counts the events returned, in equal buckets over the
 * range. Failed sub-queries Sentinel reports in `metaData.errors` leave their kind out.
 */

export const HISTOGRAM_BUCKETS = 60;

const KINDS: Readonly<Record<TimelineKind, string>> = {
  alert: 'SecurityAlert',
  activity: 'Activity',
  bookmark: 'Bookmark',
  anomaly: 'Anomaly',
};

export function timelineKindsToSentinel(kinds: readonly TimelineKind[]): string[] {
  return kinds.map((kind) => KINDS[kind]);
}

function kindOf(value: unknown): TimelineKind | undefined {
  const lower = text(value).toLowerCase();
  return (Object.keys(KINDS) as TimelineKind[]).find((kind) => KINDS[kind].toLowerCase() === lower);
}

/** Every other scalar or list of scalars of the item, as text, for the event's details. */
function propertiesOf(item: Json, shown: readonly string[]): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (shown.includes(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') properties[key] = String(value);
    else if (Array.isArray(value) && strings(value).length === value.length) properties[key] = strings(value).join(', ');
  }
  return properties;
}

function eventFrom(item: Json, entityId: string): TimelineEvent | undefined {
  const kind = kindOf(item.kind);
  if (!kind) return undefined;
  const time =
    kind === 'activity'
      ? text(item.firstActivityTimeUTC) || text(item.bucketStartTimeUTC)
      : kind === 'bookmark'
        ? text(item.eventTime) || text(item.createdTime)
        : text(item.startTimeUtc) || text(item.timeGenerated);
  const title = text(item.displayName) || text(item.title) || KINDS[kind];
  const severity: Severity | undefined = item.severity === undefined ? undefined : severityFromSentinel(item.severity);
  const event: TimelineEvent = {
    id: `${entityId}|${KINDS[kind]}|${time}|${title}`,
    entityId,
    time,
    kind,
    title,
    properties: propertiesOf(item, ['kind', 'displayName', 'title', 'severity']),
  };
  if (severity !== undefined) event.severity = severity;
  return event;
}

function histogram(events: readonly TimelineEvent[], from: number, to: number): TimelineBucket[] {
  const span = Math.max(1, to - from);
  const counts = new Array<number>(HISTOGRAM_BUCKETS).fill(0);
  for (const event of events) {
    const time = Date.parse(event.time);
    if (time < from || time >= to) continue;
    counts[Math.min(HISTOGRAM_BUCKETS - 1, Math.floor(((time - from) * HISTOGRAM_BUCKETS) / span))] += 1;
  }
  return counts.map((count, index) => ({
    start: new Date(from + Math.floor((index * span) / HISTOGRAM_BUCKETS)).toISOString(),
    count,
  }));
}

export function timelineFromSentinel(body: Json, entityId: string, query: TimelineQuery): TimelinePage {
  const seen = new Map<string, number>();
  const events = objects(body.value)
    .map((item) => eventFrom(item, entityId))
    .filter((event): event is TimelineEvent => event !== undefined)
    .filter((event) => query.kinds === undefined || query.kinds.includes(event.kind))
    .map((event) => {
      // Two events alike in kind, time and title still need IDs of their own.
      const copies = seen.get(event.id) ?? 0;
      seen.set(event.id, copies + 1);
      return copies === 0 ? event : { ...event, id: `${event.id}|${copies}` };
    })
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const limit = Math.min(1000, Math.max(1, query.limit ?? 200));
  return {
    items: events.slice(0, limit),
    totalCount: events.length,
    nextCursor: null,
    histogram: histogram(events, Date.parse(query.from), Date.parse(query.to)),
  };
}
