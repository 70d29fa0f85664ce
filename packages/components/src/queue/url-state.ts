import { type ListField, QUEUE_LIST_FIELDS } from '../api/incident-query-fields.js';
import { INCIDENT_SORT_FIELDS, SORT_DIRECTIONS } from '../api/model.js';
import {
  DEFAULT_SORT,
  FILTER_NAMES,
  isPreset,
  type QueueFilters,
  type QueueListFilterName,
  type QueueSort,
  type TimeRange,
} from './queue-filters.js';

/** What a shared link to the queue carries. */
export interface QueueViewState {
  filters: QueueFilters;
  search: string;
  sort: QueueSort;
  /** The visible columns in their order, when the link names them (the queue's default columns when absent). */
  columns?: string[];
}

/** Every query-string parameter the queue owns; anything else on the page's URL is left alone. */
export const URL_PARAMS: readonly string[] = [
  ...FILTER_NAMES.filter((name) => name !== 'timeRange'),
  'range',
  'from',
  'to',
  'search',
  'sort',
  'order',
  'columns',
  // Names a view that has no other parameter (every incident), so the link does not open the default view.
  'view',
];

/** The list filters under their `IncidentQuery` names, with the values they accept (`undefined`: any text). */
const LIST_PARAMS = QUEUE_LIST_FIELDS as readonly ListField<QueueListFilterName>[];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function allowed<T extends string>(params: URLSearchParams, name: string, values: readonly T[]): T[] | undefined {
  const found = params.getAll(name).filter((value): value is T => (values as readonly string[]).includes(value));
  return found.length > 0 ? found : undefined;
}

function free(params: URLSearchParams, name: string): string[] | undefined {
  const found = params.getAll(name);
  return found.length > 0 ? found : undefined;
}

/** The values of a list filter in a query string, those it does not accept left out (all, for free text). */
export function readList(params: URLSearchParams, field: Pick<ListField, 'name' | 'values'>): string[] | undefined {
  return field.values ? allowed(params, field.name, field.values) : free(params, field.name);
}

/** The time range a query string names (`range`, and `from`/`to` for a custom one). */
export function readTimeRange(params: URLSearchParams): TimeRange | undefined {
  const range = params.get('range');
  if (range !== 'custom') return range !== null && isPreset(range as TimeRange) ? (range as TimeRange) : undefined;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
  return custom.from || custom.to ? custom : undefined;
}

/** Reads a view from a query string, ignoring values it does not know (a link may be old or hand-edited). */
export function readViewState(params: URLSearchParams): QueueViewState {
  const filters: QueueFilters = {};
  const lists = filters as Record<QueueListFilterName, string[] | undefined>;
  for (const field of LIST_PARAMS) {
    const values = readList(params, field);
    if (values) lists[field.name] = values;
  }
  const timeRange = readTimeRange(params);
  if (timeRange) filters.timeRange = timeRange;
  const field = allowed(params, 'sort', INCIDENT_SORT_FIELDS)?.[0];
  const direction = allowed(params, 'order', SORT_DIRECTIONS)?.[0];
  const columns = (params.get('columns') ?? '').split(',').filter((id) => id !== '');
  return {
    filters,
    search: params.get('search') ?? '',
    sort: field ? { field, direction: direction ?? 'desc' } : { ...DEFAULT_SORT },
    ...(columns.length > 0 ? { columns } : {}),
  };
}

/** Writes a view into `params` (replacing only the queue's own parameters); defaults are left out. */
export function writeViewState(params: URLSearchParams, state: QueueViewState): void {
  for (const name of URL_PARAMS) params.delete(name);
  const { filters } = state;
  for (const field of LIST_PARAMS) {
    for (const value of filters[field.name] ?? []) params.append(field.name, value);
  }
  writeTimeRange(params, filters.timeRange);
  if (state.search.trim()) params.set('search', state.search.trim());
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', state.sort.field);
    params.set('order', state.sort.direction);
  }
  if (state.columns && state.columns.length > 0) params.set('columns', state.columns.join(','));
}

/** Writes a time range as `readTimeRange` reads it. */
export function writeTimeRange(params: URLSearchParams, range: TimeRange | undefined): void {
  if (isPreset(range)) params.set('range', range);
  else if (range && (range.from || range.to)) {
    params.set('range', 'custom');
    if (range.from) params.set('from', range.from);
    if (range.to) params.set('to', range.to);
  }
}
