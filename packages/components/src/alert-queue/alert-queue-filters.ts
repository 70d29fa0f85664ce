import {
  ALERT_SORT_FIELDS,
  ALERT_STATUSES,
  CLASSIFICATIONS,
  DETECTION_SOURCES,
  DETERMINATIONS,
  INVESTIGATION_STATES,
  SERVICE_SOURCES,
  SEVERITIES,
  SORT_DIRECTIONS,
  UNASSIGNED,
  type AlertQuery,
  type AlertSortField,
  type AlertStatus,
  type Classification,
  type DetectionSource,
  type Determination,
  type InvestigationState,
  type ServiceSource,
  type Severity,
  type SortDirection,
} from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { TACTIC_LABELS } from '../internal/labels.js';
import type { PanelFilterName } from '../queue/queue-filter-panel.js';
import { timeBounds, timeRangeLabel, type FilterValue, type TimeRange } from '../queue/queue-filters.js';
import type { queueMessages } from '../queue/messages.js';
import { readList, readTimeRange, writeTimeRange } from '../queue/url-state.js';

/**
 * What the person filtered the alert queue by: the `AlertQuery` filters of the same names, and a
 * time range on when alerts were created. Lists match any of their values; filters combine with AND.
 */
export interface AlertQueueFilters {
  status?: AlertStatus[];
  severity?: Severity[];
  serviceSources?: ServiceSource[];
  detectionSources?: DetectionSource[];
  /** Owners' UPNs; `UNASSIGNED` ('') stands for alerts without an owner. */
  assignedTo?: string[];
  classification?: Classification[];
  determination?: Determination[];
  categories?: string[];
  investigationState?: InvestigationState[];
  timeRange?: TimeRange;
}

export type AlertFilterName = keyof AlertQueueFilters;
type AlertListFilterName = Exclude<AlertFilterName, 'timeRange'>;

/** How a chip shows a value: a word of the shared catalog under a prefix, an owner, a category, or as it came. */
type ValueLabel = { catalog: string } | 'owner' | 'category';

interface AlertListField {
  name: AlertListFilterName;
  /** The values the filter accepts; `undefined` for free text. */
  values?: readonly string[];
  label: ValueLabel;
}

/** The list filters, in the filter panel's order. */
const LIST_FIELDS: readonly AlertListField[] = [
  { name: 'status', values: ALERT_STATUSES, label: { catalog: 'alertStatus' } },
  { name: 'severity', values: SEVERITIES, label: { catalog: 'severity' } },
  { name: 'serviceSources', values: SERVICE_SOURCES, label: { catalog: 'serviceSource' } },
  { name: 'detectionSources', values: DETECTION_SOURCES, label: { catalog: 'detectionSource' } },
  { name: 'assignedTo', label: 'owner' },
  { name: 'classification', values: CLASSIFICATIONS, label: { catalog: 'classification' } },
  { name: 'determination', values: DETERMINATIONS, label: { catalog: 'determination' } },
  { name: 'categories', label: 'category' },
  { name: 'investigationState', values: INVESTIGATION_STATES, label: { catalog: 'investigationState' } },
];

/** Every filter, in the filter panel's order; each is named by the queue's message `filter.<name>`. */
export const ALERT_FILTER_NAMES: readonly AlertFilterName[] = ['timeRange', ...LIST_FIELDS.map((field) => field.name)];

/** What the shared filter panel offers for alerts. */
export const ALERT_PANEL_FILTERS: readonly PanelFilterName[] = ALERT_FILTER_NAMES;

export interface AlertQueueSort {
  field: AlertSortField;
  direction: SortDirection;
}

/** Latest activity first, as the portal's alert queue opens. */
export const DEFAULT_ALERT_SORT: AlertQueueSort = { field: 'lastActivityDateTime', direction: 'desc' };

/** The server query for a view of the alert queue; time ranges are resolved against `now`. */
export function toAlertQuery(filters: AlertQueueFilters, search: string, sort: AlertQueueSort, now: Date): AlertQuery {
  const query: AlertQuery = { ...timeBounds(filters.timeRange, now), sort: { ...sort } };
  const lists = query as Record<AlertListFilterName, string[] | undefined>;
  for (const { name } of LIST_FIELDS) {
    const values = filters[name];
    if (values && values.length > 0) lists[name] = [...values];
  }
  const trimmed = search.trim();
  if (trimmed) query.search = trimmed;
  return query;
}

function isActive(filters: AlertQueueFilters, name: AlertFilterName): boolean {
  const value = filters[name];
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return true;
  return Boolean(value.from || value.to);
}

export function hasAlertFilters(filters: AlertQueueFilters): boolean {
  return ALERT_FILTER_NAMES.some((name) => isActive(filters, name));
}

/** The filters in force, in the filter panel's order. */
export function activeAlertFilters(filters: AlertQueueFilters): AlertFilterName[] {
  return ALERT_FILTER_NAMES.filter((name) => isActive(filters, name));
}

export function withoutAlertFilter(filters: AlertQueueFilters, name: AlertFilterName): AlertQueueFilters {
  const next = { ...filters };
  delete next[name];
  return next;
}

type QueueLocalizer = Localizer<typeof queueMessages>;

function valueOf(label: ValueLabel, value: string, l10n: QueueLocalizer): FilterValue {
  if (label === 'owner') return value === UNASSIGNED ? { text: l10n.t('state.unassigned'), userData: false } : { text: value, userData: true };
  if (label === 'category') {
    const tactic = value.charAt(0).toLowerCase() + value.slice(1);
    return Object.hasOwn(TACTIC_LABELS, tactic) ? { text: l10n.category(value), userData: false } : { text: value, userData: true };
  }
  return { text: l10n.t(`${label.catalog}.${value}` as Parameters<QueueLocalizer['t']>[0]), userData: false };
}

/** The values of filter `name` in words of the language of `l10n` (the queue's, whose words the chips share). */
export function alertFilterValues(filters: AlertQueueFilters, name: AlertFilterName, l10n: QueueLocalizer): FilterValue[] {
  if (name === 'timeRange') return filters.timeRange ? [{ text: timeRangeLabel(filters.timeRange, l10n), userData: false }] : [];
  const { label } = LIST_FIELDS.find((field) => field.name === name)!;
  return (filters[name] ?? []).map((value) => valueOf(label, value, l10n));
}

// --- Shareable URL --------------------------------------------------------------------------------

/** What a shared link to the alert queue carries. */
export interface AlertViewState {
  filters: AlertQueueFilters;
  search: string;
  sort: AlertQueueSort;
}

/**
 * The alert queue's query-string parameters carry this prefix (`alerts.status=new&alerts.sort=severity`),
 * so that it shares a page's URL with the incident queue, whose parameters have the same names.
 */
export const ALERT_URL_PREFIX = 'alerts.';

/** Every query-string parameter the alert queue owns, without the prefix; anything else on the page's URL is left alone. */
const OWN_PARAMS: readonly string[] = [...LIST_FIELDS.map((field) => field.name), 'range', 'from', 'to', 'search', 'sort', 'order'];

/** The alert queue's own parameters of `params`, under their names without the prefix. */
function ownParams(params: URLSearchParams): URLSearchParams {
  const own = new URLSearchParams();
  for (const [name, value] of params) if (name.startsWith(ALERT_URL_PREFIX)) own.append(name.slice(ALERT_URL_PREFIX.length), value);
  return own;
}

/** Whether `params` names any of the alert queue's parameters. */
export function namesAlertView(params: URLSearchParams): boolean {
  const own = ownParams(params);
  return OWN_PARAMS.some((name) => own.has(name));
}

/** Reads a view from a query string, ignoring values it does not know (a link may be old or hand-edited). */
export function readAlertViewState(url: URLSearchParams): AlertViewState {
  const params = ownParams(url);
  const filters: AlertQueueFilters = {};
  const lists = filters as Record<AlertListFilterName, string[] | undefined>;
  for (const field of LIST_FIELDS) {
    const values = readList(params, field);
    if (values) lists[field.name] = values;
  }
  const timeRange = readTimeRange(params);
  if (timeRange) filters.timeRange = timeRange;
  const field = params.get('sort');
  const direction = params.get('order');
  const sortField = (ALERT_SORT_FIELDS as readonly string[]).includes(field ?? '') ? (field as AlertSortField) : undefined;
  const sortDirection = (SORT_DIRECTIONS as readonly string[]).includes(direction ?? '') ? (direction as SortDirection) : 'desc';
  return {
    filters,
    search: params.get('search') ?? '',
    sort: sortField ? { field: sortField, direction: sortDirection } : { ...DEFAULT_ALERT_SORT },
  };
}

/** Writes a view into `params` (replacing only the alert queue's own parameters); defaults are left out. */
export function writeAlertViewState(url: URLSearchParams, state: AlertViewState): void {
  for (const name of OWN_PARAMS) url.delete(ALERT_URL_PREFIX + name);
  const params = new URLSearchParams();
  for (const field of LIST_FIELDS) {
    for (const value of state.filters[field.name] ?? []) params.append(field.name, value);
  }
  writeTimeRange(params, state.filters.timeRange);
  if (state.search.trim()) params.set('search', state.search.trim());
  if (state.sort.field !== DEFAULT_ALERT_SORT.field || state.sort.direction !== DEFAULT_ALERT_SORT.direction) {
    params.set('sort', state.sort.field);
    params.set('order', state.sort.direction);
  }
  for (const [name, value] of params) url.append(ALERT_URL_PREFIX + name, value);
}
