import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentQuery,
  type IncidentSortField,
  SEVERITIES,
  type SortDirection,
  UNASSIGNED,
} from './model.js';

/**
 * The parts of an `IncidentQuery` a backend cannot apply itself, applied by an adapter to the
 * incidents it fetched. Same meaning as the kit's REST API: array filters match any value,
 * filters combine with AND, search matches the name (substring) or the ID (prefix).
 */

export type IncidentFilterKey = Exclude<keyof IncidentQuery, 'sort' | 'top' | 'skip' | 'cursor'>;

const anyOf = <T>(wanted: readonly T[] | undefined, actual: readonly T[]): boolean =>
  wanted === undefined || wanted.length === 0 || actual.some((value) => wanted.includes(value));

const oneOf = <T>(wanted: readonly T[] | undefined, actual: T): boolean =>
  wanted === undefined || wanted.length === 0 || wanted.includes(actual);

const lowerAll = (values: readonly string[]): string[] => values.map((value) => value.toLowerCase());

function matches(incident: Incident, query: IncidentQuery, key: IncidentFilterKey): boolean {
  switch (key) {
    case 'status':
      return oneOf(query.status, incident.status);
    case 'severity':
      return oneOf(query.severity, incident.severity);
    case 'serviceSources':
      return anyOf(query.serviceSources, incident.serviceSources);
    case 'detectionSources':
      return anyOf(query.detectionSources, incident.detectionSources);
    case 'assignedTo':
      return oneOf(query.assignedTo && lowerAll(query.assignedTo), (incident.assignedTo ?? UNASSIGNED).toLowerCase());
    case 'classification':
      return oneOf(query.classification, incident.classification);
    case 'determination':
      return oneOf(query.determination, incident.determination);
    case 'tags':
      return anyOf(query.tags && lowerAll(query.tags), lowerAll([...incident.customTags, ...incident.systemTags]));
    case 'categories':
      return anyOf(query.categories && lowerAll(query.categories), lowerAll(incident.categories));
    case 'createdAfter':
      return query.createdAfter === undefined || Date.parse(incident.createdDateTime) >= Date.parse(query.createdAfter);
    case 'createdBefore':
      return query.createdBefore === undefined || Date.parse(incident.createdDateTime) < Date.parse(query.createdBefore);
    case 'search': {
      const search = query.search?.trim().toLowerCase();
      if (!search) return true;
      return incident.displayName.toLowerCase().includes(search) || incident.id.toLowerCase().startsWith(search);
    }
  }
}

/** Whether `incident` passes the filters of `query` named in `keys`. */
export function matchesIncidentQuery(incident: Incident, query: IncidentQuery, keys: readonly IncidentFilterKey[]): boolean {
  return keys.every((key) => matches(incident, query, key));
}

/** The filters of `query` that are set, for deciding where each is applied. */
export function activeFilters(query: IncidentQuery): IncidentFilterKey[] {
  const keys: IncidentFilterKey[] = [];
  for (const [key, value] of Object.entries(query) as [keyof IncidentQuery, unknown][]) {
    if (key === 'sort' || key === 'top' || key === 'skip' || key === 'cursor') continue;
    if (value === undefined || (Array.isArray(value) && value.length === 0) || value === '') continue;
    keys.push(key);
  }
  return keys;
}

type SortKey = number | string;

function sortKey(incident: Incident, field: IncidentSortField): SortKey {
  switch (field) {
    case 'severity':
      // 'unknown' is listed last in SEVERITIES but means "less than informational".
      return incident.severity === 'unknown' ? -1 : SEVERITIES.indexOf(incident.severity);
    case 'status':
      return INCIDENT_STATUSES.indexOf(incident.status);
    case 'impactedAssets':
      return Object.values(incident.impactedAssets).reduce((sum, count) => sum + count, 0);
    case 'activeAlertCount':
      return incident.activeAlertCount;
    case 'firstActivityDateTime':
    case 'lastActivityDateTime':
    case 'lastUpdateDateTime':
    case 'createdDateTime':
      return Date.parse(incident[field]) || 0;
    case 'categories':
    case 'serviceSources':
    case 'detectionSources':
    case 'customTags':
      return incident[field].join(', ').toLowerCase();
    case 'assignedTo':
      return (incident.assignedTo ?? '').toLowerCase();
    case 'displayName':
    case 'id':
    case 'investigationState':
    case 'classification':
    case 'determination':
      return incident[field].toLowerCase();
  }
}

/** A stable comparator for `sort`; ties are broken by ID so that pages do not shuffle. */
export function compareIncidents(sort: { field: IncidentSortField; direction: SortDirection }) {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (a: Incident, b: Incident): number => {
    const left = sortKey(a, sort.field);
    const right = sortKey(b, sort.field);
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : String(left).localeCompare(String(right), undefined, { numeric: true });
    return order !== 0 ? sign * order : a.id.localeCompare(b.id, undefined, { numeric: true });
  };
}
