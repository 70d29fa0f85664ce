import {
  INCIDENT_STATUSES,
  type Incident,
  type IncidentQuery,
  type IncidentSortField,
  SEVERITIES,
  type SortDirection,
} from './model.js';
import {
  type FilterableEntity,
  impactedAssetNames,
  INCIDENT_QUERY_FIELDS,
  type IncidentFilterName,
  matchesSearch,
  normalizeFilterValue,
  queryField,
  searchTerm,
} from './incident-query-fields.js';

/**
 * The parts of an `IncidentQuery` a backend cannot apply itself, applied by an adapter to the
 * incidents it fetched. Same meaning as the kit's REST API (both follow `INCIDENT_QUERY_FIELDS`):
 * array filters match any value, filters combine with AND, search matches the name (substring),
 * the ID (prefix) or the name of an impacted asset (substring), the entity filter an entity of the
 * evidence by name or ID.
 */

export type IncidentFilterKey = IncidentFilterName;

/**
 * The entities of an incident's evidence (devices, users, files, ...), when the adapter knows them:
 * search reads the impacted assets' names, the entity filter every entity's name and ID.
 */
export type IncidentEvidence = (incident: Incident) => readonly FilterableEntity[];

const noEvidence: IncidentEvidence = () => [];

function matches(incident: Incident, query: IncidentQuery, key: IncidentFilterKey, evidenceOf: IncidentEvidence): boolean {
  const field = queryField(key);
  switch (field.kind) {
    case 'list': {
      const wanted = query[field.name];
      if (wanted === undefined || wanted.length === 0) return true;
      const normalized = (wanted as readonly string[]).map((value) => normalizeFilterValue(field, value));
      const values = field.ofEvidence ? field.valuesOf(incident, evidenceOf(incident)) : field.valuesOf(incident);
      return values.some((value) => normalized.includes(value));
    }
    case 'time': {
      const bound = query[field.name];
      if (bound === undefined) return true;
      const created = Date.parse(incident.createdDateTime);
      return field.bound === 'after' ? created >= Date.parse(bound) : created < Date.parse(bound);
    }
    case 'search': {
      const term = searchTerm(query.search);
      return term === undefined || matchesSearch(term, incident, impactedAssetNames(evidenceOf(incident)));
    }
  }
}

/** Whether `incident` passes the filters of `query` named in `keys`. */
export function matchesIncidentQuery(
  incident: Incident,
  query: IncidentQuery,
  keys: readonly IncidentFilterKey[],
  evidenceOf: IncidentEvidence = noEvidence,
): boolean {
  return keys.every((key) => matches(incident, query, key, evidenceOf));
}

/** The filters of `query` that are set, for deciding where each is applied. */
export function activeFilters(query: IncidentQuery): IncidentFilterKey[] {
  return INCIDENT_QUERY_FIELDS.map((field) => field.name).filter((key) => {
    const value = query[key];
    return !(value === undefined || (Array.isArray(value) && value.length === 0) || value === '');
  });
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
