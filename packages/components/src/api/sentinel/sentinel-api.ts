import { ApiError } from '../api-error.js';
import {
  type AccessTokenProvider,
  BearerTransport,
  type HttpMethod,
  isSameOrigin,
  type TransportResponse,
} from '../bearer-transport.js';
import type { CallOptions, Capability, IncidentApi, UpdateOptions } from '../incident-api.js';
import { countMetrics, countTrend, metricsRange, trendSpan } from '../incident-aggregates.js';
import { compareIncidents, type IncidentFilterKey, matchesIncidentQuery } from '../local-incident-query.js';
import {
  type ActivityEntry,
  type Alert,
  type AlertBulkResult,
  type Assignee,
  type AutomationRule,
  type AutomationRuleDraft,
  type BulkResult,
  type Comment,
  type Entity,
  type EntityInsights,
  type Evidence,
  type Incident,
  type IncidentMetricName,
  type IncidentMetrics,
  type IncidentPatch,
  type IncidentQuery,
  type IncidentTrend,
  type Investigation,
  type LinkAlertsResult,
  type LiveResponseResult,
  MAX_COMMENT_LENGTH,
  type MetricsQuery,
  type Page,
  type Playbook,
  type PlaybookRun,
  type PlaybookTarget,
  type Principal,
  type RemediationAction,
  type MergeIncidentsResult,
  type SavedView,
  type SimilarIncident,
  type Task,
  type TaskDraft,
  type TimelinePage,
  type TimelineQuery,
  type TrendQuery,
} from '../model.js';
import { odataDateTime } from '../odata.js';
import { alertFromSentinel } from './sentinel-alert.js';
import { automationRuleFromSentinel, sentinelAutomationRulePutBody } from './sentinel-automation.js';
import { evidenceFromSentinel } from './sentinel-entity.js';
import { checkSentinelPatch, incidentFromSentinel, sentinelIncidentPutBody } from './sentinel-incident.js';
import { isObject, type Json, objects, resourceName, text } from './sentinel-json.js';
import { DEFAULT_TOP, SENTINEL_MAX_TOP, sentinelListPlan } from './sentinel-query.js';
import { commentFromSentinel, taskFromSentinel } from './sentinel-records.js';
import { timelineFromSentinel, timelineKindsToSentinel } from './sentinel-timeline.js';

export const ARM_SCOPE = 'https://management.azure.com/.default';
/** The Microsoft.SecurityInsights API version of every call but the preview-only ones. */
export const SENTINEL_API_VERSION = '2024-09-01';
/** Entity timelines and running playbooks exist only in preview API versions. */
export const SENTINEL_PREVIEW_API_VERSION = '2025-04-01-preview';

export interface SentinelApiOptions {
  /** Default `https://management.azure.com`; a sovereign cloud has its own. */
  baseUrl?: string;
  subscriptionId: string;
  resourceGroup: string;
  workspaceName: string;
  /**
   * Called before every request, retries included, with the scope `ARM_SCOPE`; the host signs in,
   * caches and refreshes. The adapter keeps no token.
   */
  getAccessToken: AccessTokenProvider;
  fetch?: typeof globalThis.fetch;
  /** Retries of a throttled (429/503) request, waiting `Retry-After` plus jitter. Default 3. */
  maxRetries?: number;
  /** Limit for one attempt of a request. Default 30,000 ms. */
  timeoutMs?: number;
  /**
   * The playbooks (Logic Apps) to offer, `id` being the Logic App's resource ID. Sentinel cannot
   * list them; with none, there is no "Run playbook".
   */
  playbooks?: Playbook[];
  /** The tenant of the playbooks, when it is not the workspace's. */
  tenantId?: string;
  /** Most incidents read to apply filters Sentinel cannot (see `listIncidents`). Default 1,000. */
  localScanLimit?: number;
  /** Most pages of incidents read for the trend and the metrics, 1,000 incidents a page. Default 5: at most 5,000 incidents. */
  aggregatePageLimit?: number;
}

const BACKEND = 'the Microsoft Sentinel backend';
const MAX_PAGES = 50;
const SCAN_PAGE_SIZE = 200;
const REMEMBERED_QUERIES = 20;
const OFFSET_CURSOR = /^offset:(\d+)$/;
/**
 * A Sentinel incident has no time of closing and no history (the REST API gives neither), so
 * neither the mean times nor the closures per day can be counted. Its classification reason says
 * too little to give a determination for most incidents (every true positive reads `unknown`), so
 * counting determinations would mislead.
 */
const UNSUPPORTED_METRICS: readonly IncidentMetricName[] = ['perDay', 'timeToAcknowledge', 'timeToResolve', 'determination'];

/**
 * `IncidentApi` over the Microsoft Sentinel REST API (Azure Resource Manager,
 * `Microsoft.SecurityInsights`, API version 2024-09-01; entity timelines and playbook runs use
 * 2025-04-01-preview). Incidents are updated by PUT with their `etag` in the body, so a stale etag
 * fails with `conflict`. What Sentinel has no endpoint for (single alerts, the alert queue, alert
 * updates and moves, entity pages and
 * insights, the audit trail, investigations, remediation, live response, playbook runs, people, saved views)
 * rejects with an `ApiError` of kind `validation`, and `capabilities` leaves it out. Bulk updates
 * work (`updateIncidents` runs one update after another) but are not claimed: without a bulk
 * endpoint, callers do better to update one incident at a time with its etag.
 */
export class SentinelApi implements IncidentApi {
  readonly capabilities: ReadonlySet<Capability>;
  /** `.../workspaces/{name}/providers/Microsoft.SecurityInsights`. */
  readonly workspaceUrl: string;
  private readonly transport: BearerTransport;
  private readonly playbooks: readonly Playbook[];
  private readonly tenantId?: string;
  private readonly localScanLimit: number;
  private readonly aggregatePageLimit: number;
  /** Per listing, where each page Sentinel linked to starts: offset → `nextLink`. */
  private readonly pageLinks = new Map<string, Map<number, string>>();
  /** Automation rules as Sentinel last returned them, so that saving keeps what the kit cannot show. */
  private readonly knownRules = new Map<string, Json>();

  constructor(options: SentinelApiOptions) {
    const base = (options.baseUrl ?? 'https://management.azure.com').replace(/\/+$/, '');
    const segment = encodeURIComponent;
    this.workspaceUrl =
      `${base}/subscriptions/${segment(options.subscriptionId)}/resourceGroups/${segment(options.resourceGroup)}` +
      `/providers/Microsoft.OperationalInsights/workspaces/${segment(options.workspaceName)}` +
      '/providers/Microsoft.SecurityInsights';
    this.transport = new BearerTransport({
      scope: ARM_SCOPE,
      getAccessToken: options.getAccessToken,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: { maxRetries: options.maxRetries ?? 3 },
    });
    this.playbooks = options.playbooks ?? [];
    this.tenantId = options.tenantId;
    this.localScanLimit = options.localScanLimit ?? 1000;
    this.aggregatePageLimit = Math.max(1, Math.floor(options.aggregatePageLimit ?? 5));
    const capabilities: Capability[] = [
      'incidentNames',
      'incidentSeverity',
      'resolvingComment',
      'evidence',
      'entityTimeline',
      'automationRules',
      'tasks',
      'incidentTrend',
      'incidentMetrics',
    ];
    if (this.playbooks.length > 0) capabilities.push('playbooks');
    this.capabilities = new Set(capabilities);
  }

  /**
   * Sentinel filters status, severity and the created-time range, and sorts by created, last
   * update, first and last activity time and by name. Other sorts order each fetched page. Other
   * filters (owner, classification, determination, tags, sources, categories, search, and a status
   * or severity Sentinel has no value for) are applied here: such a query reads up to
   * `localScanLimit` incidents and pages through the matches.
   *
   * Sentinel neither counts nor skips: `skip` is reached by following `nextLink`s, remembered per
   * query so that the next page costs one request, and `totalCount` is what has been seen so far
   * plus one while there is more (exact when filtering here). `nextCursor` is an offset.
   */
  async listIncidents(query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>> {
    const top = Math.min(500, Math.max(1, Math.floor(query.top ?? DEFAULT_TOP)));
    let skip = Math.max(0, Math.floor(query.skip ?? 0));
    if (query.cursor !== undefined) {
      const offset = OFFSET_CURSOR.exec(query.cursor);
      if (!offset) throw new ApiError('validation', 'The page cursor does not belong to this backend.', { field: 'cursor' });
      skip = Number(offset[1]);
    }
    const plan = sentinelListPlan(query, top);
    if (plan.localFilters.length > 0) return this.scan(plan.params, plan.localFilters, query, skip, top, options);

    const key = plan.params.toString();
    const links = this.linksFor(key);
    const start = Math.max(...[...links.keys()].filter((offset) => offset <= skip));
    let url: string | null = links.get(start)!;
    let offset = start;
    const items: Incident[] = [];
    while (url !== null && offset < skip + top) {
      const page = await this.collection(url, options?.signal);
      page.value.forEach((resource, index) => {
        if (offset + index >= skip && items.length < top) items.push(incidentFromSentinel(resource));
      });
      offset += page.value.length;
      url = page.nextLink;
      if (url !== null) links.set(offset, url);
      if (page.value.length === 0) break;
    }
    if (plan.localSort && query.sort) items.sort(compareIncidents(query.sort));
    const hasMore = url !== null || offset > skip + items.length;
    const end = skip + items.length;
    return { items, totalCount: end + (hasMore ? 1 : 0), nextCursor: hasMore ? `offset:${end}` : null };
  }

  async getIncident(id: string, options?: CallOptions): Promise<Incident> {
    return incidentFromSentinel(await this.rawIncident(id, options?.signal));
  }

  /**
   * Reads the incident, applies the patch to it and PUTs it back with the etag: the caller's when
   * given (Sentinel then refuses the write if anyone changed the incident since), else the one
   * just read. A stale etag fails with `conflict` carrying the current incident.
   */
  async updateIncident(id: string, patch: IncidentPatch, options?: UpdateOptions): Promise<Incident> {
    checkSentinelPatch(patch);
    const current = await this.rawIncident(id, options?.signal);
    if (options?.etag !== undefined && options.etag !== text(current.etag)) throw this.conflict(incidentFromSentinel(current));
    const body = sentinelIncidentPutBody(current, patch, options?.etag);
    try {
      return incidentFromSentinel(await this.object('PUT', this.url(`/incidents/${segment(id)}`), options?.signal, body));
    } catch (error) {
      if (!ApiError.is(error, 'conflict')) throw error;
      const latest = await this.rawIncident(id, options?.signal);
      throw this.conflict(incidentFromSentinel(latest), error);
    }
  }

  /** One update after another (Sentinel has no bulk update); failures are reported per incident. */
  async updateIncidents(ids: string[], patch: IncidentPatch, options?: CallOptions): Promise<BulkResult> {
    checkSentinelPatch(patch);
    const result: BulkResult = { succeeded: [], failed: [] };
    for (const id of ids) {
      try {
        result.succeeded.push(await this.updateIncident(id, patch, { signal: options?.signal }));
      } catch (error) {
        if (ApiError.is(error, 'aborted')) throw error;
        const failure = ApiError.is(error) ? error : new ApiError('server', String(error));
        result.failed.push({ id, error: { kind: failure.kind, message: failure.message } });
      }
    }
    return result;
  }

  async listIncidentAlerts(incidentId: string, options?: CallOptions): Promise<Alert[]> {
    const body = await this.object('POST', this.url(`/incidents/${segment(incidentId)}/alerts`), options?.signal);
    return objects(body.value).map((alert) => alertFromSentinel(alert, incidentId));
  }

  /** The incident's entities; their IDs open their timelines. */
  async listEvidence(incidentId: string, options?: CallOptions): Promise<Evidence[]> {
    return evidenceFromSentinel(
      await this.object('POST', this.url(`/incidents/${segment(incidentId)}/entities`), options?.signal),
    );
  }

  async getEntityTimeline(entityId: string, query: TimelineQuery, options?: CallOptions): Promise<TimelinePage> {
    const body: Json = {
      startTime: odataDateTime(query.from, 'from'),
      endTime: odataDateTime(query.to, 'to'),
    };
    if (query.kinds !== undefined) body.kinds = timelineKindsToSentinel(query.kinds);
    const url = this.url(`/entities/${segment(entityId)}/getTimeline`, SENTINEL_PREVIEW_API_VERSION);
    return timelineFromSentinel(await this.object('POST', url, options?.signal, body), entityId, query);
  }

  async listComments(incidentId: string, options?: CallOptions): Promise<Comment[]> {
    const comments = await this.all(this.url(`/incidents/${segment(incidentId)}/comments`), options?.signal);
    return comments.map((comment) => commentFromSentinel(comment, incidentId));
  }

  /** Creates the comment by PUT under a new ID, as Sentinel's API has it. */
  async addComment(incidentId: string, text: string, options?: CallOptions): Promise<Comment> {
    if (text.trim() === '') throw new ApiError('validation', 'Write a comment first.', { field: 'comment' });
    if (text.length > MAX_COMMENT_LENGTH) {
      throw new ApiError('validation', `A comment can be at most ${MAX_COMMENT_LENGTH} characters long.`, {
        field: 'comment',
      });
    }
    const url = this.url(`/incidents/${segment(incidentId)}/comments/${crypto.randomUUID()}`);
    const created = await this.object('PUT', url, options?.signal, { properties: { message: text } });
    return commentFromSentinel(created, incidentId);
  }

  /** The playbooks given in the options: Sentinel cannot list Logic Apps. */
  async listPlaybooks(): Promise<Playbook[]> {
    if (this.playbooks.length === 0) return unsupported('listPlaybooks');
    return this.playbooks.map((playbook) => ({ ...playbook }));
  }

  /**
   * Triggers the playbook (a Logic App resource ID) on an incident. Sentinel reports nothing about
   * the run, so the run returned is `queued` and cannot be followed.
   */
  async runPlaybook(playbookId: string, target: PlaybookTarget, options?: CallOptions): Promise<PlaybookRun> {
    if (target.kind !== 'incident') {
      throw new ApiError('validation', "The Microsoft Sentinel backend runs playbooks on incidents only.", { field: 'target' });
    }
    const body: Json = { logicAppsResourceId: playbookId };
    if (this.tenantId) body.tenantId = this.tenantId;
    const url = this.url(`/incidents/${segment(target.id)}/runPlaybook`, SENTINEL_PREVIEW_API_VERSION);
    await this.send('POST', url, options?.signal, body);
    return {
      id: crypto.randomUUID(),
      playbookId,
      playbookName: this.playbooks.find((playbook) => playbook.id === playbookId)?.name ?? playbookId.split('/').pop() ?? playbookId,
      target: { ...target },
      incidentId: target.id,
      status: 'queued',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      triggeredBy: '',
      log: [],
    };
  }

  async listAutomationRules(options?: CallOptions): Promise<AutomationRule[]> {
    const rules = await this.all(this.url('/automationRules'), options?.signal);
    for (const rule of rules) this.knownRules.set(resourceName(rule), rule);
    return rules.map(automationRuleFromSentinel);
  }

  /**
   * Creates (under a new ID) or replaces the rule by PUT. An existing rule is written from its
   * last-read form with its etag, so conditions and actions the kit cannot show are kept.
   */
  async saveAutomationRule(rule: AutomationRuleDraft, options?: CallOptions): Promise<AutomationRule> {
    const id = rule.id ?? crypto.randomUUID();
    const url = this.url(`/automationRules/${segment(id)}`);
    let previous = this.knownRules.get(id);
    if (!previous && rule.id !== undefined) previous = await this.existing(url, options?.signal);
    const saved = await this.object('PUT', url, options?.signal, sentinelAutomationRulePutBody(rule, previous));
    this.knownRules.set(id, saved);
    return automationRuleFromSentinel(saved);
  }

  async deleteAutomationRule(id: string, options?: CallOptions): Promise<void> {
    await this.send('DELETE', this.url(`/automationRules/${segment(id)}`), options?.signal);
    this.knownRules.delete(id);
  }

  async listTasks(incidentId: string, options?: CallOptions): Promise<Task[]> {
    const tasks = await this.all(this.url(`/incidents/${segment(incidentId)}/tasks`), options?.signal);
    return tasks.map((task) => taskFromSentinel(task, incidentId));
  }

  /** Creates (under a new ID) or replaces the task by PUT; what the draft leaves out is kept. */
  async saveTask(incidentId: string, task: TaskDraft, options?: CallOptions): Promise<Task> {
    const id = task.id ?? crypto.randomUUID();
    const url = this.url(`/incidents/${segment(incidentId)}/tasks/${segment(id)}`);
    const previous = task.id === undefined ? undefined : await this.existing(url, options?.signal);
    const before = previous ? taskFromSentinel(previous, incidentId) : undefined;
    const status = task.status ?? before?.status ?? 'new';
    const description = task.description ?? before?.description ?? '';
    const properties: Json = { title: task.title, status: status === 'completed' ? 'Completed' : 'New' };
    if (description) properties.description = description;
    const etag = previous ? text(previous.etag) : '';
    const saved = await this.object('PUT', url, options?.signal, etag ? { etag, properties } : { properties });
    return taskFromSentinel(saved, incidentId);
  }

  /**
   * Counted from the incidents created in the span, read newest first (`$orderby` on
   * `properties/createdTimeUtc`) up to `aggregatePageLimit` pages; `truncated` when there were more.
   * Sentinel lists no alerts across incidents, so an incident's alerts (its current `alertsCount`)
   * count in the bucket of the incident's creation: an alert grouped into an older incident counts
   * at that incident's creation, and alerts of incidents created before the span do not count.
   */
  async getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend> {
    const span = trendSpan(query);
    const read = await this.newestIncidents(span.start, span.end, options?.signal);
    const incidents = read.items.map(incidentFromSentinel);
    const alerts = incidents.map((incident) => ({ createdDateTime: incident.createdDateTime, count: incident.alertCount }));
    return countTrend(span, incidents, alerts, read.truncated);
  }

  /**
   * Counted from the range's incidents, read newest first up to `aggregatePageLimit` pages. The times
   * to acknowledge and resolve, the figures per day and the determinations are `unsupported` (see
   * `UNSUPPORTED_METRICS`).
   */
  async getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics> {
    const range = metricsRange(query);
    const read = await this.newestIncidents(range.from, range.to, options?.signal);
    return countMetrics(range, {
      incidents: read.items.map(incidentFromSentinel),
      unsupported: UNSUPPORTED_METRICS,
      truncated: read.truncated,
    });
  }

  /** Sentinel has nowhere to keep them: the queue keeps saved views in the host's storage. */
  listSavedViews(): Promise<SavedView[]> {
    return unsupported('listSavedViews');
  }
  saveSavedView(): Promise<SavedView> {
    return unsupported('saveSavedView');
  }
  deleteSavedView(): Promise<void> {
    return unsupported('deleteSavedView');
  }
  /** Sentinel has no merge of incidents in its API. */
  mergeIncidents(): Promise<MergeIncidentsResult> {
    return unsupported('mergeIncidents');
  }
  /** Sentinel's API does not rank incidents by what they share. */
  listSimilarIncidents(): Promise<SimilarIncident[]> {
    return unsupported('listSimilarIncidents');
  }

  /**
   * Sentinel's REST API lists alerts only per incident: a queue across incidents would need Log
   * Analytics queries of the SecurityAlert table, another API with another token scope.
   */
  listAlerts(): Promise<Page<Alert>> {
    return unsupported('listAlerts');
  }
  getAlert(): Promise<Alert> {
    return unsupported('getAlert');
  }
  /** Sentinel alerts are changed in the product that raised them; its REST API has no alert update. */
  updateAlert(): Promise<Alert> {
    return unsupported('updateAlert');
  }
  updateAlerts(): Promise<AlertBulkResult> {
    return unsupported('updateAlerts');
  }
  /**
   * Incident relations can relate an alert to another incident, but they only add: the alert stays in
   * the incident it came from, and no incident can be made from alerts. That is not a move.
   */
  linkAlerts(): Promise<LinkAlertsResult> {
    return unsupported('linkAlerts');
  }
  getEntity(): Promise<Entity> {
    return unsupported('getEntity');
  }
  getEntityInsights(): Promise<EntityInsights> {
    return unsupported('getEntityInsights');
  }
  listActivity(): Promise<ActivityEntry[]> {
    return unsupported('listActivity');
  }
  listInvestigations(): Promise<Investigation[]> {
    return unsupported('listInvestigations');
  }
  listRemediationActions(): Promise<RemediationAction[]> {
    return unsupported('listRemediationActions');
  }
  decideRemediationAction(): Promise<RemediationAction> {
    return unsupported('decideRemediationAction');
  }
  runRemediationAction(): Promise<RemediationAction> {
    return unsupported('runRemediationAction');
  }
  runLiveResponseCommand(): Promise<LiveResponseResult> {
    return unsupported('runLiveResponseCommand');
  }
  listPlaybookRuns(): Promise<PlaybookRun[]> {
    return unsupported('listPlaybookRuns');
  }
  listAssignees(): Promise<Assignee[]> {
    return unsupported('listAssignees');
  }
  whoAmI(): Promise<Principal> {
    return unsupported('whoAmI');
  }

  // -------------------------------------------------------------------------

  private url(path: string, apiVersion = SENTINEL_API_VERSION, params?: URLSearchParams): string {
    const query = new URLSearchParams({ 'api-version': apiVersion });
    params?.forEach((value, name) => query.set(name, value));
    return `${this.workspaceUrl}${path}?${query}`;
  }

  private conflict(current: Incident, cause?: unknown): ApiError {
    return new ApiError('conflict', 'Someone else changed this incident. Review the latest version and try again.', {
      status: ApiError.is(cause) ? cause.status : undefined,
      current,
      cause,
    });
  }

  private async rawIncident(id: string, signal?: AbortSignal): Promise<Json> {
    const incident = await this.object('GET', this.url(`/incidents/${segment(id)}`), signal);
    if (typeof incident.name !== 'string' && typeof incident.id !== 'string') throw badResponse('It had no incident ID.');
    return incident;
  }

  /** The resource at `url`, or `undefined` when there is none. */
  private async existing(url: string, signal?: AbortSignal): Promise<Json | undefined> {
    try {
      return await this.object('GET', url, signal);
    } catch (error) {
      if (ApiError.is(error, 'notFound')) return undefined;
      throw error;
    }
  }

  /** The links remembered for one listing, starting with its first page. */
  private linksFor(key: string): Map<number, string> {
    let links = this.pageLinks.get(key);
    if (!links) {
      links = new Map([[0, this.url('/incidents', SENTINEL_API_VERSION, new URLSearchParams(key))]]);
      this.pageLinks.set(key, links);
      if (this.pageLinks.size > REMEMBERED_QUERIES) this.pageLinks.delete(this.pageLinks.keys().next().value!);
    }
    return links;
  }

  /** Reads up to `localScanLimit` incidents and pages through those that pass the local filters. */
  private async scan(
    params: URLSearchParams,
    localFilters: IncidentFilterKey[],
    query: IncidentQuery,
    skip: number,
    top: number,
    options?: CallOptions,
  ): Promise<Page<Incident>> {
    const first = new URLSearchParams(params);
    first.set('$top', String(Math.min(SCAN_PAGE_SIZE, this.localScanLimit)));
    let url: string | null = this.url('/incidents', SENTINEL_API_VERSION, first);
    const matches: Incident[] = [];
    for (let read = 0; url !== null && read < this.localScanLimit; ) {
      const page: { value: Json[]; nextLink: string | null } = await this.collection(url, options?.signal);
      const incidents = page.value.slice(0, this.localScanLimit - read).map(incidentFromSentinel);
      read += Math.max(1, incidents.length);
      matches.push(...incidents.filter((incident) => matchesIncidentQuery(incident, query, localFilters)));
      url = page.nextLink;
    }
    if (query.sort) matches.sort(compareIncidents(query.sort));
    const items = matches.slice(skip, skip + top);
    const end = skip + items.length;
    return { items, totalCount: matches.length, nextCursor: end < matches.length ? `offset:${end}` : null };
  }

  /** The incidents created in `[from, to)`, newest first, up to `aggregatePageLimit` pages. */
  private async newestIncidents(from: string, to: string, signal?: AbortSignal): Promise<{ items: Json[]; truncated: boolean }> {
    const query: IncidentQuery = { createdAfter: from, createdBefore: to, sort: { field: 'createdDateTime', direction: 'desc' } };
    let next: string | null = this.url('/incidents', SENTINEL_API_VERSION, sentinelListPlan(query, SENTINEL_MAX_TOP).params);
    const items: Json[] = [];
    for (let pages = 0; next !== null && pages < this.aggregatePageLimit; pages++) {
      const page: { value: Json[]; nextLink: string | null } = await this.collection(next, signal);
      items.push(...page.value);
      next = page.nextLink;
    }
    return { items, truncated: next !== null };
  }

  /** Every item of a list, following `nextLink` (up to a bound). */
  private async all(url: string, signal?: AbortSignal): Promise<Json[]> {
    const items: Json[] = [];
    let next: string | null = url;
    for (let pages = 0; next !== null && pages < MAX_PAGES; pages++) {
      const page: { value: Json[]; nextLink: string | null } = await this.collection(next, signal);
      items.push(...page.value);
      next = page.nextLink;
    }
    return items;
  }

  private async collection(url: string, signal?: AbortSignal): Promise<{ value: Json[]; nextLink: string | null }> {
    const body = await this.object('GET', url, signal);
    if (!Array.isArray(body.value)) throw badResponse('It had no list of items.');
    const nextLink = body.nextLink;
    if (nextLink !== undefined && nextLink !== null && !isSameOrigin(nextLink, this.workspaceUrl)) {
      throw badResponse('Its next-page link leads to another server.');
    }
    return { value: objects(body.value), nextLink: typeof nextLink === 'string' ? nextLink : null };
  }

  private async object(method: HttpMethod, url: string, signal?: AbortSignal, body?: unknown): Promise<Json> {
    const response = await this.send(method, url, signal, body);
    if (!isObject(response.body)) throw badResponse('It was not a JSON object.');
    return response.body;
  }

  private send(method: HttpMethod, url: string, signal?: AbortSignal, body?: unknown): Promise<TransportResponse> {
    return this.transport.send({ method, url, body, signal });
  }
}

const segment = encodeURIComponent;

function unsupported(method: string): Promise<never> {
  return Promise.reject(new ApiError('validation', `${method} is not supported by ${BACKEND}.`));
}

function badResponse(detail: string): ApiError {
  return new ApiError('badResponse', `The server sent a response the app could not read. ${detail}`);
}
