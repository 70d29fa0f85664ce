import { searchTerm } from '../incident-query-fields.js';
import {
  ALERT_STATUSES,
  type Alert,
  type AlertQuery,
  type AlertSortField,
  SEVERITIES,
  type SortDirection,
  UNASSIGNED,
} from '../model.js';
import { allOf, anyOf, odataDateTime, odataString } from '../odata.js';

/**
 * How `GET /security/alerts_v2` serves an `AlertQuery`. Graph filters alerts on assignedTo,
 * classification, determination, createdDateTime, lastUpdateDateTime, severity, serviceSource and
 * status, and on incidentId (which "List alerts_v2" leaves out of its list, but which Graph
 * applies). It pages with `$top`, `$skip` and `@odata.nextLink`, counts with `$count=true`, lists
 * the newest alerts first and has no `$orderby`.
 */

/** Alert filters Graph cannot apply: the adapter applies them to the alerts it read. */
export const LOCAL_ALERT_FILTERS = ['detectionSources', 'categories', 'search'] as const;
export type LocalAlertFilter = (typeof LOCAL_ALERT_FILTERS)[number];

export interface GraphAlertListPlan {
  params: URLSearchParams;
  /** Filters applied to the fetched alerts, because Graph cannot. */
  localFilters: LocalAlertFilter[];
  /** Whether the query sorts otherwise than Graph lists (newest first). */
  localSort: boolean;
  /** Whether nothing can match: Graph alerts carry no investigation state, so they are all `unknown`. */
  matchesNone: boolean;
}

const isSet = (value: readonly string[] | string | undefined): boolean =>
  value !== undefined && value.length > 0 && (typeof value !== 'string' || value.trim() !== '');

function serverFilter(query: AlertQuery): string | undefined {
  const after = query.createdAfter === undefined ? undefined : odataDateTime(query.createdAfter, 'createdAfter');
  const before = query.createdBefore === undefined ? undefined : odataDateTime(query.createdBefore, 'createdBefore');
  return allOf([
    anyOf('status', (query.status ?? []).map(odataString)),
    anyOf('severity', (query.severity ?? []).map(odataString)),
    anyOf('serviceSource', (query.serviceSources ?? []).map(odataString)),
    anyOf('assignedTo', (query.assignedTo ?? []).map((owner) => (owner === UNASSIGNED ? 'null' : odataString(owner)))),
    anyOf('classification', (query.classification ?? []).map(odataString)),
    anyOf('determination', (query.determination ?? []).map(odataString)),
    anyOf('incidentId', (query.incidentIds ?? []).map(odataString)),
    after === undefined ? undefined : `createdDateTime ge ${after}`,
    before === undefined ? undefined : `createdDateTime lt ${before}`,
  ]);
}

/** The request for `query` without its paging (`$top`, `$skip`), and what is left to do here. */
export function graphAlertListPlan(query: AlertQuery): GraphAlertListPlan {
  const params = new URLSearchParams();
  const filter = serverFilter(query);
  if (filter) params.set('$filter', filter);
  params.set('$count', 'true');
  const sort = query.sort;
  return {
    params,
    localFilters: LOCAL_ALERT_FILTERS.filter((key) => isSet(query[key])),
    localSort: sort !== undefined && !(sort.field === 'createdDateTime' && sort.direction === 'desc'),
    matchesNone: isSet(query.investigationState) && !query.investigationState!.includes('unknown'),
  };
}

/**
 * Whether `alert` passes the filters of `query` named in `keys`, with the meaning the kit's REST
 * API gives them: detection sources exactly, categories without regard to case, and search on the
 * title (substring), the ID (exact or prefix) or the name of an entity of the evidence (substring).
 */
export function matchesAlertQuery(alert: Alert, query: AlertQuery, keys: readonly LocalAlertFilter[]): boolean {
  return keys.every((key) => {
    switch (key) {
      case 'detectionSources':
        return (query.detectionSources ?? []).includes(alert.detectionSource);
      case 'categories':
        return (query.categories ?? []).some((category) => category.toLowerCase() === alert.category.toLowerCase());
      case 'search': {
        const term = searchTerm(query.search);
        return (
          term === undefined ||
          alert.title.toLowerCase().includes(term) ||
          alert.id.toLowerCase().startsWith(term) ||
          alert.evidence.some((item) => item.displayName.toLowerCase().includes(term))
        );
      }
    }
  });
}

type SortKey = number | string;

function sortKey(alert: Alert, field: AlertSortField): SortKey {
  switch (field) {
    case 'severity':
      // 'unknown' is listed last in SEVERITIES but means "less than informational".
      return alert.severity === 'unknown' ? -1 : SEVERITIES.indexOf(alert.severity);
    case 'status':
      return ALERT_STATUSES.indexOf(alert.status);
    case 'firstActivityDateTime':
    case 'lastActivityDateTime':
    case 'createdDateTime':
      return Date.parse(alert[field]) || 0;
    case 'assignedTo':
      return (alert.assignedTo ?? '').toLowerCase();
    case 'title':
    case 'investigationState':
    case 'category':
    case 'detectionSource':
    case 'serviceSource':
    case 'incidentId':
      return alert[field].toLowerCase();
  }
}

/** A stable comparator for `sort`; ties are broken by alert ID so that pages do not shuffle. */
export function compareAlerts(sort: { field: AlertSortField; direction: SortDirection }) {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a: Alert, b: Alert): number => {
    const left = sortKey(a, sort.field);
    const right = sortKey(b, sort.field);
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right), undefined, { numeric: true });
    return order !== 0 ? sign * order : a.id.localeCompare(b.id, undefined, { numeric: true });
  };
}
