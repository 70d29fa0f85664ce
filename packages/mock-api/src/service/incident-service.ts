import {
  type ActivityChange,
  type ActivityEntry,
  type Alert,
  type AlertBulkResult,
  type AlertPatch,
  type AlertQuery,
  type Assignee,
  type AutomationRule,
  type AutomationRuleDraft,
  type BulkResult,
  type Comment,
  type Entity,
  type EntityInsights,
  ENTITY_TYPES,
  type Evidence,
  type Incident,
  type IncidentMetrics,
  type IncidentPatch,
  type IncidentQuery,
  type IncidentTrend,
  type Investigation,
  type LinkAlertsRequest,
  type LinkAlertsResult,
  type LiveResponseResult,
  type MergeIncidentsRequest,
  type MergeIncidentsResult,
  type MetricsQuery,
  type Page,
  PLAYBOOK_TRIGGER_KINDS,
  type Playbook,
  type PlaybookRun,
  type PlaybookTarget,
  type Principal,
  REMEDIATION_ACTION_STATUSES,
  REMEDIATION_ACTION_TYPES,
  type RemediationAction,
  type RemediationActionFilter,
  type RemediationActionType,
  type Role,
  type SavedView,
  type SavedViewDraft,
  type SimilarIncident,
  type SimilarIncidentsQuery,
  type Task,
  type TaskDraft,
  TASK_STATUSES,
  TIMELINE_KINDS,
  type TimelinePage,
  type TimelineQuery,
  type TrendQuery,
} from '@soc-kit/components/api';
import { entityFromGraphEvidence } from '@soc-kit/components/api';
import { requirePermission } from './access.js';
import { AlertListing, checkAlertQuery } from './alert-listing.js';
import { checkLinkable, checkLinkRequest } from './alert-links.js';
import { type CheckedAlertPatch, checkAlertPatch, incidentFollowing, planAlertUpdate } from './alert-updates.js';
import { byOrder, checkRuleDraft, conditionsHold, isActive, patchOf, ruleActor, seededRules } from './automation.js';
import { EntityPool } from './entity-pool.js';
import { EntityStore } from './entity-store.js';
import {
  alertIdOf,
  emptyDetails,
  generateAlerts,
  generateDetails,
  type IncidentDetails,
  incidentIdOfAlert,
  incidentIdOfChild,
  type InvestigationRecord,
  type StoredAlert,
} from './incident-details.js';
import { IncidentFigures } from './incident-figures.js';
import { IncidentGenerator, remediationStatusAfter, SEVERITY_RANK } from './incident-generator.js';
import { IncidentIndex } from './incident-index.js';
import { checkQuery } from './incident-query.js';
import { etagOf, type IncidentRecord, incidentIdOf, positionOfIncidentId, toIncident } from './incident-record.js';
import { checkPatch, ifMatchHolds, type PlannedUpdate, planUpdate } from './incident-rules.js';
import { checkIncidentInput, deviceFactsOf, type IncidentInput } from './ingestion.js';
import type { JournalEntry } from './journal.js';
import { type KnownProcess, runLiveResponse } from './live-response.js';
import { alertFactsOf, checkMergeable, checkMergeRequest, impactedAssetsOf, incidentList } from './merge.js';
import { checkMetricsQuery, metricsOf } from './metrics.js';
import { tacticsOf } from './mitre.js';
import { ASSIGNEES, principalFor } from './people.js';
import { findPlaybook, PLAYBOOKS, type PlaybookDefinition } from './playbooks.js';
import { ACTION_TARGETS, remediationStatusFrom } from './remediation.js';
import { SavedViews } from './saved-views.js';
import { checkSimilarQuery, SimilarityIndex, traitsOf } from './similar.js';
import { ServiceError } from './service-error.js';
import { INVESTIGATION_ACTOR, Simulation } from './simulation.js';
import {
  ALL_TIMELINE_KINDS,
  type AlertOnTimeline,
  DEFAULT_TIMELINE_LIMIT,
  decodeTimelineCursor,
  MAX_TIMELINE_LIMIT,
  ProceduralTimeline,
} from './timeline.js';
import { checkTrendQuery, trendOf } from './trend.js';
import {
  invalid,
  LIMITS,
  optionalText,
  rejectUnknownFields,
  requireComment,
  requireEnum,
  requireEnumArray,
  requireInteger,
  requireObject,
  requireText,
  requireTime,
} from './validation.js';
import { isoTime } from './iso-time.js';

export interface ServiceOptions {
  /** Seed of the generator; the same options always generate the same data. Default 1. */
  seed?: number;
  /** Number of generated incidents. Default 500. */
  size?: number;
  /** Epoch ms the generated data ends at. Default: now, rounded down to the minute. */
  now?: number;
  /** The current time for writes and simulated progress. Default `Date.now`. */
  clock?: () => number;
  /** Generated entity timeline events per entity and day. Default 40. */
  timelineEventsPerDay?: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The mock incident service: an in-memory SOC backend with the rules of a real one. It
 * generates a deterministic tenant (incidents, alerts, evidence, entities, timelines) from its
 * options, enforces status transitions, classification rules, validation, etags and roles,
 * runs automation rules, and simulates remediation, playbooks and investigations over the
 * injected clock. Every successful write is journaled; `restore` replays a journal.
 *
 * All methods are synchronous and throw `ServiceError` (state unchanged) when a rule refuses.
 * Results are copies: changing them changes nothing in the service.
 *
 * Comments, tasks, playbook runs and remediation are recorded in the incident's activity log
 * but do not version the incident record (its etag): they are separate resources. Resolving an
 * incident resolves its alerts, as Defender does; reopening it leaves them resolved.
 */
export class IncidentService {
  readonly options: Required<Omit<ServiceOptions, 'clock'>>;
  private readonly clock: () => number;
  private readonly pool: EntityPool;
  private readonly generator: IncidentGenerator;
  private readonly entities: EntityStore;
  private readonly records: IncidentRecord[] = [];
  private readonly index: IncidentIndex;
  /** The alert queue across incidents; told of every change by `touch` and `audit`. */
  private readonly alertListing: AlertListing;
  /** What the trend and the metrics count from, kept by every write. */
  private readonly figures: IncidentFigures;
  private readonly similarity: SimilarityIndex;
  private readonly details = new Map<number, IncidentDetails>();
  private readonly simulation: Simulation;
  private rules: AutomationRule[];
  private readonly savedViews = new SavedViews();
  /** Where alerts merged into another incident live now (their ids still name the incident they came from). */
  private readonly movedAlerts = new Map<string, number>();
  private readonly entries: JournalEntry[] = [];
  private replayTime: number | null = null;
  private ruleCount = 0;
  private readonly generatedCount: number;

  constructor(options: ServiceOptions = {}) {
    const now = options.now ?? Math.floor(Date.now() / MINUTE) * MINUTE;
    this.options = {
      seed: options.seed ?? 1,
      size: options.size ?? 500,
      now,
      timelineEventsPerDay: options.timelineEventsPerDay ?? 40,
    };
    if (!Number.isInteger(this.options.seed)) invalid('seed', 'seed must be an integer.');
    requireInteger('size', this.options.size, 0, 1_000_000);
    if (!Number.isFinite(now)) invalid('now', 'now must be a time in epoch milliseconds.');
    const perDay = this.options.timelineEventsPerDay;
    if (typeof perDay !== 'number' || !(perDay >= 0 && perDay <= 1_000_000)) invalid('timelineEventsPerDay', 'timelineEventsPerDay must be from 0 to 1,000,000.');
    this.clock = options.clock ?? Date.now;

    this.pool = new EntityPool(this.options.seed, this.options.size, now);
    this.generator = new IncidentGenerator(this.options.seed, now, this.pool);
    this.entities = new EntityStore(this.pool);
    this.figures = new IncidentFigures(this.options.seed, this.options.size);
    this.similarity = new SimilarityIndex(this.pool, {
      plannedAlerts: (n) => this.generator.plan(n).alerts,
      entity: (id) => this.entities.get(id),
      poolName: (entityNumber) => this.entities.get(this.pool.idOfNumber(entityNumber))!.displayName,
    });
    for (let n = 0; n < this.options.size; n++) {
      // Planned with its alerts (about as cheap as without), for their creation times.
      const plan = this.generator.plan(n);
      this.records.push(plan.record);
      this.figures.generated(plan.record, plan.alerts.map((alert) => alert.created));
      this.entities.recordLinks(n, plan.entities);
      this.similarity.addGenerated(n, plan.alerts);
      for (const action of plan.investigation?.actions ?? []) {
        const status = remediationStatusAfter(action);
        if (status) this.entities.setInitialStatus(action.entity, status);
      }
    }
    this.figures.settle();
    this.generatedCount = this.records.length;
    this.index = new IncidentIndex(
      this.records,
      (term) => this.entities.incidentsWithAssetMatching(term),
      (_filter, keys) => this.entities.incidentsNamingAny(keys),
    );
    this.alertListing = new AlertListing({
      incidentCount: () => this.records.length,
      record: (n) => this.records[n]!,
      storedAlerts: (n) => this.details.get(n)?.alerts,
      generatedAlerts: (n) => (n < this.generatedCount ? generateAlerts(this.generator.plan(n), this.pool, this.options.seed) : []),
      entitiesNamedLike: (term) => this.entities.entitiesNamedLike(term),
    });
    this.rules = seededRules(now);
    this.simulation = new Simulation({
      seed: this.options.seed,
      entities: this.entities,
      findRecord: (id) => this.findRecord(id),
      detailsOf: (record) => this.detailsOf(record),
      audit: (record, entry, time) => this.audit(record, entry, time),
      auditEntity: (entityId, actor, detail, time) => this.auditEntity(entityId, actor, detail, time),
      setInvestigationState: (record, state, time) => this.setInvestigationState(record, state, time),
      comment: (record, author, text, time) => this.postComment(record, author, text, time),
    });
  }

  /**
   * Builds a service from the same options and replays `journal` on it, at the recorded times.
   * Pass the original service's resolved `options` (not the ones it was given): a default `now`
   * is the time of construction, and a different one generates different data.
   */
  static restore(options: ServiceOptions, journal: readonly JournalEntry[]): IncidentService {
    const service = new IncidentService(options);
    journal.forEach((entry, position) => {
      try {
        service.replay(entry);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Journal entry ${position} (${entry.op}) could not be replayed: ${reason}`, { cause: error });
      }
    });
    return service;
  }

  /** Every successful write so far, oldest first (plain JSON). */
  get journal(): readonly JournalEntry[] {
    return this.entries;
  }

  // -------------------------------------------------------------------------------------------
  // People
  // -------------------------------------------------------------------------------------------

  /** The demo's signed-in user (Alex Wilber) with `role`. */
  principalFor(role: Role): Principal {
    return principalFor(role);
  }

  listAssignees(): Assignee[] {
    return ASSIGNEES.map((assignee) => ({ ...assignee }));
  }

  // -------------------------------------------------------------------------------------------
  // Incidents
  // -------------------------------------------------------------------------------------------

  listIncidents(query: IncidentQuery): Page<Incident> {
    this.advance();
    const page = this.index.query(checkQuery(query));
    return {
      items: page.positions.map((n) => toIncident(this.records[n]!, this.options.seed)),
      totalCount: page.totalCount,
      nextCursor: page.nextCursor,
    };
  }

  getIncident(id: string): Incident {
    this.advance();
    return this.incident(this.requireRecord(id));
  }

  createIncident(actor: Principal, input: IncidentInput): Incident {
    this.advance();
    requirePermission(actor, 'write');
    const checked = checkIncidentInput(input);
    const time = this.now();
    const n = this.records.length;
    const id = incidentIdOf(n);
    const details = emptyDetails();

    const evidenceEntities = new Map<string, Entity>();
    checked.alerts.forEach((alert, k) => {
      const alertId = alertIdOf(id, alert.serviceSource, k);
      const evidenceIds = alert.evidence.map((json) => {
        const candidate = entityFromGraphEvidence(json, { fallbackTime: isoTime(time) });
        const entity = this.entities.merge(candidate);
        evidenceEntities.set(entity.id, entity);
        details.reported.set(entity.id, candidate.remediationStatus);
        return entity.id;
      });
      const first = alert.firstActivity ?? alert.lastActivity ?? time;
      details.alerts.push({
        id: alertId,
        incidentId: id,
        title: alert.title,
        description: alert.description,
        severity: alert.severity,
        status: checked.status === 'resolved' ? 'resolved' : alert.status,
        classification: checked.status === 'resolved' || alert.status === 'resolved' ? checked.classification : 'unknown',
        determination: checked.status === 'resolved' || alert.status === 'resolved' ? checked.determination : 'unknown',
        serviceSource: alert.serviceSource,
        detectionSource: alert.detectionSource,
        category: alert.category,
        mitreTechniques: alert.mitreTechniques,
        recommendedActions: alert.recommendedActions,
        createdDateTime: isoTime(time),
        firstActivityDateTime: isoTime(first),
        lastActivityDateTime: isoTime(alert.lastActivity ?? first),
        lastUpdateDateTime: isoTime(time),
        assignedTo: checked.assignedTo,
        tags: [],
        comments: [],
        evidenceIds: [...new Set(evidenceIds)],
      });
    });

    const alerts = details.alerts;
    const categories = [...new Set(alerts.map((alert) => alert.category).filter(Boolean))];
    const mitreTechniques = [...new Set(alerts.flatMap((alert) => alert.mitreTechniques))].sort();
    const severityFromAlerts = alerts.reduce<IncidentRecord['severity'] | null>(
      (max, alert) => (max === null || SEVERITY_RANK[alert.severity] > SEVERITY_RANK[max] ? alert.severity : max),
      null,
    );
    const firstTimes = alerts.map((alert) => Date.parse(alert.firstActivityDateTime));
    const lastTimes = alerts.map((alert) => Date.parse(alert.lastActivityDateTime));
    const record: IncidentRecord = {
      n,
      id,
      displayName: checked.displayName,
      description: checked.description,
      severity: checked.severity ?? severityFromAlerts ?? 'unknown',
      status: checked.status,
      classification: checked.classification,
      determination: checked.determination,
      assignedTo: checked.assignedTo,
      customTags: checked.customTags,
      systemTags: [],
      created: time,
      lastUpdate: time,
      firstActivity: firstTimes.length ? Math.min(...firstTimes) : time,
      lastActivity: lastTimes.length ? Math.max(...lastTimes) : time,
      resolvingComment: null,
      redirectIncidentId: null,
      serviceSources: [...new Set(alerts.map((alert) => alert.serviceSource))],
      detectionSources: [...new Set(alerts.map((alert) => alert.detectionSource))],
      categories,
      mitreTechniques,
      tactics: tacticsOf(mitreTechniques, categories),
      alertCount: alerts.length,
      activeAlertCount: alerts.filter((alert) => alert.status !== 'resolved').length,
      impactedAssets: impactedAssetsOf([...evidenceEntities.values()]),
      investigationState: 'unsupportedAlertType',
      ...deviceFactsOf([...evidenceEntities.values()]),
      threats: [...new Set(checked.alerts.map((alert) => alert.threat).filter(Boolean))],
      sensitivityLabels: checked.sensitivityLabels,
      version: 1,
    };
    this.records.push(record);
    this.details.set(n, details);
    this.figures.added(record, details.alerts.map((alert) => Date.parse(alert.createdDateTime)));
    this.index.added(record);
    this.similarity.set(n, traitsOf(details.alerts));
    for (const entityId of evidenceEntities.keys()) this.entities.link(entityId, n);
    this.audit(record, { actor: actor.id, action: 'created', changes: [], detail: `Incident created with ${alerts.length} alert${alerts.length === 1 ? '' : 's'}` }, time);
    this.simulation.startInvestigation(record, details, time);
    this.runRules('created', null, record, time);
    this.log({ op: 'createIncident', input: clone(input) }, actor, time);
    return this.incident(record);
  }

  /**
   * `ifMatch`: the etag the caller last read, or a list of etags any of which will do (HTTP's
   * `If-Match: "a", "b"`); absent (or `*`) updates whatever the current version is.
   */
  updateIncident(actor: Principal, id: string, patch: IncidentPatch, options: { ifMatch?: string | readonly string[] } = {}): Incident {
    this.advance();
    const role = requirePermission(actor, 'write');
    const checked = checkPatch(patch);
    const record = this.requireRecord(id);
    if (!ifMatchHolds(options?.ifMatch, etagOf(record, this.options.seed))) {
      throw new ServiceError('conflict', `Incident ${record.id} was changed by someone else since you read it; review the newer values and try again.`, {
        current: this.incident(record),
      });
    }
    const planned = planUpdate(record, checked, role);
    if (planned.changes.length === 0) return this.incident(record);
    const time = this.now();
    const before = this.applyUpdate(record, planned, actor.id, time);
    this.runRules('updated', before, record, time);
    this.log({ op: 'updateIncident', id, patch: clone(patch) }, actor, time);
    return this.incident(record);
  }

  /** Applies one patch to many incidents; each refusal is reported and the others are applied. */
  updateIncidents(actor: Principal, ids: string[], patch: IncidentPatch): BulkResult {
    this.advance();
    const role = requirePermission(actor, 'write');
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      invalid('ids', 'ids must be a non-empty array of incident ids.');
    }
    const checked = checkPatch(patch);
    const time = this.now();
    const result: BulkResult = { succeeded: [], failed: [] };
    let changedAny = false;
    for (const id of new Set(ids)) {
      try {
        const record = this.requireRecord(id);
        const planned = planUpdate(record, checked, role);
        if (planned.changes.length > 0) {
          const before = this.applyUpdate(record, planned, actor.id, time);
          this.runRules('updated', before, record, time);
          changedAny = true;
        }
        result.succeeded.push(this.incident(record));
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        result.failed.push({ id, error: { kind: error.code, message: error.message } });
      }
    }
    if (changedAny) this.log({ op: 'updateIncidents', ids: [...ids], patch: clone(patch) }, actor, time);
    return result;
  }

  /**
   * Merges the sources into the target, as the portal's "Merge incidents" does, by the rules in
   * `merge.ts`: the sources' alerts, comments and tasks move to the target, whose figures are
   * recomputed from its alerts; each source becomes `redirected` to the target with nothing
   * active. Every check runs before anything changes, so a refused merge changes nothing.
   */
  mergeIncidents(actor: Principal, request: MergeIncidentsRequest): MergeIncidentsResult {
    this.advance();
    requirePermission(actor, 'write');
    const checked = checkMergeRequest(request);
    const target = this.requireRecord(checked.targetId);
    const sources = checked.sourceIds.map((id) => this.requireRecord(id));
    const targetDetails = this.detailsOf(target);
    const sourceDetails = sources.map((source) => this.detailsOf(source));
    const alertCount = sourceDetails.reduce((sum, details) => sum + details.alerts.length, targetDetails.alerts.length);
    const ownership = checkMergeable(target, sources, alertCount);
    const time = this.now();

    for (const details of sourceDetails) {
      for (const alert of details.alerts) {
        alert.incidentId = target.id;
        alert.lastUpdateDateTime = isoTime(time);
        this.movedAlerts.set(alert.id, target.n);
        for (const entityId of alert.evidenceIds) this.entities.link(entityId, target.n);
      }
      targetDetails.alerts.push(...details.alerts.splice(0));
      // Comments and tasks take the target's ids: the ones they had are the sources' to give out again.
      for (const comment of details.comments.splice(0)) {
        targetDetails.comments.push({ ...comment, id: `${target.id}-c${targetDetails.comments.length}`, incidentId: target.id });
      }
      for (const task of details.tasks.splice(0)) {
        targetDetails.tasks.push({ ...task, id: `${target.id}-t${targetDetails.tasks.length}`, incidentId: target.id });
      }
      for (const [entityId, status] of details.reported) if (!targetDetails.reported.has(entityId)) targetDetails.reported.set(entityId, status);
    }
    const byCreation = (a: { createdDateTime: string }, b: { createdDateTime: string }) =>
      a.createdDateTime < b.createdDateTime ? -1 : a.createdDateTime > b.createdDateTime ? 1 : 0;
    targetDetails.comments.sort(byCreation);
    targetDetails.tasks.sort(byCreation);
    this.index.evidenceChanged();
    for (const record of [target, ...sources]) this.similarity.set(record.n, traitsOf(this.detailsOf(record).alerts));

    const before = { ...target };
    const entities = [...new Set(targetDetails.alerts.flatMap((alert) => alert.evidenceIds))].map((entityId) => this.entities.require(entityId));
    Object.assign(target, alertFactsOf(targetDetails.alerts, entities, [target, ...sources]), ownership);
    if (checked.displayName !== null) target.displayName = checked.displayName;
    const changes: ActivityChange[] = [];
    for (const field of ['displayName', 'severity', 'assignedTo', 'classification', 'determination', 'alertCount'] as const) {
      if (before[field] !== target[field]) changes.push({ field, from: before[field], to: target[field] });
    }
    this.touch(target, before, time);
    const sourceIds = sources.map((source) => source.id);
    const merged = `Merged incident${sources.length === 1 ? '' : 's'} ${incidentList(sourceIds)} into this incident`;
    this.audit(target, { actor: actor.id, action: 'updated', changes, detail: merged }, time);

    for (const source of sources) {
      const was = { ...source };
      Object.assign(source, { status: 'redirected', redirectIncidentId: target.id, alertCount: 0, activeAlertCount: 0 });
      this.touch(source, was, time);
      const redirect: ActivityChange[] = [
        { field: 'status', from: was.status, to: 'redirected' },
        { field: 'redirectIncidentId', from: was.redirectIncidentId, to: target.id },
      ];
      this.audit(source, { actor: actor.id, action: 'updated', changes: redirect, detail: `Merged into incident ${target.id}` }, time);
    }
    this.runRules('updated', before, target, time);
    this.log({ op: 'mergeIncidents', request: clone(request) }, actor, time);
    return { incident: this.incident(target), redirected: sources.map((source) => this.incident(source)) };
  }

  listActivity(incidentId: string): ActivityEntry[] {
    this.advance();
    return clone(this.detailsOf(this.requireRecord(incidentId)).activity);
  }

  // -------------------------------------------------------------------------------------------
  // The queue's trend and incident metrics
  // -------------------------------------------------------------------------------------------

  /**
   * Incidents and alerts created per bucket, counted by their `createdDateTime`. Without an
   * `end` the trend ends at the service's clock rounded up to a full hour.
   */
  getIncidentTrend(query: TrendQuery): IncidentTrend {
    this.advance();
    return trendOf(checkTrendQuery(query, this.now()), this.figures.incidentTimes, this.figures.alertTimes);
  }

  /**
   * Figures over the incidents created in [from, to), at most 366 days. Acknowledgement and
   * resolution times come from the audit trail `listActivity` shows (see `IncidentFigures`).
   */
  getIncidentMetrics(query: MetricsQuery): IncidentMetrics {
    this.advance();
    return metricsOf(checkMetricsQuery(query), this.figures);
  }

  /**
   * Incidents whose alerts share entities, titles or techniques with this one's, most alike first
   * (weights in `similar.ts`), without the incident itself and the incidents redirected to it or
   * from it. The query is checked before the incident is looked up.
   */
  listSimilarIncidents(incidentId: string, query: SimilarIncidentsQuery = {}): SimilarIncident[] {
    this.advance();
    const { top } = checkSimilarQuery(query);
    const record = this.requireRecord(incidentId);
    const skip = (m: number) => {
      const other = this.records[m]!;
      return other.redirectIncidentId === record.id || record.redirectIncidentId === other.id;
    };
    return this.similarity
      .similar(record.n, top, this.records.length, skip, (m) => this.records[m]!.lastActivity)
      .map(({ n, score, reasons }) => ({ incident: this.incident(this.records[n]!), reasons, score }));
  }

  // -------------------------------------------------------------------------------------------
  // Alerts and evidence
  // -------------------------------------------------------------------------------------------

  /**
   * The alert queue: alerts across incidents, filtered, searched, sorted and paged (see
   * `AlertListing`); alerts of redirected incidents are not listed. Default order: newest first.
   */
  listAlerts(query: AlertQuery): Page<Alert> {
    this.advance();
    const page = this.alertListing.query(checkAlertQuery(query));
    return {
      items: page.rows.map((row) => {
        const { alert, details } = this.requireAlert(row.alert.id);
        return this.alertView(alert, details);
      }),
      totalCount: page.totalCount,
      nextCursor: page.nextCursor,
    };
  }

  listIncidentAlerts(incidentId: string): Alert[] {
    this.advance();
    const record = this.requireRecord(incidentId);
    const details = this.detailsOf(record);
    return details.alerts.map((alert) => this.alertView(alert, details));
  }

  getAlert(id: string): Alert {
    this.advance();
    const { alert, details } = this.requireAlert(id);
    return this.alertView(alert, details);
  }

  /**
   * Sets an alert's status, classification, determination or owner, and adds its comment, as the
   * portal's "Manage alert" does (rules in `alert-updates.ts`). The change and the comment are
   * written to the incident's activity; the incident follows its alerts: its active alert count,
   * resolved with its last active alert, reactivated when a resolved alert of a resolved incident
   * becomes active again. A patch that changes nothing and has no comment writes nothing.
   */
  updateAlert(actor: Principal, id: string, patch: AlertPatch): Alert {
    this.advance();
    requirePermission(actor, 'write');
    const checked = checkAlertPatch(patch);
    const time = this.now();
    const { alert, details, changed } = this.applyAlertPatch(actor, id, checked, time);
    if (changed) this.log({ op: 'updateAlert', id, patch: clone(patch) }, actor, time);
    return this.alertView(alert, details);
  }

  /** Applies one patch to many alerts; each refusal is reported and the others are applied. */
  updateAlerts(actor: Principal, ids: string[], patch: AlertPatch): AlertBulkResult {
    this.advance();
    requirePermission(actor, 'write');
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
      invalid('ids', 'ids must be a non-empty array of alert ids.');
    }
    const checked = checkAlertPatch(patch);
    const time = this.now();
    const result: AlertBulkResult = { succeeded: [], failed: [] };
    let changedAny = false;
    for (const id of new Set(ids)) {
      try {
        const { alert, details, changed } = this.applyAlertPatch(actor, id, checked, time);
        changedAny ||= changed;
        result.succeeded.push(this.alertView(alert, details));
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        result.failed.push({ id, error: { kind: error.code, message: error.message } });
      }
    }
    if (changedAny) this.log({ op: 'updateAlerts', ids: [...ids], patch: clone(patch) }, actor, time);
    return result;
  }

  /**
   * Moves alerts to another incident, or out into a new one, as the portal's "Link alert to another
   * incident" does (rules in `alert-links.ts`, all checked before anything changes). Every incident
   * the alerts leave or join has its alerts' figures recomputed (`alertFactsOf`; an incident that
   * only loses alerts takes its severity from the ones it keeps) and an audit entry with the
   * comment, which is also added to each moved alert. An incident left with no alerts becomes
   * `redirected` to the target, its comments and tasks moving with them, as a merge leaves its
   * sources; one whose remaining alerts are all resolved is resolved (`incidentFollowing`). A new
   * incident is named `displayName`, else after the first alert, and is owned by the owner the
   * incidents agree on; one made only of resolved alerts is resolved.
   */
  linkAlerts(actor: Principal, request: LinkAlertsRequest): LinkAlertsResult {
    this.advance();
    requirePermission(actor, 'write');
    const checked = checkLinkRequest(request);
    const found = checked.alertIds.map((id) => this.requireAlert(id));
    let target = checked.targetIncidentId === null ? null : this.requireRecord(checked.targetIncidentId);
    const moving = found.filter(({ alert }) => alert.incidentId !== target?.id);
    const sources = [...new Set(moving.map(({ alert }) => this.requireRecord(alert.incidentId)))];
    const targetAlertCount = target ? this.detailsOf(target).alerts.length : 0;
    const owner = checkLinkable(target, sources, moving.length, targetAlertCount);
    const time = this.now();
    const comment = checked.comment;
    const withComment = (detail: string) => (comment === null ? detail : `${detail}: ${comment}`);
    const alertList = (count: number) => `${count} alert${count === 1 ? '' : 's'}`;
    const entitiesOf = (alerts: readonly StoredAlert[]) =>
      [...new Set(alerts.flatMap((alert) => alert.evidenceIds))].map((entityId) => this.entities.require(entityId));
    const movedAlerts = moving.map(({ alert }) => alert);

    const created = target === null;
    if (target === null) {
      const first = movedAlerts[0]!;
      const n = this.records.length;
      const facts = alertFactsOf(movedAlerts, entitiesOf(movedAlerts), []);
      target = {
        n,
        id: incidentIdOf(n),
        displayName: checked.displayName ?? first.title,
        description: first.description,
        status: 'active',
        classification: 'unknown',
        determination: 'unknown',
        assignedTo: owner,
        customTags: [],
        systemTags: [...new Set(movedAlerts.flatMap((alert) => alert.tags))],
        created: time,
        lastUpdate: time,
        resolvingComment: null,
        redirectIncidentId: null,
        investigationState: 'unsupportedAlertType',
        threats: [],
        sensitivityLabels: [],
        version: 1,
        ...facts,
      };
      if (facts.activeAlertCount === 0) {
        // Made only of resolved alerts: resolved, as its last active alert would have left it.
        const { fields } = incidentFollowing({ ...target, activeAlertCount: 1 }, movedAlerts);
        Object.assign(target, fields, { activeAlertCount: 0 });
      }
      this.records.push(target);
      this.details.set(n, emptyDetails());
      // The moved alerts were counted by the trend when they were created.
      this.figures.added(target, []);
      this.index.added(target);
    }
    const targetDetails = this.detailsOf(target);

    for (const { alert, details } of moving) {
      details.alerts.splice(details.alerts.indexOf(alert), 1);
      alert.incidentId = target.id;
      alert.lastUpdateDateTime = isoTime(time);
      if (comment !== null) alert.comments.push({ comment, createdBy: actor.id, createdDateTime: isoTime(time) });
      this.movedAlerts.set(alert.id, target.n);
      for (const entityId of alert.evidenceIds) {
        this.entities.link(entityId, target.n);
        const reported = details.reported.get(entityId);
        if (reported !== undefined && !targetDetails.reported.has(entityId)) targetDetails.reported.set(entityId, reported);
      }
      targetDetails.alerts.push(alert);
    }
    this.index.evidenceChanged();

    const summaryFields = ['status', 'severity', 'classification', 'determination', 'alertCount', 'activeAlertCount', 'redirectIncidentId'] as const;
    const changesFrom = (before: IncidentRecord, after: IncidentRecord): ActivityChange[] =>
      summaryFields.filter((field) => before[field] !== after[field]).map((field) => ({ field, from: before[field], to: after[field] }));

    for (const source of sources) {
      const details = this.detailsOf(source);
      const before = { ...source };
      const ids = movedAlerts.filter((alert) => found.some((entry) => entry.alert === alert && entry.details === details)).map((alert) => alert.id);
      if (details.alerts.length === 0) {
        Object.assign(source, { status: 'redirected', redirectIncidentId: target.id, alertCount: 0, activeAlertCount: 0 });
        this.carryOver(details, targetDetails, target);
      } else {
        const following = incidentFollowing(source, details.alerts);
        Object.assign(source, alertFactsOf(details.alerts, entitiesOf(details.alerts), []), following.fields);
      }
      this.similarity.set(source.n, traitsOf(details.alerts));
      this.touch(source, before, time);
      const moved = `Moved ${alertList(ids.length)} (${ids.join(', ')}) to incident ${target.id}`;
      this.audit(source, { actor: actor.id, action: 'updated', changes: changesFrom(before, source), detail: withComment(moved) }, time);
    }

    const before = { ...target };
    if (!created) Object.assign(target, alertFactsOf(targetDetails.alerts, entitiesOf(targetDetails.alerts), [target]));
    this.similarity.set(target.n, traitsOf(targetDetails.alerts));
    const from = `from incident${sources.length === 1 ? '' : 's'} ${incidentList(sources.map((source) => source.id))}`;
    if (created) {
      const detail = withComment(`Incident created with ${alertList(moving.length)} moved ${from}`);
      this.audit(target, { actor: actor.id, action: 'created', changes: [], detail }, time);
      this.runRules('created', null, target, time);
    } else {
      this.touch(target, before, time);
      const detail = withComment(`Linked ${alertList(moving.length)} ${from} to this incident`);
      this.audit(target, { actor: actor.id, action: 'updated', changes: changesFrom(before, target), detail }, time);
      this.runRules('updated', before, target, time);
    }
    this.log({ op: 'linkAlerts', request: clone(request) }, actor, time);
    return { incident: this.incident(target), sources: sources.map((source) => this.incident(source)) };
  }

  /** The incident's entities, each once, with the ids of the alerts that name it. */
  listEvidence(incidentId: string): Evidence[] {
    this.advance();
    const record = this.requireRecord(incidentId);
    const details = this.detailsOf(record);
    const alertIds = new Map<string, string[]>();
    for (const alert of details.alerts) {
      for (const entityId of alert.evidenceIds) alertIds.set(entityId, [...(alertIds.get(entityId) ?? []), alert.id]);
    }
    const typeOrder = (entity: Entity) => ENTITY_TYPES.indexOf(entity.type);
    const view = this.evidenceView(record, details);
    return [...alertIds]
      .map(([entityId, ids]) => ({ ...view(entityId), alertIds: ids }) as Evidence)
      .sort((a, b) => typeOrder(a) - typeOrder(b) || a.displayName.localeCompare(b.displayName, 'en') || (a.id < b.id ? -1 : 1));
  }

  // -------------------------------------------------------------------------------------------
  // Entities
  // -------------------------------------------------------------------------------------------

  getEntity(id: string): Entity {
    this.advance();
    return clone(this.entities.require(id));
  }

  /**
   * Events of an entity in [from, to), newest first, `limit` at a time; the histogram counts
   * the same events (honouring `kinds`) in about 60 equal buckets. Generated events exist from
   * the entity's first sighting up to now; alerts that name the entity are events too.
   */
  getEntityTimeline(entityId: string, query: TimelineQuery): TimelinePage {
    this.advance();
    const entity = this.entities.require(entityId);
    const input = requireObject('query', query);
    rejectUnknownFields('the timeline query', input, ['from', 'to', 'kinds', 'cursor', 'limit']);
    const from = requireTime('from', input['from']);
    const to = requireTime('to', input['to']);
    if (to <= from) invalid('to', '"to" must be after "from".');
    const kinds = input['kinds'] === undefined ? [] : requireEnumArray('kinds', input['kinds'], TIMELINE_KINDS);
    const limit = input['limit'] === undefined ? DEFAULT_TIMELINE_LIMIT : requireInteger('limit', input['limit'], 1, MAX_TIMELINE_LIMIT);
    const before = input['cursor'] === undefined || input['cursor'] === null || input['cursor'] === '' ? null : decodeTimelineCursor(input['cursor']);
    return this.timelineOf(entity).page({ from, to, kinds: kinds.length > 0 ? kinds : ALL_TIMELINE_KINDS, limit, before });
  }

  getEntityInsights(entityId: string): EntityInsights {
    this.advance();
    const entity = this.entities.require(entityId);
    const timeline = this.timelineOf(entity);
    const now = this.now();
    const start = this.pool.firstSeen(entity.id);
    const alertTimes = this.alertsNaming(entity.id).map((alert) => alert.time);
    const firstSeen = Math.min(start, ...alertTimes);
    const related = this.entities
      .incidentsNaming(entity.id)
      .map((n) => this.records[n]!)
      .sort((a, b) => b.created - a.created || b.n - a.n)
      .slice(0, 50);
    return {
      entityId: entity.id,
      firstSeen: isoTime(firstSeen),
      lastSeen: isoTime(timeline.lastEventBefore(now) ?? firstSeen),
      relatedIncidents: related.map((record) => ({ id: record.id, displayName: record.displayName, severity: record.severity, status: record.status })),
      mostFrequentActivities: timeline.frequentActivities(now - 7 * DAY, now, 5),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Comments
  // -------------------------------------------------------------------------------------------

  listComments(incidentId: string): Comment[] {
    this.advance();
    return clone(this.detailsOf(this.requireRecord(incidentId)).comments);
  }

  addComment(actor: Principal, incidentId: string, text: string): Comment {
    this.advance();
    requirePermission(actor, 'write');
    const record = this.requireRecord(incidentId);
    const comment = requireComment(text);
    const time = this.now();
    const stored = this.postComment(record, actor.id, comment, time);
    this.log({ op: 'addComment', incidentId, text }, actor, time);
    return { ...stored };
  }

  private postComment(record: IncidentRecord, author: string, text: string, time: number): Comment {
    const details = this.detailsOf(record);
    const stored: Comment = { id: `${record.id}-c${details.comments.length}`, incidentId: record.id, comment: text, createdBy: author, createdDateTime: isoTime(time) };
    details.comments.push(stored);
    this.audit(record, { actor: author, action: 'commented', changes: [], detail: text }, time);
    return stored;
  }

  // -------------------------------------------------------------------------------------------
  // Investigations and remediation
  // -------------------------------------------------------------------------------------------

  listInvestigations(incidentId: string): Investigation[] {
    this.advance();
    return this.detailsOf(this.requireRecord(incidentId)).investigations.map(investigationView);
  }

  /** Newest first. Without an incident, investigation or entity it looks through every incident with actions. */
  listRemediationActions(filter: RemediationActionFilter): RemediationAction[] {
    this.advance();
    const input = requireObject('filter', filter ?? {});
    rejectUnknownFields('the filter', input, ['incidentId', 'investigationId', 'entityId', 'status']);
    const statuses = input['status'] === undefined ? null : requireEnumArray('status', input['status'], REMEDIATION_ACTION_STATUSES);
    let candidates: RemediationAction[];
    if (filter.incidentId !== undefined) {
      candidates = this.detailsOf(this.requireRecord(filter.incidentId)).actions;
    } else if (filter.investigationId !== undefined) {
      const incidentId = typeof filter.investigationId === 'string' ? incidentIdOfChild(filter.investigationId) : undefined;
      const record = incidentId === undefined ? undefined : this.findRecord(incidentId);
      if (!record) throw new ServiceError('notFound', `No investigation with id "${String(filter.investigationId)}".`);
      candidates = this.detailsOf(record).actions;
    } else if (filter.entityId !== undefined) {
      const entity = this.entities.require(filter.entityId);
      candidates = [
        ...this.entities.incidentsNaming(entity.id).flatMap((n) => this.detailsOf(this.records[n]!).actions),
        ...this.simulation.manualActions,
      ];
    } else {
      const onlyPending = statuses !== null && statuses.every((status) => status === 'pending');
      const withActions = onlyPending ? ['pendingApproval'] : ['pendingApproval', 'running', 'successfullyRemediated', 'partiallyRemediated', 'failed'];
      for (const record of this.records) if (withActions.includes(record.investigationState)) this.detailsOf(record);
      candidates = [...this.simulation.actions.values()];
    }
    return candidates
      .filter((action) => filter.investigationId === undefined || action.investigationId === filter.investigationId)
      .filter((action) => filter.entityId === undefined || action.entityId === filter.entityId)
      .filter((action) => statuses === null || statuses.length === 0 || statuses.includes(action.status))
      .sort((a, b) => (a.createdDateTime < b.createdDateTime ? 1 : a.createdDateTime > b.createdDateTime ? -1 : a.id < b.id ? 1 : -1))
      .map((action) => ({ ...action }));
  }

  decideRemediationAction(actor: Principal, id: string, decision: 'approve' | 'reject', comment?: string): RemediationAction {
    this.advance();
    requirePermission(actor, 'write');
    requireEnum('decision', decision, ['approve', 'reject'] as const);
    const note = comment === undefined || comment === null || comment === '' ? null : requireComment(comment);
    const action = this.requireAction(id);
    if (action.status !== 'pending') invalid('decision', `Action ${action.id} is ${action.status}, not pending; only pending actions can be approved or rejected.`);
    const time = this.now();
    this.simulation.decide(action, decision, actor.id, note, time);
    this.log({ op: 'decideRemediationAction', id, decision, comment: note }, actor, time);
    return { ...action };
  }

  /** Manual remediation: runs at once (approved by the actor) and progresses over time. */
  runRemediationAction(actor: Principal, entityId: string, type: RemediationActionType): RemediationAction {
    this.advance();
    requirePermission(actor, 'write');
    const entity = this.entities.require(entityId);
    requireEnum('type', type, REMEDIATION_ACTION_TYPES);
    if (!ACTION_TARGETS[type].includes(entity.type)) {
      invalid('type', `${type} works on ${ACTION_TARGETS[type].join(' or ')} entities; ${entity.displayName} is a ${entity.type}.`);
    }
    if (entity.type === 'device' && type === 'isolateDevice' && entity.isolated) invalid('type', `${entity.displayName} is already isolated.`);
    if (entity.type === 'device' && type === 'releaseDevice' && !entity.isolated) invalid('type', `${entity.displayName} is not isolated.`);
    if (entity.type === 'user' && type === 'disableUser' && !entity.accountEnabled) invalid('type', `${entity.displayName} is already disabled.`);
    if (entity.type === 'user' && type === 'enableUser' && entity.accountEnabled) invalid('type', `${entity.displayName} is already enabled.`);
    const inFlight = this.simulation.inFlight(entity.id, type);
    if (inFlight) invalid('type', `${type} is already running on ${entity.displayName} (action ${inFlight.id}).`);
    const time = this.now();
    const action = this.simulation.startManualAction(entity, type, actor.id, time);
    this.log({ op: 'runRemediationAction', entityId, type }, actor, time);
    return { ...action };
  }

  runLiveResponseCommand(actor: Principal, deviceId: string, command: string): LiveResponseResult {
    this.advance();
    requirePermission(actor, 'write');
    const device = this.entities.require(deviceId);
    if (device.type !== 'device') invalid('deviceId', `Live response runs on devices; ${device.displayName} is a ${device.type}.`);
    const commandLine = requireText('command', command, 1, LIMITS.liveResponseCommandLength);
    const time = this.now();
    this.log({ op: 'runLiveResponseCommand', deviceId, command }, actor, time);
    if (device.onboardingStatus !== 'onboarded') {
      return { deviceId: device.id, command: commandLine, status: 'failed', output: `${device.displayName} is not onboarded to Defender for Endpoint; live response needs an onboarded device.`, time: isoTime(time) };
    }
    const outcome = runLiveResponse(this.options.seed, device, commandLine, this.processesSeenOn(device.id));
    if (outcome.effect) {
      device.isolated = outcome.effect === 'isolate';
      const detail = `${outcome.effect === 'isolate' ? 'Isolated' : 'Released'} ${device.displayName} with live response`;
      this.auditEntity(device.id, actor.id, detail, time);
    }
    return { deviceId: device.id, command: commandLine, status: outcome.status, output: outcome.output, time: isoTime(time) };
  }

  // -------------------------------------------------------------------------------------------
  // Playbooks
  // -------------------------------------------------------------------------------------------

  listPlaybooks(): Playbook[] {
    return PLAYBOOKS.map(({ id, name, description, triggerKind, entityTypes }) => ({
      id,
      name,
      description,
      triggerKind,
      ...(entityTypes ? { entityTypes: [...entityTypes] } : {}),
    }));
  }

  runPlaybook(actor: Principal, playbookId: string, target: PlaybookTarget): PlaybookRun {
    this.advance();
    requirePermission(actor, 'write');
    const playbook = typeof playbookId === 'string' ? findPlaybook(playbookId) : undefined;
    if (!playbook) throw new ServiceError('notFound', `No playbook with id "${String(playbookId)}".`);
    const checkedTarget = this.checkTarget(target);
    if (checkedTarget.kind !== playbook.triggerKind) {
      invalid('target.kind', `"${playbook.name}" runs on ${playbook.triggerKind}s, not on ${checkedTarget.kind}s.`);
    }
    const incidentId = this.incidentOfTarget(checkedTarget, playbook);
    const time = this.now();
    const run = this.simulation.startRun(playbook, checkedTarget, incidentId, actor.id, time);
    this.log({ op: 'runPlaybook', playbookId, target: { ...checkedTarget } }, actor, time);
    return clone(run);
  }

  /** Runs on the target, newest first; for an incident, also the runs on its alerts. */
  listPlaybookRuns(target: PlaybookTarget): PlaybookRun[] {
    this.advance();
    return this.simulation.runsOf(this.checkTarget(target)).map(clone);
  }

  // -------------------------------------------------------------------------------------------
  // Automation rules
  // -------------------------------------------------------------------------------------------

  listAutomationRules(): AutomationRule[] {
    this.advance();
    return [...this.rules].sort(byOrder).map(clone);
  }

  saveAutomationRule(actor: Principal, draft: AutomationRuleDraft): AutomationRule {
    this.advance();
    requirePermission(actor, 'manageAutomation');
    const time = this.now();
    const id = (draft as { id?: unknown }).id;
    const existing = id === undefined || id === null ? undefined : this.rules.find((candidate) => candidate.id === id);
    const checked = checkRuleDraft(draft, { now: time, previous: existing });
    let rule: AutomationRule;
    if (id !== undefined && id !== null) {
      if (!existing) throw new ServiceError('notFound', `No automation rule with id "${String(id)}".`);
      rule = { ...checked, id: existing.id, lastModifiedDateTime: isoTime(time), lastModifiedBy: actor.id };
      this.rules = this.rules.map((candidate) => (candidate.id === existing.id ? rule : candidate));
    } else {
      rule = { ...checked, id: `rule-${++this.ruleCount}`, lastModifiedDateTime: isoTime(time), lastModifiedBy: actor.id };
      this.rules = [...this.rules, rule];
    }
    this.log({ op: 'saveAutomationRule', draft: clone(draft) }, actor, time);
    return clone(rule);
  }

  deleteAutomationRule(actor: Principal, id: string): void {
    this.advance();
    requirePermission(actor, 'manageAutomation');
    if (!this.rules.some((rule) => rule.id === id)) throw new ServiceError('notFound', `No automation rule with id "${String(id)}".`);
    this.rules = this.rules.filter((rule) => rule.id !== id);
    this.log({ op: 'deleteAutomationRule', id }, actor, this.now());
  }

  // -------------------------------------------------------------------------------------------
  // Tasks
  // -------------------------------------------------------------------------------------------

  listTasks(incidentId: string): Task[] {
    this.advance();
    return clone(this.detailsOf(this.requireRecord(incidentId)).tasks);
  }

  /** Creates a task (no `id`) or edits one: title, description, and status to complete or reopen it. */
  saveTask(actor: Principal, incidentId: string, draft: TaskDraft): Task {
    this.advance();
    requirePermission(actor, 'write');
    const record = this.requireRecord(incidentId);
    const input = requireObject('task', draft);
    rejectUnknownFields('the task', input, ['id', 'title', 'description', 'status']);
    const title = requireText('title', input['title'], 1, LIMITS.taskTitleLength);
    const description = input['description'] === undefined ? undefined : optionalText('description', input['description'], LIMITS.taskDescriptionLength);
    const status = input['status'] === undefined ? undefined : requireEnum('status', input['status'], TASK_STATUSES);
    const details = this.detailsOf(record);
    const time = this.now();
    let task: Task;
    if (input['id'] !== undefined) {
      const existing = details.tasks.find((candidate) => candidate.id === input['id']);
      if (!existing) throw new ServiceError('notFound', `Incident ${record.id} has no task with id "${String(input['id'])}".`);
      const changes: ActivityChange[] = [];
      const next = { title, description: description ?? existing.description, status: status ?? existing.status };
      for (const field of ['title', 'description', 'status'] as const) {
        if (existing[field] !== next[field]) changes.push({ field: `task.${field}`, from: existing[field], to: next[field] });
      }
      if (changes.length === 0) return { ...existing };
      const verb = next.status !== existing.status ? (next.status === 'completed' ? 'Task completed' : 'Task reopened') : 'Task edited';
      Object.assign(existing, next, { lastModifiedDateTime: isoTime(time) });
      task = existing;
      this.audit(record, { actor: actor.id, action: 'task', changes, detail: `${verb}: ${task.title}` }, time);
    } else {
      task = this.createTask(record, { title, description: description ?? '', status: status ?? 'new' }, actor.id, time);
    }
    this.log({ op: 'saveTask', incidentId, draft: clone(draft) }, actor, time);
    return { ...task };
  }

  // -------------------------------------------------------------------------------------------
  // Saved views
  // -------------------------------------------------------------------------------------------

  /** The actor's saved queue views, by name; every role keeps its own, a reader's too. */
  listSavedViews(actor: Principal): SavedView[] {
    return this.savedViews.list(actor);
  }

  /** Creates (no `id`) or replaces one of the actor's views; making it the default clears the flag on the others. */
  saveSavedView(actor: Principal, draft: SavedViewDraft): SavedView {
    const time = this.now();
    const view = this.savedViews.save(actor, draft, isoTime(time));
    this.log({ op: 'saveSavedView', draft: clone(draft) }, actor, time);
    return view;
  }

  deleteSavedView(actor: Principal, id: string): void {
    this.savedViews.delete(actor, id);
    this.log({ op: 'deleteSavedView', id }, actor, this.now());
  }

  // -------------------------------------------------------------------------------------------
  // Internals: records and details
  // -------------------------------------------------------------------------------------------

  private now(): number {
    return this.replayTime ?? this.clock();
  }

  private incident(record: IncidentRecord): Incident {
    return toIncident(record, this.options.seed);
  }

  private findRecord(id: string): IncidentRecord | undefined {
    const n = typeof id === 'string' ? positionOfIncidentId(id) : undefined;
    return n === undefined ? undefined : this.records[n];
  }

  private requireRecord(id: string): IncidentRecord {
    const record = this.findRecord(id);
    if (!record) throw new ServiceError('notFound', `No incident with id "${String(id)}".`);
    return record;
  }

  /** The incident's alerts, comments, audit trail, ...: generated on first access, then kept. */
  private detailsOf(record: IncidentRecord): IncidentDetails {
    let details = this.details.get(record.n);
    if (!details) {
      details = record.n < this.generatedCount ? generateDetails(this.generator.plan(record.n), this.pool, this.options.seed) : emptyDetails();
      this.details.set(record.n, details);
      this.simulation.register(details);
    }
    return details;
  }

  private requireAction(id: string): RemediationAction {
    let action = typeof id === 'string' ? this.simulation.actions.get(id) : undefined;
    if (!action && typeof id === 'string') {
      const incidentId = incidentIdOfChild(id);
      const record = incidentId === undefined ? undefined : this.findRecord(incidentId);
      if (record) {
        this.detailsOf(record);
        action = this.simulation.actions.get(id);
      }
    }
    if (!action) throw new ServiceError('notFound', `No remediation action with id "${String(id)}".`);
    return action;
  }

  private requireAlert(id: string): { alert: StoredAlert; details: IncidentDetails } {
    const incidentId = typeof id === 'string' ? incidentIdOfAlert(id) : undefined;
    const moved = typeof id === 'string' ? this.movedAlerts.get(id) : undefined;
    const record = moved !== undefined ? this.records[moved] : incidentId === undefined ? undefined : this.findRecord(incidentId);
    const details = record && this.detailsOf(record);
    const alert = details?.alerts.find((candidate) => candidate.id === id);
    if (!alert || !details) throw new ServiceError('notFound', `No alert with id "${String(id)}".`);
    return { alert, details };
  }

  private alertView(alert: StoredAlert, details: IncidentDetails): Alert {
    const { evidenceIds, ...fields } = alert;
    const view = this.evidenceView(this.requireRecord(alert.incidentId), details);
    return {
      ...clone(fields),
      investigationState: this.requireRecord(alert.incidentId).investigationState,
      evidence: evidenceIds.map((entityId) => {
        const alertIds = details.alerts.filter((candidate) => candidate.evidenceIds.includes(entityId)).map((candidate) => candidate.id);
        return { ...view(entityId), alertIds } as Evidence;
      }),
    };
  }

  /**
   * The incident's entities as the incident shows them (copies): the remediation status its own
   * actions (and manual ones since it was created) left, else what its source reported; a device
   * has one of the incident's users logged on, and a process runs as one.
   */
  private evidenceView(record: IncidentRecord, details: IncidentDetails): (entityId: string) => Entity {
    const accounts: string[] = [];
    /** The first of the incident's users named in the same alert as each entity. */
    const alongside = new Map<string, string>();
    for (const alert of details.alerts) {
      const named = alert.evidenceIds.map((entityId) => this.entities.require(entityId));
      const users = named.flatMap((entity) => (entity.type === 'user' ? [`${entity.domainName}\\${entity.accountName}`] : []));
      for (const account of users) if (!accounts.includes(account)) accounts.push(account);
      if (users.length > 0) for (const entity of named) if (!alongside.has(entity.id)) alongside.set(entity.id, users[0]!);
    }
    const manual = this.simulation.manualActions.filter((action) => Date.parse(action.createdDateTime) >= record.created);
    return (entityId) => {
      const entity = clone(this.entities.require(entityId));
      entity.remediationStatus =
        remediationStatusFrom([...details.actions, ...manual], entityId) ?? details.reported.get(entityId) ?? (record.n < this.generatedCount ? 'none' : entity.remediationStatus);
      // Its own account where that is one of the incident's users, else the user it was seen with:
      // one person at a device, not everyone the incident names.
      const account = alongside.get(entityId) ?? accounts[0];
      if (account && entity.type === 'device' && !entity.loggedOnUsers.some((user) => accounts.includes(user))) {
        entity.loggedOnUsers = [account, ...entity.loggedOnUsers];
      }
      if (account && entity.type === 'process' && !accounts.includes(entity.userAccount)) entity.userAccount = account;
      return entity;
    };
  }

  /** The processes the latest incidents naming the device saw, as those incidents show them. */
  private processesSeenOn(deviceId: string): KnownProcess[] {
    const known = new Map<string, KnownProcess>();
    for (const n of this.entities.incidentsNaming(deviceId).slice(-20)) {
      const record = this.records[n]!;
      const details = this.detailsOf(record);
      const view = this.evidenceView(record, details);
      for (const entityId of new Set(details.alerts.flatMap((alert) => alert.evidenceIds))) {
        const entity = view(entityId);
        if (entity.type === 'process') known.set(`${entity.imageFileName}|${entity.userAccount}`, { name: entity.imageFileName, user: entity.userAccount });
      }
    }
    return [...known.values()];
  }

  /**
   * Applies a checked alert patch (every check before any change), audits it on the alert's
   * incident, and lets the incident follow its alerts.
   */
  private applyAlertPatch(
    actor: Principal,
    id: string,
    patch: CheckedAlertPatch,
    time: number,
  ): { alert: StoredAlert; details: IncidentDetails; changed: boolean } {
    const { alert, details } = this.requireAlert(id);
    const record = this.requireRecord(alert.incidentId);
    if (record.status === 'redirected') {
      const into = record.redirectIncidentId ?? 'another';
      invalid('id', `Alert ${alert.id} belongs to incident ${record.id}, which was merged into incident ${into}; its alerts are not kept.`);
    }
    const planned = planAlertUpdate(alert, patch);
    const comment = patch.comment ?? null;
    if (planned.changes.length === 0 && comment === null) return { alert, details, changed: false };
    Object.assign(alert, planned.fields);
    if (comment !== null) alert.comments.push({ comment, createdBy: actor.id, createdDateTime: isoTime(time) });
    alert.lastUpdateDateTime = isoTime(time);
    const subject = `alert "${alert.title}" (${alert.id})`;
    this.audit(
      record,
      planned.changes.length > 0
        ? { actor: actor.id, action: 'updated', changes: planned.changes, detail: `Updated ${subject}${comment === null ? '' : `: ${comment}`}` }
        : { actor: actor.id, action: 'commented', changes: [], detail: `Commented on ${subject}: ${comment}` },
      time,
    );
    this.followAlerts(record, details, actor.id, time);
    return { alert, details, changed: true };
  }

  /** Lets an incident follow its alerts (`incidentFollowing`): a new version, audit entry and rules when it changed. */
  private followAlerts(record: IncidentRecord, details: IncidentDetails, actor: string, time: number): void {
    const following = incidentFollowing(record, details.alerts);
    if (Object.keys(following.fields).length === 0) return;
    const before = { ...record };
    Object.assign(record, following.fields);
    this.touch(record, before, time);
    if (following.changes.length > 0) {
      this.audit(record, { actor, action: 'updated', changes: following.changes, detail: following.detail ?? undefined }, time);
    }
    this.runRules('updated', before, record, time);
  }

  /** Moves an emptied incident's comments and tasks (renumbered) and reported statuses to the incident its alerts went to. */
  private carryOver(from: IncidentDetails, to: IncidentDetails, target: IncidentRecord): void {
    for (const comment of from.comments.splice(0)) to.comments.push({ ...comment, id: `${target.id}-c${to.comments.length}`, incidentId: target.id });
    for (const task of from.tasks.splice(0)) to.tasks.push({ ...task, id: `${target.id}-t${to.tasks.length}`, incidentId: target.id });
    const byCreation = (a: { createdDateTime: string }, b: { createdDateTime: string }) =>
      a.createdDateTime < b.createdDateTime ? -1 : a.createdDateTime > b.createdDateTime ? 1 : 0;
    to.comments.sort(byCreation);
    to.tasks.sort(byCreation);
    for (const [entityId, status] of from.reported) if (!to.reported.has(entityId)) to.reported.set(entityId, status);
  }

  /** Applies a planned update: new version, audit entry, indexes; returns the record as it was. */
  private applyUpdate(record: IncidentRecord, planned: PlannedUpdate, actor: string, time: number): IncidentRecord {
    const details = this.detailsOf(record);
    const before = { ...record };
    Object.assign(record, planned.fields);
    if (record.status === 'resolved') {
      for (const alert of details.alerts) {
        const settled = alert.classification === record.classification && alert.determination === record.determination;
        if (alert.status === 'resolved' && settled) continue;
        alert.status = 'resolved';
        alert.classification = record.classification;
        alert.determination = record.determination;
        alert.lastUpdateDateTime = isoTime(time);
      }
      record.activeAlertCount = 0;
    }
    this.touch(record, before, time);
    this.audit(record, { actor, action: 'updated', changes: planned.changes }, time);
    return before;
  }

  /** A new version of a changed record: etag, last update time, indexes. */
  private touch(record: IncidentRecord, before: IncidentRecord, time: number): void {
    record.version++;
    record.lastUpdate = time;
    this.alertListing.invalidate();
    this.index.changed(before, record);
    this.figures.changed(record);
  }

  private audit(record: IncidentRecord, entry: Omit<ActivityEntry, 'id' | 'time' | 'incidentId'>, time: number): void {
    const activity = this.detailsOf(record).activity;
    this.alertListing.invalidate();
    activity.push({ id: `${record.id}-a${activity.length}`, incidentId: record.id, time: isoTime(time), ...entry });
    this.figures.audited(record.n, entry.changes, time);
  }

  private auditEntity(entityId: string, actor: string, detail: string, time: number): void {
    for (const n of this.entities.incidentsNaming(entityId)) {
      const record = this.records[n]!;
      if (record.status === 'active' || record.status === 'inProgress') this.audit(record, { actor, action: 'remediation', changes: [], detail }, time);
    }
  }

  private createTask(record: IncidentRecord, fields: Pick<Task, 'title' | 'description' | 'status'>, actor: string, time: number): Task {
    const details = this.detailsOf(record);
    const task: Task = {
      id: `${record.id}-t${details.tasks.length}`,
      incidentId: record.id,
      ...fields,
      createdBy: actor,
      createdDateTime: isoTime(time),
      lastModifiedDateTime: isoTime(time),
    };
    details.tasks.push(task);
    this.audit(record, { actor, action: 'task', changes: [], detail: `Task created: ${task.title}` }, time);
    return task;
  }

  // -------------------------------------------------------------------------------------------
  // Internals: automation rules
  // -------------------------------------------------------------------------------------------

  /** Runs the active rules in order; what they change does not trigger rules again. */
  private runRules(trigger: 'created' | 'updated', before: IncidentRecord | null, record: IncidentRecord, time: number): void {
    const active = this.rules.filter((rule) => isActive(rule, trigger, time)).sort(byOrder);
    for (const rule of active) {
      if (!conditionsHold(rule, before, record)) continue;
      const actor = ruleActor(rule);
      for (const action of rule.actions) {
        if (action.kind === 'modifyProperties') {
          try {
            const planned = planUpdate(record, checkPatch(patchOf(action, record)), 'responder');
            if (planned.changes.length > 0) this.applyUpdate(record, planned, actor, time);
          } catch (error) {
            if (!(error instanceof ServiceError)) throw error;
            this.audit(record, { actor, action: 'updated', changes: [], detail: `Could not modify properties: ${error.message}` }, time);
          }
        } else if (action.kind === 'runPlaybook') {
          const playbook = findPlaybook(action.playbookId);
          if (playbook) this.simulation.startRun(playbook, { kind: 'incident', id: record.id }, record.id, actor, time);
        } else {
          this.createTask(record, { title: action.title, description: action.description ?? '', status: 'new' }, actor, time);
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Internals: simulated time and playbooks
  // -------------------------------------------------------------------------------------------

  /** Applies what the simulation has due by now. */
  private advance(): void {
    this.simulation.advanceTo(this.now());
  }

  private setInvestigationState(record: IncidentRecord, state: Investigation['state'], time: number): void {
    if (record.investigationState === state) return;
    const before = { ...record };
    record.investigationState = state;
    this.touch(record, before, time);
    this.audit(record, { actor: INVESTIGATION_ACTOR, action: 'updated', changes: [{ field: 'investigationState', from: before.investigationState, to: state }] }, time);
  }

  private checkTarget(target: PlaybookTarget): PlaybookTarget {
    const input = requireObject('target', target);
    rejectUnknownFields('the target', input, ['kind', 'id']);
    const kind = requireEnum('target.kind', input['kind'], PLAYBOOK_TRIGGER_KINDS);
    if (typeof input['id'] !== 'string' || input['id'] === '') invalid('target.id', 'target.id must be a non-empty string.');
    return { kind, id: input['id'] as string };
  }

  /** The incident a run's target belongs to (checking the target exists and suits the playbook). */
  private incidentOfTarget(target: PlaybookTarget, playbook: PlaybookDefinition): string | null {
    if (target.kind === 'incident') return this.requireRecord(target.id).id;
    if (target.kind === 'alert') return this.requireAlert(target.id).alert.incidentId;
    const entity = this.entities.require(target.id);
    if (playbook.entityTypes && !playbook.entityTypes.includes(entity.type)) {
      invalid('target.id', `"${playbook.name}" runs on ${playbook.entityTypes.join(' or ')} entities; ${entity.displayName} is a ${entity.type}.`);
    }
    return null;
  }

  // -------------------------------------------------------------------------------------------
  // Internals: timelines
  // -------------------------------------------------------------------------------------------

  private alertsNaming(entityId: string): AlertOnTimeline[] {
    const found: AlertOnTimeline[] = [];
    for (const n of this.entities.incidentsNaming(entityId)) {
      for (const alert of this.detailsOf(this.records[n]!).alerts) {
        if (!alert.evidenceIds.includes(entityId)) continue;
        found.push({
          time: Date.parse(alert.firstActivityDateTime),
          alertId: alert.id,
          incidentId: alert.incidentId,
          title: alert.title,
          severity: alert.severity,
          category: alert.category,
          serviceSource: alert.serviceSource,
        });
      }
    }
    return found.sort((a, b) => a.time - b.time || (a.alertId < b.alertId ? -1 : 1));
  }

  private timelineOf(entity: Entity): ProceduralTimeline {
    return new ProceduralTimeline({
      seed: this.options.seed,
      entityId: entity.id,
      entityType: entity.type,
      eventsPerDay: this.options.timelineEventsPerDay,
      start: this.pool.firstSeen(entity.id),
      end: this.now(),
      alerts: this.alertsNaming(entity.id),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Internals: journal
  // -------------------------------------------------------------------------------------------

  private log(entry: DistributiveOmit<JournalEntry, 'time' | 'actor'>, actor: Principal, time: number): void {
    this.entries.push({ ...entry, time: isoTime(time), actor: { id: actor.id, displayName: actor.displayName, roles: [...actor.roles] } } as JournalEntry);
  }

  private replay(entry: JournalEntry): void {
    this.replayTime = Date.parse(entry.time);
    try {
      const actor = entry.actor;
      switch (entry.op) {
        case 'createIncident':
          this.createIncident(actor, entry.input);
          break;
        case 'updateIncident':
          this.updateIncident(actor, entry.id, entry.patch);
          break;
        case 'updateIncidents':
          this.updateIncidents(actor, entry.ids, entry.patch);
          break;
        case 'addComment':
          this.addComment(actor, entry.incidentId, entry.text);
          break;
        case 'decideRemediationAction':
          this.decideRemediationAction(actor, entry.id, entry.decision, entry.comment ?? undefined);
          break;
        case 'runRemediationAction':
          this.runRemediationAction(actor, entry.entityId, entry.type);
          break;
        case 'runLiveResponseCommand':
          this.runLiveResponseCommand(actor, entry.deviceId, entry.command);
          break;
        case 'runPlaybook':
          this.runPlaybook(actor, entry.playbookId, entry.target);
          break;
        case 'saveAutomationRule':
          this.saveAutomationRule(actor, entry.draft);
          break;
        case 'deleteAutomationRule':
          this.deleteAutomationRule(actor, entry.id);
          break;
        case 'saveTask':
          this.saveTask(actor, entry.incidentId, entry.draft);
          break;
        case 'saveSavedView':
          this.saveSavedView(actor, entry.draft);
          break;
        case 'deleteSavedView':
          this.deleteSavedView(actor, entry.id);
          break;
        case 'mergeIncidents':
          this.mergeIncidents(actor, entry.request);
          break;
        case 'updateAlert':
          this.updateAlert(actor, entry.id, entry.patch);
          break;
        case 'updateAlerts':
          this.updateAlerts(actor, entry.ids, entry.patch);
          break;
        case 'linkAlerts':
          this.linkAlerts(actor, entry.request);
          break;
      }
    } finally {
      this.replayTime = null;
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function investigationView(record: InvestigationRecord): Investigation {
  const { analysisEnds: _analysisEnds, actionIds: _actionIds, ...investigation } = record;
  return { ...investigation, entityIds: [...investigation.entityIds] };
}
