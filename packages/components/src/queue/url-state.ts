import {
  CLASSIFICATIONS,
  DETECTION_SOURCES,
  INCIDENT_SORT_FIELDS,
  INCIDENT_STATUSES,
  SERVICE_SOURCES,
  SEVERITIES,
  SORT_DIRECTIONS,
} from '../api/model.js';
import { DEFAULT_SORT, isPreset, type QueueFilters, type QueueSort, type TimeRange } from './queue-filters.js';

/** What a shared link to the queue carries. */
export interface QueueViewState {
  filters: QueueFilters;
  search: string;
  sort: QueueSort;
}

/** Every query-string parameter the queue owns; anything else on the page's URL is left alone. */
export const URL_PARAMS = [
  'status',
  'severity',
  'serviceSources',
  'detectionSources',
  'assignedTo',
  'classification',
  'tags',
  'categories',
  'range',
  'from',
  'to',
  'search',
  'sort',
  'order',
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function allowed<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] | undefined {
  const found = params.getAll(name).filter((value): value is T => (values as readonly string[]).includes(value));
  return found.length > 0 ? found : undefined;
}

function free(params: URLSearchParams, name: string): string[] | undefined {
  const found = params.getAll(name);
  return found.length > 0 ? found : undefined;
}

function readTimeRange(params: URLSearchParams): TimeRange | undefined {
  const range = params.get('range');
  if (range !== 'custom') return range !== null && isPreset(range as TimeRange) ? (range as TimeRange) : undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
  return custom.from || custom.to ? custom : undefined;
}

/** Reads a view from a query string, ignoring values it does not know (a link may be old or hand-edited). */
export function readViewState(params: URLSearchParams): QueueViewState {
  const filters: QueueFilters = {
    status: allowed(params, 'status', INCIDENT_STATUSES),
    severity: allowed(params, 'severity', SEVERITIES),
    serviceSources: allowed(params, 'serviceSources', SERVICE_SOURCES),
    detectionSources: allowed(params, 'detectionSources', DETECTION_SOURCES),
    assignedTo: free(params, 'assignedTo'),
    classification: allowed(params, 'classification', CLASSIFICATIONS),
    tags: free(params, 'tags'),
    categories: free(params, 'categories'),
    timeRange: readTimeRange(params),
  };
  for (const key of Object.keys(filters) as (keyof QueueFilters)[]) {
    if (filters[key] === undefined) delete filters[key];
  }
  const field = allowed(params, 'sort', INCIDENT_SORT_FIELDS)?.[0];
  const direction = allowed(params, 'order', SORT_DIRECTIONS)?.[0];
  return {
    filters,
    search: params.get('search') ?? '',
    sort: field ? { field, direction: direction ?? 'desc' } : { ...DEFAULT_SORT },
  };
}

/** Writes a view into `params` (replacing only the queue's own parameters); defaults are left out. */
export function writeViewState(params: URLSearchParams, state: QueueViewState): void {
  for (const name of URL_PARAMS) params.delete(name);
  const { filters } = state;
  const lists = {
    status: filters.status,
    severity: filters.severity,
    serviceSources: filters.serviceSources,
    detectionSources: filters.detectionSources,
    assignedTo: filters.assignedTo,
    classification: filters.classification,
    tags: filters.tags,
    categories: filters.categories,
  };
  for (const [name, values] of Object.entries(lists)) {
    for (const value of values ?? []) params.append(name, value);
  }
  const range = filters.timeRange;
  if (isPreset(range)) params.set('range', range);
  else if (range && (range.from || range.to)) {
    params.set('range', 'custom');
    if (range.from) params.set('from', range.from);
    if (range.to) params.set('to', range.to);
  }
  if (state.search.trim()) params.set('search', state.search.trim());
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort.field);
    params.set('order', state.sort.direction);
  }
}
