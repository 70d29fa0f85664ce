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

/** Options every call takes: an `AbortSignal` to cancel it. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface UpdateOptions extends CallOptions {
  /** The incident's `etag` as last read; a stale one fails with `ApiError` kind `conflict`. */
  etag?: string;
}

/**
 * What a client can do. Elements hide or disable what the active client cannot:
 * a backend without playbooks has no "Run playbook" button.
 */
export const CAPABILITIES = [
  'updateIncidents',
  'incidentNames',
  'incidentSeverity',
  'resolvingComment',
  'evidence',
  'entityPages',
  'entityTimeline',
  'activity',
  'investigations',
  'remediation',
  'liveResponse',
  'playbooks',
  'automationRules',
  'tasks',
  /** The backend stores saved views per user; without it the queue keeps them in a `SavedViewStorage` on the host. */
  'savedViews',
  'incidentTrend',
  'incidentMetrics',
  'mergeIncidents',
  'similarIncidents',
  /** `listAlerts(query)`: the alert queue across incidents. */
  'alertQueue',
  /** `updateAlert` and `updateAlerts`. */
  'updateAlerts',
  'linkAlerts',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * The contract between SOC Kit elements and a backend. Elements reach data only through it;
 * `HttpIncidentApi` talks to the kit's REST API, adapters talk to Graph or Sentinel, and a
 * portal can write its own for another SIEM.
 *
 * Every method rejects with an `ApiError` and nothing else.
 */
export interface IncidentApi {
  readonly capabilities: ReadonlySet<Capability>;

  listIncidents(query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>>;
  getIncident(id: string, options?: CallOptions): Promise<Incident>;
  updateIncident(id: string, patch: IncidentPatch, options?: UpdateOptions): Promise<Incident>;
  updateIncidents(ids: string[], patch: IncidentPatch, options?: CallOptions): Promise<BulkResult>;

  /**
   * Merges `sourceIds` into `targetId`: the sources become `redirected` to the target, and their
   * alerts, comments and tasks move to it. Refused (kind `validation`, or `conflict` when the
   * incidents changed meanwhile) for the reasons `openapi.yaml` lists, with nothing changed.
   */
  mergeIncidents(request: MergeIncidentsRequest, options?: CallOptions): Promise<MergeIncidentsResult>;
  /** Incidents that share entities, alert titles or techniques with this one, most alike first, with why. */
  listSimilarIncidents(incidentId: string, query?: SimilarIncidentsQuery, options?: CallOptions): Promise<SimilarIncident[]>;

  /** Alerts across incidents, filtered, searched, sorted and paged like `listIncidents`. */
  listAlerts(query: AlertQuery, options?: CallOptions): Promise<Page<Alert>>;
  /** One incident's alerts, oldest first. */
  listIncidentAlerts(incidentId: string, options?: CallOptions): Promise<Alert[]>;
  getAlert(id: string, options?: CallOptions): Promise<Alert>;
  /**
   * Sets an alert's status, classification, determination or owner, and adds its comment. The
   * alert's incident follows: its active alert count, and, when the last active alert of an active
   * incident is resolved, its status (resolved), as Defender XDR does.
   */
  updateAlert(id: string, patch: AlertPatch, options?: CallOptions): Promise<Alert>;
  updateAlerts(ids: string[], patch: AlertPatch, options?: CallOptions): Promise<AlertBulkResult>;
  /**
   * Moves alerts to another incident or into a new one. Refused (kind `validation`) for the reasons
   * `openapi.yaml` lists, with nothing changed.
   */
  linkAlerts(request: LinkAlertsRequest, options?: CallOptions): Promise<LinkAlertsResult>;
  listEvidence(incidentId: string, options?: CallOptions): Promise<Evidence[]>;

  getEntity(entityId: string, options?: CallOptions): Promise<Entity>;
  getEntityTimeline(entityId: string, query: TimelineQuery, options?: CallOptions): Promise<TimelinePage>;
  getEntityInsights(entityId: string, options?: CallOptions): Promise<EntityInsights>;

  listComments(incidentId: string, options?: CallOptions): Promise<Comment[]>;
  addComment(incidentId: string, text: string, options?: CallOptions): Promise<Comment>;
  listActivity(incidentId: string, options?: CallOptions): Promise<ActivityEntry[]>;

  listInvestigations(incidentId: string, options?: CallOptions): Promise<Investigation[]>;
  listRemediationActions(filter: RemediationActionFilter, options?: CallOptions): Promise<RemediationAction[]>;
  decideRemediationAction(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
    options?: CallOptions,
  ): Promise<RemediationAction>;
  runRemediationAction(
    entityId: string,
    type: RemediationActionType,
    options?: CallOptions,
  ): Promise<RemediationAction>;
  runLiveResponseCommand(deviceId: string, command: string, options?: CallOptions): Promise<LiveResponseResult>;

  listPlaybooks(options?: CallOptions): Promise<Playbook[]>;
  runPlaybook(playbookId: string, target: PlaybookTarget, options?: CallOptions): Promise<PlaybookRun>;
  listPlaybookRuns(target: PlaybookTarget, options?: CallOptions): Promise<PlaybookRun[]>;

  listAutomationRules(options?: CallOptions): Promise<AutomationRule[]>;
  saveAutomationRule(rule: AutomationRuleDraft, options?: CallOptions): Promise<AutomationRule>;
  deleteAutomationRule(id: string, options?: CallOptions): Promise<void>;

  listTasks(incidentId: string, options?: CallOptions): Promise<Task[]>;
  saveTask(incidentId: string, task: TaskDraft, options?: CallOptions): Promise<Task>;

  /** The signed-in user's saved queue views, by name. */
  listSavedViews(options?: CallOptions): Promise<SavedView[]>;
  saveSavedView(view: SavedViewDraft, options?: CallOptions): Promise<SavedView>;
  deleteSavedView(id: string, options?: CallOptions): Promise<void>;

  /** Incidents and alerts created over the last 24 hours or 7 days, computed by the backend. */
  getIncidentTrend(query: TrendQuery, options?: CallOptions): Promise<IncidentTrend>;
  getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics>;

  listAssignees(options?: CallOptions): Promise<Assignee[]>;
  whoAmI(options?: CallOptions): Promise<Principal>;
}
