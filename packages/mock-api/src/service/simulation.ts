import type {
  ActivityEntry,
  Entity,
  Investigation,
  PlaybookRun,
  PlaybookTarget,
  RemediationAction,
  RemediationActionType,
} from '@soc-kit/components/api';
import type { EntityStore } from './entity-store.js';
import type { IncidentDetails, InvestigationRecord } from './incident-details.js';
import type { IncidentRecord } from './incident-record.js';
import { findPlaybook, type PlaybookDefinition, runSchedule } from './playbooks.js';
import { hashString, mix } from './random.js';
import { actionTiming, applyOutcome, markRunning } from './remediation.js';
import { type ScheduledEvent, Scheduler } from './scheduler.js';
import { isoTime } from './iso-time.js';

const SYSTEM = 'System';
export const INVESTIGATION_ACTOR = 'Automated investigation';
/** Sources whose alerts Defender investigates automatically. */
const INVESTIGATED_SOURCES: ReadonlySet<string> = new Set(['microsoftDefenderForEndpoint', 'microsoftDefenderForOffice365', 'microsoft365Defender']);

/** What the simulation needs from the service it runs in. */
export interface SimulationHost {
  readonly seed: number;
  readonly entities: EntityStore;
  findRecord(incidentId: string): IncidentRecord | undefined;
  detailsOf(record: IncidentRecord): IncidentDetails;
  audit(record: IncidentRecord, entry: Omit<ActivityEntry, 'id' | 'time' | 'incidentId'>, time: number): void;
  /** Audits on the open incidents that name the entity. */
  auditEntity(entityId: string, actor: string, detail: string, time: number): void;
  setInvestigationState(record: IncidentRecord, state: Investigation['state'], time: number): void;
  /** Adds a comment to the incident (and its activity log), as `author`. */
  comment(record: IncidentRecord, author: string, text: string, time: number): void;
}

/**
 * The backend's own work over simulated time: remediation actions (approved → running →
 * completed, or failed for a deterministic few), playbook runs that log their steps, and
 * automated investigations whose state follows their actions. Nothing runs on a timer: work is
 * scheduled at due times and `advanceTo` applies what is due, each effect at its own due time,
 * so the state depends only on the clock, not on how often anyone looked.
 */
export class Simulation {
  /** Every remediation action known so far, by id. */
  readonly actions = new Map<string, RemediationAction>();
  /** Manual actions, which belong to no incident. */
  readonly manualActions: RemediationAction[] = [];
  private readonly investigations = new Map<string, InvestigationRecord>();
  private readonly runs: PlaybookRun[] = [];
  private readonly runsById = new Map<string, PlaybookRun>();
  private readonly scheduler = new Scheduler();
  private runCount = 0;
  private manualActionCount = 0;

  constructor(private readonly host: SimulationHost) {}

  /** Makes the actions and investigations of newly built incident details known. */
  register(details: IncidentDetails): void {
    for (const action of details.actions) this.actions.set(action.id, action);
    for (const investigation of details.investigations) this.investigations.set(investigation.id, investigation);
  }

  /** Applies everything due by `time`, in order, each at its own due time. */
  advanceTo(time: number): void {
    for (let due = this.scheduler.takeDue(time); due; due = this.scheduler.takeDue(time)) this.handle(due.event, due.due);
  }

  /** Records a decision on a pending action; an approved one starts shortly after. */
  decide(action: RemediationAction, decision: 'approve' | 'reject', actor: string, note: string | null, time: number): void {
    action.status = decision === 'approve' ? 'approved' : 'rejected';
    action.decidedBy = actor;
    action.decidedAt = isoTime(time);
    action.comment = note;
    if (decision === 'reject') this.host.entities.require(action.entityId).remediationStatus = 'declined';
    else this.scheduler.schedule(time + actionTiming(this.host.seed, action.id).startsAfter, { kind: 'actionStarts', actionId: action.id });
    const detail = `${decision === 'approve' ? 'Approved' : 'Rejected'} ${action.type} on ${action.entityName}${note ? `: ${note}` : ''}`;
    this.auditAction(action, actor, detail, time);
    this.refreshInvestigation(action.investigationId, time);
  }

  /** The action of this type already under way on the entity, if any. */
  inFlight(entityId: string, type: RemediationActionType): RemediationAction | undefined {
    for (const action of this.actions.values()) {
      if (action.entityId === entityId && action.type === type && (action.status === 'approved' || action.status === 'running')) return action;
    }
    return undefined;
  }

  /** Starts a manual remediation action, approved by the one who asked for it. */
  startManualAction(entity: Entity, type: RemediationActionType, actor: string, time: number): RemediationAction {
    const action: RemediationAction = {
      id: `ra-${++this.manualActionCount}`,
      incidentId: null,
      investigationId: null,
      type,
      entityId: entity.id,
      entityType: entity.type,
      entityName: entity.displayName,
      status: 'approved',
      createdDateTime: isoTime(time),
      decidedBy: actor,
      decidedAt: isoTime(time),
      comment: null,
    };
    this.actions.set(action.id, action);
    this.manualActions.push(action);
    this.scheduler.schedule(time + actionTiming(this.host.seed, action.id).startsAfter, { kind: 'actionStarts', actionId: action.id });
    this.auditAction(action, actor, `Started ${type} on ${entity.displayName}`, time);
    return action;
  }

  /** Starts an automated investigation on a new incident whose alerts Defender investigates. */
  startInvestigation(record: IncidentRecord, details: IncidentDetails, time: number): void {
    const trigger = details.alerts.find((alert) => INVESTIGATED_SOURCES.has(alert.serviceSource) && alert.evidenceIds.length > 0);
    if (!trigger) return;
    const investigation: InvestigationRecord = {
      id: `${record.id}-inv${details.investigations.length}`,
      incidentId: record.id,
      state: 'running',
      startedDateTime: isoTime(time),
      endedDateTime: null,
      triggeringAlertId: trigger.id,
      entityIds: [...new Set(details.alerts.flatMap((alert) => alert.evidenceIds))],
      analysisEnds: time + 120_000 + (mix(this.host.seed, hashString(record.id)) % 120_000),
      actionIds: [],
    };
    details.investigations.push(investigation);
    this.investigations.set(investigation.id, investigation);
    this.host.setInvestigationState(record, 'running', time);
    this.scheduler.schedule(investigation.analysisEnds, { kind: 'analysisEnds', investigationId: investigation.id });
  }

  startRun(playbook: PlaybookDefinition, target: PlaybookTarget, incidentId: string | null, actor: string, time: number): PlaybookRun {
    const run: PlaybookRun = {
      id: `run-${++this.runCount}`,
      playbookId: playbook.id,
      playbookName: playbook.name,
      target: { ...target },
      incidentId,
      status: 'queued',
      startedAt: isoTime(time),
      finishedAt: null,
      triggeredBy: actor,
      log: [{ time: isoTime(time), message: `Queued by ${actor}` }],
    };
    this.runs.push(run);
    this.runsById.set(run.id, run);
    const { offsets } = runSchedule(this.host.seed, run.id, playbook.steps.length);
    this.scheduler.schedule(time + offsets[0]!, { kind: 'playbookStep', runId: run.id, step: 0 });
    const record = incidentId === null ? undefined : this.host.findRecord(incidentId);
    if (record) this.host.audit(record, { actor, action: 'playbook', changes: [], detail: `Playbook "${playbook.name}" started (${run.id})` }, time);
    return run;
  }

  /** Runs on the target, newest first; for an incident, also the runs on its alerts. */
  runsOf(target: PlaybookTarget): PlaybookRun[] {
    return this.runs
      .filter((run) => (target.kind === 'incident' ? run.incidentId === target.id : run.target.kind === target.kind && run.target.id === target.id))
      .reverse();
  }

  private handle(event: ScheduledEvent, time: number): void {
    switch (event.kind) {
      case 'actionStarts': {
        const action = this.actions.get(event.actionId)!;
        action.status = 'running';
        markRunning(this.host.entities.require(action.entityId), action.type);
        this.scheduler.schedule(time + actionTiming(this.host.seed, action.id).runsFor, { kind: 'actionEnds', actionId: action.id });
        this.refreshInvestigation(action.investigationId, time);
        break;
      }
      case 'actionEnds': {
        const action = this.actions.get(event.actionId)!;
        const succeeded = !actionTiming(this.host.seed, action.id).fails;
        action.status = succeeded ? 'completed' : 'failed';
        applyOutcome(this.host.entities.require(action.entityId), action.type, succeeded);
        this.auditAction(action, SYSTEM, `${action.type} on ${action.entityName} ${succeeded ? 'completed' : 'failed'}`, time);
        this.refreshInvestigation(action.investigationId, time);
        break;
      }
      case 'playbookStep':
        this.stepRun(this.runsById.get(event.runId)!, event.step, time);
        break;
      case 'analysisEnds':
        this.finishAnalysis(this.investigations.get(event.investigationId)!, time);
        break;
    }
  }

  /** Audits a remediation on its incident, or for a manual one on the open incidents naming the entity. */
  private auditAction(action: RemediationAction, actor: string, detail: string, time: number): void {
    const record = action.incidentId === null ? undefined : this.host.findRecord(action.incidentId);
    if (record) this.host.audit(record, { actor, action: 'remediation', changes: [], detail }, time);
    else this.host.auditEntity(action.entityId, actor, detail, time);
  }

  /** The analysis is over: it proposes actions on the threats it found, which wait for approval. */
  private finishAnalysis(investigation: InvestigationRecord, time: number): void {
    const record = this.host.findRecord(investigation.incidentId)!;
    const details = this.host.detailsOf(record);
    for (const entityId of investigation.entityIds) {
      const entity = this.host.entities.require(entityId);
      const type = proposedAction(entity);
      if (!type) continue;
      const action: RemediationAction = {
        id: `${record.id}-ra${details.actions.length}`,
        incidentId: record.id,
        investigationId: investigation.id,
        type,
        entityId: entity.id,
        entityType: entity.type,
        entityName: entity.displayName,
        status: 'pending',
        createdDateTime: isoTime(time),
        decidedBy: null,
        decidedAt: null,
        comment: null,
      };
      entity.remediationStatus = 'pendingApproval';
      details.actions.push(action);
      investigation.actionIds.push(action.id);
      this.actions.set(action.id, action);
    }
    const found = investigation.actionIds.length;
    this.host.audit(record, {
      actor: INVESTIGATION_ACTOR,
      action: 'remediation',
      changes: [],
      detail: found === 0 ? 'Automated investigation found no threats' : `Automated investigation proposed ${found} remediation action${found === 1 ? '' : 's'} awaiting approval`,
    }, time);
    this.refreshInvestigation(investigation.id, time);
  }

  /** Derives an investigation's state from its actions once its analysis is over. */
  private refreshInvestigation(investigationId: string | null, time: number): void {
    const investigation = investigationId === null ? undefined : this.investigations.get(investigationId);
    if (!investigation || time < investigation.analysisEnds) return;
    const actions = investigation.actionIds.map((id) => this.actions.get(id)!);
    const count = (status: RemediationAction['status']) => actions.filter((action) => action.status === status).length;
    const state: Investigation['state'] =
      count('pending') > 0 ? 'pendingApproval'
      : count('approved') + count('running') > 0 ? 'running'
      : actions.length === 0 ? 'benign'
      : count('completed') === actions.length ? 'successfullyRemediated'
      : count('completed') > 0 ? 'partiallyRemediated'
      : count('failed') > 0 ? 'failed'
      : 'terminated';
    if (state === investigation.state) return;
    investigation.state = state;
    investigation.endedDateTime = state !== 'pendingApproval' && state !== 'running' ? isoTime(time) : null;
    const record = this.host.findRecord(investigation.incidentId)!;
    if (this.host.detailsOf(record).investigations.at(-1)?.id === investigation.id) this.host.setInvestigationState(record, state, time);
  }

  /** Step 0 starts the run; step k (1..steps) runs the k-th step; the last one finishes it. */
  private stepRun(run: PlaybookRun, step: number, time: number): void {
    const playbook = findPlaybook(run.playbookId)!;
    const { offsets, failsAtStep } = runSchedule(this.host.seed, run.id, playbook.steps.length);
    const at = isoTime(time);
    if (step === 0) {
      run.status = 'running';
      run.log.push({ time: at, message: 'Run started' });
    } else {
      const name = playbook.steps[step - 1]!;
      if (failsAtStep === step - 1) {
        run.log.push({ time: at, message: `${name}: failed — the connector returned 502 Bad Gateway` });
        this.finishRun(run, 'failed', time);
        return;
      }
      run.log.push({ time: at, message: `${name}: succeeded${this.doStep(run, name, time)}` });
    }
    if (step === playbook.steps.length) {
      this.finishRun(run, 'succeeded', time);
      return;
    }
    this.scheduler.schedule(Date.parse(run.startedAt) + offsets[step + 1]!, { kind: 'playbookStep', runId: run.id, step: step + 1 });
  }

  /**
   * Does what a step says it does to the incident; returns what the log line adds. Steps that
   * only talk to outside services (Teams, threat intelligence, ServiceNow) leave nothing here.
   */
  private doStep(run: PlaybookRun, step: string, time: number): string {
    const record = run.target.kind === 'incident' && run.incidentId !== null ? this.host.findRecord(run.incidentId) : undefined;
    const ticket = `INC${String(mix(this.host.seed, hashString(run.id)) % 10_000_000).padStart(7, '0')}`;
    switch (step) {
      case 'Create ServiceNow incident':
        return ` (${ticket})`;
      case 'Record ticket number on the incident':
        if (record) this.host.comment(record, run.playbookName, `ServiceNow ticket ${ticket} was opened for this incident.`, time);
        return ` (${ticket})`;
      case 'Add enrichment comment':
        if (record) this.host.comment(record, run.playbookName, this.enrichment(record), time);
        return '';
      case 'Add comment to the incident':
        if (record) this.host.comment(record, run.playbookName, 'Posted the incident summary to #soc-alerts and notified the on-call analyst.', time);
        return '';
      default:
        return '';
    }
  }

  /** The threat intelligence verdicts on the incident's addresses, URLs and files. */
  private enrichment(record: IncidentRecord): string {
    const ids = new Set(this.host.detailsOf(record).alerts.flatMap((alert) => alert.evidenceIds));
    const findings: string[] = [];
    for (const id of ids) {
      const entity = this.host.entities.require(id);
      if (entity.type !== 'ip' && entity.type !== 'url' && entity.type !== 'file') continue;
      findings.push(`${entity.displayName}: ${TI_VERDICTS[entity.verdict]}`);
    }
    if (findings.length === 0) return 'Threat intelligence enrichment: the incident has no IP addresses, URLs or file hashes to look up.';
    return `Threat intelligence enrichment:\n${findings.map((finding) => `- ${finding}`).join('\n')}`;
  }

  private finishRun(run: PlaybookRun, status: 'succeeded' | 'failed', time: number): void {
    run.status = status;
    run.finishedAt = isoTime(time);
    run.log.push({ time: isoTime(time), message: status === 'succeeded' ? 'Run succeeded' : 'Run failed' });
    const record = run.incidentId === null ? undefined : this.host.findRecord(run.incidentId);
    if (record) this.host.audit(record, { actor: SYSTEM, action: 'playbook', changes: [], detail: `Playbook "${run.playbookName}" ${status} (${run.id})` }, time);
  }
}

const TI_VERDICTS: Readonly<Record<Entity['verdict'], string>> = {
  malicious: 'known malicious in threat intelligence',
  suspicious: 'seen in recent campaigns; treat as suspicious',
  noThreatsFound: 'no threat intelligence matches',
  unknown: 'not known to threat intelligence',
};

/** What an automated investigation proposes for an entity it finds threatening, if anything. */
function proposedAction(entity: Entity): RemediationActionType | null {
  const threat = entity.verdict === 'malicious' || entity.verdict === 'suspicious';
  switch (entity.type) {
    case 'file':
      return threat ? 'quarantineFile' : null;
    case 'process':
      return threat ? 'stopAndQuarantine' : null;
    case 'url':
    case 'ip':
      return entity.verdict === 'malicious' ? 'blockUrl' : null;
    case 'device':
      return (entity.verdict === 'malicious' || entity.roles.includes('compromised')) && !entity.isolated ? 'isolateDevice' : null;
    case 'user':
      return entity.roles.includes('compromised') ? 'resetPassword' : null;
    default:
      return null;
  }
}
