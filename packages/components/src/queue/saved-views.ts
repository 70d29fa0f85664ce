import { type ListField, QUEUE_LIST_FIELDS } from '../api/incident-query-fields.js';
import type { SavedView, SavedViewQuery } from '../api/model.js';
import { defaultColumnLayout, KEY_COLUMN, normalizeColumnLayout, type ColumnLayout } from './column-layout.js';
import { QUEUE_COLUMN_IDS } from './queue-columns.js';
import { DEFAULT_SORT, isPreset, toIncidentQuery, type QueueFilters, type QueueListFilterName, type QueueSort } from './queue-filters.js';

/** Everything a saved view or a list link keeps of the queue: filters, search, sort and columns. */
export interface QueueView {
  filters: QueueFilters;
  search: string;
  sort: QueueSort;
  columnLayout: ColumnLayout;
}

/**
 * The filter a fresh queue opens with when the person has no default view, as the Defender portal
 * does: open incidents (New/Active and In progress) of High, Medium and Low severity.
 */
export function portalDefaultFilters(): QueueFilters {
  return { status: ['active', 'inProgress'], severity: ['high', 'medium', 'low'] };
}

/** What a fresh queue opens with when the person has no default view: the portal's default filter, or every incident. */
export const INITIAL_FILTERS = ['portal', 'none'] as const;
export type InitialFilter = (typeof INITIAL_FILTERS)[number];

const listFields = QUEUE_LIST_FIELDS as readonly ListField<QueueListFilterName>[];

/** The visible columns in their order, or `null` for the queue's default columns. */
export function visibleColumnIds(layout: ColumnLayout): string[] | null {
  const visible = layout.order.filter((id) => !layout.hidden.includes(id));
  const isDefault = layout.hidden.length === 0 && visible.every((id, index) => id === QUEUE_COLUMN_IDS[index]);
  return isDefault ? null : visible;
}

/** The layout showing `columns` in that order and hiding the others; the default layout for `null` or no known column. */
export function layoutOfColumns(columns: readonly string[] | null | undefined): ColumnLayout {
  if (!columns) return defaultColumnLayout();
  const shown = normalizeColumnLayout({ order: columns }).order.filter((id) => columns.includes(id));
  if (shown.length === 0) return defaultColumnLayout();
  // The name column carries the link to the incident: always shown.
  if (!shown.includes(KEY_COLUMN)) shown.unshift(KEY_COLUMN);
  const hidden = QUEUE_COLUMN_IDS.filter((id) => !shown.includes(id));
  return { order: [...shown, ...hidden], hidden };
}

/**
 * The query a saved view keeps. A preset time range ("1 week") is kept as such (`createdWithin`),
 * so the view covers the week before it is applied; a custom range as its dates.
 */
export function savedQueryOf(view: QueueView, now: Date): SavedViewQuery {
  const range = view.filters.timeRange;
  if (!isPreset(range)) return toIncidentQuery(view.filters, view.search, view.sort, now);
  const { createdAfter: _after, createdBefore: _before, ...query } = toIncidentQuery(view.filters, view.search, view.sort, now);
  return { ...query, createdWithin: range };
}

/** A local calendar date (`YYYY-MM-DD`) of an ISO time; `endExclusive` names the day before an exclusive bound. */
function localDay(iso: string | undefined, endExclusive = false): string | undefined {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return undefined;
  const date = new Date(endExclusive ? time - 1 : time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The queue's view of a saved view: its lists as filters, its time bounds as a custom range of days. */
export function queueViewOf(saved: Pick<SavedView, 'query' | 'columns'>): QueueView {
  const { query } = saved;
  const filters: QueueFilters = {};
  const lists = filters as Record<QueueListFilterName, string[] | undefined>;
  const source = query as Record<string, unknown>;
  for (const field of listFields) {
    const values = source[field.name];
    if (Array.isArray(values) && values.length > 0) lists[field.name] = values.map(String);
  }
  const from = localDay(query.createdAfter);
  const to = localDay(query.createdBefore, true);
  if (query.createdWithin) filters.timeRange = query.createdWithin;
  else if (from || to) filters.timeRange = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return {
    filters,
    search: query.search ?? '',
    sort: query.sort ? { ...query.sort } : { ...DEFAULT_SORT },
    columnLayout: layoutOfColumns(saved.columns),
  };
}

/** A key equal for two views that show the same incidents in the same way. */
export function queueViewKey(view: QueueView): string {
  return JSON.stringify([view.filters, view.search.trim(), view.sort, visibleColumnIds(view.columnLayout)]);
}
