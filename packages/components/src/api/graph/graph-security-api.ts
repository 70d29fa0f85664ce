import { ApiError } from '../api-error.js';
import { type AccessTokenProvider, BearerTransport, type HttpMethod, isSameOrigin } from '../bearer-transport.js';
import type { CallOptions, Capability, IncidentApi, UpdateOptions } from '../incident-api.js';
import { countMetrics, countTrend, metricsRange, trendSpan } from '../incident-aggregates.js';
import { compareIncidents, matchesIncidentQuery } from '../local-incident-query.js';
import {
  type ActivityEntry,
  type Alert,
  type AlertBulkResult,
  type AlertPatch,
  type AlertQuery,
  type Assignee,
  type AutomationRule,
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
  type Principal,
  type RemediationAction,
  type MergeIncidentsResult,
  type SavedView,
  type SimilarIncident,
  type Task,
  type TimelinePage,
  type TrendQuery,
} from '../model.js';
import { odataString } from '../odata.js';
import { compareAlerts, type GraphAlertListPlan, graphAlertListPlan, matchesAlertQuery } from './graph-alert-query.js';
import {
  alertCommentsFromGraph,
  alertFromGraph,
  commentsFromGraph,
  evidenceFromGraph,
  graphAlertPatch,
  graphPatchBody,
  incidentFromGraph,
  mergeEvidence,
} from './graph-mapping.js';
import { GRAPH_MAX_TOP, graphListPlan } from './graph-query.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export interface GraphSecurityApiOptions {
  /** Default `https://graph.microsoft.com/v1.0`; a national cloud has its own. */
  baseUrl?: string;
  /**
   * Called before every request, retries included, with the scope `GRAPH_SCOPE`; the host signs in,
   * caches and refreshes. The adapter keeps no token.
   */
  getAccessToken: AccessTokenProvider;
  fetch?: typeof globalThis.fetch;
  /** Retries of a throttled (429/503) request, waiting `Retry-After` plus jitter. Default 3. */
  maxRetries?: number;
  /** Limit for one attempt of a request. Default 30,000 ms. */
  timeoutMs?: number;
  /**
   * List incidents with `$expand=alerts` even when the query does not need it, so that the
   * queue's alert-derived columns (sources, categories, impacted assets, active alerts) are
   * filled. Heavier responses. Default `false`.
   */
  alwaysExpandAlerts?: boolean;
  /** Most incidents, or alerts, read to apply filters Graph cannot (see `listIncidents`, `listAlerts`). Default 500. */
  localScanLimit?: number;
  /**
   * Most pages of each listing read for the trend and the metrics. Default 10: at most 500 incidents
   * (Graph's pages hold 50), and 10 pages of alerts for the trend.
   */
  aggregatePageLimit?: number;
}

type Json = Record<string, unknown>;

interface Collection {
  value: Json[];
  count?: number;
  nextLink: string | null;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const BACKEND = 'the Microsoft Graph security API backend';
const MAX_ALERT_PAGES = 20;
/**
 * Graph incidents have no resolution time and no history: nothing tells when one was acknowledged
 * or resolved, so neither the mean times nor the resolutions per day can be counted.
 */
const UNSUPPORTED_METRICS: readonly IncidentMetricName[] = ['perDay', 'timeToAcknowledge', 'timeToResolve'];
const OFFSET_CURSOR = /^offset:(\d+)$/;

/**
 * `IncidentApi` over Microsoft Graph security API v1.0: `/security/incidents` and
 * `/security/alerts_v2`. What Graph has no endpoint for (entity pages, timelines, investigations,
 * remediation, live response, playbooks, automation rules, tasks, the audit trail, people, saved views,
 * moving alerts between incidents)
 * rejects with an `ApiError` of kind `validation`, and `capabilities` leaves it out.
 *
 * Every request sends `Prefer: include-unknown-enum-members`, so Graph returns the enum members
 * added after `unknownFutureValue` (`inProgress`, `microsoftSentinel`, ...) instead of hiding them.
 */
export class GraphSecurityApi implements IncidentApi {
  /**
   * Evidence, the trend and the metrics: not `incidentNames` or `incidentSeverity`, which Graph's
   * PATCH refuses. Bulk updates work (`updateIncidents` runs one PATCH after another) but are not
   * claimed: without a bulk endpoint, callers do better to update one incident at a time with its etag.
   * The alert queue and alert updates (one PATCH per alert, which carries no etag) are claimed; moving
   * alerts between incidents is not, Graph has no API for it.
   */
  readonly capabilities: ReadonlySet<Capability> = new Set<Capability>([
    'evidence',
    'incidentTrend',
    'incidentMetrics',
    'alertQueue',
    'updateAlerts',
  ]);
  readonly baseUrl: string;
  private readonly transport: BearerTransport;
  private readonly alwaysExpandAlerts: boolean;
  private readonly localScanLimit: number;
  private readonly aggregatePageLimit: number;

  constructor(options: GraphSecurityApiOptions) {
    this.baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
    this.transport = new BearerTransport({
      scope: GRAPH_SCOPE,
      getAccessToken: options.getAccessToken,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      retry: { maxRetries: options.maxRetries ?? 3 },
      headers: { Prefer: 'include-unknown-enum-members' },
    });
    this.alwaysExpandAlerts = options.alwaysExpandAlerts ?? false;
    this.localScanLimit = options.localScanLimit ?? 500;
    this.aggregatePageLimit = Math.max(1, Math.floor(options.aggregatePageLimit ?? 10));
  }

  /**
   * Graph filters status, severity, assignedTo (`UNASSIGNED` as `eq null`), classification,
   * determination and the created-time range itself. Service and detection sources, categories,
   * tags, entities, device groups, OS platforms, threats and search are filtered here: such a
   * query reads up to `localScanLimit` incidents (`$expand=alerts` when a filter reads the alerts)
   * and pages through the matches, so it sees only the first `localScanLimit` incidents that pass
   * Graph's own filters. Graph incidents have no investigation state (`unknown`) and no
   * sensitivity labels, so those filters match none but `unknown`.
   *
   * Graph cannot sort: `sort` orders the incidents fetched for the call (the page, or the scanned
   * matches), and otherwise Graph's own order (most recent first) stands.
   *
   * Pages larger than Graph's 50 are put together from several requests. `totalCount` is Graph's
   * `@odata.count`, or the number of matches found when filtering here. `nextCursor` is Graph's
   * `@odata.nextLink` (or an offset when filtering here).
   */
  async listIncidents(query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>> {
    const top = Math.min(500, Math.max(1, Math.floor(query.top ?? 50)));
    const offset = query.cursor === undefined ? undefined : OFFSET_CURSOR.exec(query.cursor);
    if (query.cursor !== undefined && !offset) return this.pageAt(query.cursor, query, options);
    const skip = offset ? Number(offset[1]) : Math.max(0, Math.floor(query.skip ?? 0));
    const plan = graphListPlan({ ...query, skip: undefined }, this.alwaysExpandAlerts);
    if (plan.localFilters.length > 0) return this.scan(plan.params, plan.localFilters, query, skip, top, options);

    const items: Incident[] = [];
    let count: number | undefined;
    let nextLink: string | null = null;
    while (items.length < top) {
      const params = new URLSearchParams(plan.params);
      params.set('$top', String(Math.min(GRAPH_MAX_TOP, top - items.length)));
      if (skip + items.length > 0) params.set('$skip', String(skip + items.length));
      const page = await this.collection(`${this.baseUrl}/security/incidents?${params}`, options?.signal);
      count ??= page.count;
      items.push(...page.value.map(incidentFromGraph));
      nextLink = page.nextLink;
      if (!nextLink || page.value.length === 0) break;
    }
    if (query.sort) items.sort(compareIncidents(query.sort));
    return { items, totalCount: count ?? skip + items.length + (nextLink ? 1 : 0), nextCursor: nextLink };
  }

  async getIncident(id: string, options?: CallOptions): Promise<Incident> {
    return incidentFromGraph(await this.rawIncident(id, true, options?.signal));
  }

  /**
   * PATCHes the fields Graph lets change (assignedTo, classification, determination, status,
   * customTags); any other field is refused before a request is made. Conflict detection is
   * best-effort: Graph has no etags, so the incident is read first and its derived etag compared
   * with `options.etag`; a write between that read and the PATCH goes undetected.
   */
  async updateIncident(id: string, patch: IncidentPatch, options?: UpdateOptions): Promise<Incident> {
    const body = graphPatchBody(patch);
    const before = await this.rawIncident(id, true, options?.signal);
    const current = incidentFromGraph(before);
    if (options?.etag !== undefined && options.etag !== current.etag) {
      throw new ApiError('conflict', 'Someone else changed this incident. Review the latest version and try again.', {
        current,
      });
    }
    const updated = await this.object('PATCH', this.incidentUrl(id), options?.signal, body);
    // PATCH answers without alerts; they are unchanged, so the alert-derived fields are kept.
    return incidentFromGraph({ ...updated, alerts: before.alerts });
  }

  /** One PATCH after another (Graph has no bulk update); failures are reported per incident. */
  async updateIncidents(ids: string[], patch: IncidentPatch, options?: CallOptions): Promise<BulkResult> {
    graphPatchBody(patch);
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

  /**
   * Graph filters status, severity, service source, owner (`UNASSIGNED` as `eq null`),
   * classification, determination, incident and the created-time range itself. Detection sources,
   * categories and search are applied here, and so is any sort but Graph's own (newest first): such
   * a query reads up to `localScanLimit` alerts that pass Graph's filters and pages through the
   * matches, sorted. Graph alerts have no investigation state (`unknown`), so that filter matches
   * every alert or none.
   *
   * Alerts are asked for 50 at a time, as incidents are, so a larger page takes several requests.
   * `totalCount` is Graph's `@odata.count`, or the number of matches found when filtering here.
   * `nextCursor` is Graph's `@odata.nextLink` (or an offset when filtering here).
   */
  async listAlerts(query: AlertQuery, options?: CallOptions): Promise<Page<Alert>> {
    const top = Math.min(500, Math.max(1, Math.floor(query.top ?? 50)));
    const offset = query.cursor === undefined ? undefined : OFFSET_CURSOR.exec(query.cursor);
    if (query.cursor !== undefined && !offset) return this.alertPageAt(query.cursor, options);
    const skip = offset ? Number(offset[1]) : Math.max(0, Math.floor(query.skip ?? 0));
    const plan = graphAlertListPlan(query);
    if (plan.matchesNone) return { items: [], totalCount: 0, nextCursor: null };
    if (plan.localFilters.length > 0 || plan.localSort) return this.scanAlerts(plan, query, skip, top, options);

    const items: Alert[] = [];
    let count: number | undefined;
    let nextLink: string | null = null;
    while (items.length < top) {
      const params = new URLSearchParams(plan.params);
      params.set('$top', String(Math.min(GRAPH_MAX_TOP, top - items.length)));
      if (skip + items.length > 0) params.set('$skip', String(skip + items.length));
      const page = await this.collection(`${this.baseUrl}/security/alerts_v2?${params}`, options?.signal);
      count ??= page.count;
      items.push(...page.value.map(alertFromGraph));
      nextLink = page.nextLink;
      if (!nextLink || page.value.length === 0) break;
    }
    return { items, totalCount: count ?? skip + items.length + (nextLink ? 1 : 0), nextCursor: nextLink };
  }

  /**
   * PATCHes the fields Graph lets change (status, classification, determination, assignedTo), then
   * adds the comment with `POST .../comments`; a patch touching anything else is refused before a
   * request is made. Graph moves the alert's incident along itself. If the comment fails after the
   * PATCH, the PATCH stays applied and the error is the comment's.
   */
  async updateAlert(id: string, patch: AlertPatch, options?: CallOptions): Promise<Alert> {
    const { body, comment } = graphAlertPatch(patch);
    const url = this.alertUrl(id);
    const patched = Object.keys(body).length > 0 ? await this.object('PATCH', url, options?.signal, body) : undefined;
    if (comment === undefined) return alertFromGraph(patched!);
    const list = await this.object('POST', `${url}/comments`, options?.signal, {
      '@odata.type': 'microsoft.graph.security.alertComment',
      comment,
    });
    // The answer is the alert's whole comment list, the new one last; the alert is read for the rest.
    const comments = alertCommentsFromGraph(list.value);
    if (comments.length === 0) throw badResponse('It did not return the new comment.');
    const alert = alertFromGraph(patched ?? (await this.object('GET', url, options?.signal)));
    const commented = comments.at(-1)!.createdDateTime;
    const lastUpdateDateTime = Date.parse(commented) > Date.parse(alert.lastUpdateDateTime) ? commented : alert.lastUpdateDateTime;
    return { ...alert, comments, lastUpdateDateTime };
  }

  /** One update after another (Graph has no bulk update of alerts); failures are reported per alert. */
  async updateAlerts(ids: string[], patch: AlertPatch, options?: CallOptions): Promise<AlertBulkResult> {
    graphAlertPatch(patch);
    const result: AlertBulkResult = { succeeded: [], failed: [] };
    for (const id of ids) {
      try {
        result.succeeded.push(await this.updateAlert(id, patch, { signal: options?.signal }));
      } catch (error) {
        if (ApiError.is(error, 'aborted')) throw error;
        const failure = ApiError.is(error) ? error : new ApiError('server', String(error));
        result.failed.push({ id, error: { kind: failure.kind, message: failure.message } });
      }
    }
    return result;
  }

  /** Graph's API cannot move an alert to another incident, nor make an incident of alerts. */
  linkAlerts(): Promise<LinkAlertsResult> {
    return unsupported('linkAlerts');
  }

  async listIncidentAlerts(incidentId: string, options?: CallOptions): Promise<Alert[]> {
    const params = new URLSearchParams({ $filter: `incidentId eq ${odataString(incidentId)}` });
    let url: string | null = `${this.baseUrl}/security/alerts_v2?${params}`;
    const alerts: Alert[] = [];
    for (let pages = 0; url !== null && pages < MAX_ALERT_PAGES; pages++) {
      const page: Collection = await this.collection(url, options?.signal);
      alerts.push(...page.value.map(alertFromGraph));
      url = page.nextLink;
    }
    return alerts;
  }

  async getAlert(id: string, options?: CallOptions): Promise<Alert> {
    return alertFromGraph(await this.object('GET', this.alertUrl(id), options?.signal));
  }

  /** The evidence of the incident's alerts, one entry per entity, with the alerts naming it. */
  async listEvidence(incidentId: string, options?: CallOptions): Promise<Evidence[]> {
    return mergeEvidence(await this.listIncidentAlerts(incidentId, options));
  }

  /** The incident's `comments`; Graph gives them no IDs, so each is named by its position. */
  async listComments(incidentId: string, options?: CallOptions): Promise<Comment[]> {
    const incident = await this.rawIncident(incidentId, false, options?.signal);
    return commentsFromGraph(incidentId, incident.comments);
  }

  async addComment(incidentId: string, text: string, options?: CallOptions): Promise<Comment> {
    if (text.trim() === '') throw new ApiError('validation', 'Write a comment first.', { field: 'comment' });
    if (text.length > MAX_COMMENT_LENGTH) {
      throw new ApiError('validation', `A comment can be at most ${MAX_COMMENT_LENGTH} characters long.`, {
        field: 'comment',
      });
    }
    const list = await this.object('POST', `${this.incidentUrl(incidentId)}/comments`, options?.signal, {
      '@odata.type': 'microsoft.graph.security.alertComment',
      comment: text,
    });
    // The answer is the incident's whole comment list, the new one last.
    const comments = commentsFromGraph(incidentId, list.value);
    const added = comments.at(-1);
    if (!added) throw new ApiError('badResponse', 'The server did not return the new comment.');
    return added;
  }

  /**
   * Counted from `/security/incidents` and `/security/alerts_v2`, each filtered by `createdDateTime`
   * to the span and read newest first, as Graph lists them, up to `aggregatePageLimit` pages;
   * `truncated` when either listing had more.
   */
  async getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend> {
    const span = trendSpan(query);
    const incidents = graphListPlan({ createdAfter: span.start, createdBefore: span.end, top: GRAPH_MAX_TOP }, false).params;
    const alerts = new URLSearchParams({ $filter: `createdDateTime ge ${span.start} and createdDateTime lt ${span.end}` });
    const [incidentPages, alertPages] = await Promise.all([
      this.readPages(`${this.baseUrl}/security/incidents?${incidents}`, options?.signal),
      this.readPages(`${this.baseUrl}/security/alerts_v2?${alerts}`, options?.signal),
    ]);
    const created = (json: Json) => ({ createdDateTime: typeof json.createdDateTime === 'string' ? json.createdDateTime : '' });
    return countTrend(
      span,
      incidentPages.items.map(created),
      alertPages.items.map(created),
      incidentPages.truncated || alertPages.truncated,
    );
  }

  /**
   * Counted from the range's incidents with their alerts (for the tactics), read newest first up to
   * `aggregatePageLimit` pages; `total` is Graph's count, even when the reading was cut short. The
   * times to acknowledge and resolve and the figures per day are `unsupported`: Graph keeps no
   * history of an incident and no time of its resolution.
   */
  async getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics> {
    const range = metricsRange(query);
    const params = graphListPlan({ createdAfter: range.from, createdBefore: range.to, top: GRAPH_MAX_TOP }, true).params;
    const read = await this.readPages(`${this.baseUrl}/security/incidents?${params}`, options?.signal);
    return countMetrics(range, {
      incidents: read.items.map(incidentFromGraph),
      unsupported: UNSUPPORTED_METRICS,
      truncated: read.truncated,
      total: read.count,
    });
  }

  /** Graph has nowhere to keep them: the queue keeps saved views in the host's storage. */
  listSavedViews(): Promise<SavedView[]> {
    return unsupported('listSavedViews');
  }
  saveSavedView(): Promise<SavedView> {
    return unsupported('saveSavedView');
  }
  deleteSavedView(): Promise<void> {
    return unsupported('deleteSavedView');
  }
  /** Graph has no merge of incidents in its API. */
  mergeIncidents(): Promise<MergeIncidentsResult> {
    return unsupported('mergeIncidents');
  }
  /** Graph's API does not rank incidents by what they share. */
  listSimilarIncidents(): Promise<SimilarIncident[]> {
    return unsupported('listSimilarIncidents');
  }

  getEntity(): Promise<Entity> {
    return unsupported('getEntity');
  }
  getEntityTimeline(): Promise<TimelinePage> {
    return unsupported('getEntityTimeline');
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
  listPlaybooks(): Promise<Playbook[]> {
    return unsupported('listPlaybooks');
  }
  runPlaybook(): Promise<PlaybookRun> {
    return unsupported('runPlaybook');
  }
  listPlaybookRuns(): Promise<PlaybookRun[]> {
    return unsupported('listPlaybookRuns');
  }
  listAutomationRules(): Promise<AutomationRule[]> {
    return unsupported('listAutomationRules');
  }
  saveAutomationRule(): Promise<AutomationRule> {
    return unsupported('saveAutomationRule');
  }
  deleteAutomationRule(): Promise<void> {
    return unsupported('deleteAutomationRule');
  }
  listTasks(): Promise<Task[]> {
    return unsupported('listTasks');
  }
  saveTask(): Promise<Task> {
    return unsupported('saveTask');
  }
  listAssignees(): Promise<Assignee[]> {
    return unsupported('listAssignees');
  }
  whoAmI(): Promise<Principal> {
    return unsupported('whoAmI');
  }

  // -------------------------------------------------------------------------

  private incidentUrl(id: string): string {
    return `${this.baseUrl}/security/incidents/${encodeURIComponent(id)}`;
  }

  private alertUrl(id: string): string {
    return `${this.baseUrl}/security/alerts_v2/${encodeURIComponent(id)}`;
  }

  private async rawIncident(id: string, withAlerts: boolean, signal?: AbortSignal): Promise<Json> {
    const url = `${this.incidentUrl(id)}${withAlerts ? '?$expand=alerts' : ''}`;
    const incident = await this.object('GET', url, signal);
    if (typeof incident.id !== 'string') throw badResponse('It had no incident ID.');
    return incident;
  }

  /** One page Graph linked to, as it is: a cursor is a `@odata.nextLink`. */
  private async pageAt(cursor: string, query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>> {
    if (!isSameOrigin(cursor, this.baseUrl) || !cursor.toLowerCase().includes('/security/incidents?')) {
      throw new ApiError('validation', 'The page cursor does not belong to this backend.', { field: 'cursor' });
    }
    const page = await this.collection(cursor, options?.signal);
    const items = page.value.map(incidentFromGraph);
    if (query.sort) items.sort(compareIncidents(query.sort));
    return { items, totalCount: page.count ?? items.length + (page.nextLink ? 1 : 0), nextCursor: page.nextLink };
  }

  /** One page of alerts Graph linked to, as it is. */
  private async alertPageAt(cursor: string, options?: CallOptions): Promise<Page<Alert>> {
    if (!isSameOrigin(cursor, this.baseUrl) || !cursor.toLowerCase().includes('/security/alerts_v2?')) {
      throw new ApiError('validation', 'The page cursor does not belong to this backend.', { field: 'cursor' });
    }
    const page = await this.collection(cursor, options?.signal);
    const items = page.value.map(alertFromGraph);
    return { items, totalCount: page.count ?? items.length + (page.nextLink ? 1 : 0), nextCursor: page.nextLink };
  }

  /** Reads up to `localScanLimit` alerts and pages through those that pass the local filters, sorted. */
  private async scanAlerts(
    plan: GraphAlertListPlan,
    query: AlertQuery,
    skip: number,
    top: number,
    options?: CallOptions,
  ): Promise<Page<Alert>> {
    const first = new URLSearchParams(plan.params);
    first.set('$top', String(GRAPH_MAX_TOP));
    let url: string | null = `${this.baseUrl}/security/alerts_v2?${first}`;
    const matches: Alert[] = [];
    for (let read = 0; url !== null && read < this.localScanLimit; ) {
      const page: Collection = await this.collection(url, options?.signal);
      const raw = page.value.slice(0, this.localScanLimit - read);
      read += Math.max(1, raw.length);
      matches.push(...raw.map(alertFromGraph).filter((alert) => matchesAlertQuery(alert, query, plan.localFilters)));
      url = page.nextLink;
    }
    matches.sort(compareAlerts(query.sort ?? { field: 'createdDateTime', direction: 'desc' }));
    const items = matches.slice(skip, skip + top);
    const end = skip + items.length;
    return { items, totalCount: matches.length, nextCursor: end < matches.length ? `offset:${end}` : null };
  }

  /** Reads up to `localScanLimit` incidents and pages through those that pass the local filters. */
  private async scan(
    params: URLSearchParams,
    localFilters: Parameters<typeof matchesIncidentQuery>[2],
    query: IncidentQuery,
    skip: number,
    top: number,
    options?: CallOptions,
  ): Promise<Page<Incident>> {
    const first = new URLSearchParams(params);
    first.set('$top', String(GRAPH_MAX_TOP));
    let url: string | null = `${this.baseUrl}/security/incidents?${first}`;
    const matches: Incident[] = [];
    for (let read = 0; url !== null && read < this.localScanLimit; ) {
      const page: Collection = await this.collection(url, options?.signal);
      const raw = page.value.slice(0, this.localScanLimit - read);
      read += Math.max(1, raw.length);
      for (const json of raw) {
        const incident = incidentFromGraph(json);
        if (matchesIncidentQuery(incident, query, localFilters, () => evidenceFromGraph(json))) matches.push(incident);
      }
      url = page.nextLink;
    }
    if (query.sort) matches.sort(compareIncidents(query.sort));
    const items = matches.slice(skip, skip + top);
    const end = skip + items.length;
    return { items, totalCount: matches.length, nextCursor: end < matches.length ? `offset:${end}` : null };
  }

  /** Up to `aggregatePageLimit` pages of a listing, following its next links. */
  private async readPages(url: string, signal?: AbortSignal): Promise<{ items: Json[]; count?: number; truncated: boolean }> {
    const items: Json[] = [];
    let count: number | undefined;
    let next: string | null = url;
    for (let pages = 0; next !== null && pages < this.aggregatePageLimit; pages++) {
      const page: Collection = await this.collection(next, signal);
      count ??= page.count;
      items.push(...page.value);
      next = page.nextLink;
    }
    return { items, count, truncated: next !== null };
  }

  private async collection(url: string, signal?: AbortSignal): Promise<Collection> {
    const body = await this.object('GET', url, signal);
    if (!Array.isArray(body.value)) throw badResponse('It had no list of items.');
    const nextLink = body['@odata.nextLink'];
    if (nextLink !== undefined && nextLink !== null && !isSameOrigin(nextLink, this.baseUrl)) {
      throw badResponse('Its next-page link leads to another server.');
    }
    const count = body['@odata.count'];
    return {
      value: body.value.filter(isObject),
      count: typeof count === 'number' ? count : undefined,
      nextLink: typeof nextLink === 'string' ? nextLink : null,
    };
  }

  private async object(method: HttpMethod, url: string, signal?: AbortSignal, body?: unknown): Promise<Json> {
    const response = await this.transport.send({ method, url, body, signal });
    if (!isObject(response.body)) throw badResponse('It was not a JSON object.');
    return response.body;
  }
}

function unsupported(method: string): Promise<never> {
  return Promise.reject(new ApiError('validation', `${method} is not supported by ${BACKEND}.`));
}

function badResponse(detail: string): ApiError {
  return new ApiError('badResponse', `The server sent a response the app could not read. ${detail}`);
}
