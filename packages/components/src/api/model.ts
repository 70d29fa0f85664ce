/**
 * The SOC Kit domain model. Names and enum values follow Microsoft Graph security v1.0
 * (`incident`, `alert`, `alertEvidence`), so adapters for real backends map little.
 *
 * Allowed values are `as const` arrays; each union type is derived from its array so that
 * validation (mock service, forms) and types can never disagree.
 */

export const SEVERITIES = ['informational', 'low', 'medium', 'high', 'unknown'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** UI labels: New/Active, In progress, Resolved, Redirected. */
export const INCIDENT_STATUSES = ['active', 'inProgress', 'resolved', 'redirected'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const ALERT_STATUSES = ['new', 'inProgress', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

export const CLASSIFICATIONS = [
  'unknown',
  'falsePositive',
  'truePositive',
  'informationalExpectedActivity',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** Graph `alertDetermination`. */
export const DETERMINATIONS = [
  'apt',
  'malware',
  'securityPersonnel',
  'securityTesting',
  'unwantedSoftware',
  'other',
  'multiStagedAttack',
  'compromisedAccount',
  'phishing',
  'maliciousUserActivity',
  'notMalicious',
  'notEnoughDataToValidate',
  'confirmedActivity',
  'lineOfBusinessApplication',
  'unknown',
] as const;
export type Determination = (typeof DETERMINATIONS)[number];

/** Graph `serviceSource`. */
export const SERVICE_SOURCES = [
  'unknown',
  'microsoftDefenderForEndpoint',
  'microsoftDefenderForIdentity',
  'microsoftDefenderForCloudApps',
  'microsoftDefenderForOffice365',
  'microsoft365Defender',
  'azureAdIdentityProtection',
  'microsoftAppGovernance',
  'dataLossPrevention',
  'microsoftDefenderForCloud',
  'microsoftSentinel',
  'microsoftInsiderRiskManagement',
] as const;
export type ServiceSource = (typeof SERVICE_SOURCES)[number];

/** Graph `detectionSource`. */
export const DETECTION_SOURCES = [
  'unknown',
  'microsoftDefenderForEndpoint',
  'antivirus',
  'smartScreen',
  'customTi',
  'microsoftDefenderForOffice365',
  'automatedInvestigation',
  'microsoftThreatExperts',
  'customDetection',
  'microsoftDefenderForIdentity',
  'cloudAppSecurity',
  'microsoft365Defender',
  'azureAdIdentityProtection',
  'manual',
  'microsoftDataLossPrevention',
  'appGovernancePolicy',
  'appGovernanceDetection',
  'microsoftDefenderForCloud',
  'microsoftDefenderForServers',
  'microsoftDefenderForStorage',
  'microsoftDefenderForKeyVault',
  'nrtAlerts',
  'scheduledAlerts',
  'microsoftDefenderThreatIntelligenceAnalytics',
  'builtInMl',
  'microsoftInsiderRiskManagement',
  'microsoftSentinel',
] as const;
export type DetectionSource = (typeof DETECTION_SOURCES)[number];

/** Graph `investigationState`. */
export const INVESTIGATION_STATES = [
  'unknown',
  'terminated',
  'successfullyRemediated',
  'benign',
  'failed',
  'partiallyRemediated',
  'running',
  'pendingApproval',
  'pendingResource',
  'queued',
  'innerFailure',
  'preexistingAlert',
  'unsupportedOs',
  'unsupportedAlertType',
  'suppressedAlert',
] as const;
export type InvestigationState = (typeof INVESTIGATION_STATES)[number];

/** Device OS platforms as Graph's `deviceEvidence.osPlatform` spells them. */
export const OS_PLATFORMS = [
  'Windows11',
  'Windows10',
  'WindowsServer2022',
  'WindowsServer2019',
  'WindowsServer2016',
  'macOS',
  'Linux',
  'iOS',
  'Android',
] as const;
export type OsPlatform = (typeof OS_PLATFORMS)[number];

/** Sensitivity labels of the data an incident involves, least sensitive first (Microsoft Purview's defaults). */
export const SENSITIVITY_LABELS = ['General', 'Confidential', 'Highly confidential'] as const;
export type SensitivityLabel = (typeof SENSITIVITY_LABELS)[number];

/** MITRE ATT&CK tactics, as Graph and Sentinel name them. */
export const TACTICS = [
  'reconnaissance',
  'resourceDevelopment',
  'initialAccess',
  'execution',
  'persistence',
  'privilegeEscalation',
  'defenseEvasion',
  'credentialAccess',
  'discovery',
  'lateralMovement',
  'collection',
  'commandAndControl',
  'exfiltration',
  'impact',
] as const;
export type Tactic = (typeof TACTICS)[number];

// ---------------------------------------------------------------------------
// Incidents
// ---------------------------------------------------------------------------

/** Counts of the assets an incident touches, by kind (the queue's "Impacted assets"). */
export interface ImpactedAssets {
  devices: number;
  users: number;
  mailboxes: number;
  apps: number;
  ips: number;
  cloudResources: number;
}

export interface Incident {
  id: string;
  displayName: string;
  description: string;
  severity: Severity;
  status: IncidentStatus;
  classification: Classification;
  determination: Determination;
  /** User principal name of the owner, or `null` when unassigned. */
  assignedTo: string | null;
  customTags: string[];
  systemTags: string[];
  createdDateTime: string;
  lastUpdateDateTime: string;
  firstActivityDateTime: string;
  lastActivityDateTime: string;
  resolvingComment: string | null;
  redirectIncidentId: string | null;
  serviceSources: ServiceSource[];
  detectionSources: DetectionSource[];
  categories: string[];
  mitreTechniques: string[];
  tactics: Tactic[];
  alertCount: number;
  activeAlertCount: number;
  impactedAssets: ImpactedAssets;
  investigationState: InvestigationState;
  /** Device groups of the incident's devices (Graph `deviceEvidence.rbacGroupName`). */
  deviceGroups: string[];
  /** OS platforms of the incident's devices (Graph `deviceEvidence.osPlatform`); other values than `OS_PLATFORMS` kept as sent. */
  osPlatforms: string[];
  /** Threats the incident's alerts name (Graph alert `threatDisplayName`, else `threatFamilyName`): "Qakbot", "Cobalt Strike". */
  threats: string[];
  /** Sensitivity labels of the data the incident involves; Graph v1.0 has none on incidents, the kit's REST API has. */
  sensitivityLabels: SensitivityLabel[];
  /** Opaque version string; send it back as `etag` on update to detect a concurrent writer. */
  etag: string;
}

/** The writable fields of an incident. */
export interface IncidentPatch {
  displayName?: string;
  severity?: Severity;
  status?: IncidentStatus;
  classification?: Classification;
  determination?: Determination;
  assignedTo?: string | null;
  customTags?: string[];
  resolvingComment?: string | null;
}

export const INCIDENT_PATCH_FIELDS = [
  'displayName',
  'severity',
  'status',
  'classification',
  'determination',
  'assignedTo',
  'customTags',
  'resolvingComment',
] as const satisfies readonly (keyof IncidentPatch)[];

export const INCIDENT_SORT_FIELDS = [
  'displayName',
  'id',
  'severity',
  'status',
  'investigationState',
  'categories',
  'impactedAssets',
  'activeAlertCount',
  'serviceSources',
  'detectionSources',
  'firstActivityDateTime',
  'lastActivityDateTime',
  'lastUpdateDateTime',
  'createdDateTime',
  'assignedTo',
  'classification',
  'determination',
  'customTags',
] as const;
export type IncidentSortField = (typeof INCIDENT_SORT_FIELDS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** `assignedTo` filter value that matches incidents with no owner. */
export const UNASSIGNED = '' as const;

/**
 * A query over the incident queue. Array filters match any of their values (OR);
 * different filters combine with AND. Time bounds apply to `createdDateTime`.
 * `INCIDENT_QUERY_FIELDS` describes each filter for every path that applies it.
 */
export interface IncidentQuery {
  status?: IncidentStatus[];
  severity?: Severity[];
  serviceSources?: ServiceSource[];
  detectionSources?: DetectionSource[];
  /** Owners' UPNs, without regard to case; `UNASSIGNED` ('') matches incidents without an owner. */
  assignedTo?: string[];
  classification?: Classification[];
  determination?: Determination[];
  /** Custom or system tags, without regard to case. */
  tags?: string[];
  /** Alert categories, without regard to case. */
  categories?: string[];
  /** Entities of the incident's evidence, by display name or ID, without regard to case. */
  entities?: string[];
  /** Device groups of the incident's devices, without regard to case. */
  deviceGroups?: string[];
  osPlatforms?: OsPlatform[];
  /** The state of the incident's automated investigation. */
  investigationState?: InvestigationState[];
  /** Threats the incident's alerts name, without regard to case. */
  threats?: string[];
  sensitivityLabels?: SensitivityLabel[];
  /** ISO 8601 inclusive lower bound on `createdDateTime`. */
  createdAfter?: string;
  /** ISO 8601 exclusive upper bound on `createdDateTime`. */
  createdBefore?: string;
  /**
   * Case-insensitive match on the name (substring), the ID (exact or prefix), or the name of an
   * impacted asset the incident's alerts involve (substring).
   */
  search?: string;
  sort?: { field: IncidentSortField; direction: SortDirection };
  /** Page size, 1–500 (default 50). */
  top?: number;
  /** Offset into the sorted, filtered list (random access for virtual scrolling). */
  skip?: number;
  /** Opaque cursor from a previous page's `nextCursor`; wins over `skip`. */
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Number of items matching the query over all pages. */
  totalCount: number;
  /** Pass as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

export interface BulkResult {
  succeeded: Incident[];
  failed: { id: string; error: { kind: string; message: string } }[];
}

// ---------------------------------------------------------------------------
// Alerts and evidence
// ---------------------------------------------------------------------------

export interface Alert {
  id: string;
  incidentId: string;
  title: string;
  description: string;
  severity: Severity;
  status: AlertStatus;
  classification: Classification;
  determination: Determination;
  serviceSource: ServiceSource;
  detectionSource: DetectionSource;
  category: string;
  mitreTechniques: string[];
  recommendedActions: string;
  createdDateTime: string;
  firstActivityDateTime: string;
  lastActivityDateTime: string;
  /** When the alert last changed (status, owner, classification, a comment, or a move to another incident). */
  lastUpdateDateTime: string;
  /** User principal name of the alert's owner, or `null` when unassigned. */
  assignedTo: string | null;
  /** Tags on the alert (Graph `systemTags`, such as "Defender Experts"). */
  tags: string[];
  /** The state of the automated investigation the alert started, `unknown` when none is known. */
  investigationState: InvestigationState;
  /** Notes on the alert, oldest first. */
  comments: AlertComment[];
  evidence: Evidence[];
}

export interface AlertComment {
  comment: string;
  /** Display name or UPN of the author. */
  createdBy: string;
  createdDateTime: string;
}

export const ALERT_SORT_FIELDS = [
  'title',
  'severity',
  'status',
  'investigationState',
  'category',
  'detectionSource',
  'serviceSource',
  'firstActivityDateTime',
  'lastActivityDateTime',
  'createdDateTime',
  'assignedTo',
  'incidentId',
] as const;
export type AlertSortField = (typeof ALERT_SORT_FIELDS)[number];

/**
 * A query over the alert queue, across incidents. Array filters match any of their values (OR);
 * different filters combine with AND. Time bounds apply to `createdDateTime`.
 */
export interface AlertQuery {
  status?: AlertStatus[];
  severity?: Severity[];
  serviceSources?: ServiceSource[];
  detectionSources?: DetectionSource[];
  /** Owners' UPNs, without regard to case; `UNASSIGNED` ('') matches alerts without an owner. */
  assignedTo?: string[];
  classification?: Classification[];
  determination?: Determination[];
  /** Alert categories, without regard to case. */
  categories?: string[];
  investigationState?: InvestigationState[];
  /** Alerts of these incidents only. */
  incidentIds?: string[];
  /** ISO 8601 inclusive lower bound on `createdDateTime`. */
  createdAfter?: string;
  /** ISO 8601 exclusive upper bound on `createdDateTime`. */
  createdBefore?: string;
  /**
   * Case-insensitive match on the title (substring), the alert's ID (exact or prefix), or the name
   * of an entity in its evidence (substring).
   */
  search?: string;
  /** Default: `createdDateTime` descending. Ties are broken by alert ID. */
  sort?: { field: AlertSortField; direction: SortDirection };
  /** Page size, 1–500 (default 50). */
  top?: number;
  /** Offset into the sorted, filtered list (random access for virtual scrolling). */
  skip?: number;
  /** Opaque cursor from a previous page's `nextCursor`; wins over `skip`. */
  cursor?: string;
}

/** The writable fields of an alert, as the portal's "Manage alert" sets them. */
export interface AlertPatch {
  status?: AlertStatus;
  classification?: Classification;
  determination?: Determination;
  assignedTo?: string | null;
  /** A comment added to the alert with the change (1–30,000 characters). */
  comment?: string;
}

export const ALERT_PATCH_FIELDS = [
  'status',
  'classification',
  'determination',
  'assignedTo',
  'comment',
] as const satisfies readonly (keyof AlertPatch)[];

export interface AlertBulkResult {
  succeeded: Alert[];
  failed: { id: string; error: { kind: string; message: string } }[];
}

/**
 * Alerts moved to another incident, or out into a new one, as the portal's "Link alert to another
 * incident" does. Each incident the alerts leave or join has its alerts, evidence, counts,
 * severity, categories and impacted assets recomputed, and an activity entry written.
 */
export interface LinkAlertsRequest {
  /** The alerts to move (at least one). */
  alertIds: string[];
  /** The incident they join; when absent, a new incident is created from them. */
  targetIncidentId?: string;
  /** The new incident's name (1–500 characters); without it, the first alert's title. Only with no target. */
  displayName?: string;
  /** Why, written to the activity of every incident involved. */
  comment?: string;
}

export interface LinkAlertsResult {
  /** The incident the alerts are now in, as it is after the move (new, when no target was given). */
  incident: Incident;
  /**
   * The incidents the alerts came from, as they are now. One left with no alerts is `redirected`
   * to `incident`, as a merge leaves its sources.
   */
  sources: Incident[];
}

export const VERDICTS = ['unknown', 'suspicious', 'malicious', 'noThreatsFound'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Graph `evidenceRemediationStatus`, with the states a running remediation passes through. */
export const REMEDIATION_STATUSES = [
  'none',
  'pendingApproval',
  'running',
  'remediated',
  'prevented',
  'blocked',
  'notFound',
  'declined',
  'failed',
] as const;
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

/** Graph `evidenceRole`. */
export const EVIDENCE_ROLES = [
  'unknown',
  'contextual',
  'scanned',
  'source',
  'destination',
  'created',
  'added',
  'compromised',
  'edited',
  'attacked',
  'attacker',
  'commandAndControl',
  'loaded',
  'suspicious',
  'policyViolator',
] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

export const ENTITY_TYPES = [
  'device',
  'user',
  'mailbox',
  'ip',
  'url',
  'file',
  'process',
  'cloudApplication',
  'azureResource',
  'registryKey',
  'registryValue',
  'unknown',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

interface EntityBase<T extends EntityType> {
  /** Stable across incidents: the same device is the same entity everywhere. */
  id: string;
  type: T;
  /** A short human label (host name, UPN, address, file name, ...). */
  displayName: string;
  verdict: Verdict;
  remediationStatus: RemediationStatus;
  roles: EvidenceRole[];
  detailedRoles: string[];
  tags: string[];
  createdDateTime: string;
}

export interface DeviceEntity extends EntityBase<'device'> {
  deviceDnsName: string;
  mdeDeviceId: string;
  osPlatform: string;
  osBuild: string;
  /** The device group (Defender RBAC group) the device belongs to; absent when the backend does not say. */
  rbacGroupName?: string;
  riskScore: 'none' | 'informational' | 'low' | 'medium' | 'high';
  healthStatus: 'active' | 'inactive' | 'impairedCommunication' | 'noSensorData';
  onboardingStatus: 'onboarded' | 'canBeOnboarded' | 'unsupported';
  /** Whether the device is isolated from the network by a remediation action. */
  isolated: boolean;
  ipAddresses: string[];
  loggedOnUsers: string[];
}

export interface UserEntity extends EntityBase<'user'> {
  userPrincipalName: string;
  accountName: string;
  domainName: string;
  azureAdUserId: string;
  department: string;
  riskLevel: 'none' | 'low' | 'medium' | 'high';
  accountEnabled: boolean;
}

export interface MailboxEntity extends EntityBase<'mailbox'> {
  primaryAddress: string;
  userPrincipalName: string;
}

export interface IpEntity extends EntityBase<'ip'> {
  ipAddress: string;
  countryLetterCode: string;
}

export interface UrlEntity extends EntityBase<'url'> {
  url: string;
}

export interface FileEntity extends EntityBase<'file'> {
  fileName: string;
  filePath: string;
  sha256: string;
  sha1: string;
  fileSize: number;
}

export interface ProcessEntity extends EntityBase<'process'> {
  processId: number;
  processCommandLine: string;
  imageFileName: string;
  parentProcessId: number;
  userAccount: string;
}

export interface CloudApplicationEntity extends EntityBase<'cloudApplication'> {
  appId: number;
  instanceName: string;
}

export interface AzureResourceEntity extends EntityBase<'azureResource'> {
  resourceId: string;
  resourceName: string;
  resourceType: string;
}

export interface RegistryKeyEntity extends EntityBase<'registryKey'> {
  registryHive: string;
  registryKey: string;
}

export interface RegistryValueEntity extends EntityBase<'registryValue'> {
  registryHive: string;
  registryKey: string;
  registryValueName: string;
  registryValue: string;
  registryValueType: string;
}

/** Evidence of a type the kit has no model for: kept whole and shown generically. */
export interface UnknownEntity extends EntityBase<'unknown'> {
  /** The backend's type name, e.g. Graph's `@odata.type`. */
  odataType: string;
  /** Every other property of the original payload, as received. */
  additionalData: Record<string, unknown>;
}

export type Entity =
  | DeviceEntity
  | UserEntity
  | MailboxEntity
  | IpEntity
  | UrlEntity
  | FileEntity
  | ProcessEntity
  | CloudApplicationEntity
  | AzureResourceEntity
  | RegistryKeyEntity
  | RegistryValueEntity
  | UnknownEntity;

/** An entity as evidence of an incident: which of the incident's alerts name it. */
export type Evidence = Entity & { alertIds: string[] };

// ---------------------------------------------------------------------------
// Entity page
// ---------------------------------------------------------------------------

export const TIMELINE_KINDS = ['alert', 'activity', 'bookmark', 'anomaly'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEvent {
  id: string;
  entityId: string;
  time: string;
  kind: TimelineKind;
  title: string;
  severity?: Severity;
  properties: Record<string, string>;
  alertId?: string;
  incidentId?: string;
}

export interface TimelineQuery {
  /** ISO 8601 inclusive start. */
  from: string;
  /** ISO 8601 exclusive end. */
  to: string;
  kinds?: TimelineKind[];
  /** Opaque cursor from the previous window's `nextCursor`. */
  cursor?: string;
  /** Events per window, 1–1000 (default 200). */
  limit?: number;
}

export interface TimelineBucket {
  start: string;
  count: number;
}

export interface TimelinePage extends Page<TimelineEvent> {
  /** Event counts over [from, to) in equal buckets, for the histogram; counts honour `kinds`. */
  histogram: TimelineBucket[];
}

/** What names an incident in a list of links: enough to show it and open its page. */
export type IncidentRef = Pick<Incident, 'id' | 'displayName' | 'severity' | 'status'>;

export interface EntityInsights {
  entityId: string;
  firstSeen: string;
  lastSeen: string;
  relatedIncidents: IncidentRef[];
  mostFrequentActivities: { title: string; count: number }[];
}

// ---------------------------------------------------------------------------
// Comments and the audit trail
// ---------------------------------------------------------------------------

/** The longest comment a backend accepts (Graph and Sentinel both cap at 30,000). */
export const MAX_COMMENT_LENGTH = 30_000;

export interface Comment {
  id: string;
  incidentId: string;
  comment: string;
  createdBy: string;
  createdDateTime: string;
}

export interface ActivityChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface ActivityEntry {
  id: string;
  incidentId: string;
  /** UPN of the person, or "Automation rule: <name>", or "System". */
  actor: string;
  time: string;
  action: 'created' | 'updated' | 'commented' | 'remediation' | 'playbook' | 'task';
  changes: ActivityChange[];
  /** Free text for actions that are not field changes. */
  detail?: string;
}

// ---------------------------------------------------------------------------
// Automated investigation and response
// ---------------------------------------------------------------------------

export const REMEDIATION_ACTION_TYPES = [
  'isolateDevice',
  'releaseDevice',
  'disableUser',
  'enableUser',
  'resetPassword',
  'quarantineFile',
  'deleteEmail',
  'blockUrl',
  'stopAndQuarantine',
  'collectInvestigationPackage',
  'runAntivirusScan',
] as const;
export type RemediationActionType = (typeof REMEDIATION_ACTION_TYPES)[number];

export const REMEDIATION_ACTION_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'running',
  'completed',
  'failed',
] as const;
export type RemediationActionStatus = (typeof REMEDIATION_ACTION_STATUSES)[number];

export interface RemediationAction {
  id: string;
  incidentId: string | null;
  investigationId: string | null;
  type: RemediationActionType;
  entityId: string;
  entityType: EntityType;
  entityName: string;
  status: RemediationActionStatus;
  createdDateTime: string;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface RemediationActionFilter {
  incidentId?: string;
  investigationId?: string;
  entityId?: string;
  status?: RemediationActionStatus[];
}

export interface Investigation {
  id: string;
  incidentId: string;
  state: InvestigationState;
  startedDateTime: string;
  endedDateTime: string | null;
  triggeringAlertId: string;
  entityIds: string[];
}

export interface LiveResponseResult {
  deviceId: string;
  command: string;
  status: 'completed' | 'failed';
  output: string;
  time: string;
}

// ---------------------------------------------------------------------------
// Playbooks, automation rules, tasks
// ---------------------------------------------------------------------------

export const PLAYBOOK_TRIGGER_KINDS = ['incident', 'alert', 'entity'] as const;
export type PlaybookTriggerKind = (typeof PLAYBOOK_TRIGGER_KINDS)[number];

export interface Playbook {
  id: string;
  name: string;
  description: string;
  triggerKind: PlaybookTriggerKind;
  /** For an entity playbook, the entity types it runs on; absent when it runs on any. */
  entityTypes?: EntityType[];
}

export interface PlaybookTarget {
  kind: PlaybookTriggerKind;
  id: string;
}

export const PLAYBOOK_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type PlaybookRunStatus = (typeof PLAYBOOK_RUN_STATUSES)[number];

export interface PlaybookRun {
  id: string;
  playbookId: string;
  playbookName: string;
  target: PlaybookTarget;
  /** The incident the target belongs to, so runs can be listed on the incident. */
  incidentId: string | null;
  status: PlaybookRunStatus;
  startedAt: string;
  finishedAt: string | null;
  triggeredBy: string;
  log: { time: string; message: string }[];
}

export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

export const CONDITION_PROPERTIES = [
  'title',
  'description',
  'severity',
  'status',
  'owner',
  'tags',
  'serviceSource',
  'detectionSource',
  'tactics',
  'category',
] as const;
export type ConditionProperty = (typeof CONDITION_PROPERTIES)[number];

/** Properties whose change can be a condition ("changed to/from"). */
export const CHANGE_PROPERTIES = ['severity', 'status', 'owner'] as const;
export type ChangeProperty = (typeof CHANGE_PROPERTIES)[number];

export type AutomationCondition =
  | { kind: 'property'; property: ConditionProperty; operator: ConditionOperator; values: string[] }
  | { kind: 'changed'; property: ChangeProperty; direction: 'to' | 'from'; values: string[] };

export type AutomationAction =
  | {
      kind: 'modifyProperties';
      severity?: Severity;
      status?: IncidentStatus;
      classification?: Classification;
      determination?: Determination;
      owner?: string | null;
      /** Tags added to the incident's custom tags. */
      labels?: string[];
    }
  | { kind: 'runPlaybook'; playbookId: string }
  | { kind: 'addTask'; title: string; description?: string };

export const AUTOMATION_TRIGGERS_ON = ['incidents', 'alerts'] as const;
export const AUTOMATION_TRIGGERS_WHEN = ['created', 'updated'] as const;

export interface AutomationRule {
  id: string;
  displayName: string;
  /** Rules run in ascending order, 1–1000. */
  order: number;
  enabled: boolean;
  /** ISO 8601; the rule stops acting after this time. */
  expiration: string | null;
  triggersOn: (typeof AUTOMATION_TRIGGERS_ON)[number];
  triggersWhen: (typeof AUTOMATION_TRIGGERS_WHEN)[number];
  conditions: AutomationCondition[];
  actions: AutomationAction[];
  lastModifiedDateTime: string;
  lastModifiedBy: string;
}

/** A rule as the client sends it; `id` absent creates one. */
export type AutomationRuleDraft = Omit<AutomationRule, 'id' | 'lastModifiedDateTime' | 'lastModifiedBy'> & {
  id?: string;
};

export const TASK_STATUSES = ['new', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: string;
  incidentId: string;
  title: string;
  description: string;
  status: TaskStatus;
  createdBy: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

/** A task as the client sends it; `id` absent creates one. */
export interface TaskDraft {
  id?: string;
  title: string;
  description?: string;
  status?: TaskStatus;
}

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

export const ROLES = ['reader', 'responder', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** User principal name. */
  id: string;
  displayName: string;
  roles: Role[];
}

/** Someone incidents can be assigned to. */
export interface Assignee {
  id: string;
  displayName: string;
}

// ---------------------------------------------------------------------------
// Saved views
// ---------------------------------------------------------------------------

/** Spans a saved view can keep instead of dates: 1 day, 3 days, 1 week, 30 days, 6 months. */
export const RELATIVE_TIME_RANGES = ['1d', '3d', '1w', '30d', '6m'] as const;
export type RelativeTimeRange = (typeof RELATIVE_TIME_RANGES)[number];

/**
 * What a saved view keeps of a query: its filters, search and sort, never a page. A view may keep
 * a relative span, `createdWithin`: incidents created in that span before the moment the view is
 * applied. It stands instead of `createdAfter`/`createdBefore`, which a view with it leaves out.
 */
export type SavedViewQuery = Omit<IncidentQuery, 'top' | 'skip' | 'cursor'> & { createdWithin?: RelativeTimeRange };

/** A named queue view a person saved: filters, search, sort and columns. Stored per user. */
export interface SavedView {
  id: string;
  /** 1–100 characters, unique per user without regard to case. */
  name: string;
  query: SavedViewQuery;
  /** The queue's visible columns in their order; `null` keeps the queue's default columns. */
  columns: string[] | null;
  /** The view a fresh queue opens with; at most one of a user's views is the default. */
  isDefault: boolean;
  createdDateTime: string;
  lastUpdateDateTime: string;
}

/** A saved view as the client sends it; `id` absent creates one. Making one the default clears the others' flag. */
export type SavedViewDraft = Pick<SavedView, 'name' | 'query' | 'columns' | 'isDefault'> & { id?: string };

// ---------------------------------------------------------------------------
// The queue's trend and incident metrics
// ---------------------------------------------------------------------------

/** The trend's spans: the last 24 hours in hourly buckets, or the last 7 days in daily ones. */
export const TREND_RANGES = ['24h', '7d'] as const;
export type TrendRange = (typeof TREND_RANGES)[number];

export interface TrendQuery {
  range: TrendRange;
  /** ISO 8601 end of the span (exclusive); default now rounded up to a full hour. The last bucket ends here. */
  end?: string;
}

export interface TrendBucket {
  /** Inclusive start, ISO 8601. */
  start: string;
  /** Exclusive end, ISO 8601. */
  end: string;
  /** Incidents whose `createdDateTime` falls in the bucket. */
  incidents: number;
  /** Alerts whose `createdDateTime` falls in the bucket. */
  alerts: number;
}

/** Incidents and alerts created over a span, oldest bucket first (24 for `24h`, 7 for `7d`). */
export interface IncidentTrend {
  range: TrendRange;
  start: string;
  end: string;
  buckets: TrendBucket[];
  /** Counted from a bounded number of listing pages: the newest part of the span is complete, older buckets may be low. */
  truncated: boolean;
}

export interface MetricsQuery {
  /** ISO 8601 inclusive start of the range. */
  from: string;
  /** ISO 8601 exclusive end of the range. */
  to: string;
}

/** The statuses an open incident has. */
export const OPEN_STATUSES = ['active', 'inProgress'] as const satisfies readonly IncidentStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** The parts of `IncidentMetrics` a backend may be unable to compute. */
export const INCIDENT_METRIC_NAMES = [
  'open',
  'perDay',
  'timeToAcknowledge',
  'timeToResolve',
  'classification',
  'determination',
  'tactics',
  'workload',
] as const;
export type IncidentMetricName = (typeof INCIDENT_METRIC_NAMES)[number];

export interface CountOf<K extends string> {
  key: K;
  count: number;
}

export interface MeanDuration {
  severity: Severity;
  /** Mean in milliseconds; `null` when no incident of this severity has reached the point yet. */
  meanMs: number | null;
  /** The incidents the mean is taken over. */
  count: number;
}

/**
 * Figures for a SOC lead over the incidents created in `[from, to)` (the "range"), except
 * `perDay[].resolved`, which counts resolutions in the range whatever the incident's age.
 * Everything a backend cannot compute is named in `unsupported` and left empty.
 */
export interface IncidentMetrics {
  from: string;
  to: string;
  /** Incidents created in the range. */
  total: number;
  /** Of those, the ones open now (status `active` or `inProgress`), by severity and status: pairs with none are left out. */
  open: { severity: Severity; status: OpenStatus; count: number }[];
  /** One entry per UTC day of the range, oldest first: incidents created and incidents resolved that day. */
  perDay: { date: string; created: number; resolved: number }[];
  /**
   * Mean time from creation to acknowledgement — the first assignment or status change —
   * by severity, over the range's incidents acknowledged so far. Here and in `timeToResolve`
   * every severity has an entry, in the order of `SEVERITIES`.
   */
  timeToAcknowledge: MeanDuration[];
  /** Mean time from creation to resolution, by severity, over the range's incidents resolved now. */
  timeToResolve: MeanDuration[];
  /** The range's incidents by classification; every classification appears, zeros included. */
  byClassification: CountOf<Classification>[];
  /** The range's incidents by determination, other than `unknown`, most first. */
  byDetermination: CountOf<Determination>[];
  /** The ten MITRE tactics most of the range's incidents show, most first, then by name. */
  topTactics: CountOf<string>[];
  /**
   * The range's incidents per owner (`UNASSIGNED` for none): open now and resolved now, most open
   * first, then most resolved, then by owner; owners with neither are left out.
   */
  workload: { assignedTo: string; open: number; resolved: number }[];
  /** Metrics this backend cannot compute; the others are complete unless `truncated`. */
  unsupported: IncidentMetricName[];
  /** Counted from a bounded number of listing pages, so the figures cover only the newest incidents of the range. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------
// Merging incidents and similar incidents
// ---------------------------------------------------------------------------

/** Two or more incidents merged into one of them, as the portal's "Merge" does. */
export interface MergeIncidentsRequest {
  /** The incident that stays; the sources' alerts, comments and tasks move to it. */
  targetId: string;
  /** The incidents merged into the target (at least one); each becomes `redirected` to it. */
  sourceIds: string[];
  /** A new name for the merged incident (1–500 characters); the target keeps its own when absent. */
  displayName?: string;
}

export interface MergeIncidentsResult {
  /** The target as it is after the merge. */
  incident: Incident;
  /** The sources, now `redirected` with `redirectIncidentId` naming the target. */
  redirected: Incident[];
}

/** What two incidents share: entities (by name), alert titles, or MITRE ATT&CK techniques. */
export const SIMILARITY_KINDS = ['entities', 'alertTitles', 'techniques'] as const;
export type SimilarityKind = (typeof SIMILARITY_KINDS)[number];

export interface SimilarityReason {
  kind: SimilarityKind;
  /** The shared values, most telling first ("CONTOSO-WS-0105", "T1059.001"). */
  values: string[];
}

/** An incident like another, with why. */
export interface SimilarIncident {
  incident: Incident;
  /** What the two share, one entry per kind that has something; never empty. */
  reasons: SimilarityReason[];
  /** Higher is more alike; only the order of a result means anything. */
  score: number;
}

export interface SimilarIncidentsQuery {
  /** At most this many, most alike first; 1–50, default 10. */
  top?: number;
}
