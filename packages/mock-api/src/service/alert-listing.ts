import {
  ALERT_SORT_FIELDS,
  ALERT_STATUSES,
  type AlertQuery,
  type AlertSortField,
  CLASSIFICATIONS,
  DETECTION_SOURCES,
  DETERMINATIONS,
  INVESTIGATION_STATES,
  searchTerm,
  SERVICE_SOURCES,
  SEVERITIES,
  SORT_DIRECTIONS,
  type SortDirection,
} from '@soc-kit/components/api';
import type { StoredAlert } from './incident-details.js';
import { SEVERITY_RANK } from './incident-generator.js';
import { DEFAULT_PAGE_SIZE, decodeOpaque, encodeOpaque, MAX_PAGE_SIZE } from './incident-query.js';
import type { IncidentRecord } from './incident-record.js';
import { findAssignee } from './people.js';
import type { SortKey } from './sorted-order.js';
import { invalid, requireEnum, requireEnumArray, requireInteger, requireObject, requireStringArray, requireTime } from './validation.js';

/** The parameters of an alert query; anything else is refused. */
export const ALERT_QUERY_FIELDS = [
  'status',
  'severity',
  'serviceSources',
  'detectionSources',
  'assignedTo',
  'classification',
  'determination',
  'categories',
  'investigationState',
  'incidentIds',
  'createdAfter',
  'createdBefore',
  'search',
  'sort',
  'top',
  'skip',
  'cursor',
] as const satisfies readonly (keyof AlertQuery)[];

/** Where a page of alerts ended: the sort it belongs to, and the last alert's sort key and id. */
interface AlertCursor {
  field: AlertSortField;
  direction: SortDirection;
  key: SortKey;
  id: string;
}

/** An `AlertQuery` checked: filters as sets of accepted values (lower-cased where they ignore case). */
export interface CheckedAlertQuery {
  status: ReadonlySet<string> | null;
  severity: ReadonlySet<string> | null;
  serviceSources: ReadonlySet<string> | null;
  detectionSources: ReadonlySet<string> | null;
  assignedTo: ReadonlySet<string> | null;
  classification: ReadonlySet<string> | null;
  determination: ReadonlySet<string> | null;
  categories: ReadonlySet<string> | null;
  investigationState: ReadonlySet<string> | null;
  incidentIds: ReadonlySet<string> | null;
  createdAfter: number | null;
  createdBefore: number | null;
  search: string | null;
  field: AlertSortField;
  direction: SortDirection;
  top: number;
  skip: number;
  cursor: AlertCursor | null;
}

const setOf = (values: readonly string[]) => (values.length === 0 ? null : new Set(values));

/**
 * Checks an alert query as `checkQuery` checks an incident query: unknown parameters, values
 * outside an enumeration, a page size outside 1–500, dates that are not ISO 8601 and cursors the
 * service did not issue are validation errors naming the parameter.
 */
export function checkAlertQuery(query: AlertQuery): CheckedAlertQuery {
  const input = requireObject('query', query ?? {});
  for (const key of Object.keys(input)) {
    if (!(ALERT_QUERY_FIELDS as readonly string[]).includes(key) && input[key] !== undefined) {
      invalid(key, `Unknown query parameter "${key}"; allowed: ${ALERT_QUERY_FIELDS.join(', ')}.`);
    }
  }
  const enums = (field: keyof AlertQuery, allowed: readonly string[]) =>
    input[field] === undefined ? null : setOf(requireEnumArray(field, input[field], allowed));
  const texts = (field: keyof AlertQuery, lower: boolean) =>
    input[field] === undefined ? null : setOf(requireStringArray(field, input[field]).map((value) => (lower ? value.trim().toLowerCase() : value.trim())));

  const createdAfter = input['createdAfter'] === undefined ? null : requireTime('createdAfter', input['createdAfter']);
  const createdBefore = input['createdBefore'] === undefined ? null : requireTime('createdBefore', input['createdBefore']);
  if (input['search'] !== undefined && typeof input['search'] !== 'string') invalid('search', 'search must be a string.');

  let field: AlertSortField = 'createdDateTime';
  let direction: SortDirection = 'desc';
  if (input['sort'] !== undefined) {
    const sort = requireObject('sort', input['sort']);
    field = requireEnum('sort.field', sort['field'], ALERT_SORT_FIELDS);
    direction = sort['direction'] === undefined ? 'asc' : requireEnum('sort.direction', sort['direction'], SORT_DIRECTIONS);
  }
  const top = input['top'] === undefined ? DEFAULT_PAGE_SIZE : requireInteger('top', input['top'], 1, MAX_PAGE_SIZE);
  const skip = input['skip'] === undefined ? 0 : requireInteger('skip', input['skip'], 0, Number.MAX_SAFE_INTEGER);
  let cursor: AlertCursor | null = null;
  if (input['cursor'] !== undefined && input['cursor'] !== null && input['cursor'] !== '') {
    cursor = decodeAlertCursor(input['cursor']);
    if (cursor.field !== field || cursor.direction !== direction) invalid('cursor', 'The cursor belongs to a different sort; start again without a cursor.');
  }
  return {
    status: enums('status', ALERT_STATUSES),
    severity: enums('severity', SEVERITIES),
    serviceSources: enums('serviceSources', SERVICE_SOURCES),
    detectionSources: enums('detectionSources', DETECTION_SOURCES),
    assignedTo: texts('assignedTo', true),
    classification: enums('classification', CLASSIFICATIONS),
    determination: enums('determination', DETERMINATIONS),
    categories: texts('categories', true),
    investigationState: enums('investigationState', INVESTIGATION_STATES),
    incidentIds: texts('incidentIds', false),
    createdAfter,
    createdBefore,
    search: searchTerm(input['search'] as string | undefined) ?? null,
    field,
    direction,
    top,
    skip,
    cursor,
  };
}

function encodeAlertCursor(cursor: AlertCursor): string {
  return encodeOpaque(['a', cursor.field, cursor.direction, cursor.key, cursor.id]);
}

function decodeAlertCursor(text: unknown): AlertCursor {
  const value = decodeOpaque(text);
  if (
    Array.isArray(value) &&
    value.length === 5 &&
    value[0] === 'a' &&
    (ALERT_SORT_FIELDS as readonly unknown[]).includes(value[1]) &&
    (SORT_DIRECTIONS as readonly unknown[]).includes(value[2]) &&
    (typeof value[3] === 'number' || typeof value[3] === 'string') &&
    typeof value[4] === 'string'
  ) {
    return { field: value[1], direction: value[2], key: value[3], id: value[4] };
  }
  return invalid('cursor', 'The cursor is not one this service issued.');
}

/** What the listing reads from the service, never changing it. */
export interface AlertSource {
  /** How many incidents there are (positions 0 to count − 1). */
  incidentCount(): number;
  record(n: number): IncidentRecord;
  /** The alerts of an incident whose details were built (the live objects), else `undefined`. */
  storedAlerts(n: number): readonly StoredAlert[] | undefined;
  /** The alerts of a generated incident as generated (for incidents whose details were not built). */
  generatedAlerts(n: number): readonly StoredAlert[];
  /** The ids of the entities whose display name contains `term` (lower case). */
  entitiesNamedLike(term: string): ReadonlySet<string>;
}

/** One alert in the listing: the position of the incident that holds it, its own position in the listing, its times in epoch ms. */
export interface AlertRow {
  /** Changes only from an incident's generated alert to the same alert in its details, once they are built. */
  alert: StoredAlert;
  readonly n: number;
  readonly index: number;
  readonly created: number;
  readonly first: number;
  readonly last: number;
}

export interface AlertListPage {
  rows: AlertRow[];
  totalCount: number;
  nextCursor: string | null;
}

const rankIn = (values: readonly string[]) => {
  const ranks = new Map(values.map((value, index) => [value, index]));
  return (value: string) => ranks.get(value) ?? -1;
};
const statusRank = rankIn(ALERT_STATUSES);
const investigationRank = rankIn(INVESTIGATION_STATES);
const ownerKey = (owner: string | null) => (owner === null ? '' : (findAssignee(owner)?.displayName ?? owner).toLowerCase());


/**
 * How each column sorts, as the incident queue's columns do: enumerations in the order of their
 * values in the model (severity from unknown up to high), text case-insensitively, "Assigned to"
 * by the owner's display name (unassigned first), the incident by its number. Ties are broken by
 * alert id, in the direction of the sort.
 */
export const ALERT_SORT_KEYS: Readonly<Record<AlertSortField, (row: AlertRow, record: IncidentRecord) => SortKey>> = {
  title: ({ alert }) => alert.title.toLowerCase(),
  severity: ({ alert }) => SEVERITY_RANK[alert.severity],
  status: ({ alert }) => statusRank(alert.status),
  investigationState: (_row, record) => investigationRank(record.investigationState),
  category: ({ alert }) => alert.category.toLowerCase(),
  detectionSource: ({ alert }) => alert.detectionSource.toLowerCase(),
  serviceSource: ({ alert }) => alert.serviceSource.toLowerCase(),
  firstActivityDateTime: (row) => row.first,
  lastActivityDateTime: (row) => row.last,
  createdDateTime: (row) => row.created,
  assignedTo: ({ alert }) => ownerKey(alert.assignedTo),
  incidentId: (_row, record) => record.n,
};

const compare = (a: SortKey, b: SortKey) => (a < b ? -1 : a > b ? 1 : 0);

/** A query's matching alerts in ascending (key, id) order, kept until anything changes. */
interface SortedResult {
  version: number;
  /** The `rows` it was sorted from (see `AlertListing.candidates`). */
  generation: number;
  rows: AlertRow[];
  keys: SortKey[];
}

/** How many differently filtered or sorted lists are kept at once (a queue, its filters, a second tab). */
const KEPT_RESULTS = 8;

/**
 * The alert queue across incidents. Alerts are read from the service's incidents (built details,
 * or generated ones taken from the generator's plan without building the rest of an incident);
 * alerts of redirected incidents are not listed (a merge moves them to the target).
 *
 * Every query's filtered, sorted list is kept and reused for the next pages of the same query
 * until the service reports a change (`invalidate`), so scrolling through many pages of 100,000
 * alerts filters and sorts once; a page is then a slice, or a binary search for a cursor. After a
 * change, the list of alerts is kept when no alert arrived, left or moved (most changes: an
 * alert's status, an incident's state), and the query's outdated order is where its next sort
 * starts, which then has little left to do.
 */
export class AlertListing {
  private version = 0;
  private rows: AlertRow[] = [];
  private rowsVersion = -1;
  /** Changes whenever `rows` is rebuilt (alerts arrived, left or moved). */
  private generation = 0;
  /** Per incident, where its rows start and how many it has (none for an incident not listed). */
  private builtStarts: number[] = [];
  private builtLengths: number[] = [];
  private readonly generated = new Map<number, readonly StoredAlert[]>();
  private readonly results = new Map<string, SortedResult>();

  constructor(private readonly source: AlertSource) {}

  /** Call after anything an alert query reads may have changed: an alert, an incident, which incident holds an alert. */
  invalidate(): void {
    this.version++;
  }

  query(query: CheckedAlertQuery): AlertListPage {
    const sorted = this.sorted(query);
    const { rows, keys } = sorted;
    const count = rows.length;
    const ascending = query.direction === 'asc';
    let start: number;
    if (query.cursor) {
      const at = lowerBound(rows, keys, query.cursor.key, query.cursor.id);
      const exact = at < count && rows[at]!.alert.id === query.cursor.id && keys[at] === query.cursor.key;
      start = ascending ? at + (exact ? 1 : 0) : count - at;
    } else {
      start = query.skip;
    }
    const page: AlertRow[] = [];
    const pageKeys: SortKey[] = [];
    for (let i = start; i < count && page.length < query.top; i++) {
      const index = ascending ? i : count - 1 - i;
      page.push(rows[index]!);
      pageKeys.push(keys[index]!);
    }
    const hasMore = start + page.length < count;
    const last = page.length - 1;
    return {
      rows: page,
      totalCount: count,
      nextCursor:
        hasMore && last >= 0 ? encodeAlertCursor({ field: query.field, direction: query.direction, key: pageKeys[last]!, id: page[last]!.alert.id }) : null,
    };
  }

  private sorted(query: CheckedAlertQuery): SortedResult {
    const cacheKey = JSON.stringify([
      ...[query.status, query.severity, query.serviceSources, query.detectionSources, query.assignedTo, query.classification, query.determination]
        .concat([query.categories, query.investigationState, query.incidentIds])
        .map((set) => (set ? [...set].sort() : null)),
      query.createdAfter,
      query.createdBefore,
      query.search,
      query.field,
    ]);
    const kept = this.results.get(cacheKey);
    if (kept && kept.version === this.version) {
      // Most recently used last, so that the oldest is dropped first.
      this.results.delete(cacheKey);
      this.results.set(cacheKey, kept);
      return kept;
    }
    const matches = this.matcher(query);
    const sortKey = ALERT_SORT_KEYS[query.field];
    const matching: AlertRow[] = [];
    const rowKeys: SortKey[] = [];
    for (const row of this.candidates(kept)) {
      const record = this.source.record(row.n);
      if (!matches(row, record)) continue;
      matching.push(row);
      rowKeys.push(sortKey(row, record));
    }
    const order = Array.from({ length: matching.length }, (_, i) => i);
    order.sort((a, b) => compare(rowKeys[a]!, rowKeys[b]!) || compare(matching[a]!.alert.id, matching[b]!.alert.id));
    const result: SortedResult = {
      version: this.version,
      generation: this.generation,
      rows: order.map((i) => matching[i]!),
      keys: order.map((i) => rowKeys[i]!),
    };
    this.results.delete(cacheKey);
    this.results.set(cacheKey, result);
    while (this.results.size > KEPT_RESULTS) this.results.delete(this.results.keys().next().value!);
    return result;
  }

  /**
   * Every listed alert, in the order the query's previous (now outdated) list had them, then the
   * others: after a change most are still in order, and the sort (a merge sort that takes runs as
   * they come) then costs little more than a pass over them.
   */
  private candidates(previous: SortedResult | undefined): readonly AlertRow[] {
    const all = this.allRows();
    if (!previous || previous.generation !== this.generation) return all;
    const seen = new Uint8Array(all.length);
    const ordered = [...previous.rows];
    for (const row of ordered) seen[row.index] = 1;
    for (const row of all) if (seen[row.index] === 0) ordered.push(row);
    return ordered;
  }

  private matcher(query: CheckedAlertQuery): (row: AlertRow, record: IncidentRecord) => boolean {
    const term = query.search;
    const named = term === null ? null : this.source.entitiesNamedLike(term);
    return ({ alert, created }, record) =>
      (query.status === null || query.status.has(alert.status)) &&
      (query.severity === null || query.severity.has(alert.severity)) &&
      (query.serviceSources === null || query.serviceSources.has(alert.serviceSource)) &&
      (query.detectionSources === null || query.detectionSources.has(alert.detectionSource)) &&
      (query.assignedTo === null || query.assignedTo.has(alert.assignedTo === null ? '' : alert.assignedTo.toLowerCase())) &&
      (query.classification === null || query.classification.has(alert.classification)) &&
      (query.determination === null || query.determination.has(alert.determination)) &&
      (query.categories === null || query.categories.has(alert.category.toLowerCase())) &&
      (query.investigationState === null || query.investigationState.has(record.investigationState)) &&
      (query.incidentIds === null || query.incidentIds.has(alert.incidentId)) &&
      (query.createdAfter === null || created >= query.createdAfter) &&
      (query.createdBefore === null || created < query.createdBefore) &&
      (term === null ||
        alert.title.toLowerCase().includes(term) ||
        alert.id.toLowerCase().startsWith(term) ||
        alert.evidenceIds.some((entityId) => named!.has(entityId)));
  }

  /**
   * Every listed alert, from the incidents as they are now. After a change the rows are kept when
   * every incident still lists the same alerts in the same order (alerts change in place; an
   * incident's generated alerts give way to the same alerts in its details once they are built);
   * otherwise they are rebuilt. Generated alerts are kept until the incident's details replace them.
   */
  private allRows(): AlertRow[] {
    if (this.rowsVersion === this.version) return this.rows;
    const count = this.source.incidentCount();
    const lists: (readonly StoredAlert[] | null)[] = new Array(count);
    let same = count === this.builtLengths.length;
    for (let n = 0; n < count; n++) {
      const alerts = this.source.record(n).status === 'redirected' ? null : this.alertsOf(n);
      lists[n] = alerts;
      if (!same) continue;
      const length = alerts?.length ?? 0;
      if (length !== this.builtLengths[n]) same = false;
      const start = this.builtStarts[n]!;
      for (let k = 0; same && k < length; k++) {
        const row = this.rows[start + k]!;
        const alert = alerts![k]!;
        if (row.alert === alert) continue;
        // The incident's details were built since: the same alert, now the live one.
        if (row.alert.id === alert.id) row.alert = alert;
        else same = false;
      }
    }
    this.rowsVersion = this.version;
    if (same) return this.rows;
    const rows: AlertRow[] = [];
    const starts: number[] = new Array(count);
    for (let n = 0; n < count; n++) {
      starts[n] = rows.length;
      for (const alert of lists[n] ?? []) {
        rows.push({
          alert,
          n,
          index: rows.length,
          created: Date.parse(alert.createdDateTime),
          first: Date.parse(alert.firstActivityDateTime),
          last: Date.parse(alert.lastActivityDateTime),
        });
      }
    }
    this.rows = rows;
    this.builtLengths = lists.map((alerts) => alerts?.length ?? 0);
    this.builtStarts = starts;
    this.generation++;
    return rows;
  }

  /** The incident's stored alerts once its details are built, else its generated ones (kept). */
  private alertsOf(n: number): readonly StoredAlert[] {
    const stored = this.source.storedAlerts(n);
    if (stored) {
      this.generated.delete(n);
      return stored;
    }
    let alerts = this.generated.get(n);
    if (!alerts) {
      alerts = this.source.generatedAlerts(n);
      this.generated.set(n, alerts);
    }
    return alerts;
  }
}

/** Index of the first row not before (key, id) in ascending order. */
function lowerBound(rows: readonly AlertRow[], keys: readonly SortKey[], key: SortKey, id: string): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((compare(keys[mid]!, key) || compare(rows[mid]!.alert.id, id)) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
