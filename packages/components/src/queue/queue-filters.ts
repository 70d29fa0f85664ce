import {
  UNASSIGNED,
  type Classification,
  type DetectionSource,
  type IncidentQuery,
  type IncidentSortField,
  type IncidentStatus,
  type ServiceSource,
  type Severity,
  type SortDirection,
} from '../api/model.js';
import {
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  INCIDENT_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
} from '../internal/labels.js';
import { categoryLabel } from '../internal/labels.js';

export const TIME_RANGE_PRESETS = ['1d', '3d', '1w', '30d', '6m'] as const;
export type TimeRangePreset = (typeof TIME_RANGE_PRESETS)[number];

export const TIME_RANGE_LABELS: Record<TimeRangePreset, string> = {
  '1d': '1 day',
  '3d': '3 days',
  '1w': '1 week',
  '30d': '30 days',
  '6m': '6 months',
};

/** Calendar dates (`YYYY-MM-DD`, local time), both inclusive; either may be open. */
export interface CustomTimeRange {
  from?: string;
  to?: string;
}

export type TimeRange = TimeRangePreset | CustomTimeRange;

/** What the person filtered the queue by. Lists match any of their values; filters combine with AND. */
export interface QueueFilters {
  status?: IncidentStatus[];
  severity?: Severity[];
  serviceSources?: ServiceSource[];
  detectionSources?: DetectionSource[];
  /** Owners' UPNs; `UNASSIGNED` ('') stands for incidents without an owner. */
  assignedTo?: string[];
  classification?: Classification[];
  tags?: string[];
  categories?: string[];
  /** Bounds on when incidents were created. */
  timeRange?: TimeRange;
}

export type FilterName = keyof QueueFilters;

export interface QueueSort {
  field: IncidentSortField;
  direction: SortDirection;
}

/** Newest change first, so an incident just edited comes to the top. */
export const DEFAULT_SORT: QueueSort = { field: 'lastUpdateDateTime', direction: 'desc' };

export const FILTER_LABELS: Record<FilterName, string> = {
  status: 'Status',
  severity: 'Severity',
  serviceSources: 'Service sources',
  detectionSources: 'Detection sources',
  assignedTo: 'Assigned to',
  classification: 'Classification',
  tags: 'Tags',
  categories: 'Categories',
  timeRange: 'Time range',
};

const DAY_MS = 24 * 3600e3;

export function isPreset(range: TimeRange | undefined): range is TimeRangePreset {
  return typeof range === 'string' && (TIME_RANGE_PRESETS as readonly string[]).includes(range);
}

function startOfLocalDay(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The `createdDateTime` bounds a time range stands for at `now`. */
export function timeBounds(range: TimeRange | undefined, now: Date): Pick<IncidentQuery, 'createdAfter' | 'createdBefore'> {
  if (range === undefined) return {};
  if (isPreset(range)) {
    if (range === '6m') {
      const start = new Date(now);
      start.setMonth(start.getMonth() - 6);
      return { createdAfter: start.toISOString() };
    }
    const days = { '1d': 1, '3d': 3, '1w': 7, '30d': 30 }[range];
    return { createdAfter: new Date(now.getTime() - days * DAY_MS).toISOString() };
  }
  const bounds: Pick<IncidentQuery, 'createdAfter' | 'createdBefore'> = {};
  const from = range.from ? startOfLocalDay(range.from) : undefined;
  const to = range.to ? startOfLocalDay(range.to) : undefined;
  if (from) bounds.createdAfter = from.toISOString();
  if (to) {
    // `to` is inclusive for the person, the query's upper bound is exclusive: end at the next midnight.
    to.setDate(to.getDate() + 1);
    bounds.createdBefore = to.toISOString();
  }
  return bounds;
}

function nonEmpty<T>(values: T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? [...values] : undefined;
}

/** The server query for a view of the queue; time ranges are resolved against `now`. */
export function toIncidentQuery(filters: QueueFilters, search: string, sort: QueueSort, now: Date): IncidentQuery {
  const query: IncidentQuery = {
    status: nonEmpty(filters.status),
    severity: nonEmpty(filters.severity),
    serviceSources: nonEmpty(filters.serviceSources),
    detectionSources: nonEmpty(filters.detectionSources),
    assignedTo: nonEmpty(filters.assignedTo),
    classification: nonEmpty(filters.classification),
    tags: nonEmpty(filters.tags),
    categories: nonEmpty(filters.categories),
    ...timeBounds(filters.timeRange, now),
    sort: { ...sort },
  };
  const trimmed = search.trim();
  if (trimmed) query.search = trimmed;
  for (const key of Object.keys(query) as (keyof IncidentQuery)[]) {
    if (query[key] === undefined) delete query[key];
  }
  return query;
}

function isActive(filters: QueueFilters, name: FilterName): boolean {
  const value = filters[name];
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return true;
  return Boolean(value.from || value.to);
}

export function hasFilters(filters: QueueFilters): boolean {
  return (Object.keys(FILTER_LABELS) as FilterName[]).some((name) => isActive(filters, name));
}

export function withoutFilter(filters: QueueFilters, name: FilterName): QueueFilters {
  const next = { ...filters };
  delete next[name];
  return next;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

function formatDay(date: string | undefined): string {
  const day = date ? startOfLocalDay(date) : undefined;
  return day ? dateFormat.format(day) : '…';
}

export function timeRangeLabel(range: TimeRange): string {
  if (isPreset(range)) return TIME_RANGE_LABELS[range];
  return `${formatDay(range.from)} – ${formatDay(range.to)}`;
}

function assigneeLabel(upn: string): string {
  return upn === UNASSIGNED ? 'Unassigned' : upn;
}

function valueLabels(filters: QueueFilters, name: FilterName): string[] {
  switch (name) {
    case 'status':
      return (filters.status ?? []).map((value) => INCIDENT_STATUS_LABELS[value]);
    case 'severity':
      return (filters.severity ?? []).map((value) => SEVERITY_LABELS[value]);
    case 'serviceSources':
      return (filters.serviceSources ?? []).map((value) => SERVICE_SOURCE_LABELS[value]);
    case 'detectionSources':
      return (filters.detectionSources ?? []).map((value) => DETECTION_SOURCE_LABELS[value]);
    case 'assignedTo':
      return (filters.assignedTo ?? []).map(assigneeLabel);
    case 'classification':
      return (filters.classification ?? []).map((value) => CLASSIFICATION_LABELS[value]);
    case 'tags':
      return filters.tags ?? [];
    case 'categories':
      return (filters.categories ?? []).map(categoryLabel);
    case 'timeRange':
      return filters.timeRange ? [timeRangeLabel(filters.timeRange)] : [];
  }
}

export interface FilterChip {
  name: FilterName;
  /** "Status: Active, In progress". */
  text: string;
}

/** One removable chip per active filter, in the filter panel's order. */
export function filterChips(filters: QueueFilters): FilterChip[] {
  return (Object.keys(FILTER_LABELS) as FilterName[])
    .filter((name) => isActive(filters, name))
    .map((name) => ({ name, text: `${FILTER_LABELS[name]}: ${valueLabels(filters, name).join(', ')}` }));
}
