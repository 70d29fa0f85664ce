import {
  INCIDENT_PAGING_PARAMS,
  INCIDENT_QUERY_FIELDS,
  INCIDENT_SORT_FIELDS,
  type IncidentQuery,
  type IncidentSortField,
  LIST_FIELDS,
  type ListFieldName,
  normalizeFilterValue,
  searchTerm,
  SORT_DIRECTIONS,
  type SortDirection,
} from '@soc-kit/components/api';
import type { SortKey } from './sorted-order.js';
import { invalid, requireEnum, requireEnumArray, requireInteger, requireObject, requireStringArray, requireTime } from './validation.js';

/** The list filters on an incident's own values, each indexed as a facet (value → incidents). */
export const FACETS = LIST_FIELDS.filter((field) => !field.ofEvidence).map((field) => field.name);
/** The list filters on an incident's evidence, looked up per entity (a facet per entity would not fit 100,000 incidents). */
export const EVIDENCE_FILTERS = LIST_FIELDS.filter((field) => field.ofEvidence).map((field) => field.name);
export type Facet = ListFieldName;

/** Where a page ended: the sort it belongs to and the last item's key and position. */
export interface ListCursor {
  field: IncidentSortField;
  direction: SortDirection;
  key: SortKey;
  position: number;
}

/** An `IncidentQuery` checked and reduced to what the index needs. */
export interface CheckedQuery {
  /** Facet → accepted values; facets without values are absent. */
  filters: Partial<Record<Facet, readonly string[]>>;
  createdAfter: number | null;
  createdBefore: number | null;
  /** As `searchTerm` makes it; `null` when there is nothing to search for. */
  search: string | null;
  field: IncidentSortField;
  direction: SortDirection;
  top: number;
  skip: number;
  cursor: ListCursor | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

const QUERY_FIELDS: readonly string[] = [...INCIDENT_QUERY_FIELDS.map((field) => field.name), ...INCIDENT_PAGING_PARAMS];

export function checkQuery(query: IncidentQuery): CheckedQuery {
  const input = requireObject('query', query ?? {});
  for (const key of Object.keys(input)) {
    if (!QUERY_FIELDS.includes(key) && input[key] !== undefined) invalid(key, `Unknown query parameter "${key}"; allowed: ${QUERY_FIELDS.join(', ')}.`);
  }
  const filters: CheckedQuery['filters'] = {};
  for (const field of LIST_FIELDS) {
    const wanted = query[field.name];
    if (wanted === undefined) continue;
    const values = field.values ? requireEnumArray(field.name, wanted, field.values) : requireStringArray(field.name, wanted);
    if (values.length > 0) filters[field.name] = values.map((value) => normalizeFilterValue(field, value));
  }
  const createdAfter = query.createdAfter === undefined ? null : requireTime('createdAfter', query.createdAfter);
  const createdBefore = query.createdBefore === undefined ? null : requireTime('createdBefore', query.createdBefore);
  if (query.search !== undefined && typeof query.search !== 'string') invalid('search', 'search must be a string.');
  const search = searchTerm(query.search) ?? null;

  let field: IncidentSortField = 'lastUpdateDateTime';
  let direction: SortDirection = 'desc';
  if (query.sort !== undefined) {
    const sort = requireObject('sort', query.sort);
    field = requireEnum('sort.field', sort['field'], INCIDENT_SORT_FIELDS);
    direction = sort['direction'] === undefined ? 'asc' : requireEnum('sort.direction', sort['direction'], SORT_DIRECTIONS);
  }
  const top = query.top === undefined ? DEFAULT_PAGE_SIZE : requireInteger('top', query.top, 1, MAX_PAGE_SIZE);
  const skip = query.skip === undefined ? 0 : requireInteger('skip', query.skip, 0, Number.MAX_SAFE_INTEGER);
  let cursor: ListCursor | null = null;
  if (query.cursor !== undefined && query.cursor !== null && query.cursor !== '') {
    cursor = decodeListCursor(query.cursor);
    if (cursor.field !== field || cursor.direction !== direction) {
      invalid('cursor', 'The cursor belongs to a different sort; start again without a cursor.');
    }
  }
  return { filters, createdAfter, createdBefore, search, field, direction, top, skip, cursor };
}

/** base64url of UTF-8 JSON: opaque to clients, safe in URLs. */
export function encodeOpaque(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The value `encodeOpaque` encoded, or `undefined` when `text` is not such a string. */
export function decodeOpaque(text: unknown): unknown {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
  } catch {
    return undefined;
  }
}

export function encodeListCursor(cursor: ListCursor): string {
  return encodeOpaque(['i', cursor.field, cursor.direction, cursor.key, cursor.position]);
}

function decodeListCursor(text: unknown): ListCursor {
  const value = decodeOpaque(text);
  if (
    Array.isArray(value) &&
    value.length === 5 &&
    value[0] === 'i' &&
    (INCIDENT_SORT_FIELDS as readonly unknown[]).includes(value[1]) &&
    (SORT_DIRECTIONS as readonly unknown[]).includes(value[2]) &&
    (typeof value[3] === 'number' || typeof value[3] === 'string') &&
    Number.isInteger(value[4])
  ) {
    return { field: value[1], direction: value[2], key: value[3], position: value[4] };
  }
  return invalid('cursor', 'The cursor is not one this service issued.');
}
