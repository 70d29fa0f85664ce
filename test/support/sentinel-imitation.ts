import { http, HttpResponse, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { parseODataFilter, type RecordedRequest } from './graph-imitation.js';
import { startPageScopedWorker } from './page-worker.js';

/**
 * An imitation of the Microsoft Sentinel REST API (Azure Resource Manager,
 * `Microsoft.SecurityInsights`) over MSW, serving the published spec examples in
 * `test/fixtures/sentinel`. It checks what ARM checks: the bearer token, the workspace path, the
 * `api-version` of each operation, `$filter`/`$orderby`/`$top` on incidents with `$skipToken`
 * paging, required and read-only properties of PUT bodies, and the `etag` a PUT carries (a stale
 * one is a 409). Every request is recorded.
 */

export const ARM_BASE_URL = 'https://management.azure.com';
export const ARM_TOKEN = 'arm-test-token';
export const SUBSCRIPTION_ID = 'd0cfe6b2-9ac0-4464-9919-dccaee2e48c0';
export const RESOURCE_GROUP = 'myRg';
export const WORKSPACE_NAME = 'myWorkspace';
export const WORKSPACE_URL =
  `${ARM_BASE_URL}/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}` +
  `/providers/Microsoft.OperationalInsights/workspaces/${WORKSPACE_NAME}/providers/Microsoft.SecurityInsights`;
/** The incident of the incident, comment and task examples. */
export const INCIDENT_ID = '73e01a99-5cd7-4139-a149-9f2736ff2ab5';
/** The incident of the alert and entity examples. */
export const ALERTS_INCIDENT_ID = 'afbd324f-6c48-459c-8710-8d1e1cd03812';
/** The entity of the timeline example. */
export const TIMELINE_ENTITY_ID = 'e1d3d618-e11f-478b-98e3-bb381539a8e1';
export const STABLE_VERSION = '2024-09-01';
export const PREVIEW_VERSION = '2025-04-01-preview';

type Json = Record<string, unknown>;

const FIXTURE_FILES = {
  getIncidents: 'GetIncidents.json',
  getIncidentById: 'GetIncidentById.json',
  createIncident: 'CreateIncident.json',
  getAllIncidentAlerts: 'GetAllIncidentAlerts.json',
  getAllIncidentEntities: 'GetAllIncidentEntities.json',
  getAllIncidentComments: 'GetAllIncidentComments.json',
  createIncidentComment: 'CreateIncidentComment.json',
  incidentTasksList: 'IncidentTasks_List.json',
  automationRulesList: 'AutomationRules_List.json',
  automationRulesCreateOrUpdate: 'AutomationRules_CreateOrUpdate.json',
  postTimelineEntity: 'PostTimelineEntity.json',
} as const;

export type SentinelFixtures = { [K in keyof typeof FIXTURE_FILES]: Json };

/** Read from the test server before the worker starts, which would otherwise intercept them. */
export async function loadSentinelFixtures(): Promise<SentinelFixtures> {
  const entries = await Promise.all(
    Object.entries(FIXTURE_FILES).map(async ([key, file]) => {
      const response = await fetch(new URL(`../fixtures/sentinel/${file}`, import.meta.url));
      if (!response.ok) throw new Error(`Fixture ${file} could not be read (HTTP ${response.status}).`);
      return [key, (await response.json()) as Json] as const;
    }),
  );
  return Object.fromEntries(entries) as SentinelFixtures;
}

/** The body of an example's response for `status`. */
export function exampleResponse(example: Json, status = '200'): Json {
  return ((example.responses as Json)[status] as Json).body as Json;
}

/** The example's request parameters. */
export const exampleParameters = (example: Json): Json => example.parameters as Json;

const clone = <T>(value: T): T => structuredClone(value);
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const INCIDENT_WRITABLE = [
  'title',
  'description',
  'severity',
  'status',
  'classification',
  'classificationComment',
  'classificationReason',
  'owner',
  'labels',
  'firstActivityTimeUtc',
  'lastActivityTimeUtc',
];
const ENUMS: Record<string, string[]> = {
  severity: ['High', 'Medium', 'Low', 'Informational'],
  status: ['New', 'Active', 'Closed'],
  classification: ['Undetermined', 'TruePositive', 'BenignPositive', 'FalsePositive'],
  classificationReason: ['SuspiciousActivity', 'SuspiciousButExpected', 'IncorrectAlertLogic', 'InaccurateData'],
};
const ORDERABLE = ['createdTimeUtc', 'lastModifiedTimeUtc', 'firstActivityTimeUtc', 'lastActivityTimeUtc', 'title', 'incidentNumber'];
const FILTERABLE = ['properties/status', 'properties/severity', 'properties/createdTimeUtc', 'properties/lastModifiedTimeUtc', 'properties/title'];
const MAX_TOP = 1000;
const DEFAULT_TOP = 50;
const SEVERITIES = ['High', 'Medium', 'Low', 'Informational'];
const STATUSES = ['New', 'Active', 'Closed'];
const OWNERS = [
  { objectId: '2046feea-040d-4a46-9e2b-91c2941bfa70', email: 'john.doe@contoso.com', userPrincipalName: 'john@contoso.com', assignedTo: 'john doe' },
  {},
  { objectId: '7a3b8f2e-0000-4000-8000-000000000002', email: 'adele@contoso.com', userPrincipalName: 'adele@contoso.com', assignedTo: 'Adele Vance' },
];
const SYNTHETIC_INCIDENTS = 119;
const START = Date.parse('2024-06-01T12:00:00Z');

function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ error: { code, message } }, { status, headers });
}

class BadRequest extends Error {}

const read = (item: Json, path: string): unknown =>
  path.split('/').reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), item);

/** Incidents beyond the published one, for paging and filtering: older, in the example's shape. */
function syntheticIncidents(example: Json): Json[] {
  const created = Date.parse((example.properties as Json).createdTimeUtc as string);
  return Array.from({ length: SYNTHETIC_INCIDENTS }, (_, index) => {
    const n = index + 1;
    const name = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const time = new Date(created - n * 3_600_000).toISOString();
    const status = STATUSES[n % STATUSES.length];
    const properties: Json = {
      ...clone(example.properties as Json),
      title: `Suspicious sign-in activity ${n}`,
      createdTimeUtc: time,
      lastModifiedTimeUtc: time,
      firstActivityTimeUtc: time,
      lastActivityTimeUtc: time,
      severity: SEVERITIES[n % SEVERITIES.length],
      status,
      owner: clone(OWNERS[n % OWNERS.length]),
      labels: n % 10 === 0 ? [{ labelName: 'Demo', labelType: 'User' }] : [],
      incidentNumber: 3177 + n,
      providerIncidentId: String(3177 + n),
    };
    if (status === 'Closed') {
      properties.classification = 'TruePositive';
      properties.classificationReason = 'SuspiciousActivity';
    } else {
      delete properties.classification;
      delete properties.classificationReason;
      delete properties.classificationComment;
    }
    return { ...clone(example), id: `${WORKSPACE_URL}/incidents/${name}`, name, etag: `"${name}-0"`, properties };
  });
}

interface PlannedFailure {
  status: number;
  retryAfter?: string;
}

export class SentinelImitation {
  readonly requests: RecordedRequest[] = [];
  /** Incidents as Sentinel stores them, in Sentinel's default order. */
  incidents: Json[] = [];
  comments = new Map<string, Json[]>();
  tasks = new Map<string, Json[]>();
  rules: Json[] = [];
  private failures: PlannedFailure[] = [];
  private overrides: { method: string; path: string | RegExp; body: Json; status: number }[] = [];
  private clock = 0;

  constructor(readonly fixtures: SentinelFixtures) {
    this.reset();
  }

  /** The published state, no planned failures, no recorded requests. */
  reset(): void {
    // The list example is the incident as it was before the documented write (same etag, same values).
    const example = (exampleResponse(this.fixtures.getIncidents).value as Json[])[0];
    this.incidents = [clone(example), ...syntheticIncidents(example)];
    this.comments = new Map([[INCIDENT_ID, clone(exampleResponse(this.fixtures.getAllIncidentComments).value as Json[])]]);
    this.tasks = new Map([[INCIDENT_ID, clone(exampleResponse(this.fixtures.incidentTasksList).value as Json[])]]);
    this.rules = clone(exampleResponse(this.fixtures.automationRulesList).value as Json[]);
    this.failures = [];
    this.overrides = [];
    this.requests.length = 0;
    this.clock = 0;
  }

  /** The next `count` requests fail with `status` (and `Retry-After`, when given). */
  failNext(count: number, status: number, retryAfter?: string): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, retryAfter });
  }

  /** The next `method` request to `path` (below the workspace URL) is answered with `body` as it is. */
  serveOnce(method: string, path: string | RegExp, body: Json, status = 200): void {
    this.overrides.push({ method, path, body, status });
  }

  /** Another writer changes the incident: a new etag and modification time. */
  touch(id: string): void {
    const incident = this.incident(id)!;
    incident.etag = this.nextEtag(incident);
    (incident.properties as Json).lastModifiedTimeUtc = this.now();
  }

  incident(id: string): Json | undefined {
    return this.incidents.find((incident) => incident.name === id);
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    const pathname = new URL(`${WORKSPACE_URL}${path}`).pathname;
    return this.requests.filter((request) => request.method === method && request.url.pathname === pathname);
  }

  start(): Promise<SetupWorker> {
    return startPageScopedWorker(this.handlers);
  }

  get handlers(): HttpHandler[] {
    const workspace = `${ARM_BASE_URL}/subscriptions/:subscriptionId/resourceGroups/:resourceGroup/providers/Microsoft.OperationalInsights/workspaces/:workspace/providers/Microsoft.SecurityInsights`;
    const stable = STABLE_VERSION;
    const preview = PREVIEW_VERSION;
    return [
      http.get(`${workspace}/incidents`, this.guarded(stable, ({ url }) => this.listIncidents(url))),
      http.get(`${workspace}/incidents/:id`, this.guarded(stable, ({ params }) => this.getIncident(params.id))),
      http.put(`${workspace}/incidents/:id`, this.guarded(stable, ({ params, body }) => this.putIncident(params.id, body))),
      http.get(`${workspace}/incidents/:id/comments`, this.guarded(stable, ({ params }) => this.list(this.comments.get(params.id) ?? []))),
      http.put(`${workspace}/incidents/:id/comments/:commentId`, this.guarded(stable, ({ params, body }) => this.putComment(params.id, params.commentId, body))),
      http.post(`${workspace}/incidents/:id/alerts`, this.guarded(stable, ({ params }) => this.incidentAlerts(params.id))),
      http.post(`${workspace}/incidents/:id/entities`, this.guarded(stable, ({ params }) => this.incidentEntities(params.id))),
      http.get(`${workspace}/incidents/:id/tasks`, this.guarded(stable, ({ params }) => this.list(this.tasks.get(params.id) ?? []))),
      http.get(`${workspace}/incidents/:id/tasks/:taskId`, this.guarded(stable, ({ params }) => this.getTask(params.id, params.taskId))),
      http.put(`${workspace}/incidents/:id/tasks/:taskId`, this.guarded(stable, ({ params, body }) => this.putTask(params.id, params.taskId, body))),
      http.post(`${workspace}/incidents/:id/runPlaybook`, this.guarded(preview, ({ body }) => this.runPlaybook(body))),
      http.get(`${workspace}/automationRules`, this.guarded(stable, () => this.list(this.rules))),
      http.get(`${workspace}/automationRules/:id`, this.guarded(stable, ({ params }) => this.getRule(params.id))),
      http.put(`${workspace}/automationRules/:id`, this.guarded(stable, ({ params, body }) => this.putRule(params.id, body))),
      http.delete(`${workspace}/automationRules/:id`, this.guarded(stable, ({ params }) => this.deleteRule(params.id))),
      http.post(`${workspace}/entities/:id/getTimeline`, this.guarded(preview, ({ params, body }) => this.timeline(params.id, body))),
      http.all(`${ARM_BASE_URL}/*`, this.guarded(null, ({ url }) => armError(404, 'NotFound', `No route for ${url.pathname}.`))),
    ];
  }

  // -------------------------------------------------------------------------

  private guarded(apiVersion: string | null, respond: (input: { url: URL; params: Record<string, string>; body: unknown }) => Response) {
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

      if (request.headers.get('Authorization') !== `Bearer ${ARM_TOKEN}`) {
        return armError(401, 'AuthenticationFailed', 'Authentication failed. The Authorization header is missing or invalid.');
      }
      const failure = this.failures.shift();
      if (failure) {
        const headers: Record<string, string> = failure.retryAfter === undefined ? {} : { 'Retry-After': failure.retryAfter };
        const code = failure.status === 429 ? 'TooManyRequests' : failure.status === 403 ? 'AuthorizationFailed' : 'ServiceUnavailable';
        return armError(failure.status, code, `Planned failure with HTTP ${failure.status}.`, headers);
      }
      if (params.subscriptionId !== undefined) {
        if (params.subscriptionId !== SUBSCRIPTION_ID || params.resourceGroup !== RESOURCE_GROUP || params.workspace !== WORKSPACE_NAME) {
          return armError(404, 'ResourceNotFound', 'The workspace was not found.');
        }
      }
      if (apiVersion !== null && url.searchParams.get('api-version') !== apiVersion) {
        return armError(400, 'InvalidApiVersionParameter', `The api-version '${url.searchParams.get('api-version')}' is invalid here.`);
      }
      const path = url.pathname.slice(new URL(WORKSPACE_URL).pathname.length);
      const override = this.overrides.findIndex(
        (candidate) =>
          candidate.method === request.method && (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)),
      );
      if (override >= 0) {
        const [served] = this.overrides.splice(override, 1);
        return HttpResponse.json(served.body, { status: served.status });
      }
      try {
        return respond({ url, params: params as Record<string, string>, body });
      } catch (error) {
        if (error instanceof BadRequest) return armError(400, 'BadRequest', error.message);
        throw error;
      }
    };
  }

  private now(): string {
    this.clock += 1;
    return new Date(START + this.clock * 1000).toISOString();
  }

  private nextEtag(resource: Json): string {
    this.clock += 1;
    return `"${String(resource.name)}-${this.clock}"`;
  }

  private list(items: Json[]): Response {
    return HttpResponse.json({ value: items });
  }

  private listIncidents(url: URL): Response {
    const params = url.searchParams;
    for (const name of params.keys()) {
      if (!['api-version', '$filter', '$orderby', '$top', '$skipToken'].includes(name)) throw new BadRequest(`The query parameter '${name}' is not supported.`);
    }
    const filter = params.get('$filter');
    let matching = filter
      ? this.incidents.filter(
          (() => {
            try {
              return parseODataFilter(filter, FILTERABLE, read);
            } catch (error) {
              throw new BadRequest((error as Error).message);
            }
          })(),
        )
      : [...this.incidents];
    const orderBy = params.get('$orderby');
    if (orderBy !== null) {
      const match = /^properties\/(\w+)( asc| desc)?$/.exec(orderBy);
      if (!match || !ORDERABLE.includes(match[1])) throw new BadRequest(`Cannot order by '${orderBy}'.`);
      const sign = match[2] === ' desc' ? -1 : 1;
      const key = (incident: Json) => read(incident, `properties/${match[1]}`);
      matching = matching.sort((a, b) => {
        const left = key(a);
        const right = key(b);
        const order = typeof left === 'number' && typeof right === 'number' ? left - right : String(left).localeCompare(String(right));
        return sign * order;
      });
    }
    const top = Number(params.get('$top') ?? DEFAULT_TOP);
    if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw new BadRequest(`$top must be between 1 and ${MAX_TOP}.`);
    const token = params.get('$skipToken');
    const offset = token === null ? 0 : Number(atob(token));
    const body: Json = { value: matching.slice(offset, offset + top) };
    if (offset + top < matching.length) {
      const next = new URLSearchParams(params);
      next.set('$skipToken', btoa(String(offset + top)));
      body.nextLink = `${WORKSPACE_URL}/incidents?${next}`;
    }
    return HttpResponse.json(body);
  }

  private getIncident(id: string): Response {
    const incident = this.incident(id);
    return incident ? HttpResponse.json(incident) : armError(404, 'NotFound', `Incident ${id} was not found.`);
  }

  private putIncident(id: string, body: unknown): Response {
    if (!isObject(body) || !isObject(body.properties)) throw new BadRequest('The request body must have properties.');
    const properties = body.properties;
    for (const key of Object.keys(properties)) {
      if (!INCIDENT_WRITABLE.includes(key)) throw new BadRequest(`The property '${key}' is read-only or unknown.`);
    }
    for (const required of ['title', 'severity', 'status']) {
      if (typeof properties[required] !== 'string' || properties[required] === '') throw new BadRequest(`The property '${required}' is required.`);
    }
    for (const [key, allowed] of Object.entries(ENUMS)) {
      if (properties[key] !== undefined && !allowed.includes(properties[key] as string)) throw new BadRequest(`'${String(properties[key])}' is not a valid ${key}.`);
    }
    if (properties.status === 'Closed' && properties.classification === undefined) {
      throw new BadRequest('A classification is required to close an incident.');
    }
    const incident = this.incident(id);
    if (incident && body.etag !== undefined && body.etag !== incident.etag) {
      return armError(409, 'Conflict', 'The incident was changed by another request: the etag does not match.');
    }
    if (!incident) return armError(404, 'NotFound', `Incident ${id} was not found.`);
    const before = incident.properties as Json;
    const readOnly = Object.fromEntries(Object.entries(before).filter(([key]) => !INCIDENT_WRITABLE.includes(key)));
    const owner = isObject(properties.owner) ? this.resolveOwner(properties.owner) : undefined;
    incident.properties = { ...readOnly, ...clone(properties), ...(owner ? { owner } : {}), lastModifiedTimeUtc: this.now() };
    incident.etag = this.nextEtag(incident);
    return HttpResponse.json(incident);
  }

  /** Sentinel fills in the owner from whichever field names the user. */
  private resolveOwner(owner: Json): Json {
    const known = OWNERS.find(
      (candidate) => 'objectId' in candidate && (candidate.objectId === owner.objectId || candidate.userPrincipalName === owner.userPrincipalName),
    );
    if (known) return clone(known);
    if (Object.values(owner).every((value) => value === null)) return {};
    return { ...owner };
  }

  private putComment(id: string, commentId: string, body: unknown): Response {
    if (!this.incident(id)) return armError(404, 'NotFound', `Incident ${id} was not found.`);
    const message = isObject(body) && isObject(body.properties) ? body.properties.message : undefined;
    if (typeof message !== 'string' || message === '') throw new BadRequest("The property 'message' is required.");
    if (message.length > 30_000) throw new BadRequest("The property 'message' is longer than 30000 characters.");
    const example = exampleResponse(this.fixtures.createIncidentComment, '201');
    const comments = this.comments.get(id) ?? [];
    const existing = comments.findIndex((comment) => comment.name === commentId);
    const time = this.now();
    const comment = {
      ...clone(example),
      id: `${WORKSPACE_URL}/incidents/${id}/comments/${commentId}`,
      name: commentId,
      properties: { ...clone(example.properties as Json), message, createdTimeUtc: time, lastModifiedTimeUtc: time },
    };
    if (existing >= 0) comments[existing] = comment;
    else comments.push(comment);
    this.comments.set(id, comments);
    return HttpResponse.json(comment, { status: existing >= 0 ? 200 : 201 });
  }

  private incidentAlerts(id: string): Response {
    return HttpResponse.json(id === ALERTS_INCIDENT_ID ? exampleResponse(this.fixtures.getAllIncidentAlerts) : { value: [] });
  }

  private incidentEntities(id: string): Response {
    return HttpResponse.json(
      id === ALERTS_INCIDENT_ID ? exampleResponse(this.fixtures.getAllIncidentEntities) : { entities: [], metaData: [] },
    );
  }

  private getTask(id: string, taskId: string): Response {
    const task = (this.tasks.get(id) ?? []).find((candidate) => candidate.name === taskId);
    return task ? HttpResponse.json(task) : armError(404, 'NotFound', `Task ${taskId} was not found.`);
  }

  private putTask(id: string, taskId: string, body: unknown): Response {
    if (!this.incident(id)) return armError(404, 'NotFound', `Incident ${id} was not found.`);
    if (!isObject(body) || !isObject(body.properties)) throw new BadRequest('The request body must have properties.');
    const properties = body.properties;
    if (typeof properties.title !== 'string' || properties.title === '') throw new BadRequest("The property 'title' is required.");
    if (!['New', 'Completed'].includes(properties.status as string)) throw new BadRequest("The property 'status' must be New or Completed.");
    const tasks = this.tasks.get(id) ?? [];
    const existing = tasks.find((task) => task.name === taskId);
    if (existing && body.etag !== undefined && body.etag !== existing.etag) {
      return armError(409, 'Conflict', 'The task was changed by another request.');
    }
    const example = (exampleResponse(this.fixtures.incidentTasksList).value as Json[])[0];
    const time = this.now();
    const task: Json = existing ?? {
      ...clone(example),
      id: `${WORKSPACE_URL}/incidents/${id}/tasks/${taskId}`,
      name: taskId,
      properties: { ...clone(example.properties as Json), createdTimeUtc: time },
    };
    const kept = Object.fromEntries(
      Object.entries(task.properties as Json).filter(([key]) => !['title', 'description', 'status'].includes(key)),
    );
    task.properties = { ...kept, ...clone(properties), lastModifiedTimeUtc: time };
    task.etag = this.nextEtag(task);
    if (!existing) tasks.push(task);
    this.tasks.set(id, tasks);
    return HttpResponse.json(task, { status: existing ? 200 : 201 });
  }

  private runPlaybook(body: unknown): Response {
    if (!isObject(body) || typeof body.logicAppsResourceId !== 'string') throw new BadRequest("The property 'logicAppsResourceId' is required.");
    return new HttpResponse(null, { status: 204 });
  }

  private getRule(id: string): Response {
    const rule = this.rules.find((candidate) => candidate.name === id);
    return rule ? HttpResponse.json(rule) : armError(404, 'NotFound', `Automation rule ${id} was not found.`);
  }

  private putRule(id: string, body: unknown): Response {
    if (!isObject(body) || !isObject(body.properties)) throw new BadRequest('The request body must have properties.');
    const properties = body.properties;
    const logic = properties.triggeringLogic;
    if (typeof properties.displayName !== 'string' || typeof properties.order !== 'number') {
      throw new BadRequest("The properties 'displayName' and 'order' are required.");
    }
    if (!isObject(logic) || typeof logic.isEnabled !== 'boolean' || !['Incidents', 'Alerts'].includes(logic.triggersOn as string) || !['Created', 'Updated'].includes(logic.triggersWhen as string)) {
      throw new BadRequest("The property 'triggeringLogic' is invalid.");
    }
    if (!Array.isArray(properties.actions) || properties.actions.length === 0) throw new BadRequest("The property 'actions' is required.");
    for (const key of ['lastModifiedTimeUtc', 'createdTimeUtc', 'lastModifiedBy', 'createdBy']) {
      if (key in properties) throw new BadRequest(`The property '${key}' is read-only.`);
    }
    const index = this.rules.findIndex((rule) => rule.name === id);
    const existing = index >= 0 ? this.rules[index] : undefined;
    if (existing && body.etag !== undefined && body.etag !== existing.etag) {
      return armError(409, 'Conflict', 'The automation rule was changed by another request.');
    }
    const example = (exampleResponse(this.fixtures.automationRulesList).value as Json[])[0];
    const time = this.now();
    const audit = existing ? (existing.properties as Json) : (example.properties as Json);
    const rule: Json = {
      id: `${WORKSPACE_URL}/automationRules/${id}`,
      name: id,
      type: 'Microsoft.SecurityInsights/automationRules',
      properties: {
        ...clone(properties),
        createdTimeUtc: existing ? audit.createdTimeUtc : time,
        lastModifiedTimeUtc: time,
        createdBy: clone(audit.createdBy),
        lastModifiedBy: clone(audit.lastModifiedBy),
      },
    };
    rule.etag = this.nextEtag(rule);
    if (existing) this.rules[index] = rule;
    else this.rules.push(rule);
    return HttpResponse.json(rule, { status: existing ? 200 : 201 });
  }

  private deleteRule(id: string): Response {
    const index = this.rules.findIndex((rule) => rule.name === id);
    if (index < 0) return new HttpResponse(null, { status: 204 });
    this.rules.splice(index, 1);
    return new HttpResponse(null, { status: 200 });
  }

  private timeline(id: string, body: unknown): Response {
    if (!isObject(body) || Number.isNaN(Date.parse(body.startTime as string)) || Number.isNaN(Date.parse(body.endTime as string))) {
      throw new BadRequest("The properties 'startTime' and 'endTime' are required.");
    }
    if (id !== TIMELINE_ENTITY_ID) return HttpResponse.json({ value: [], metaData: { totalCount: 0, aggregations: [] } });
    const example = clone(exampleResponse(this.fixtures.postTimelineEntity));
    if (Array.isArray(body.kinds)) example.value = (example.value as Json[]).filter((item) => (body.kinds as string[]).includes(item.kind as string));
    return HttpResponse.json(example);
  }
}
