import type { Alert, Entity, Evidence, Incident, RemediationAction } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { statusLeftBy } from './remediation.js';

/** One place where the service's data contradicts itself. */
export interface Violation {
  rule: InvariantRule;
  incidentId: string;
  detail: string;
}

export const INVARIANT_RULES = [
  /** An evidence row's remediation status is what the incident's own latest action on it left. */
  'remediation-follows-own-actions',
  /** A "Pending approval" row has its pending action in the same incident. */
  'pending-has-action',
  /** A "Remediated"/"Blocked" row has a completed action in the same incident (or a manual one). */
  'remediated-has-action',
  /** An investigation awaits approval exactly when one of its actions is pending. */
  'investigation-follows-actions',
  /** Alerts → investigation start → actions → investigation end → resolution, and nothing after now. */
  'time-order',
  /** Comments, the resolving comment and tasks talk only about kinds of entity the incident has. */
  'text-fits-incident',
  /** A device's logged-on users, and a process's account, include the incident's user. */
  'people-fit-incident',
  /** A playbook step logged as succeeded left what it says on the incident. */
  'playbook-did-its-steps',
  /**
   * The incident's alert counts are its alerts' (after alert updates, links and merges), each of
   * its alerts names it, and a resolved incident has no active alert.
   */
  'alerts-add-up',
] as const;
export type InvariantRule = (typeof INVARIANT_RULES)[number];

/** Words in analyst text that only make sense when the incident has an entity of these types. */
const TEXT_NEEDS: readonly { pattern: RegExp; types: readonly Entity['type'][] }[] = [
  { pattern: /\b(devices?|endpoints?|file server|isolated|reimage|rejoined|payload)\b/i, types: ['device'] },
  { pattern: /\b(sign-ins?|password|credentials|MFA|account)\b/i, types: ['user'] },
  { pattern: /\b(sender|attachment|phishing|mail)\b/i, types: ['mailbox'] },
  { pattern: /\bURLs?\b/, types: ['url'] },
];

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : NaN);

export interface InvariantOptions {
  /** Check only these incidents (default: every incident). */
  incidentIds?: readonly string[];
  /** Nothing may be dated after this (default: the service's `now` option). */
  now?: number;
}

/**
 * Checks that the service tells one story, reading it only through its public methods:
 * returns every violation found (none when the data is consistent).
 */
export function checkInvariants(service: IncidentService, options: InvariantOptions = {}): Violation[] {
  const violations: Violation[] = [];
  const now = options.now ?? service.options.now;
  const ids = options.incidentIds ?? allIncidentIds(service);
  for (const id of ids) checkIncident(service, service.getIncident(id), now, violations);
  return violations;
}

function allIncidentIds(service: IncidentService): string[] {
  const ids: string[] = [];
  for (let skip = 0; ; skip += 500) {
    const page = service.listIncidents({ top: 500, skip });
    ids.push(...page.items.map((incident) => incident.id));
    if (page.items.length < 500) return ids;
  }
}

function checkIncident(service: IncidentService, incident: Incident, now: number, violations: Violation[]): void {
  const fail = (rule: InvariantRule, detail: string) => violations.push({ rule, incidentId: incident.id, detail });
  const evidence = service.listEvidence(incident.id);
  const actions = service.listRemediationActions({ incidentId: incident.id });
  const investigations = service.listInvestigations(incident.id);
  const alerts = service.listIncidentAlerts(incident.id);

  checkRemediation(service, evidence, actions, fail);

  for (const investigation of investigations) {
    const own = actions.filter((action) => action.investigationId === investigation.id);
    const pending = own.some((action) => action.status === 'pending');
    if ((investigation.state === 'pendingApproval') !== pending) {
      fail('investigation-follows-actions', `${investigation.id} is ${investigation.state} with${pending ? '' : 'out'} a pending action`);
    }
  }

  checkAlertCounts(incident, alerts, fail);
  checkTimes(incident, alerts, investigations, actions, now, fail);
  checkTexts(service, incident, evidence, fail);
  checkPeople(evidence, fail);
  checkPlaybookRuns(service, incident, fail);
}

type Fail = (rule: InvariantRule, detail: string) => void;

function checkAlertCounts(incident: Incident, alerts: readonly Alert[], fail: Fail): void {
  const active = alerts.filter((alert) => alert.status !== 'resolved').length;
  if (incident.alertCount !== alerts.length) fail('alerts-add-up', `alertCount is ${incident.alertCount}; the incident lists ${alerts.length} alerts`);
  if (incident.activeAlertCount !== active) fail('alerts-add-up', `activeAlertCount is ${incident.activeAlertCount}; ${active} of its alerts are active`);
  if (incident.status === 'resolved' && active > 0) fail('alerts-add-up', `resolved with ${active} active alert${active === 1 ? '' : 's'}`);
  for (const alert of alerts) {
    if (alert.incidentId !== incident.id) fail('alerts-add-up', `alert ${alert.id} names incident ${alert.incidentId}`);
  }
}

function checkRemediation(service: IncidentService, evidence: readonly Evidence[], actions: readonly RemediationAction[], fail: Fail): void {
  for (const row of evidence) {
    const own = actions.filter((action) => action.entityId === row.id);
    const status = row.remediationStatus;
    if (status === 'pendingApproval' && !own.some((action) => action.status === 'pending')) {
      fail('pending-has-action', `${row.displayName} (${row.id}) is pending approval with no pending action in the incident`);
    }
    if (status === 'remediated' || status === 'blocked') {
      const manual = () => service.listRemediationActions({ entityId: row.id }).some((action) => action.incidentId === null && action.status === 'completed');
      if (!own.some((action) => action.status === 'completed') && !manual()) {
        fail('remediated-has-action', `${row.displayName} (${row.id}) is ${status} with no completed action behind it`);
      }
    }
    const latest = own
      .filter((action) => statusLeftBy(action) !== undefined)
      .sort((a, b) => time(a.decidedAt ?? a.createdDateTime) - time(b.decidedAt ?? b.createdDateTime) || time(a.createdDateTime) - time(b.createdDateTime))
      .at(-1);
    const expected = latest ? statusLeftBy(latest)! : 'none';
    const hasManual = () => service.listRemediationActions({ entityId: row.id }).some((action) => action.incidentId === null);
    if (status !== expected && !hasManual()) {
      fail('remediation-follows-own-actions', `${row.displayName} (${row.id}) is ${status}; the incident's actions leave it ${expected}${latest ? ` (${latest.id} ${latest.type} ${latest.status})` : ''}`);
    }
  }
}

function checkTimes(
  incident: Incident,
  alerts: readonly Alert[],
  investigations: readonly ReturnType<IncidentService['listInvestigations']>[number][],
  actions: readonly RemediationAction[],
  now: number,
  fail: Fail,
): void {
  const fields: [string, string | null | undefined][] = [
    ['createdDateTime', incident.createdDateTime],
    ['lastUpdateDateTime', incident.lastUpdateDateTime],
    ['lastActivityDateTime', incident.lastActivityDateTime],
  ];
  for (const alert of alerts) {
    fields.push(
      [`${alert.id} createdDateTime`, alert.createdDateTime],
      [`${alert.id} lastActivityDateTime`, alert.lastActivityDateTime],
      [`${alert.id} lastUpdateDateTime`, alert.lastUpdateDateTime],
    );
    if (time(alert.firstActivityDateTime) > time(alert.lastActivityDateTime)) fail('time-order', `${alert.id} ends before it begins`);
    if (time(alert.lastUpdateDateTime) < time(alert.createdDateTime)) fail('time-order', `${alert.id} was last updated before it was created`);
  }
  for (const [field, value] of fields) if (time(value) > now) fail('time-order', `${field} ${value} is after now`);

  const resolved = incident.status === 'resolved' ? time(incident.lastUpdateDateTime) : Infinity;
  for (const alert of alerts) {
    if (time(alert.lastActivityDateTime) > resolved) fail('time-order', `${alert.id} is active after the incident was resolved`);
  }
  for (const investigation of investigations) {
    const started = time(investigation.startedDateTime);
    const ended = investigation.endedDateTime === null ? Infinity : time(investigation.endedDateTime);
    const examined = new Set(investigation.entityIds);
    for (const alert of alerts) {
      if (!alert.evidence.some((entity) => examined.has(entity.id))) continue;
      if (time(alert.firstActivityDateTime) > started || time(alert.createdDateTime) > started) {
        fail('time-order', `${alert.id} begins after ${investigation.id}, which examined its entities, started`);
      }
    }
    if (started < time(incident.createdDateTime)) fail('time-order', `${investigation.id} starts before the incident was created`);
    if (ended < started) fail('time-order', `${investigation.id} ends before it starts`);
    if (ended !== Infinity && ended > resolved) fail('time-order', `${investigation.id} ends after the incident was resolved`);
    for (const action of actions.filter((candidate) => candidate.investigationId === investigation.id)) {
      const created = time(action.createdDateTime);
      const decided = action.decidedAt === null ? created : time(action.decidedAt);
      if (created < started) fail('time-order', `${action.id} was proposed before ${investigation.id} started`);
      if (decided < created) fail('time-order', `${action.id} was decided before it was proposed`);
      if (decided > ended || created > ended) fail('time-order', `${action.id} is dated after ${investigation.id} ended`);
      if (decided > now) fail('time-order', `${action.id} is decided after now`);
    }
  }
}

function checkTexts(service: IncidentService, incident: Incident, evidence: readonly Evidence[], fail: Fail): void {
  const types = new Set(evidence.map((entity) => entity.type));
  const texts: [string, string][] = service.listComments(incident.id).map((comment) => [`comment ${comment.id}`, comment.comment]);
  if (incident.resolvingComment) texts.push(['resolving comment', incident.resolvingComment]);
  for (const task of service.listTasks(incident.id)) texts.push([`task ${task.id}`, task.title]);
  for (const [where, text] of texts) {
    for (const { pattern, types: needed } of TEXT_NEEDS) {
      if (pattern.test(text) && !needed.some((type) => types.has(type))) {
        fail('text-fits-incident', `${where} "${text}" needs a ${needed.join(' or ')} the incident does not have`);
      }
    }
  }
}

function checkPeople(evidence: readonly Evidence[], fail: Fail): void {
  const accounts = new Set(evidence.flatMap((entity) => (entity.type === 'user' ? [`${entity.domainName}\\${entity.accountName}`] : [])));
  if (accounts.size === 0) return;
  for (const entity of evidence) {
    if (entity.type === 'device' && !entity.loggedOnUsers.some((account) => accounts.has(account))) {
      fail('people-fit-incident', `${entity.displayName}'s logged-on users (${entity.loggedOnUsers.join(', ') || 'none'}) do not include the incident's user`);
    }
    if (entity.type === 'process' && !accounts.has(entity.userAccount)) {
      fail('people-fit-incident', `${entity.displayName} runs as ${entity.userAccount}, not as the incident's user`);
    }
  }
}

function checkPlaybookRuns(service: IncidentService, incident: Incident, fail: Fail): void {
  const runs = service.listPlaybookRuns({ kind: 'incident', id: incident.id });
  if (runs.length === 0) return;
  const comments = service.listComments(incident.id);
  for (const run of runs) {
    for (const line of run.log) {
      if (!/^Add (enrichment )?comment( to the incident)?: succeeded/.test(line.message) && !/^Record ticket number on the incident: succeeded/.test(line.message)) continue;
      const ticket = /\b(INC\d+)\b/.exec(line.message)?.[1];
      const found = comments.some(
        (comment) => comment.createdBy === run.playbookName && comment.createdDateTime === line.time && (ticket === undefined || comment.comment.includes(ticket)),
      );
      if (!found) fail('playbook-did-its-steps', `${run.id} logged "${line.message}" but the incident has no such comment`);
    }
    if (run.finishedAt !== null) {
      const audited = service.listActivity(incident.id).some((entry) => entry.action === 'playbook' && entry.detail?.includes(`(${run.id})`) && entry.time === run.finishedAt);
      if (!audited) fail('playbook-did-its-steps', `${run.id} finished but its end is not in the activity log`);
    }
  }
}
