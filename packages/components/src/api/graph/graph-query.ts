import { filteredBy } from '../incident-query-fields.js';
import { activeFilters, type IncidentFilterKey } from '../local-incident-query.js';
import { type IncidentQuery, type IncidentSortField, UNASSIGNED } from '../model.js';
import { allOf, anyOf, odataDateTime, odataString } from '../odata.js';

/**
 * How `GET /security/incidents` serves an `IncidentQuery`. Graph filters on assignedTo,
 * classification, createdDateTime, determination, severity and status, pages with `$top` (at most
 * 50), `$skip` and `@odata.nextLink`, counts with `$count=true`, and cannot sort.
 */

/** Graph's largest page of incidents. */
export const GRAPH_MAX_TOP = 50;
export const DEFAULT_TOP = 50;

const SERVER_FILTERS: ReadonlySet<IncidentFilterKey> = filteredBy('graph');

/**
 * Filters that read the incident's alerts, which only `$expand=alerts` brings (search and the
 * entity, device group and OS platform filters read their evidence). Investigation state and
 * sensitivity labels Graph does not have: those filters match no Graph incident.
 */
const ALERT_FILTERS: ReadonlySet<IncidentFilterKey> = new Set([
  'serviceSources',
  'detectionSources',
  'categories',
  'entities',
  'deviceGroups',
  'osPlatforms',
  'threats',
  'search',
]);

/** Sort fields whose values come from the incident's alerts. */
const ALERT_SORT_FIELDS: ReadonlySet<IncidentSortField> = new Set([
  'serviceSources',
  'detectionSources',
  'categories',
  'impactedAssets',
  'activeAlertCount',
  'firstActivityDateTime',
  'lastActivityDateTime',
]);

export interface GraphListPlan {
  params: URLSearchParams;
  /** Filters applied to the fetched incidents, because Graph cannot. */
  localFilters: IncidentFilterKey[];
  expandAlerts: boolean;
}

function serverFilter(query: IncidentQuery): string | undefined {
  const after = query.createdAfter === undefined ? undefined : odataDateTime(query.createdAfter, 'createdAfter');
  const before = query.createdBefore === undefined ? undefined : odataDateTime(query.createdBefore, 'createdBefore');
  return allOf([
    anyOf('status', (query.status ?? []).map(odataString)),
    anyOf('severity', (query.severity ?? []).map(odataString)),
    anyOf(
      'assignedTo',
      (query.assignedTo ?? []).map((owner) => (owner === UNASSIGNED ? 'null' : odataString(owner))),
    ),
    anyOf('classification', (query.classification ?? []).map(odataString)),
    anyOf('determination', (query.determination ?? []).map(odataString)),
    after === undefined ? undefined : `createdDateTime ge ${after}`,
    before === undefined ? undefined : `createdDateTime lt ${before}`,
  ]);
}

export function graphListPlan(query: IncidentQuery, alwaysExpandAlerts: boolean): GraphListPlan {
  const active = activeFilters(query);
  const localFilters = active.filter((key) => !SERVER_FILTERS.has(key));
  const expandAlerts =
    alwaysExpandAlerts ||
    localFilters.some((key) => ALERT_FILTERS.has(key)) ||
    (query.sort !== undefined && ALERT_SORT_FIELDS.has(query.sort.field));

  const params = new URLSearchParams();
  const filter = serverFilter(query);
  if (filter) params.set('$filter', filter);
  params.set('$top', String(Math.min(GRAPH_MAX_TOP, Math.max(1, query.top ?? DEFAULT_TOP))));
  if (query.skip !== undefined && query.skip > 0) params.set('$skip', String(Math.floor(query.skip)));
  params.set('$count', 'true');
  if (expandAlerts) params.set('$expand', 'alerts');
  return { params, localFilters, expandAlerts };
}
