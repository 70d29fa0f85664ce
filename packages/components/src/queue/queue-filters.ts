import { type FilterValueLabel, type ListField, QUEUE_LIST_FIELDS } from '../api/incident-query-fields.js';
import {
  RELATIVE_TIME_RANGES,
  type RelativeTimeRange,
  UNASSIGNED,
  type Classification,
  type DetectionSource,
  type IncidentQuery,
  type IncidentSortField,
  type IncidentStatus,
  type InvestigationState,
  type OsPlatform,
  type SensitivityLabel,
  type ServiceSource,
  type Severity,
  type SortDirection,
} from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { TACTIC_LABELS } from '../internal/labels.js';
import type { queueMessages } from './messages.js';

/** The queue's time range presets: the spans a saved view keeps as they are. */
export const TIME_RANGE_PRESETS = RELATIVE_TIME_RANGES;
export type TimeRangePreset = RelativeTimeRange;

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
  /** Entities of the incidents' evidence, by name or ID. */
  entities?: string[];
  deviceGroups?: string[];
  osPlatforms?: OsPlatform[];
  investigationState?: InvestigationState[];
  threats?: string[];
  sensitivityLabels?: SensitivityLabel[];
  /** Bounds on when incidents were created. */
  timeRange?: TimeRange;
}

export type FilterName = keyof QueueFilters;

/** The queue's list filters: the `IncidentQuery` filters of the same names. */
export type QueueListFilterName = Exclude<FilterName, 'timeRange'>;

// The queue's list filters are exactly those `INCIDENT_QUERY_FIELDS` offers to the queue.
const queueListFields = QUEUE_LIST_FIELDS as readonly ListField<QueueListFilterName>[];

/** Every filter, in the filter panel's order; each is named by the message `filter.<name>`. */
export const FILTER_NAMES: readonly FilterName[] = [...queueListFields.map((field) => field.name), 'timeRange'];

export interface QueueSort {
  field: IncidentSortField;
  direction: SortDirection;
}

/** Newest change first, so an incident just edited comes to the top. */
export const DEFAULT_SORT: QueueSort = { field: 'lastUpdateDateTime', direction: 'desc' };

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
  const query: IncidentQuery = { ...timeBounds(filters.timeRange, now), sort: { ...sort } };
  const lists = query as Record<QueueListFilterName, string[] | undefined>;
  for (const field of queueListFields) {
    const values = nonEmpty(filters[field.name]);
    if (values) lists[field.name] = values;
  }
  const trimmed = search.trim();
  if (trimmed) query.search = trimmed;
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
  return FILTER_NAMES.some((name) => isActive(filters, name));
}

export function withoutFilter(filters: QueueFilters, name: FilterName): QueueFilters {
  const next = { ...filters };
  delete next[name];
  return next;
}

type QueueLocalizer = Localizer<typeof queueMessages>;

function formatDay(date: string | undefined, l10n: QueueLocalizer): string {
  const day = date ? startOfLocalDay(date) : undefined;
  return day ? l10n.date(day.getTime()) : '…';
}

/** "1 week", or "May 1, 2024 – May 3, 2024" for a custom range, in the language of `l10n`. */
export function timeRangeLabel(range: TimeRange, l10n: QueueLocalizer): string {
  if (isPreset(range)) return l10n.t(`timeRange.${range}`);
  return l10n.t('customRangeValue', { from: formatDay(range.from, l10n), to: formatDay(range.to, l10n) });
}

/** One value of an active filter as the chip shows it. */
export interface FilterValue {
  text: string;
  /** Whether the text came from a person or the API (a tag, an owner's UPN) rather than from the catalog: it is shown isolated for right-to-left. */
  userData: boolean;
}

const word = (text: string): FilterValue => ({ text, userData: false });
const data = (text: string): FilterValue => ({ text, userData: true });

function categoryValue(category: string, l10n: QueueLocalizer): FilterValue {
  const tactic = category.charAt(0).toLowerCase() + category.slice(1);
  return Object.hasOwn(TACTIC_LABELS, tactic) ? word(l10n.category(category)) : data(category);
}

function valueOf(label: FilterValueLabel, value: string, l10n: QueueLocalizer): FilterValue {
  if (label === 'owner') return value === UNASSIGNED ? word(l10n.t('state.unassigned')) : data(value);
  if (label === 'category') return categoryValue(value, l10n);
  if (label === 'text') return data(value);
  return word(l10n.t(`${label.catalog}.${value}` as Parameters<QueueLocalizer['t']>[0]));
}

/** The values of filter `name` in words of the language of `l10n`. */
export function filterValues(filters: QueueFilters, name: FilterName, l10n: QueueLocalizer): FilterValue[] {
  if (name === 'timeRange') return filters.timeRange ? [word(timeRangeLabel(filters.timeRange, l10n))] : [];
  const { label } = queueListFields.find((field) => field.name === name)!;
  return (filters[name] ?? []).map((value) => valueOf(label, value, l10n));
}

export interface FilterChip {
  name: FilterName;
  /** "Status: Active, In progress". */
  text: string;
}

/** The filters in force, in the filter panel's order. */
export function activeFilterNames(filters: QueueFilters): FilterName[] {
  return FILTER_NAMES.filter((name) => isActive(filters, name));
}

/** One removable chip per active filter, in the filter panel's order, in the language of `l10n`. */
export function filterChips(filters: QueueFilters, l10n: QueueLocalizer): FilterChip[] {
  const separator = l10n.t('valueSeparator');
  return activeFilterNames(filters).map((name) => ({
    name,
    text: l10n.t('filterChip', {
      filter: l10n.t(`filter.${name}`),
      values: filterValues(filters, name, l10n)
        .map((value) => value.text)
        .join(separator),
    }),
  }));
}
