import { ApiError, type ApiErrorKind } from './api-error.js';
import { DEFAULT_MESSAGES, kindForStatus, parseRetryAfter } from './http-status.js';
import {
  CAPABILITIES,
  type CallOptions,
  type Capability,
  type IncidentApi,
  type UpdateOptions,
} from './incident-api.js';
import type {
  ActivityEntry,
  Alert,
  AlertBulkResult,
  AlertPatch,
  AlertQuery,
  Assignee,
  AutomationRule,
  AutomationRuleDraft,
  BulkResult,
  Comment,
  Entity,
  EntityInsights,
  Evidence,
  Incident,
  IncidentMetrics,
  IncidentPatch,
  IncidentQuery,
  IncidentTrend,
  Investigation,
  LinkAlertsRequest,
  LinkAlertsResult,
  LiveResponseResult,
  MergeIncidentsRequest,
  MergeIncidentsResult,
  MetricsQuery,
  Page,
  Playbook,
  PlaybookRun,
  PlaybookTarget,
  Principal,
  RemediationAction,
  RemediationActionFilter,
  RemediationActionType,
  SavedView,
  SavedViewDraft,
  SimilarIncident,
  SimilarIncidentsQuery,
  Task,
  TaskDraft,
  TimelinePage,
  TimelineQuery,
  TrendQuery,
} from './model.js';
import {
  alertQueryParams,
  incidentQueryParams,
  playbookTargetParams,
  remediationFilterParams,
  timelineQueryParams,
} from './query-string.js';
import { fetchText } from './fetch-text.js';

/** Kept here too: `parseRetryAfter` was first published by this module. */
export { parseRetryAfter } from './http-status.js';

export interface HttpIncidentApiOptions {
  /** Where the kit's REST API is served, absolute or relative to the page. Default `/api`. */
  baseUrl?: string;
  /** The `fetch` to call, e.g. one that adds tracing. Default: the global `fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request, e.g. `Authorization`; called before each request. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** How long a request may take before it fails with kind `timeout`. Default 30,000 ms. */
  timeoutMs?: number;
}

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestSpec {
  method: HttpMethod;
  /** Path below the base URL, with its segments already encoded. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal | undefined;
}

interface RawResponse {
  response: Response;
  text: string;
}

/** Tells whether a parsed body looks like what the call promises; a mismatch is `badResponse`. */
type Shape<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasStringId = (value: unknown): value is { id: string } => isRecord(value) && typeof value.id === 'string';

const withId = <T>(): Shape<T> => hasStringId as unknown as Shape<T>;

const isEntity: Shape<Entity> = (value): value is Entity =>
  isRecord(value) && typeof value.id === 'string' && typeof value.type === 'string';

const isPage = <T>(item: Shape<T>): Shape<Page<T>> =>
  ((value: unknown) =>
    isRecord(value) &&
    Array.isArray(value.items) &&
    value.items.every(item) &&
    typeof value.totalCount === 'number' &&
    (value.nextCursor === null || typeof value.nextCursor === 'string')) as Shape<Page<T>>;

const isTimelinePage: Shape<TimelinePage> = (value): value is TimelinePage =>
  isPage(withId())(value) && Array.isArray((value as unknown as Record<string, unknown>).histogram);

const isItemList = <T>(item: Shape<T>): Shape<{ items: T[] }> =>
  ((value: unknown) => isRecord(value) && Array.isArray(value.items) && value.items.every(item)) as Shape<{
    items: T[];
  }>;

const isBulkResult: Shape<BulkResult> = (value): value is BulkResult =>
  isRecord(value) &&
  Array.isArray(value.succeeded) &&
  value.succeeded.every(hasStringId) &&
  Array.isArray(value.failed) &&
  value.failed.every(hasStringId);

const isMergeResult: Shape<MergeIncidentsResult> = (value): value is MergeIncidentsResult =>
  isRecord(value) &&
  isRecord(value.incident) &&
  typeof value.incident.id === 'string' &&
  typeof value.incident.etag === 'string' &&
  Array.isArray(value.redirected) &&
  value.redirected.every(hasStringId);

const isAlertBulkResult: Shape<AlertBulkResult> = isBulkResult as unknown as Shape<AlertBulkResult>;

const isLinkResult: Shape<LinkAlertsResult> = (value): value is LinkAlertsResult =>
  isRecord(value) && isRecord(value.incident) && typeof value.incident.id === 'string' && Array.isArray(value.sources) && value.sources.every(hasStringId);

const isSimilarIncident: Shape<SimilarIncident> = (value): value is SimilarIncident =>
  isRecord(value) &&
  hasStringId(value.incident) &&
  typeof value.score === 'number' &&
  Array.isArray(value.reasons) &&
  value.reasons.every((reason) => isRecord(reason) && typeof reason.kind === 'string' && Array.isArray(reason.values));

const isInsights: Shape<EntityInsights> = (value): value is EntityInsights =>
  isRecord(value) && typeof value.entityId === 'string' && Array.isArray(value.relatedIncidents);

const isLiveResponseResult: Shape<LiveResponseResult> = (value): value is LiveResponseResult =>
  isRecord(value) && typeof value.deviceId === 'string' && typeof value.output === 'string';

const isSavedView: Shape<SavedView> = (value): value is SavedView =>
  isRecord(value) &&
  typeof value.id === 'string' &&
  typeof value.name === 'string' &&
  isRecord(value.query) &&
  (value.columns === null || Array.isArray(value.columns)) &&
  typeof value.isDefault === 'boolean';

const isIncidentTrend: Shape<IncidentTrend> = (value): value is IncidentTrend =>
  isRecord(value) &&
  typeof value.range === 'string' &&
  typeof value.start === 'string' &&
  typeof value.end === 'string' &&
  typeof value.truncated === 'boolean' &&
  Array.isArray(value.buckets) &&
  value.buckets.every(
    (bucket) => isRecord(bucket) && typeof bucket.start === 'string' && typeof bucket.incidents === 'number' && typeof bucket.alerts === 'number',
  );

const METRICS_LISTS = ['open', 'perDay', 'timeToAcknowledge', 'timeToResolve', 'byClassification', 'byDetermination', 'topTactics', 'workload', 'unsupported'];

const isIncidentMetrics: Shape<IncidentMetrics> = (value): value is IncidentMetrics =>
  isRecord(value) &&
  typeof value.from === 'string' &&
  typeof value.to === 'string' &&
  typeof value.total === 'number' &&
  typeof value.truncated === 'boolean' &&
  METRICS_LISTS.every((list) => Array.isArray(value[list]) && (value[list] as unknown[]).every((item) => list === 'unsupported' || isRecord(item)));

const isPrincipal: Shape<Principal> = (value): value is Principal =>
  hasStringId(value) && Array.isArray((value as unknown as Record<string, unknown>).roles);

/** `If-Match` needs an HTTP entity tag, which is quoted; an `etag` kept bare is quoted for it. */
function quotedEtag(etag: string): string {
  return /^(?:W\/)?".*"$/.test(etag) ? etag : `"${etag}"`;
}

function withEtagFrom(response: Response, incident: unknown): void {
  const header = response.headers.get('ETag');
  if (header && isRecord(incident) && (typeof incident.etag !== 'string' || incident.etag === '')) {
    incident.etag = header;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const segment = encodeURIComponent;

/**
 * `IncidentApi` over the kit's REST API (see the mock API's `openapi.yaml`): JSON over `fetch`,
 * optimistic concurrency with `If-Match`, and every failure mapped to an `ApiError`.
 * It never retries; the UI decides whether and when to.
 */
export class HttpIncidentApi implements IncidentApi {
  readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES);
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly extraHeaders?: HttpIncidentApiOptions['headers'];

  constructor(options: HttpIncidentApiOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
    // Looked up per call so that a fetch patched after construction is honoured.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.extraHeaders = options.headers;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async listIncidents(query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>> {
    return this.json(
      { method: 'GET', path: '/incidents', query: incidentQueryParams(query), signal: options?.signal },
      isPage(withId<Incident>()),
    );
  }

  async getIncident(id: string, options?: CallOptions): Promise<Incident> {
    return this.incident({ method: 'GET', path: `/incidents/${segment(id)}`, signal: options?.signal });
  }

  async updateIncident(id: string, patch: IncidentPatch, options?: UpdateOptions): Promise<Incident> {
    return this.incident({
      method: 'PATCH',
      path: `/incidents/${segment(id)}`,
      body: patch,
      headers: options?.etag ? { 'If-Match': quotedEtag(options.etag) } : undefined,
      signal: options?.signal,
    });
  }

  async updateIncidents(ids: string[], patch: IncidentPatch, options?: CallOptions): Promise<BulkResult> {
    return this.json(
      { method: 'POST', path: '/incidents/bulk-update', body: { ids, patch }, signal: options?.signal },
      isBulkResult,
    );
  }

  async mergeIncidents(request: MergeIncidentsRequest, options?: CallOptions): Promise<MergeIncidentsResult> {
    return this.json({ method: 'POST', path: '/incidents/merge', body: request, signal: options?.signal }, isMergeResult);
  }

  async listSimilarIncidents(incidentId: string, query: SimilarIncidentsQuery = {}, options?: CallOptions): Promise<SimilarIncident[]> {
    const params = new URLSearchParams(query.top === undefined ? {} : { top: String(query.top) });
    const path = `/incidents/${segment(incidentId)}/similar`;
    const list = await this.json({ method: 'GET', path, query: params, signal: options?.signal }, isItemList(isSimilarIncident));
    return list.items;
  }

  async listAlerts(query: AlertQuery, options?: CallOptions): Promise<Page<Alert>> {
    return this.json({ method: 'GET', path: '/alerts', query: alertQueryParams(query), signal: options?.signal }, isPage(withId<Alert>()));
  }

  async updateAlert(id: string, patch: AlertPatch, options?: CallOptions): Promise<Alert> {
    return this.json({ method: 'PATCH', path: `/alerts/${segment(id)}`, body: patch, signal: options?.signal }, withId<Alert>());
  }

  async updateAlerts(ids: string[], patch: AlertPatch, options?: CallOptions): Promise<AlertBulkResult> {
    return this.json({ method: 'POST', path: '/alerts/bulk-update', body: { ids, patch }, signal: options?.signal }, isAlertBulkResult);
  }

  async linkAlerts(request: LinkAlertsRequest, options?: CallOptions): Promise<LinkAlertsResult> {
    return this.json({ method: 'POST', path: '/alerts/link', body: request, signal: options?.signal }, isLinkResult);
  }

  async listIncidentAlerts(incidentId: string, options?: CallOptions): Promise<Alert[]> {
    return this.items(`/incidents/${segment(incidentId)}/alerts`, withId<Alert>(), options);
  }

  async getAlert(id: string, options?: CallOptions): Promise<Alert> {
    return this.json({ method: 'GET', path: `/alerts/${segment(id)}`, signal: options?.signal }, withId<Alert>());
  }

  async listEvidence(incidentId: string, options?: CallOptions): Promise<Evidence[]> {
    return this.items(`/incidents/${segment(incidentId)}/evidence`, isEntity as Shape<Evidence>, options);
  }

  async getEntity(entityId: string, options?: CallOptions): Promise<Entity> {
    return this.json({ method: 'GET', path: `/entities/${segment(entityId)}`, signal: options?.signal }, isEntity);
  }

  async getEntityTimeline(entityId: string, query: TimelineQuery, options?: CallOptions): Promise<TimelinePage> {
    return this.json(
      {
        method: 'GET',
        path: `/entities/${segment(entityId)}/timeline`,
        query: timelineQueryParams(query),
        signal: options?.signal,
      },
      isTimelinePage,
    );
  }

  async getEntityInsights(entityId: string, options?: CallOptions): Promise<EntityInsights> {
    return this.json(
      { method: 'GET', path: `/entities/${segment(entityId)}/insights`, signal: options?.signal },
      isInsights,
    );
  }

  async listComments(incidentId: string, options?: CallOptions): Promise<Comment[]> {
    return this.items(`/incidents/${segment(incidentId)}/comments`, withId<Comment>(), options);
  }

  async addComment(incidentId: string, text: string, options?: CallOptions): Promise<Comment> {
    return this.json(
      {
        method: 'POST',
        path: `/incidents/${segment(incidentId)}/comments`,
        body: { comment: text },
        signal: options?.signal,
      },
      withId<Comment>(),
    );
  }

  async listActivity(incidentId: string, options?: CallOptions): Promise<ActivityEntry[]> {
    return this.items(`/incidents/${segment(incidentId)}/activity`, withId<ActivityEntry>(), options);
  }

  async listInvestigations(incidentId: string, options?: CallOptions): Promise<Investigation[]> {
    return this.items(`/incidents/${segment(incidentId)}/investigations`, withId<Investigation>(), options);
  }

  async listRemediationActions(filter: RemediationActionFilter, options?: CallOptions): Promise<RemediationAction[]> {
    const list = await this.json(
      {
        method: 'GET',
        path: '/remediation-actions',
        query: remediationFilterParams(filter),
        signal: options?.signal,
      },
      isItemList(withId<RemediationAction>()),
    );
    return list.items;
  }

  async decideRemediationAction(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
    options?: CallOptions,
  ): Promise<RemediationAction> {
    return this.json(
      {
        method: 'POST',
        path: `/remediation-actions/${segment(id)}/decision`,
        body: comment === undefined ? { decision } : { decision, comment },
        signal: options?.signal,
      },
      withId<RemediationAction>(),
    );
  }

  async runRemediationAction(
    entityId: string,
    type: RemediationActionType,
    options?: CallOptions,
  ): Promise<RemediationAction> {
    return this.json(
      { method: 'POST', path: `/entities/${segment(entityId)}/remediation`, body: { type }, signal: options?.signal },
      withId<RemediationAction>(),
    );
  }

  async runLiveResponseCommand(deviceId: string, command: string, options?: CallOptions): Promise<LiveResponseResult> {
    return this.json(
      {
        method: 'POST',
        path: `/devices/${segment(deviceId)}/live-response`,
        body: { command },
        signal: options?.signal,
      },
      isLiveResponseResult,
    );
  }

  async listPlaybooks(options?: CallOptions): Promise<Playbook[]> {
    return this.items('/playbooks', withId<Playbook>(), options);
  }

  async runPlaybook(playbookId: string, target: PlaybookTarget, options?: CallOptions): Promise<PlaybookRun> {
    return this.json(
      {
        method: 'POST',
        path: `/playbooks/${segment(playbookId)}/runs`,
        body: { target },
        signal: options?.signal,
      },
      withId<PlaybookRun>(),
    );
  }

  async listPlaybookRuns(target: PlaybookTarget, options?: CallOptions): Promise<PlaybookRun[]> {
    const list = await this.json(
      { method: 'GET', path: '/playbook-runs', query: playbookTargetParams(target), signal: options?.signal },
      isItemList(withId<PlaybookRun>()),
    );
    return list.items;
  }

  async listAutomationRules(options?: CallOptions): Promise<AutomationRule[]> {
    return this.items('/automation-rules', withId<AutomationRule>(), options);
  }

  async saveAutomationRule(rule: AutomationRuleDraft, options?: CallOptions): Promise<AutomationRule> {
    const { id, ...draft } = rule;
    return this.json(
      id === undefined
        ? { method: 'POST', path: '/automation-rules', body: draft, signal: options?.signal }
        : { method: 'PUT', path: `/automation-rules/${segment(id)}`, body: draft, signal: options?.signal },
      withId<AutomationRule>(),
    );
  }

  async deleteAutomationRule(id: string, options?: CallOptions): Promise<void> {
    await this.send({ method: 'DELETE', path: `/automation-rules/${segment(id)}`, signal: options?.signal });
  }

  async listTasks(incidentId: string, options?: CallOptions): Promise<Task[]> {
    return this.items(`/incidents/${segment(incidentId)}/tasks`, withId<Task>(), options);
  }

  async saveTask(incidentId: string, task: TaskDraft, options?: CallOptions): Promise<Task> {
    const { id, ...draft } = task;
    const base = `/incidents/${segment(incidentId)}/tasks`;
    return this.json(
      id === undefined
        ? { method: 'POST', path: base, body: draft, signal: options?.signal }
        : { method: 'PUT', path: `${base}/${segment(id)}`, body: draft, signal: options?.signal },
      withId<Task>(),
    );
  }

  async listSavedViews(options?: CallOptions): Promise<SavedView[]> {
    return this.items('/saved-views', isSavedView, options);
  }

  async saveSavedView(view: SavedViewDraft, options?: CallOptions): Promise<SavedView> {
    const { id, ...draft } = view;
    return this.json(
      id === undefined
        ? { method: 'POST', path: '/saved-views', body: draft, signal: options?.signal }
        : { method: 'PUT', path: `/saved-views/${segment(id)}`, body: draft, signal: options?.signal },
      isSavedView,
    );
  }

  async deleteSavedView(id: string, options?: CallOptions): Promise<void> {
    await this.send({ method: 'DELETE', path: `/saved-views/${segment(id)}`, signal: options?.signal });
  }

  async getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend> {
    const params = new URLSearchParams({ range: query.range });
    if (query.end !== undefined) params.set('end', query.end);
    return this.json({ method: 'GET', path: '/metrics/incident-trend', query: params, signal: options?.signal }, isIncidentTrend);
  }

  async getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics> {
    const params = new URLSearchParams({ from: query.from, to: query.to });
    return this.json({ method: 'GET', path: '/metrics/incidents', query: params, signal: options?.signal }, isIncidentMetrics);
  }

  async listAssignees(options?: CallOptions): Promise<Assignee[]> {
    return this.items('/assignees', withId<Assignee>(), options);
  }

  async whoAmI(options?: CallOptions): Promise<Principal> {
    return this.json({ method: 'GET', path: '/me', signal: options?.signal }, isPrincipal);
  }

  // -------------------------------------------------------------------------

  private async items<T>(path: string, item: Shape<T>, options?: CallOptions): Promise<T[]> {
    const list = await this.json({ method: 'GET', path, signal: options?.signal }, isItemList(item));
    return list.items;
  }

  private async incident(spec: RequestSpec): Promise<Incident> {
    const { response, text } = await this.send(spec);
    const incident = this.parse(response, text, withId<Incident>());
    withEtagFrom(response, incident);
    return incident;
  }

  private async json<T>(spec: RequestSpec, shape: Shape<T>): Promise<T> {
    const { response, text } = await this.send(spec);
    return this.parse(response, text, shape);
  }

  private parse<T>(response: Response, text: string, shape: Shape<T>): T {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      throw new ApiError('badResponse', `${DEFAULT_MESSAGES.badResponse} It was not JSON.`, {
        status: response.status,
      });
    }
    if (!shape(parsed.value)) {
      throw new ApiError('badResponse', `${DEFAULT_MESSAGES.badResponse} It did not have the expected fields.`, {
        status: response.status,
      });
    }
    return parsed.value;
  }

  /** One request, start to finish: the body is read inside the time limit too. */
  private async send(spec: RequestSpec): Promise<RawResponse> {
    const headers = await this.headersFor(spec);
    const raw = await fetchText(
      this.fetchImpl,
      this.urlFor(spec),
      { method: spec.method, headers, body: spec.body === undefined ? undefined : JSON.stringify(spec.body) },
      { signal: spec.signal, timeoutMs: this.timeoutMs },
    );
    if (!raw.response.ok) throw this.errorFor(raw.response, raw.text);
    return raw;
  }

  private urlFor(spec: RequestSpec): string {
    const search = spec.query?.toString();
    return `${this.baseUrl}${spec.path}${search ? `?${search}` : ''}`;
  }

  private async headersFor(spec: RequestSpec): Promise<Record<string, string>> {
    let extra: Record<string, string> = {};
    if (this.extraHeaders) {
      try {
        extra = await this.extraHeaders();
      } catch (cause) {
        if (cause instanceof ApiError) throw cause;
        throw new ApiError('unauthorized', 'Could not get the credentials for the request. Sign in and try again.', {
          cause,
        });
      }
    }
    return {
      Accept: 'application/json',
      ...(spec.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...extra,
      ...spec.headers,
    };
  }

  private errorFor(response: Response, text: string): ApiError {
    const kind = kindForStatus(response.status);
    const parsed = parseJson(text);
    const error = parsed.ok && isRecord(parsed.value) && isRecord(parsed.value.error) ? parsed.value.error : {};
    const serverMessage = typeof error.message === 'string' && error.message.trim() !== '' ? error.message : undefined;
    const retryAfterMs = kind === 'throttled' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
    const current = kind === 'conflict' && isRecord(error.current) ? error.current : undefined;
    if (current) withEtagFrom(response, current);
    return new ApiError(kind, serverMessage ?? this.defaultMessage(kind, response.status, retryAfterMs), {
      status: response.status,
      retryAfterMs,
      field: kind === 'validation' && typeof error.field === 'string' ? error.field : undefined,
      current,
    });
  }

  private defaultMessage(kind: ApiErrorKind, status: number, retryAfterMs: number | undefined): string {
    if (kind === 'throttled' && retryAfterMs !== undefined) {
      return `The server is busy. Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} seconds.`;
    }
    if (kind === 'server' || kind === 'badResponse') return `${DEFAULT_MESSAGES[kind]} (HTTP ${status})`;
    return DEFAULT_MESSAGES[kind];
  }
}
