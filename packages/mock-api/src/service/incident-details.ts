import type {
  ActivityChange,
  ActivityEntry,
  Alert,
  Comment,
  Investigation,
  RemediationAction,
  RemediationStatus,
  ServiceSource,
  Task,
} from '@soc-kit/components/api';
import type { EntityPool } from './entity-pool.js';
import type { IncidentPlan } from './incident-generator.js';
import { closingComments, fill, fitting, TASK_TEMPLATES, TRIAGE_COMMENTS } from './incident-texts.js';
import { ASSIGNEES } from './people.js';
import { Random } from './random.js';
import { isoTime } from './iso-time.js';

/**
 * An alert as stored: its evidence by entity id, resolved to the entities' current state on read,
 * and no investigation state of its own (an alert shows its incident's, read with the incident).
 */
export interface StoredAlert extends Omit<Alert, 'evidence' | 'investigationState'> {
  evidenceIds: string[];
}

/** An investigation and when its automated analysis is over (states after that follow its actions). */
export interface InvestigationRecord extends Investigation {
  analysisEnds: number;
  actionIds: string[];
}

/** The parts of an incident built on first access, then kept and changed by writes. */
export interface IncidentDetails {
  alerts: StoredAlert[];
  comments: Comment[];
  activity: ActivityEntry[];
  investigations: InvestigationRecord[];
  actions: RemediationAction[];
  tasks: Task[];
  /** For an ingested incident: the remediation status its source reported per entity. */
  reported: Map<string, RemediationStatus>;
}

const MINUTE = 60_000;
const SYSTEM = 'System';
const AUTOMATION = 'Automation';

const ALERT_ID_PREFIXES: Readonly<Record<ServiceSource, string>> = {
  unknown: 'un',
  microsoftDefenderForEndpoint: 'da',
  microsoftDefenderForIdentity: 'aa',
  microsoftDefenderForCloudApps: 'ca',
  microsoftDefenderForOffice365: 'fa',
  microsoft365Defender: 'ra',
  azureAdIdentityProtection: 'ad',
  microsoftAppGovernance: 'ag',
  dataLossPrevention: 'dl',
  microsoftDefenderForCloud: 'dc',
  microsoftSentinel: 'sn',
  microsoftInsiderRiskManagement: 'ir',
};

export function alertIdOf(incidentId: string, serviceSource: ServiceSource, index: number): string {
  return `${ALERT_ID_PREFIXES[serviceSource]}${incidentId}_${index}`;
}

/** The incident id inside an alert id (`da1042_0` → `1042`). */
export function incidentIdOfAlert(alertId: string): string | undefined {
  return /^[a-z]{2}(\d+)_\d+$/.exec(alertId)?.[1];
}

/** The incident id inside the id of a comment, activity entry, task, investigation or action (`1042-ra1`). */
export function incidentIdOfChild(childId: string): string | undefined {
  return /^(\d+)-[a-z]+\d+$/.exec(childId)?.[1];
}

export function emptyDetails(): IncidentDetails {
  return { alerts: [], comments: [], activity: [], investigations: [], actions: [], tasks: [], reported: new Map() };
}

/**
 * Builds the alerts, comments, audit trail, investigations and tasks of a generated incident
 * from its plan: deterministic, and consistent with the record as generated.
 */
export function generateDetails(plan: IncidentPlan, pool: EntityPool, seed: number): IncidentDetails {
  const record = plan.record;
  const id = record.id;
  const random = new Random(seed, 0xde7a, record.n);
  const details = emptyDetails();
  const settled = record.status === 'resolved' || record.status === 'redirected';

  details.alerts = generateAlerts(plan, pool, seed);

  // The story of the incident, in time order, ending at its last update.
  const span = Math.max(MINUTE, record.lastUpdate - record.created);
  const at = (share: number) => record.created + Math.floor(span * share);
  const owner = record.assignedTo;
  const story: { time: number; entry: Omit<ActivityEntry, 'id' | 'time'> }[] = [];
  const change = (field: string, from: unknown, to: unknown): ActivityChange => ({ field, from, to });
  story.push({ time: record.created, entry: { incidentId: id, actor: SYSTEM, action: 'created', changes: [], detail: `Incident created from alert "${details.alerts[0]!.title}"` } });
  if (owner) story.push({ time: at(0.05), entry: { incidentId: id, actor: owner, action: 'updated', changes: [change('assignedTo', null, owner)] } });
  if (record.customTags.length > 0) {
    story.push({ time: at(0.1), entry: { incidentId: id, actor: owner ?? SYSTEM, action: 'updated', changes: [change('customTags', [], [...record.customTags])] } });
  }
  let status = 'active';
  if (record.status === 'inProgress' || (settled && random.chance(0.6))) {
    status = 'inProgress';
    story.push({ time: at(0.15), entry: { incidentId: id, actor: owner ?? SYSTEM, action: 'updated', changes: [change('status', 'active', status)] } });
  }

  const nameOf = (part: string) => {
    const position = plan.parts.indexOf(part as (typeof plan.parts)[number]);
    if (position < 0) return undefined;
    const { type, index } = pool.locate(plan.entities[position]!);
    return pool.generate(type, index).displayName;
  };
  const names = { device: nameOf('device'), device2: nameOf('device2'), user: nameOf('user'), resource: nameOf('azureResource'), app: nameOf('cloudApplication') };
  const triage = fitting(TRIAGE_COMMENTS, plan.roles);
  const commentTexts: string[] = [];
  if (random.chance(settled ? 0.5 : 0.4)) commentTexts.push(fill(random.pick(triage), names));
  if (random.chance(0.2)) commentTexts.push(fill(random.pick(triage), names));
  if (record.status === 'resolved' && random.chance(0.7)) commentTexts.push(fill(random.pick(fitting(closingComments(record.classification), plan.roles)), names));
  commentTexts.forEach((text, index) => {
    const time = at(0.2 + (0.75 * (index + 1)) / (commentTexts.length + 1));
    const author = owner ?? ASSIGNEES[random.int(ASSIGNEES.length)]!.id;
    details.comments.push({ id: `${id}-c${index}`, incidentId: id, comment: text, createdBy: author, createdDateTime: isoTime(time) });
    story.push({ time, entry: { incidentId: id, actor: author, action: 'commented', changes: [], detail: text } });
  });

  if (plan.investigation) {
    const investigation = plan.investigation;
    const investigationId = `${id}-inv0`;
    const actionIds: string[] = [];
    investigation.actions.forEach((planned, index) => {
      const entityId = pool.idOfNumber(planned.entity);
      const entity = pool.generate(pool.locate(planned.entity).type, pool.locate(planned.entity).index);
      // Proposed in the first half of the investigation's work, decided before it is over.
      const created = investigation.started + Math.floor((investigation.horizon - investigation.started) * (0.05 + 0.45 * random.next()));
      const decided = planned.status === 'pending' ? null : created + Math.floor((investigation.horizon - created) * (0.1 + 0.9 * random.next()));
      const decidedBy = decided === null ? null : planned.status === 'rejected' ? (owner ?? ASSIGNEES[0]!.id) : random.chance(0.6) ? AUTOMATION : (owner ?? AUTOMATION);
      const action: RemediationAction = {
        id: `${id}-ra${index}`,
        incidentId: id,
        investigationId,
        type: planned.type,
        entityId,
        entityType: entity.type,
        entityName: entity.displayName,
        status: planned.status,
        createdDateTime: isoTime(created),
        decidedBy,
        decidedAt: decided === null ? null : isoTime(decided),
        comment: null,
      };
      actionIds.push(action.id);
      details.actions.push(action);
      if (decided !== null && decided <= record.lastUpdate) {
        story.push({
          time: decided,
          entry: { incidentId: id, actor: decidedBy ?? AUTOMATION, action: 'remediation', changes: [], detail: `${planned.type} on ${entity.displayName}: ${planned.status}` },
        });
      }
    });
    details.investigations.push({
      id: investigationId,
      incidentId: id,
      state: investigation.state,
      startedDateTime: isoTime(investigation.started),
      endedDateTime: investigation.ended === null ? null : isoTime(investigation.ended),
      triggeringAlertId: details.alerts[0]!.id,
      entityIds: [...new Set(details.alerts.flatMap((alert) => alert.evidenceIds))],
      analysisEnds: investigation.started,
      actionIds,
    });
  }

  if (random.chance(0.2)) {
    const titles = random.subset(fitting(TASK_TEMPLATES, plan.roles), random.between(1, 3)).map((template) => template.text);
    titles.forEach((title, index) => {
      const time = at(0.1 + 0.1 * index);
      const done = settled || random.chance(0.4);
      details.tasks.push({
        id: `${id}-t${index}`,
        incidentId: id,
        title,
        description: '',
        status: done ? 'completed' : 'new',
        createdBy: owner ?? SYSTEM,
        createdDateTime: isoTime(time),
        lastModifiedDateTime: isoTime(done ? at(0.5 + 0.1 * index) : time),
      });
      story.push({ time, entry: { incidentId: id, actor: owner ?? SYSTEM, action: 'task', changes: [], detail: `Task created: ${title}` } });
    });
  }

  if (record.classification !== 'unknown' && !settled) {
    const changes = [change('classification', 'unknown', record.classification)];
    if (record.determination !== 'unknown') changes.push(change('determination', 'unknown', record.determination));
    story.push({ time: at(0.97), entry: { incidentId: id, actor: owner ?? SYSTEM, action: 'updated', changes } });
  }
  if (settled) {
    const changes = [change('status', status, record.status)];
    if (record.classification !== 'unknown') changes.push(change('classification', 'unknown', record.classification));
    if (record.determination !== 'unknown') changes.push(change('determination', 'unknown', record.determination));
    if (record.resolvingComment) changes.push(change('resolvingComment', null, record.resolvingComment));
    story.push({ time: record.lastUpdate, entry: { incidentId: id, actor: owner ?? SYSTEM, action: 'updated', changes } });
  }

  story.sort((a, b) => a.time - b.time);
  details.activity = story.map(({ time, entry }, index) => ({ id: `${id}-a${index}`, time: isoTime(time), ...entry }));
  return details;
}

/** How often an alert of an assigned incident has another owner than the incident's. */
const OTHER_ALERT_OWNER_SHARE = 0.15;
/** How often an alert of an unassigned incident has an owner of its own. */
const OWN_ALERT_OWNER_SHARE = 0.05;

/**
 * The alerts of a generated incident as its plan has them (cheap: no texts, comments or audit
 * trail), the same whether built alone for the alert queue or with the incident's other details.
 * Most alerts of an assigned incident share its owner; each carries the incident's system tags,
 * no comments, and was last updated when it last changed: when its incident was resolved, for a
 * resolved alert, else at its last activity or creation, whichever is later.
 */
export function generateAlerts(plan: IncidentPlan, pool: EntityPool, seed: number): StoredAlert[] {
  const record = plan.record;
  const random = new Random(seed, 0xa1e7, record.n);
  return plan.alerts.map((alert, index) => {
    const owner = record.assignedTo;
    let assignedTo = owner;
    if (owner !== null ? random.chance(OTHER_ALERT_OWNER_SHARE) : random.chance(OWN_ALERT_OWNER_SHARE)) {
      const others = ASSIGNEES.filter((assignee) => assignee.id !== owner);
      assignedTo = others[random.int(others.length)]!.id;
    }
    const changed = Math.max(alert.created, alert.last);
    // A resolved alert was resolved a little after its last change, and no later than its incident's last update.
    const resolvedAt = () => Math.max(changed, Math.min(record.lastUpdate, changed + random.between(5, 600) * MINUTE));
    const lastUpdate = alert.status === 'resolved' ? resolvedAt() : changed;
    return {
      id: alertIdOf(record.id, alert.serviceSource, index),
      incidentId: record.id,
      title: alert.template.title,
      description: alert.template.description,
      severity: alert.severity,
      status: alert.status,
      classification: alert.status === 'resolved' ? record.classification : 'unknown',
      determination: alert.status === 'resolved' ? record.determination : 'unknown',
      serviceSource: alert.serviceSource,
      detectionSource: alert.detectionSource,
      category: alert.template.category,
      mitreTechniques: [...alert.template.mitreTechniques],
      recommendedActions: alert.template.recommendedActions,
      createdDateTime: isoTime(alert.created),
      firstActivityDateTime: isoTime(alert.first),
      lastActivityDateTime: isoTime(alert.last),
      lastUpdateDateTime: isoTime(lastUpdate),
      assignedTo,
      tags: [...record.systemTags],
      comments: [],
      evidenceIds: [...new Set(alert.evidence)].map((entity) => pool.idOfNumber(entity)),
    };
  });
}
