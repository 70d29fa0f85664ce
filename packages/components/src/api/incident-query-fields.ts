import {
  CLASSIFICATIONS,
  type Classification,
  DETECTION_SOURCES,
  type DetectionSource,
  type Entity,
  type EntityType,
  type Determination,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  type IncidentQuery,
  type IncidentStatus,
  INVESTIGATION_STATES,
  type InvestigationState,
  OS_PLATFORMS,
  SENSITIVITY_LABELS,
  type SensitivityLabel,
  SERVICE_SOURCES,
  type ServiceSource,
  SEVERITIES,
  type Severity,
  UNASSIGNED,
} from './model.js';

/**
 * The incident query's filters, described once. The REST query string, the mock's request
 * parser and index, the local filter the Graph and Sentinel adapters apply, the queue's filters,
 * chips and shareable URL are all derived from this list, so a filter means the same on every path.
 */

/** Backends other than the kit's REST API that can apply a filter on their side. */
export type QueryBackend = 'graph' | 'sentinel';

/** The parts of an incident the filters read; the mock service's records have the same shape. */
export interface FilterableIncident {
  readonly id: string;
  readonly displayName: string;
  readonly status: IncidentStatus;
  readonly severity: Severity;
  readonly serviceSources: readonly ServiceSource[];
  readonly detectionSources: readonly DetectionSource[];
  readonly assignedTo: string | null;
  readonly classification: Classification;
  readonly determination: Determination;
  readonly customTags: readonly string[];
  readonly systemTags: readonly string[];
  readonly categories: readonly string[];
  readonly investigationState: InvestigationState;
  readonly deviceGroups: readonly string[];
  readonly osPlatforms: readonly string[];
  readonly threats: readonly string[];
  readonly sensitivityLabels: readonly SensitivityLabel[];
}

/** The parts of an incident's evidence (one entry per entity) the entity filter reads. */
export type FilterableEntity = Pick<Entity, 'id' | 'type' | 'displayName'>;

/**
 * How the queue shows a value of the filter on a chip: through a message `<prefix>.<value>` of
 * its catalog, as an owner (UNASSIGNED in words), as a category (a MITRE tactic in words, anything
 * else as it came), or as the text a person typed.
 */
export type FilterValueLabel = { catalog: string } | 'owner' | 'category' | 'text';

interface FieldBase<N extends string> {
  /** The `IncidentQuery` property, which is also the REST and the queue's URL parameter. */
  readonly name: N;
  /** Backends that filter on it themselves; everywhere else the adapter filters what it fetched. */
  readonly filteredBy: readonly QueryBackend[];
}

/** A filter with a list of values, matching incidents that have any of them. */
export interface ListField<N extends string = string> extends FieldBase<N> {
  readonly kind: 'list';
  /** The values the filter accepts; `undefined` for free text. */
  readonly values?: readonly string[];
  /** Free-text values compare without regard to case. */
  readonly caseInsensitive: boolean;
  /** Whether the queue's filter panel offers it. */
  readonly inQueue: boolean;
  readonly label: FilterValueLabel;
  /**
   * Whether the values come from the incident's evidence rather than the incident itself: `valuesOf`
   * then reads its second argument, and the mock looks them up per entity instead of indexing them.
   */
  readonly ofEvidence: boolean;
  /** The incident's values for this filter, as the filter compares them. */
  readonly valuesOf: (incident: FilterableIncident, evidence?: readonly FilterableEntity[]) => readonly string[];
}

/** A bound on `createdDateTime` (ISO 8601). */
export interface TimeField<N extends string = string> extends FieldBase<N> {
  readonly kind: 'time';
  /** Inclusive lower (`after`) or exclusive upper (`before`) bound. */
  readonly bound: 'after' | 'before';
}

/** The free-text search over names, IDs and impacted assets. */
export interface SearchField<N extends string = string> extends FieldBase<N> {
  readonly kind: 'search';
}

const lower = (values: readonly string[]): string[] => values.map((value) => value.toLowerCase());

const list = <N extends string>(
  name: N,
  options: Pick<ListField, 'label'> & Partial<Pick<ListField, 'values' | 'caseInsensitive' | 'inQueue' | 'filteredBy' | 'ofEvidence'>> & {
    valuesOf: ListField['valuesOf'];
  },
): ListField<N> => ({
  kind: 'list',
  name,
  caseInsensitive: false,
  inQueue: true,
  filteredBy: [],
  ofEvidence: false,
  ...options,
});

/** Every filter of `IncidentQuery`, in the queue's order. */
export const INCIDENT_QUERY_FIELDS = [
  list('status', {
    values: INCIDENT_STATUSES,
    label: { catalog: 'status' },
    filteredBy: ['graph', 'sentinel'],
    valuesOf: (incident) => [incident.status],
  }),
  list('severity', {
    values: SEVERITIES,
    label: { catalog: 'severity' },
    filteredBy: ['graph', 'sentinel'],
    valuesOf: (incident) => [incident.severity],
  }),
  list('serviceSources', {
    values: SERVICE_SOURCES,
    label: { catalog: 'serviceSource' },
    valuesOf: (incident) => incident.serviceSources,
  }),
  list('detectionSources', {
    values: DETECTION_SOURCES,
    label: { catalog: 'detectionSource' },
    valuesOf: (incident) => incident.detectionSources,
  }),
  list('assignedTo', {
    caseInsensitive: true,
    label: 'owner',
    filteredBy: ['graph'],
    valuesOf: (incident) => [(incident.assignedTo ?? UNASSIGNED).toLowerCase()],
  }),
  list('classification', {
    values: CLASSIFICATIONS,
    label: { catalog: 'classification' },
    filteredBy: ['graph'],
    valuesOf: (incident) => [incident.classification],
  }),
  list('determination', {
    values: DETERMINATIONS,
    label: { catalog: 'determination' },
    inQueue: false,
    filteredBy: ['graph'],
    valuesOf: (incident) => [incident.determination],
  }),
  list('tags', {
    caseInsensitive: true,
    label: 'text',
    valuesOf: (incident) => lower([...incident.customTags, ...incident.systemTags]),
  }),
  list('categories', {
    caseInsensitive: true,
    label: 'category',
    valuesOf: (incident) => lower(incident.categories),
  }),
  list('entities', {
    caseInsensitive: true,
    label: 'text',
    ofEvidence: true,
    valuesOf: (_incident, evidence = []) => entityKeys(evidence),
  }),
  list('deviceGroups', {
    caseInsensitive: true,
    label: 'text',
    valuesOf: (incident) => lower(incident.deviceGroups),
  }),
  list('osPlatforms', {
    values: OS_PLATFORMS,
    label: { catalog: 'osPlatform' },
    valuesOf: (incident) => incident.osPlatforms,
  }),
  list('investigationState', {
    values: INVESTIGATION_STATES,
    label: { catalog: 'investigationState' },
    valuesOf: (incident) => [incident.investigationState],
  }),
  list('threats', {
    caseInsensitive: true,
    label: 'text',
    valuesOf: (incident) => lower(incident.threats),
  }),
  list('sensitivityLabels', {
    values: SENSITIVITY_LABELS,
    label: { catalog: 'sensitivityLabel' },
    valuesOf: (incident) => incident.sensitivityLabels,
  }),
  { kind: 'time', name: 'createdAfter', bound: 'after', filteredBy: ['graph', 'sentinel'] } as TimeField<'createdAfter'>,
  { kind: 'time', name: 'createdBefore', bound: 'before', filteredBy: ['graph', 'sentinel'] } as TimeField<'createdBefore'>,
  { kind: 'search', name: 'search', filteredBy: [] } as SearchField<'search'>,
] as const;

export type IncidentQueryField = (typeof INCIDENT_QUERY_FIELDS)[number];
export type IncidentFilterName = IncidentQueryField['name'];
export type ListFieldName = Extract<IncidentQueryField, { kind: 'list' }>['name'];

/** The parameters of a query that are not filters. */
export const INCIDENT_PAGING_PARAMS = ['sort', 'top', 'skip', 'cursor'] as const;

// Every filter of `IncidentQuery` is described above, and nothing else is.
type Described = Exclude<keyof IncidentQuery, (typeof INCIDENT_PAGING_PARAMS)[number]>;
const everyFilterDescribed: [Described] extends [IncidentFilterName] ? ([IncidentFilterName] extends [Described] ? true : never) : never = true;
void everyFilterDescribed;

export const LIST_FIELDS = INCIDENT_QUERY_FIELDS.filter((field): field is Extract<IncidentQueryField, { kind: 'list' }> => field.kind === 'list');

/** The list filters the queue's filter panel offers, in its order. */
export const QUEUE_LIST_FIELDS = LIST_FIELDS.filter((field) => field.inQueue);

export function queryField<N extends IncidentFilterName>(name: N): Extract<IncidentQueryField, { name: N }> {
  return INCIDENT_QUERY_FIELDS.find((field) => field.name === name) as Extract<IncidentQueryField, { name: N }>;
}

/** Filters `backend` applies itself. */
export function filteredBy(backend: QueryBackend): ReadonlySet<IncidentFilterName> {
  return new Set(INCIDENT_QUERY_FIELDS.filter((field) => field.filteredBy.includes(backend)).map((field) => field.name));
}

/** A wanted value as `field` compares it with an incident's values. */
export function normalizeFilterValue(field: ListField, value: string): string {
  return field.caseInsensitive ? value.toLowerCase() : value;
}

/** The evidence types that count as impacted assets (the `ImpactedAssets` summary counts them); search reads their names. */
export const IMPACTED_ASSET_TYPES = ['device', 'user', 'mailbox', 'cloudApplication', 'ip', 'azureResource'] as const satisfies readonly EntityType[];

/** The names search reads from an incident's evidence: its impacted assets' display names. */
export function impactedAssetNames(evidence: readonly Pick<Entity, 'type' | 'displayName'>[]): string[] {
  return evidence.filter((item) => (IMPACTED_ASSET_TYPES as readonly string[]).includes(item.type)).map((item) => item.displayName);
}

/** An incident's evidence as the entity filter compares it: each entity's ID and display name, lower-cased. */
export function entityKeys(evidence: readonly FilterableEntity[]): string[] {
  return evidence.flatMap((item) => [item.id.toLowerCase(), item.displayName.toLowerCase()]);
}

/** The search term as every path compares it: trimmed, lower-cased; `undefined` when empty. */
export function searchTerm(search: string | undefined): string | undefined {
  return search?.trim().toLowerCase() || undefined;
}

/**
 * Whether an incident matches a search term (from `searchTerm`): its name contains the term, its
 * ID starts with it, or the name of an asset its alerts involve (device, user, mailbox, ...)
 * contains it.
 */
export function matchesSearch(term: string, incident: Pick<FilterableIncident, 'id' | 'displayName'>, assetNames: readonly string[]): boolean {
  return (
    incident.displayName.toLowerCase().includes(term) ||
    incident.id.toLowerCase().startsWith(term) ||
    assetNames.some((name) => name.toLowerCase().includes(term))
  );
}
