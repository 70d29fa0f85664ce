import {
  ALERT_PATCH_FIELDS,
  ALERT_SORT_FIELDS,
  ALERT_STATUSES,
  AUTOMATION_TRIGGERS_ON,
  AUTOMATION_TRIGGERS_WHEN,
  CHANGE_PROPERTIES,
  CLASSIFICATIONS,
  CONDITION_OPERATORS,
  CONDITION_PROPERTIES,
  DETECTION_SOURCES,
  DETERMINATIONS,
  INCIDENT_PATCH_FIELDS,
  INCIDENT_QUERY_FIELDS,
  INCIDENT_SORT_FIELDS,
  INCIDENT_STATUSES,
  INVESTIGATION_STATES,
  MAX_COMMENT_LENGTH,
  PLAYBOOK_TRIGGER_KINDS,
  REMEDIATION_ACTION_STATUSES,
  REMEDIATION_ACTION_TYPES,
  SERVICE_SOURCES,
  SEVERITIES,
  SORT_DIRECTIONS,
  TASK_STATUSES,
  TIMELINE_KINDS,
  TREND_RANGES,
  type AlertPatch,
  type AlertQuery,
  type AutomationAction,
  type LinkAlertsRequest,
  type AutomationCondition,
  type AutomationRuleDraft,
  type IncidentPatch,
  type IncidentQuery,
  type PlaybookTarget,
  type RemediationActionFilter,
  type RemediationActionType,
  type SavedViewDraft,
  type TaskDraft,
  type TimelineQuery,
  type MetricsQuery,
  type TrendQuery,
  type MergeIncidentsRequest,
  type SimilarIncidentsQuery,
} from '@soc-kit/components/api';
import { LIMITS, MAX_PAGE_SIZE, MAX_TIMELINE_LIMIT, checkIncidentInput, type IncidentInput } from './service/index.js';
import { checkLinkRequest } from './service/alert-links.js';
import { checkMergeRequest } from './service/merge.js';
import { ServiceError } from './service/service-error.js';

/**
 * The shape rules of the REST API: each function turns an untrusted request body or query
 * string into the typed argument of a service call, or throws `ServiceError('validation')`
 * naming the offending field. Meaning (transitions, permissions, existence) is the service's job.
 */

/*
 * Outer caps on sizes, so that nothing oversized reaches the service; the service then applies
 * its own, tighter `LIMITS` per field (a tag is at most 64 characters, for example). Names, titles
 * and task descriptions are checked here against the contract's own limit (`LIMITS`), as comments
 * are, so that the message names the limit the contract documents. Every length is the length
 * as sent, spaces included.
 */
/** Names, titles, tags, identifiers. */
export const MAX_SHORT_TEXT = 1_000;
/** Comments, descriptions, resolving comments. */
export const MAX_LONG_TEXT = MAX_COMMENT_LENGTH;
/** Items in one list field (tags, conditions, ids of a bulk update, ...). */
export const MAX_LIST_ITEMS = 1_000;

type JsonObject = Record<string, unknown>;

function invalid(field: string, message: string): ServiceError {
  return new ServiceError('validation', message, { field });
}

/** `a.b` for object members, `a[0]` for list items; top-level fields stand alone. */
function member(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw invalid('body', 'The request body is empty; a JSON object was expected.');
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('body', 'The request body is not valid JSON.');
  }
}

function object(value: unknown, field: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const subject = field ? `"${field}"` : 'The request body';
    throw invalid(field || 'body', `${subject} must be a JSON object, not ${kindOf(value)}.`);
  }
  return value as JsonObject;
}

function onlyKnownKeys(value: JsonObject, allowed: readonly string[], field: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw invalid(member(field, key), `"${member(field, key)}" is not a field that can be sent here.`);
    }
  }
}

interface TextRule {
  max: number;
  /** Whether an empty (or blank) string is refused. */
  required?: boolean;
}

function text(value: unknown, field: string, rule: TextRule): string {
  if (typeof value !== 'string') throw invalid(field, `"${field}" must be a string, not ${kindOf(value)}.`);
  if (rule.required && value.trim() === '') throw invalid(field, `"${field}" must not be empty.`);
  if (value.length > rule.max) {
    const length = value.length.toLocaleString('en-US');
    const padded = value.trim().length <= rule.max ? ', counting the spaces around it' : '';
    throw invalid(field, `"${field}" is ${length} characters long${padded}; the limit is ${rule.max.toLocaleString('en-US')}.`);
  }
  return value;
}

function nullableText(value: unknown, field: string, rule: TextRule): string | null {
  return value === null ? null : text(value, field, rule);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string') throw invalid(field, `"${field}" must be a string, not ${kindOf(value)}.`);
  if (!allowed.includes(value as T)) {
    throw invalid(field, `"${value}" is not a valid ${field}; expected one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function list(value: unknown, field: string, maxItems = MAX_LIST_ITEMS): unknown[] {
  if (!Array.isArray(value)) throw invalid(field, `"${field}" must be a list, not ${kindOf(value)}.`);
  if (value.length > maxItems) throw invalid(field, `"${field}" has ${value.length} items; the limit is ${maxItems}.`);
  return value;
}

function textList(value: unknown, field: string, rule: TextRule, maxItems = MAX_LIST_ITEMS): string[] {
  return list(value, field, maxItems).map((item, index) => text(item, `${field}[${index}]`, rule));
}

function integer(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `"${field}" must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw invalid(field, `"${field}" must be true or false, not ${kindOf(value)}.`);
  return value;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function dateTime(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(field, `"${field}" must be an ISO 8601 date and time, such as 2024-05-01T08:30:00Z.`);
  }
  return value;
}

/** Reads `key` of `source` when present (`undefined` means absent; `null` is a value). */
type Read<T> = (value: unknown, field: string) => T;

function optional<T>(source: JsonObject, key: string, field: string, read: Read<T>): T | undefined {
  return source[key] === undefined ? undefined : read(source[key], member(field, key));
}

function required<T>(source: JsonObject, key: string, field: string, read: Read<T>): T {
  if (source[key] === undefined) throw invalid(member(field, key), `"${member(field, key)}" is required.`);
  return read(source[key], member(field, key));
}

const name = (value: unknown, field: string) => text(value, field, { max: MAX_SHORT_TEXT, required: true });
const longText = (value: unknown, field: string) => text(value, field, { max: MAX_LONG_TEXT });
const identifier = name;
/** A name or title that must not be blank, at most `max` characters as sent. */
const nameUpTo =
  (max: number): Read<string> =>
  (value, field) =>
    text(value, field, { max, required: true });
const taskDescription: Read<string> = (value, field) => text(value, field, { max: LIMITS.taskDescriptionLength });

// ---------------------------------------------------------------------------
// Incidents
// ---------------------------------------------------------------------------

export function parseIncidentPatch(body: unknown, field = ''): IncidentPatch {
  const source = object(body, field);
  onlyKnownKeys(source, INCIDENT_PATCH_FIELDS, field);
  const patch: IncidentPatch = {};
  const set = <K extends keyof IncidentPatch>(key: K, read: (value: unknown, field: string) => IncidentPatch[K]) => {
    const value = optional(source, key, field, read);
    if (value !== undefined) patch[key] = value;
  };
  set('displayName', nameUpTo(LIMITS.displayNameLength));
  set('severity', (value, f) => oneOf(value, SEVERITIES, f));
  set('status', (value, f) => oneOf(value, INCIDENT_STATUSES, f));
  set('classification', (value, f) => oneOf(value, CLASSIFICATIONS, f));
  set('determination', (value, f) => oneOf(value, DETERMINATIONS, f));
  set('assignedTo', (value, f) => nullableText(value, f, { max: MAX_SHORT_TEXT }));
  set('customTags', (value, f) => textList(value, f, { max: MAX_SHORT_TEXT, required: true }));
  set('resolvingComment', (value, f) => nullableText(value, f, { max: MAX_LONG_TEXT }));
  return patch;
}

/**
 * An incident to ingest, in Graph's shape. Its rules (fields, enum values in any letter case,
 * alerts, evidence) are the service's own, checked here too so that a bad body is refused
 * before the service is called.
 */
export function parseIncidentInput(body: unknown): IncidentInput {
  checkIncidentInput(object(body, ''));
  return body as IncidentInput;
}

export interface BulkUpdateRequest {
  ids: string[];
  patch: IncidentPatch;
}

export function parseBulkUpdate(body: unknown): BulkUpdateRequest {
  const source = object(body, '');
  onlyKnownKeys(source, ['ids', 'patch'], '');
  const ids = required(source, 'ids', '', (value, f) => textList(value, f, { max: MAX_SHORT_TEXT, required: true }));
  if (ids.length === 0) throw invalid('ids', '"ids" must name at least one incident.');
  return { ids, patch: required(source, 'patch', '', (value, f) => parseIncidentPatch(value, f)) };
}

export function parseAlertPatch(body: unknown, field = ''): AlertPatch {
  const source = object(body, field);
  onlyKnownKeys(source, ALERT_PATCH_FIELDS, field);
  const patch: AlertPatch = {};
  const set = <K extends keyof AlertPatch>(key: K, read: (value: unknown, field: string) => AlertPatch[K]) => {
    const value = optional(source, key, field, read);
    if (value !== undefined) patch[key] = value;
  };
  set('status', (value, f) => oneOf(value, ALERT_STATUSES, f));
  set('classification', (value, f) => oneOf(value, CLASSIFICATIONS, f));
  set('determination', (value, f) => oneOf(value, DETERMINATIONS, f));
  set('assignedTo', (value, f) => nullableText(value, f, { max: MAX_SHORT_TEXT }));
  set('comment', (value, f) => text(value, f, { max: MAX_COMMENT_LENGTH, required: true }));
  return patch;
}

export interface AlertBulkUpdateRequest {
  ids: string[];
  patch: AlertPatch;
}

export function parseAlertBulkUpdate(body: unknown): AlertBulkUpdateRequest {
  const source = object(body, '');
  onlyKnownKeys(source, ['ids', 'patch'], '');
  const ids = required(source, 'ids', '', (value, f) => textList(value, f, { max: MAX_SHORT_TEXT, required: true }));
  if (ids.length === 0) throw invalid('ids', '"ids" must name at least one alert.');
  return { ids, patch: required(source, 'patch', '', (value, f) => parseAlertPatch(value, f)) };
}

/**
 * A merge request: its shape rules (ids, at least one source, no repeats, the target not among
 * them, how many at once, the new name) are the service's own, checked here too so that a bad
 * body is refused before the service is called; the rules on the incidents are the service's.
 */
export function parseMergeRequest(body: unknown): MergeIncidentsRequest {
  const source = object(body, '');
  const { targetId, sourceIds, displayName } = checkMergeRequest(source as unknown as MergeIncidentsRequest);
  return displayName === null ? { targetId, sourceIds } : { targetId, sourceIds, displayName };
}

/**
 * A link request: its shape rules (alert ids, at least one, no repeats, how many at once, a name
 * only for a new incident, the comment) are the service's own, checked here too so that a bad body
 * is refused before the service is called; the rules on the alerts and incidents are the service's.
 */
export function parseLinkAlertsRequest(body: unknown): LinkAlertsRequest {
  const source = object(body, '');
  const { alertIds, targetIncidentId, displayName, comment } = checkLinkRequest(source as unknown as LinkAlertsRequest);
  return defined<LinkAlertsRequest>({
    alertIds,
    targetIncidentId: targetIncidentId ?? undefined,
    displayName: displayName ?? undefined,
    comment: comment ?? undefined,
  });
}

/**
 * One element of an `If-Match` list: an entity tag (`"3-ab"`, or weak `W/"3-ab"`), or a bare
 * value, which the mock accepts as the tag it quotes. Empty elements (`"a", , "b"`) are allowed.
 */
const IF_MATCH_ELEMENT = /[ \t]*(?:(?:W\/)?"([^"\s]*)"|(?:W\/)?([^",\s]+))?[ \t]*(?:,|$)/y;

/**
 * `If-Match` as RFC 9110 defines it: `*` (any version), or a list of entity tags of which any
 * one may match (`"3-ab", "4-cd"`). The tags come back quoted, the form incidents carry in
 * `etag`; a bare value is quoted and a weak prefix dropped, so a client that kept either form
 * still matches. Absent or `*` means no check.
 */
export function parseIfMatch(header: string | null): string[] | undefined {
  if (header === null || header.trim() === '*') return undefined;
  const refuse = () => invalid('If-Match', 'The If-Match header must be * or a list of entity tags, such as "3-ab", "4-cd".');
  const value = header.trim();
  const etags: string[] = [];
  let position = 0;
  while (position < value.length) {
    IF_MATCH_ELEMENT.lastIndex = position;
    const match = IF_MATCH_ELEMENT.exec(value);
    if (!match || IF_MATCH_ELEMENT.lastIndex === position) throw refuse();
    const opaque = match[1] ?? match[2];
    if (opaque === '*') throw invalid('If-Match', 'The If-Match header is either * alone or a list of entity tags, not both.');
    if (opaque !== undefined) etags.push(`"${opaque}"`);
    position = IF_MATCH_ELEMENT.lastIndex;
  }
  if (etags.length === 0 || etags.length > MAX_LIST_ITEMS || etags.some((etag) => etag.length > MAX_SHORT_TEXT)) {
    throw refuse();
  }
  return etags;
}

export function parseComment(body: unknown): string {
  const source = object(body, '');
  onlyKnownKeys(source, ['comment'], '');
  return required(source, 'comment', '', (value, f) => text(value, f, { max: MAX_COMMENT_LENGTH, required: true }));
}

// ---------------------------------------------------------------------------
// Query strings
// ---------------------------------------------------------------------------

/** A query string read one parameter at a time; anything left unread is an unknown parameter. */
class QueryReader {
  private readonly unread: Set<string>;

  constructor(private readonly params: URLSearchParams) {
    this.unread = new Set(params.keys());
  }

  all(key: string): string[] {
    this.unread.delete(key);
    return this.params.getAll(key);
  }

  single(key: string): string | undefined {
    const values = this.all(key);
    if (values.length > 1) throw invalid(key, `The query parameter "${key}" may be given only once.`);
    return values[0];
  }

  enums<T extends string>(key: string, allowed: readonly T[]): T[] | undefined {
    const values = this.all(key);
    return values.length === 0 ? undefined : values.map((value) => oneOf(value, allowed, key));
  }

  texts(key: string): string[] | undefined {
    const values = this.all(key);
    return values.length === 0 ? undefined : values.map((value) => text(value, key, { max: MAX_SHORT_TEXT }));
  }

  text(key: string): string | undefined {
    const value = this.single(key);
    return value === undefined ? undefined : text(value, key, { max: MAX_SHORT_TEXT });
  }

  dateTime(key: string): string | undefined {
    const value = this.single(key);
    return value === undefined ? undefined : dateTime(value, key);
  }

  integer(key: string, min: number, max: number): number | undefined {
    const value = this.single(key);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw invalid(key, `"${key}" must be a whole number from ${min} to ${max}.`);
    return integer(Number(value), key, min, max);
  }

  done(): void {
    const [unknown] = this.unread;
    if (unknown !== undefined) throw invalid(unknown, `"${unknown}" is not a query parameter of this request.`);
  }
}

/** Drops `undefined` members so that parsed queries compare equal to hand-written ones. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The filters of an incident query, read as `INCIDENT_QUERY_FIELDS` describes them. */
function incidentFilters(query: QueryReader): Partial<IncidentQuery> {
  const filters: Record<string, unknown> = {};
  for (const field of INCIDENT_QUERY_FIELDS) {
    if (field.kind === 'list') filters[field.name] = field.values ? query.enums(field.name, field.values) : query.texts(field.name);
    else if (field.kind === 'time') filters[field.name] = query.dateTime(field.name);
    else filters[field.name] = query.text(field.name);
  }
  return filters as Partial<IncidentQuery>;
}

export function parseIncidentQuery(params: URLSearchParams): IncidentQuery {
  const query = new QueryReader(params);
  const sortField = query.single('sort');
  const order = query.single('order');
  let sort: IncidentQuery['sort'];
  if (sortField !== undefined) {
    sort = {
      field: oneOf(sortField, INCIDENT_SORT_FIELDS, 'sort'),
      direction: order === undefined ? 'asc' : oneOf(order, SORT_DIRECTIONS, 'order'),
    };
  } else if (order !== undefined) {
    throw invalid('order', '"order" needs a "sort" field to order by.');
  }
  const result = defined<IncidentQuery>({
    ...incidentFilters(query),
    sort,
    top: query.integer('top', 1, MAX_PAGE_SIZE),
    skip: query.integer('skip', 0, Number.MAX_SAFE_INTEGER),
    cursor: query.text('cursor'),
  });
  query.done();
  return result;
}

/** The alert queue's query string: repeated list parameters, `sort` + `order`, paging, times and search. */
export function parseAlertQuery(params: URLSearchParams): AlertQuery {
  const query = new QueryReader(params);
  const sortField = query.single('sort');
  const order = query.single('order');
  let sort: AlertQuery['sort'];
  if (sortField !== undefined) {
    sort = {
      field: oneOf(sortField, ALERT_SORT_FIELDS, 'sort'),
      direction: order === undefined ? 'asc' : oneOf(order, SORT_DIRECTIONS, 'order'),
    };
  } else if (order !== undefined) {
    throw invalid('order', '"order" needs a "sort" field to order by.');
  }
  const result = defined<AlertQuery>({
    status: query.enums('status', ALERT_STATUSES),
    severity: query.enums('severity', SEVERITIES),
    serviceSources: query.enums('serviceSources', SERVICE_SOURCES),
    detectionSources: query.enums('detectionSources', DETECTION_SOURCES),
    assignedTo: query.texts('assignedTo'),
    classification: query.enums('classification', CLASSIFICATIONS),
    determination: query.enums('determination', DETERMINATIONS),
    categories: query.texts('categories'),
    investigationState: query.enums('investigationState', INVESTIGATION_STATES),
    incidentIds: query.texts('incidentIds'),
    createdAfter: query.dateTime('createdAfter'),
    createdBefore: query.dateTime('createdBefore'),
    search: query.text('search'),
    sort,
    top: query.integer('top', 1, MAX_PAGE_SIZE),
    skip: query.integer('skip', 0, Number.MAX_SAFE_INTEGER),
    cursor: query.text('cursor'),
  });
  query.done();
  return result;
}

export function parseTimelineQuery(params: URLSearchParams): TimelineQuery {
  const query = new QueryReader(params);
  const from = query.dateTime('from');
  const to = query.dateTime('to');
  if (from === undefined) throw invalid('from', 'The query parameter "from" is required.');
  if (to === undefined) throw invalid('to', 'The query parameter "to" is required.');
  const result = defined<TimelineQuery>({
    from,
    to,
    kinds: query.enums('kinds', TIMELINE_KINDS),
    cursor: query.text('cursor'),
    limit: query.integer('limit', 1, MAX_TIMELINE_LIMIT),
  });
  query.done();
  return result;
}

export function parseTrendQuery(params: URLSearchParams): TrendQuery {
  const query = new QueryReader(params);
  const range = query.single('range');
  const end = query.dateTime('end');
  query.done();
  if (range === undefined) throw invalid('range', 'The query parameter "range" is required.');
  return defined<TrendQuery>({ range: oneOf(range, TREND_RANGES, 'range'), end });
}

/** `?top=`, a whole number; its range (1–50) is the service's rule. */
export function parseSimilarQuery(params: URLSearchParams): SimilarIncidentsQuery {
  const query = new QueryReader(params);
  const top = query.integer('top', 1, MAX_PAGE_SIZE);
  query.done();
  return defined<SimilarIncidentsQuery>({ top });
}

/** The range's shape; that it is in order and at most 366 days long is the service's rule. */
export function parseMetricsQuery(params: URLSearchParams): MetricsQuery {
  const query = new QueryReader(params);
  const from = query.dateTime('from');
  const to = query.dateTime('to');
  query.done();
  if (from === undefined) throw invalid('from', 'The query parameter "from" is required.');
  if (to === undefined) throw invalid('to', 'The query parameter "to" is required.');
  return { from, to };
}

export function parseRemediationFilter(params: URLSearchParams): RemediationActionFilter {
  const query = new QueryReader(params);
  const result = defined<RemediationActionFilter>({
    incidentId: query.text('incidentId'),
    investigationId: query.text('investigationId'),
    entityId: query.text('entityId'),
    status: query.enums('status', REMEDIATION_ACTION_STATUSES),
  });
  query.done();
  return result;
}

export function parsePlaybookTargetQuery(params: URLSearchParams): PlaybookTarget {
  const query = new QueryReader(params);
  const kind = query.single('targetKind');
  const id = query.text('targetId');
  query.done();
  if (kind === undefined) throw invalid('targetKind', 'The query parameter "targetKind" is required.');
  if (id === undefined || id === '') throw invalid('targetId', 'The query parameter "targetId" is required.');
  return { kind: oneOf(kind, PLAYBOOK_TRIGGER_KINDS, 'targetKind'), id };
}

// ---------------------------------------------------------------------------
// Response actions
// ---------------------------------------------------------------------------

export function parseRemediationRequest(body: unknown): { type: RemediationActionType } {
  const source = object(body, '');
  onlyKnownKeys(source, ['type'], '');
  return { type: required(source, 'type', '', (value, f) => oneOf(value, REMEDIATION_ACTION_TYPES, f)) };
}

export interface DecisionRequest {
  decision: 'approve' | 'reject';
  comment?: string;
}

export function parseDecision(body: unknown): DecisionRequest {
  const source = object(body, '');
  onlyKnownKeys(source, ['decision', 'comment'], '');
  const decision = required(source, 'decision', '', (value, f) => oneOf(value, ['approve', 'reject'] as const, f));
  const comment = optional(source, 'comment', '', longText);
  return comment === undefined ? { decision } : { decision, comment };
}

export function parseLiveResponseRequest(body: unknown): { command: string } {
  const source = object(body, '');
  onlyKnownKeys(source, ['command'], '');
  return { command: required(source, 'command', '', name) };
}

export function parsePlaybookRunRequest(body: unknown): { target: PlaybookTarget } {
  const source = object(body, '');
  onlyKnownKeys(source, ['target'], '');
  const target = required(source, 'target', '', object);
  onlyKnownKeys(target, ['kind', 'id'], 'target');
  return {
    target: {
      kind: required(target, 'kind', 'target', (value, f) => oneOf(value, PLAYBOOK_TRIGGER_KINDS, f)),
      id: required(target, 'id', 'target', identifier),
    },
  };
}

// ---------------------------------------------------------------------------
// Automation rules and tasks
// ---------------------------------------------------------------------------

const RULE_FIELDS = [
  'displayName',
  'order',
  'enabled',
  'expiration',
  'triggersOn',
  'triggersWhen',
  'conditions',
  'actions',
] as const satisfies readonly (keyof AutomationRuleDraft)[];
/** Server-set fields a client may echo back from a read; they are ignored, never written. */
const READ_ONLY_RULE_FIELDS = ['id', 'lastModifiedDateTime', 'lastModifiedBy'];
const READ_ONLY_TASK_FIELDS = ['id', 'incidentId', 'createdBy', 'createdDateTime', 'lastModifiedDateTime'];

function parseCondition(value: unknown, field: string): AutomationCondition {
  const source = object(value, field);
  const kind = required(source, 'kind', field, (v, f) => oneOf(v, ['property', 'changed'] as const, f));
  const values = required(source, 'values', field, (v, f) => textList(v, f, { max: MAX_SHORT_TEXT }));
  if (kind === 'property') {
    onlyKnownKeys(source, ['kind', 'property', 'operator', 'values'], field);
    return {
      kind,
      property: required(source, 'property', field, (v, f) => oneOf(v, CONDITION_PROPERTIES, f)),
      operator: required(source, 'operator', field, (v, f) => oneOf(v, CONDITION_OPERATORS, f)),
      values,
    };
  }
  onlyKnownKeys(source, ['kind', 'property', 'direction', 'values'], field);
  return {
    kind,
    property: required(source, 'property', field, (v, f) => oneOf(v, CHANGE_PROPERTIES, f)),
    direction: required(source, 'direction', field, (v, f) => oneOf(v, ['to', 'from'] as const, f)),
    values,
  };
}

function parseAction(value: unknown, field: string): AutomationAction {
  const source = object(value, field);
  const kind = required(source, 'kind', field, (v, f) =>
    oneOf(v, ['modifyProperties', 'runPlaybook', 'addTask'] as const, f),
  );
  switch (kind) {
    case 'modifyProperties': {
      const fields = ['kind', 'severity', 'status', 'classification', 'determination', 'owner', 'labels'];
      onlyKnownKeys(source, fields, field);
      return defined<AutomationAction>({
        kind,
        severity: optional(source, 'severity', field, (v, f) => oneOf(v, SEVERITIES, f)),
        status: optional(source, 'status', field, (v, f) => oneOf(v, INCIDENT_STATUSES, f)),
        classification: optional(source, 'classification', field, (v, f) => oneOf(v, CLASSIFICATIONS, f)),
        determination: optional(source, 'determination', field, (v, f) => oneOf(v, DETERMINATIONS, f)),
        owner: optional(source, 'owner', field, (v, f) => nullableText(v, f, { max: MAX_SHORT_TEXT })),
        labels: optional(source, 'labels', field, (v, f) => textList(v, f, { max: MAX_SHORT_TEXT, required: true })),
      });
    }
    case 'runPlaybook':
      onlyKnownKeys(source, ['kind', 'playbookId'], field);
      return { kind, playbookId: required(source, 'playbookId', field, identifier) };
    case 'addTask': {
      onlyKnownKeys(source, ['kind', 'title', 'description'], field);
      const description = optional(source, 'description', field, taskDescription);
      const title = required(source, 'title', field, nameUpTo(LIMITS.taskTitleLength));
      return description === undefined ? { kind, title } : { kind, title, description };
    }
  }
}

/**
 * A rule to create (no `id`) or replace (`idFromPath`). An `id` echoed in the body must match
 * the one in the path.
 */
export function parseAutomationRuleDraft(body: unknown, idFromPath?: string): AutomationRuleDraft {
  const source = object(body, '');
  onlyKnownKeys(source, [...RULE_FIELDS, ...READ_ONLY_RULE_FIELDS], '');
  checkEchoedId(source, idFromPath);
  const draft: AutomationRuleDraft = {
    displayName: required(source, 'displayName', '', nameUpTo(LIMITS.ruleNameLength)),
    order: required(source, 'order', '', (v, f) => integer(v, f, 1, 1000)),
    enabled: required(source, 'enabled', '', boolean),
    expiration: optional(source, 'expiration', '', (v, f) => (v === null ? null : dateTime(v, f))) ?? null,
    triggersOn: required(source, 'triggersOn', '', (v, f) => oneOf(v, AUTOMATION_TRIGGERS_ON, f)),
    triggersWhen: required(source, 'triggersWhen', '', (v, f) => oneOf(v, AUTOMATION_TRIGGERS_WHEN, f)),
    conditions: required(source, 'conditions', '', (v, f) => list(v, f).map((c, i) => parseCondition(c, `${f}[${i}]`))),
    actions: required(source, 'actions', '', (v, f) => list(v, f).map((a, i) => parseAction(a, `${f}[${i}]`))),
  };
  return idFromPath === undefined ? draft : { ...draft, id: idFromPath };
}

/** A task to create (no `idFromPath`) or update. */
export function parseTaskDraft(body: unknown, idFromPath?: string): TaskDraft {
  const source = object(body, '');
  onlyKnownKeys(source, ['title', 'description', 'status', ...READ_ONLY_TASK_FIELDS], '');
  checkEchoedId(source, idFromPath);
  return defined<TaskDraft>({
    id: idFromPath,
    title: required(source, 'title', '', nameUpTo(LIMITS.taskTitleLength)),
    description: optional(source, 'description', '', taskDescription),
    status: optional(source, 'status', '', (v, f) => oneOf(v, TASK_STATUSES, f)),
  });
}

/**
 * A saved view to create (no `idFromPath`) or replace. Its fields follow the rules the kit shares
 * with the browser's storage (`checkSavedViewDraft`), which the service applies; here only the body
 * and an echoed `id`.
 */
export function parseSavedViewDraft(body: unknown, idFromPath?: string): SavedViewDraft {
  const source = object(body, '');
  checkEchoedId(source, idFromPath);
  const { id: _echoed, ...draft } = source;
  return (idFromPath === undefined ? draft : { ...draft, id: idFromPath }) as SavedViewDraft;
}

function checkEchoedId(source: JsonObject, idFromPath: string | undefined): void {
  if (source.id === undefined) return;
  if (idFromPath === undefined) throw invalid('id', '"id" is assigned by the server; leave it out when creating.');
  if (source.id !== idFromPath) {
    throw invalid('id', `"id" in the body (${String(source.id)}) does not match the path (${idFromPath}).`);
  }
}
