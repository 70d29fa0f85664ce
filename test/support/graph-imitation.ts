import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { startPageScopedWorker } from './page-worker.js';

/**
 * An imitation of Microsoft Graph security API v1.0 (`/security/incidents`, `/security/alerts_v2`)
 * over MSW, serving the published example payloads in `test/fixtures/graph`. It behaves as the
 * documentation says: bearer tokens required, `$filter` on the documented incident and alert
 * properties only (anything else is a 400), `$top` (up to 50 incidents), `$skip`, `$count=true`,
 * `$expand=alerts`, paging by `@odata.nextLink`, no `$orderby`, PATCH of the writable fields only,
 * with the documented values, and comments on incidents and alerts. Every request is recorded.
 */

export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const GRAPH_TOKEN = 'graph-test-token';
/** The incident every Graph example shows. */
export const GRAPH_INCIDENT_ID = '2972395';
/** The incident the published alerts name (the examples do not agree with the incident's ID). */
export const GRAPH_ALERTS_INCIDENT_ID = '28282';

type Json = Record<string, unknown>;

const FIXTURE_FILES = {
  listIncidents: 'list-incidents.response.json',
  listIncidentsExpandAlerts: 'list-incidents-expand-alerts.response.json',
  getIncident: 'get-incident.response.json',
  updateIncidentRequest: 'update-incident.request.json',
  updateIncidentResponse: 'update-incident.response.json',
  createCommentRequest: 'create-incident-comment.request.json',
  createCommentResponse: 'create-incident-comment.response.json',
  listAlerts: 'list-alerts-v2.response.json',
  getAlert: 'get-alert.response.json',
  updateAlertRequest: 'update-alert.request.json',
  updateAlertResponse: 'update-alert.response.json',
  createAlertCommentRequest: 'create-alert-comment.request.json',
  createAlertCommentResponse: 'create-alert-comment.response.json',
} as const;

export type GraphFixtures = { [K in keyof typeof FIXTURE_FILES]: Json };

/** Read from the test server before the worker starts, which would otherwise intercept them. */
export async function loadGraphFixtures(): Promise<GraphFixtures> {
  const entries = await Promise.all(
    Object.entries(FIXTURE_FILES).map(async ([key, file]) => {
      const response = await fetch(new URL(`../fixtures/graph/${file}`, import.meta.url));
      if (!response.ok) throw new Error(`Fixture ${file} could not be read (HTTP ${response.status}).`);
      return [key, (await response.json()) as Json] as const;
    }),
  );
  return Object.fromEntries(entries) as GraphFixtures;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

interface PlannedFailure {
  status: number;
  retryAfter?: string;
}

const clone = <T>(value: T): T => structuredClone(value);
const items = (body: Json): Json[] => body.value as Json[];

/** Filterable incident properties, as "List incidents" documents them. */
const INCIDENT_FILTER_PROPERTIES = [
  'assignedTo',
  'classification',
  'createdDateTime',
  'determination',
  'lastUpdateDateTime',
  'severity',
  'status',
];
/** Filterable alert properties, as "List alerts_v2" documents them, and incidentId, which Graph applies too. */
const ALERT_FILTER_PROPERTIES = [
  'assignedTo',
  'classification',
  'determination',
  'createdDateTime',
  'lastUpdateDateTime',
  'severity',
  'serviceSource',
  'status',
  'incidentId',
];
/** What "Update alert" lets change, with the values it documents (and the `alertDetermination` members it leaves out). */
const ALERT_WRITABLE: Readonly<Record<string, readonly string[] | 'owner'>> = {
  status: ['new', 'inProgress', 'resolved'],
  classification: ['unknown', 'falsePositive', 'truePositive', 'informationalExpectedActivity'],
  determination: [
    'unknown',
    'apt',
    'malware',
    'securityPersonnel',
    'securityTesting',
    'unwantedSoftware',
    'other',
    'multiStagedAttack',
    'compromisedUser',
    'compromisedAccount',
    'phishing',
    'maliciousUserActivity',
    'clean',
    'notMalicious',
    'insufficientData',
    'notEnoughDataToValidate',
    'confirmedUserActivity',
    'confirmedActivity',
    'lineOfBusinessApplication',
  ],
  assignedTo: 'owner',
};
const GRAPH_MAX_TOP = 50;
const WRITABLE = ['assignedTo', 'classification', 'determination', 'status', 'customTags'];
const SEVERITIES = ['High', 'Medium', 'Low', 'Informational'];
const STATUSES = ['Active', 'InProgress', 'Resolved'];
const OWNERS = ['KaiC@contoso.onmicrosoft.com', null, 'AdeleV@contoso.onmicrosoft.com'];
const SYNTHETIC_INCIDENTS = 119;

const ALERT_SERVICE_SOURCES = ['microsoftDefenderForEndpoint', 'microsoftDefenderForIdentity', 'microsoftDefenderForOffice365'];
const ALERT_DETECTION_SOURCES = ['antivirus', 'customDetection', 'microsoftDefenderForEndpoint'];
const ALERT_CATEGORIES = ['DefenseEvasion', 'Execution', 'CredentialAccess', 'LateralMovement'];
const ALERT_STATUSES = ['new', 'inProgress', 'resolved'];

/** Alerts beyond the published ones, for the alert queue: newer, one an hour, in the example's shape. */
export function syntheticAlerts(example: Json, count: number): Json[] {
  const start = Date.parse('2024-05-01T12:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const time = new Date(start - n * 3_600_000).toISOString();
    return {
      ...clone(example),
      id: `da-synthetic-${n}`,
      providerAlertId: `da-synthetic-${n}`,
      incidentId: String(3_000_000 + (n % 5) + 1),
      title: `Suspicious activity ${n}`,
      status: ALERT_STATUSES[n % ALERT_STATUSES.length],
      severity: SEVERITIES[n % SEVERITIES.length].toLowerCase(),
      serviceSource: ALERT_SERVICE_SOURCES[n % ALERT_SERVICE_SOURCES.length],
      detectionSource: ALERT_DETECTION_SOURCES[n % ALERT_DETECTION_SOURCES.length],
      category: ALERT_CATEGORIES[n % ALERT_CATEGORIES.length],
      assignedTo: OWNERS[n % OWNERS.length],
      createdDateTime: time,
      lastUpdateDateTime: time,
      firstActivityDateTime: time,
      lastActivityDateTime: time,
      systemTags: n % 4 === 0 ? ['Defender Experts'] : [],
      comments: [],
    };
  });
}

function graphError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ error: { code, message, innerError: { date: '2024-06-01T12:00:00' } } }, { status, headers });
}

/** Incidents beyond the published one, for paging and filtering: older, in the example's shape. */
function syntheticIncidents(example: Json): Json[] {
  const created = Date.parse(example.createdDateTime as string);
  return Array.from({ length: SYNTHETIC_INCIDENTS }, (_, index) => {
    const n = index + 1;
    const time = new Date(created - n * 3_600_000).toISOString();
    return {
      ...clone(example),
      id: String(3_000_000 + n),
      incidentWebUrl: `https://security.microsoft.com/incidents/${3_000_000 + n}`,
      displayName: `Suspicious sign-in activity ${n}`,
      createdDateTime: time,
      lastUpdateDateTime: time,
      assignedTo: OWNERS[n % OWNERS.length],
      classification: 'Unknown',
      determination: 'Unknown',
      status: STATUSES[n % STATUSES.length],
      severity: SEVERITIES[n % SEVERITIES.length],
      customTags: n % 10 === 0 ? ['Demo'] : [],
      comments: [],
    };
  });
}

// ---------------------------------------------------------------------------
// A small OData `$filter` reader: comparisons (eq, ge, lt, ...) joined by and/or, with parentheses.
// ---------------------------------------------------------------------------

type Token = { kind: 'open' } | { kind: 'close' } | { kind: 'word'; text: string } | { kind: 'string'; text: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < filter.length; ) {
    const char = filter[i];
    if (char === ' ') i++;
    else if (char === '(' || char === ')') {
      tokens.push(char === '(' ? { kind: 'open' } : { kind: 'close' });
      i++;
    } else if (char === "'") {
      let text = '';
      for (i++; ; i++) {
        if (i >= filter.length) throw new Error('Unterminated string literal.');
        if (filter[i] === "'" && filter[i + 1] === "'") {
          text += "'";
          i++;
        } else if (filter[i] === "'") {
          i++;
          break;
        } else text += filter[i];
      }
      tokens.push({ kind: 'string', text });
    } else {
      const match = /^[^\s()']+/.exec(filter.slice(i))!;
      tokens.push({ kind: 'word', text: match[0] });
      i += match[0].length;
    }
  }
  return tokens;
}

export type Predicate = (item: Json) => boolean;

/**
 * Parses `filter` into a predicate over items, allowing only `properties`. Enum and string values
 * compare without regard to case; values that parse as dates compare as dates. Throws on anything
 * it does not understand, as Graph answers 400.
 */
export function parseODataFilter(filter: string, properties: readonly string[], read = (item: Json, p: string) => item[p]): Predicate {
  const tokens = tokenize(filter);
  let at = 0;
  const peekWord = (word: string) => {
    const token = tokens[at];
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  };

  const comparison = (): Predicate => {
    const property = tokens[at++];
    const operator = tokens[at++];
    const literal = tokens[at++];
    if (property?.kind !== 'word' || !properties.includes(property.text)) {
      const name = property !== undefined && 'text' in property ? property.text : '?';
      throw new Error(`Invalid filter clause: '${name}' cannot be filtered on.`);
    }
    if (operator?.kind !== 'word' || !['eq', 'ne', 'ge', 'gt', 'le', 'lt'].includes(operator.text)) {
      throw new Error('Invalid filter clause: unknown operator.');
    }
    if (literal === undefined || literal.kind === 'open' || literal.kind === 'close') throw new Error('Invalid filter clause: no value.');
    const expected: string | null = literal.kind === 'string' ? literal.text : literal.text === 'null' ? null : literal.text;
    if (literal.kind === 'word' && expected !== null && Number.isNaN(Date.parse(expected))) {
      throw new Error(`Invalid filter clause: '${expected}' is not a literal.`);
    }
    const name = property.text;
    const op = operator.text;
    return (item) => {
      const actual = read(item, name);
      if (expected === null || actual === null || actual === undefined) {
        const same = (actual ?? null) === expected;
        return op === 'eq' ? same : op === 'ne' ? !same : false;
      }
      const a = String(actual);
      const order =
        literal.kind === 'word'
          ? Date.parse(a) - Date.parse(expected)
          : a.toLowerCase().localeCompare(expected.toLowerCase());
      switch (op) {
        case 'eq': return order === 0;
        case 'ne': return order !== 0;
        case 'ge': return order >= 0;
        case 'gt': return order > 0;
        case 'le': return order <= 0;
        default: return order < 0;
      }
    };
  };

  const primary = (): Predicate => {
    if (tokens[at]?.kind === 'open') {
      at++;
      const inner = or();
      if (tokens[at++]?.kind !== 'close') throw new Error('Invalid filter: unbalanced parentheses.');
      return inner;
    }
    return comparison();
  };
  const and = (): Predicate => {
    const terms = [primary()];
    while (peekWord('and')) {
      at++;
      terms.push(primary());
    }
    return (item) => terms.every((term) => term(item));
  };
  const or = (): Predicate => {
    const terms = [and()];
    while (peekWord('or')) {
      at++;
      terms.push(and());
    }
    return (item) => terms.some((term) => term(item));
  };

  const predicate = or();
  if (at !== tokens.length) throw new Error('Invalid filter: unexpected text after the expression.');
  return predicate;
}

export class GraphImitation {
  readonly requests: RecordedRequest[] = [];
  /** Incidents as Graph stores them, newest first (Graph's own order). */
  incidents: Json[] = [];
  alerts: Json[] = [];
  /** Alerts per incident for `$expand=alerts`. */
  expandedAlerts = new Map<string, Json[]>();
  /** How many alerts one `alerts_v2` page holds, small so that paging is exercised. */
  alertPageSize = 1;
  private failures: PlannedFailure[] = [];
  private overrides: { method: string; path: string; body: Json }[] = [];
  private clock = 0;

  constructor(readonly fixtures: GraphFixtures) {
    this.reset();
  }

  /** The published state, no planned failures, no recorded requests. */
  reset(): void {
    const example = items(this.fixtures.listIncidents)[0];
    this.incidents = [clone(example), ...syntheticIncidents(example)];
    this.alerts = [clone(items(this.fixtures.listAlerts)[0]), clone(this.fixtures.getAlert)];
    const expanded = items(this.fixtures.listIncidentsExpandAlerts)[0];
    this.expandedAlerts = new Map([[GRAPH_INCIDENT_ID, clone(expanded.alerts as Json[])]]);
    this.alertPageSize = 1;
    this.failures = [];
    this.overrides = [];
    this.requests.length = 0;
    this.clock = 0;
  }

  /** The next `count` requests fail with `status` (and `Retry-After`, when given). */
  failNext(count: number, status: number, retryAfter?: string): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, retryAfter });
  }

  /** The next `method` request to `path` (below the base URL) is answered with `body` as it is. */
  serveOnce(method: string, path: string, body: Json): void {
    this.overrides.push({ method, path, body });
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.url.pathname === new URL(`${GRAPH_BASE_URL}${path}`).pathname);
  }

  start(): Promise<SetupWorker> {
    return startPageScopedWorker(this.handlers);
  }

  get handlers(): HttpHandler[] {
    const base = GRAPH_BASE_URL;
    return [
      http.get(`${base}/security/incidents`, this.guarded(({ url }) => this.listIncidents(url))),
      http.get(`${base}/security/incidents/:id`, this.guarded(({ url, params }) => this.getIncident(params.id as string, url))),
      http.patch(`${base}/security/incidents/:id`, this.guarded(({ params, body }) => this.patchIncident(params.id as string, body))),
      http.post(`${base}/security/incidents/:id/comments`, this.guarded(({ params, body }) => this.addComment(params.id as string, body))),
      http.get(`${base}/security/alerts_v2`, this.guarded(({ url }) => this.listAlerts(url))),
      http.get(`${base}/security/alerts_v2/:id`, this.guarded(({ params }) => this.getAlert(params.id as string))),
      http.patch(`${base}/security/alerts_v2/:id`, this.guarded(({ params, body }) => this.patchAlert(params.id as string, body))),
      http.post(
        `${base}/security/alerts_v2/:id/comments`,
        this.guarded(({ params, body }) => this.addAlertComment(params.id as string, body)),
      ),
      http.all(`${base}/*`, this.guarded(({ url }) => graphError(400, 'BadRequest', `Resource not found for the segment '${url.pathname}'.`))),
    ];
  }

  // -------------------------------------------------------------------------

  private guarded(
    respond: (input: { url: URL; params: Record<string, string | readonly string[] | undefined>; body: unknown }) => Response,
  ) {
    return async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const url = new URL(request.url);
      const text = await request.clone().text();
      let body: unknown = undefined;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      this.requests.push({ method: request.method, url, headers: request.headers, body });

      if (request.headers.get('Authorization') !== `Bearer ${GRAPH_TOKEN}`) {
        return graphError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
      }
      const failure = this.failures.shift();
      if (failure) {
        const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'Retry-After': failure.retryAfter };
        const code = failure.status === 429 ? 'TooManyRequests' : failure.status === 403 ? 'Forbidden' : 'ServiceUnavailable';
        return graphError(failure.status, code, `Planned failure with HTTP ${failure.status}.`, headers);
      }
      const path = url.pathname.slice(new URL(GRAPH_BASE_URL).pathname.length);
      const override = this.overrides.findIndex((candidate) => candidate.method === request.method && candidate.path === path);
      if (override >= 0) {
        const [{ body: served }] = this.overrides.splice(override, 1);
        return HttpResponse.json(served);
      }
      try {
        return respond({ url, params, body });
      } catch (error) {
        return graphError(400, 'BadRequest', error instanceof Error ? error.message : String(error));
      }
    };
  }

  private withAlerts(incident: Json, expand: boolean): Json {
    return expand ? { ...incident, alerts: this.expandedAlerts.get(incident.id as string) ?? [] } : incident;
  }

  private listIncidents(url: URL): Response {
    const params = url.searchParams;
    for (const name of params.keys()) {
      if (!['$filter', '$top', '$skip', '$count', '$expand', '$skiptoken'].includes(name)) {
        throw new Error(`Query option '${name}' is not allowed.`);
      }
    }
    const expand = params.get('$expand');
    if (expand !== null && expand !== 'alerts') throw new Error(`Could not find a property named '${expand}' to expand.`);
    const filter = params.get('$filter');
    const matching = filter ? this.incidents.filter(parseODataFilter(filter, INCIDENT_FILTER_PROPERTIES)) : this.incidents;
    const top = Number(params.get('$top') ?? GRAPH_MAX_TOP);
    if (!Number.isInteger(top) || top < 1 || top > GRAPH_MAX_TOP) throw new Error(`$top must be between 1 and ${GRAPH_MAX_TOP}.`);
    const token = params.get('$skiptoken');
    const offset = token !== null ? Number(atob(token)) : Number(params.get('$skip') ?? 0);
    const page = matching.slice(offset, offset + top);
    const body: Json = {
      '@odata.context': `${GRAPH_BASE_URL}/$metadata#security/incidents`,
      value: page.map((incident) => this.withAlerts(incident, expand !== null)),
    };
    if (params.get('$count') === 'true') body['@odata.count'] = matching.length;
    if (offset + top < matching.length) {
      const next = new URLSearchParams(params);
      next.delete('$skip');
      next.set('$skiptoken', btoa(String(offset + top)));
      body['@odata.nextLink'] = `${GRAPH_BASE_URL}/security/incidents?${next}`;
    }
    return HttpResponse.json(body);
  }

  private find(id: string): Json | undefined {
    return this.incidents.find((incident) => incident.id === id);
  }

  private getIncident(id: string, url: URL): Response {
    const incident = this.find(id);
    if (!incident) return graphError(404, 'NotFound', `Incident ${id} was not found.`);
    return HttpResponse.json(this.withAlerts(incident, url.searchParams.get('$expand') === 'alerts'));
  }

  private patchIncident(id: string, body: unknown): Response {
    const incident = this.find(id);
    if (!incident) return graphError(404, 'NotFound', `Incident ${id} was not found.`);
    if (typeof body !== 'object' || body === null) throw new Error('The request body must be a JSON object.');
    for (const [field, value] of Object.entries(body)) {
      if (!WRITABLE.includes(field)) throw new Error(`The property '${field}' cannot be updated.`);
      incident[field] = value;
    }
    this.clock += 1;
    incident.lastUpdateDateTime = new Date(Date.parse('2024-06-01T12:00:00Z') + this.clock * 1000).toISOString();
    return HttpResponse.json(incident);
  }

  private addComment(id: string, body: unknown): Response {
    const incident = this.find(id);
    if (!incident) return graphError(404, 'NotFound', `Incident ${id} was not found.`);
    const comment = (body as Json | undefined)?.comment;
    if (typeof comment !== 'string') throw new Error("The property 'comment' is required.");
    this.clock += 1;
    const comments = [...((incident.comments as Json[] | undefined) ?? [])];
    comments.push({
      comment,
      createdByDisplayName: 'secAdmin@contoso.com',
      createdDateTime: new Date(Date.parse('2024-06-01T12:00:00Z') + this.clock * 1000).toISOString(),
    });
    incident.comments = comments;
    return HttpResponse.json({ '@odata.context': `${GRAPH_BASE_URL}/$metadata#security/incidents('${id}')/comments`, value: comments });
  }

  /** The published alerts and `count` more, newest first as Graph lists them, served `pageSize` a page at most. */
  seedAlerts(count: number, pageSize = GRAPH_MAX_TOP): void {
    const all = [...this.alerts, ...syntheticAlerts(items(this.fixtures.listAlerts)[0], count)];
    this.alerts = all.sort((a, b) => Date.parse(b.createdDateTime as string) - Date.parse(a.createdDateTime as string));
    this.alertPageSize = pageSize;
  }

  /** A page holds `$top` alerts, but never more than `alertPageSize`; without `$top`, `alertPageSize`. */
  private listAlerts(url: URL): Response {
    const params = url.searchParams;
    for (const name of params.keys()) {
      if (!['$filter', '$top', '$skip', '$count', '$skiptoken'].includes(name)) throw new Error(`Query option '${name}' is not allowed.`);
    }
    const filter = params.get('$filter');
    const matching = filter ? this.alerts.filter(parseODataFilter(filter, ALERT_FILTER_PROPERTIES)) : this.alerts;
    const top = Number(params.get('$top') ?? this.alertPageSize);
    if (!Number.isInteger(top) || top < 1) throw new Error('$top must be a positive integer.');
    const size = Math.min(top, this.alertPageSize);
    const token = params.get('$skiptoken');
    const offset = token !== null ? Number(atob(token)) : Number(params.get('$skip') ?? 0);
    if (!Number.isInteger(offset) || offset < 0) throw new Error('$skip must be a non-negative integer.');
    const body: Json = {
      '@odata.context': `${GRAPH_BASE_URL}/$metadata#security/alerts_v2`,
      value: matching.slice(offset, offset + size),
    };
    if (params.get('$count') === 'true') body['@odata.count'] = matching.length;
    if (offset + size < matching.length) {
      const next = new URLSearchParams(params);
      next.delete('$skip');
      next.set('$skiptoken', btoa(String(offset + size)));
      body['@odata.nextLink'] = `${GRAPH_BASE_URL}/security/alerts_v2?${next}`;
    }
    return HttpResponse.json(body);
  }

  private patchAlert(id: string, body: unknown): Response {
    const alert = this.alerts.find((candidate) => candidate.id === id);
    if (!alert) return graphError(404, 'NotFound', `Alert ${id} was not found.`);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('The request body must be a JSON object.');
    const changes = Object.entries(body as Json);
    for (const [field, value] of changes) {
      const allowed = ALERT_WRITABLE[field];
      if (allowed === undefined) throw new Error(`The property '${field}' cannot be updated.`);
      if (allowed === 'owner' ? value !== null && typeof value !== 'string' : !allowed.includes(value as string)) {
        throw new Error(`Cannot convert the literal '${String(value)}' to the expected type of '${field}'.`);
      }
    }
    for (const [field, value] of changes) alert[field] = value;
    this.clock += 1;
    alert.lastUpdateDateTime = new Date(Date.parse('2024-06-01T12:00:00Z') + this.clock * 1000).toISOString();
    if ('status' in (body as Json)) alert.resolvedDateTime = alert.status === 'resolved' ? alert.lastUpdateDateTime : null;
    return HttpResponse.json(alert);
  }

  private addAlertComment(id: string, body: unknown): Response {
    const alert = this.alerts.find((candidate) => candidate.id === id);
    if (!alert) return graphError(404, 'NotFound', `Alert ${id} was not found.`);
    const { comment, '@odata.type': type } = (body ?? {}) as Json;
    if (type !== undefined && type !== 'microsoft.graph.security.alertComment') {
      throw new Error(`The type '${String(type)}' is not an alertComment.`);
    }
    if (typeof comment !== 'string' || comment === '') throw new Error("The property 'comment' is required.");
    this.clock += 1;
    const time = new Date(Date.parse('2024-06-01T12:00:00Z') + this.clock * 1000).toISOString();
    const comments = [
      ...((alert.comments as Json[] | undefined) ?? []),
      { comment, createdByDisplayName: 'secAdmin@contoso.com', createdDateTime: time },
    ];
    alert.comments = comments;
    alert.lastUpdateDateTime = time;
    return HttpResponse.json({ '@odata.context': `${GRAPH_BASE_URL}/$metadata#security/alerts_v2('${id}')/comments`, value: comments });
  }

  private getAlert(id: string): Response {
    const alert = this.alerts.find((candidate) => candidate.id === id);
    return alert ? HttpResponse.json(alert) : graphError(404, 'NotFound', `Alert ${id} was not found.`);
  }
}
