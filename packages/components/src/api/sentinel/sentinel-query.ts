import { filteredBy } from '../incident-query-fields.js';
import { activeFilters, type IncidentFilterKey } from '../local-incident-query.js';
import type { IncidentQuery, IncidentSortField } from '../model.js';
import { allOf, anyOf, odataDateTime, odataString } from '../odata.js';
import { SEVERITY_TO_SENTINEL, STATUS_TO_SENTINEL } from './sentinel-incident.js';

/**
 * How `GET .../incidents` serves an `IncidentQuery`. Sentinel filters status, severity and the
 * created time, orders by the time properties and the title (`$orderby`), and pages by `$top` (at
 * most 1,000) and `$skipToken` in `nextLink`. It neither counts nor skips.
 */

export const SENTINEL_MAX_TOP = 1000;
export const DEFAULT_TOP = 50;

const ORDER_BY: Readonly<Partial<Record<IncidentSortField, string>>> = {
  createdDateTime: 'properties/createdTimeUtc',
  lastUpdateDateTime: 'properties/lastModifiedTimeUtc',
  firstActivityDateTime: 'properties/firstActivityTimeUtc',
  lastActivityDateTime: 'properties/lastActivityTimeUtc',
  displayName: 'properties/title',
};

const SERVER_FILTERS: ReadonlySet<IncidentFilterKey> = filteredBy('sentinel');

export interface SentinelListPlan {
  params: URLSearchParams;
  /** Filters applied to the fetched incidents, because Sentinel cannot. */
  localFilters: IncidentFilterKey[];
  /** Whether `sort` is left to the adapter. */
  localSort: boolean;
}

/** Sentinel literals for every value, or `undefined` when one has none (so the filter is applied here). */
function literals<T extends string>(values: readonly T[] | undefined, table: Readonly<Partial<Record<T, string>>>) {
  const mapped = (values ?? []).map((value) => table[value]);
  return mapped.every((value): value is string => value !== undefined) ? mapped.map(odataString) : undefined;
}

export function sentinelListPlan(query: IncidentQuery, top: number): SentinelListPlan {
  const localFilters = activeFilters(query).filter((key) => !SERVER_FILTERS.has(key));
  const status = literals(query.status, STATUS_TO_SENTINEL);
  const severity = literals(query.severity, SEVERITY_TO_SENTINEL);
  if (status === undefined) localFilters.push('status');
  if (severity === undefined) localFilters.push('severity');

  const filter = allOf([
    status && anyOf('properties/status', status),
    severity && anyOf('properties/severity', severity),
    query.createdAfter === undefined
      ? undefined
      : `properties/createdTimeUtc ge ${odataDateTime(query.createdAfter, 'createdAfter')}`,
    query.createdBefore === undefined
      ? undefined
      : `properties/createdTimeUtc lt ${odataDateTime(query.createdBefore, 'createdBefore')}`,
  ]);

  const params = new URLSearchParams();
  if (filter) params.set('$filter', filter);
  const orderBy = query.sort && ORDER_BY[query.sort.field];
  if (orderBy) params.set('$orderby', `${orderBy} ${query.sort!.direction}`);
  params.set('$top', String(Math.min(SENTINEL_MAX_TOP, Math.max(1, top))));
  return { params, localFilters, localSort: query.sort !== undefined && !orderBy };
}
