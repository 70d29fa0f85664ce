import {
  type AutomationAction,
  type AutomationCondition,
  type AutomationRule,
  type AutomationRuleDraft,
  AUTOMATION_TRIGGERS_ON,
  AUTOMATION_TRIGGERS_WHEN,
  CHANGE_PROPERTIES,
  CLASSIFICATIONS,
  CONDITION_OPERATORS,
  CONDITION_PROPERTIES,
  type ConditionProperty,
  DETECTION_SOURCES,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  type IncidentPatch,
  SERVICE_SOURCES,
  SEVERITIES,
  TACTICS,
} from '@soc-kit/components/api';
import type { IncidentRecord } from './incident-record.js';
import { findPlaybook } from './playbooks.js';
import {
  invalid,
  LIMITS,
  normaliseTags,
  rejectUnknownFields,
  requireAssignee,
  requireEnum,
  requireInteger,
  requireObject,
  requireStringArray,
  requireText,
  requireTime,
} from './validation.js';
import { isoTime } from './iso-time.js';

/** How audit entries name a rule that acted. */
export function ruleActor(rule: AutomationRule): string {
  return `Automation rule: ${rule.displayName}`;
}

const DAY = 86_400_000;

/** The rules a fresh demo tenant has. */
export function seededRules(anchor: number): AutomationRule[] {
  const modified = isoTime(anchor - 40 * DAY);
  const by = 'adele.vance@contoso.com';
  return [
    {
      id: 'rule-phishing-triage',
      displayName: 'Route phishing incidents to the email security queue',
      order: 1,
      enabled: true,
      expiration: null,
      triggersOn: 'incidents',
      triggersWhen: 'created',
      conditions: [{ kind: 'property', property: 'category', operator: 'equals', values: ['InitialAccess'] }, { kind: 'property', property: 'serviceSource', operator: 'equals', values: ['microsoftDefenderForOffice365'] }],
      actions: [{ kind: 'modifyProperties', owner: 'megan.bowen@contoso.com', labels: ['Phishing campaign'] }],
      lastModifiedDateTime: modified,
      lastModifiedBy: by,
    },
    {
      id: 'rule-ransomware-escalation',
      displayName: 'Escalate ransomware to high severity and notify on-call',
      order: 2,
      enabled: true,
      expiration: null,
      triggersOn: 'incidents',
      triggersWhen: 'created',
      conditions: [{ kind: 'property', property: 'category', operator: 'equals', values: ['Ransomware', 'Impact'] }],
      actions: [
        { kind: 'modifyProperties', severity: 'high', labels: ['Escalated'] },
        { kind: 'runPlaybook', playbookId: 'pb-notify-teams' },
        { kind: 'addTask', title: 'Confirm the scope of encryption and isolate affected devices' },
      ],
      lastModifiedDateTime: modified,
      lastModifiedBy: by,
    },
    {
      id: 'rule-high-severity-enrich',
      displayName: 'Enrich incidents raised to high severity',
      order: 3,
      enabled: true,
      expiration: null,
      triggersOn: 'incidents',
      triggersWhen: 'updated',
      conditions: [{ kind: 'changed', property: 'severity', direction: 'to', values: ['high'] }],
      actions: [{ kind: 'runPlaybook', playbookId: 'pb-enrich-ti' }],
      lastModifiedDateTime: modified,
      lastModifiedBy: by,
    },
  ];
}

/** Rules act in ascending order; rules of the same order in the order they were created. */
export function byOrder(a: AutomationRule, b: AutomationRule): number {
  return a.order - b.order || a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const RULE_FIELDS = ['id', 'displayName', 'order', 'enabled', 'expiration', 'triggersOn', 'triggersWhen', 'conditions', 'actions', 'lastModifiedDateTime', 'lastModifiedBy'];

/** What a draft is checked against: the time now, and the rule it replaces (none for a new rule). */
export interface RuleDraftContext {
  now: number;
  previous?: Pick<AutomationRule, 'expiration'>;
}

/**
 * Checks a rule draft completely; returns it normalised (without id and modification stamps).
 * Whatever could never act is refused now, not found out when the rule runs: an expiration
 * already past, a resolve without a classification, a determination without truePositive.
 */
export function checkRuleDraft(draft: unknown, context: RuleDraftContext): Omit<AutomationRule, 'id' | 'lastModifiedDateTime' | 'lastModifiedBy'> {
  const input = requireObject('rule', draft);
  rejectUnknownFields('the rule', input, RULE_FIELDS);
  const displayName = requireText('displayName', input['displayName'], 1, LIMITS.ruleNameLength);
  const order = requireInteger('order', input['order'], 1, 1000);
  if (typeof input['enabled'] !== 'boolean') invalid('enabled', 'enabled must be true or false.');
  const expiration = checkExpiration(input['expiration'], context);
  const triggersOn = requireEnum('triggersOn', input['triggersOn'], AUTOMATION_TRIGGERS_ON);
  const triggersWhen = requireEnum('triggersWhen', input['triggersWhen'], AUTOMATION_TRIGGERS_WHEN);
  if (!Array.isArray(input['conditions'])) invalid('conditions', 'conditions must be an array.');
  if (input['conditions'].length > 50) invalid('conditions', 'A rule can have at most 50 conditions.');
  const conditions = input['conditions'].map((condition, index) => checkCondition(condition, `conditions[${index}]`));
  if (!Array.isArray(input['actions']) || input['actions'].length === 0) invalid('actions', 'A rule needs at least one action.');
  if (input['actions'].length > 20) invalid('actions', 'A rule can have at most 20 actions.');
  const actions = input['actions'].map((action, index) => checkAction(action, `actions[${index}]`));
  return { displayName, order, enabled: input['enabled'] as boolean, expiration, triggersOn, triggersWhen, conditions, actions };
}

/**
 * A new expiration must lie ahead: a rule that has already expired would never act. A rule that
 * expired since it was saved keeps its expiration when it is edited (to disable or move it).
 */
function checkExpiration(value: unknown, { now, previous }: RuleDraftContext): string | null {
  if (value === null || value === undefined) return null;
  const expiration = isoTime(requireTime('expiration', value));
  if (Date.parse(expiration) <= now && expiration !== previous?.expiration) {
    invalid('expiration', `The expiration ${expiration} has already passed: the rule would never act. Choose a later time, or none for a rule that never expires.`);
  }
  return expiration;
}

/** Properties whose values come from a fixed list: a condition can only name values from it. */
const ALLOWED_VALUES: Partial<Record<ConditionProperty, readonly string[]>> = {
  severity: SEVERITIES,
  status: INCIDENT_STATUSES,
  serviceSource: SERVICE_SOURCES,
  detectionSource: DETECTION_SOURCES,
  tactics: TACTICS,
};

/**
 * Values of a condition that compares whole values. A "contains" or "starts with" test may use
 * part of a value, so only equality and changes are checked against the property's allowed values.
 */
function requireConditionValues(field: string, property: ConditionProperty, wholeValues: boolean, value: unknown): string[] {
  const values = requireStringArray(`${field}.values`, value);
  if (values.length === 0) invalid(`${field}.values`, 'A condition needs at least one value.');
  const allowed = ALLOWED_VALUES[property];
  if (!wholeValues || !allowed) return values;
  values.forEach((candidate, index) => requireEnum(`${field}.values[${index}]`, candidate, allowed));
  return values;
}

/** `field` names the condition in the draft (`conditions[2]`), so a form can point at the row. */
function checkCondition(value: unknown, field: string): AutomationCondition {
  const condition = requireObject(field, value);
  if (condition['kind'] === 'property') {
    rejectUnknownFields('a condition', condition, ['kind', 'property', 'operator', 'values']);
    const property = requireEnum(`${field}.property`, condition['property'], CONDITION_PROPERTIES);
    const operator = requireEnum(`${field}.operator`, condition['operator'], CONDITION_OPERATORS);
    const wholeValues = operator === 'equals' || operator === 'notEquals';
    return { kind: 'property', property, operator, values: requireConditionValues(field, property, wholeValues, condition['values']) };
  }
  if (condition['kind'] === 'changed') {
    rejectUnknownFields('a condition', condition, ['kind', 'property', 'direction', 'values']);
    const property = requireEnum(`${field}.property`, condition['property'], CHANGE_PROPERTIES);
    const direction = requireEnum(`${field}.direction`, condition['direction'], ['to', 'from'] as const);
    return { kind: 'changed', property, direction, values: requireConditionValues(field, property, true, condition['values']) };
  }
  return invalid(`${field}.kind`, `${field}.kind must be one of: property, changed.`);
}

/** `field` names the action in the draft (`actions[0]`), so a form can point at the row. */
function checkAction(value: unknown, field: string): AutomationAction {
  const action = requireObject(field, value);
  switch (action['kind']) {
    case 'modifyProperties': {
      rejectUnknownFields('a modifyProperties action', action, ['kind', 'severity', 'status', 'classification', 'determination', 'owner', 'labels']);
      const checked: AutomationAction & { kind: 'modifyProperties' } = { kind: 'modifyProperties' };
      if (action['severity'] !== undefined) checked.severity = requireEnum(`${field}.severity`, action['severity'], SEVERITIES);
      if (action['status'] !== undefined) checked.status = requireEnum(`${field}.status`, action['status'], INCIDENT_STATUSES);
      if (action['classification'] !== undefined) checked.classification = requireEnum(`${field}.classification`, action['classification'], CLASSIFICATIONS);
      if (action['determination'] !== undefined) checked.determination = requireEnum(`${field}.determination`, action['determination'], DETERMINATIONS);
      if (action['owner'] !== undefined) checked.owner = requireAssignee(action['owner'], `${field}.owner`);
      if (action['labels'] !== undefined) {
        checked.labels = normaliseTags(action['labels'], `${field}.labels`);
        if (checked.labels.length === 0) invalid(`${field}.labels`, 'Name at least one tag to add.');
      }
      if (Object.keys(checked).length === 1) invalid(field, 'A modifyProperties action must change at least one property.');
      checkClassified(checked, field);
      return checked;
    }
    case 'runPlaybook': {
      rejectUnknownFields('a runPlaybook action', action, ['kind', 'playbookId']);
      const playbook = typeof action['playbookId'] === 'string' ? findPlaybook(action['playbookId']) : undefined;
      if (!playbook) return invalid(`${field}.playbookId`, `No playbook "${String(action['playbookId'])}".`);
      if (playbook.triggerKind !== 'incident') invalid(`${field}.playbookId`, `"${playbook.name}" runs on ${playbook.triggerKind}s, not on incidents.`);
      return { kind: 'runPlaybook', playbookId: playbook.id };
    }
    case 'addTask': {
      rejectUnknownFields('an addTask action', action, ['kind', 'title', 'description']);
      const task: AutomationAction & { kind: 'addTask' } = { kind: 'addTask', title: requireText(`${field}.title`, action['title'], 1, LIMITS.taskTitleLength) };
      if (action['description'] !== undefined) task.description = requireText(`${field}.description`, action['description'], 0, LIMITS.taskDescriptionLength);
      return task;
    }
    default:
      return invalid(`${field}.kind`, `${field}.kind must be one of: modifyProperties, runPlaybook, addTask.`);
  }
}

/**
 * The incident rules a modifyProperties action must meet on its own, as Sentinel's "Close
 * incident" action does: resolving names a classification, and a determination comes with the
 * truePositive classification it belongs to.
 */
function checkClassified(action: AutomationAction & { kind: 'modifyProperties' }, field: string): void {
  const classification = action.classification;
  if (action.status === 'resolved' && (classification === undefined || classification === 'unknown')) {
    invalid(`${field}.classification`, 'An action that resolves incidents needs a classification: truePositive, falsePositive or informationalExpectedActivity.');
  }
  if (action.determination !== undefined && action.determination !== 'unknown' && classification !== 'truePositive') {
    const actual = classification === undefined ? 'this action sets no classification' : `this action's classification is ${classification}`;
    invalid(`${field}.determination`, `A determination can only be set together with the classification truePositive (${actual}).`);
  }
}

/** The draft as typed, for callers that checked it with `checkRuleDraft`. */
export type CheckedRule = ReturnType<typeof checkRuleDraft>;
export type { AutomationRuleDraft };

/** Whether a rule acts now on this trigger. */
export function isActive(rule: AutomationRule, trigger: 'created' | 'updated', now: number): boolean {
  return (
    rule.enabled &&
    rule.triggersOn === 'incidents' &&
    rule.triggersWhen === trigger &&
    (rule.expiration === null || Date.parse(rule.expiration) > now)
  );
}

function propertyValues(record: IncidentRecord, property: AutomationCondition['property']): readonly string[] {
  switch (property) {
    case 'title':
      return [record.displayName];
    case 'description':
      return [record.description];
    case 'severity':
      return [record.severity];
    case 'status':
      return [record.status];
    case 'owner':
      return [record.assignedTo ?? ''];
    case 'tags':
      return record.customTags;
    case 'serviceSource':
      return record.serviceSources;
    case 'detectionSource':
      return record.detectionSources;
    case 'tactics':
      return record.tactics;
    case 'category':
      return record.categories;
  }
}

function matches(operator: AutomationCondition & { kind: 'property' }, actual: readonly string[]): boolean {
  const test = (value: string, expected: string): boolean => {
    const a = value.toLowerCase();
    const e = expected.toLowerCase();
    switch (operator.operator) {
      case 'equals':
      case 'notEquals':
        return a === e;
      case 'contains':
      case 'notContains':
        return a.includes(e);
      case 'startsWith':
        return a.startsWith(e);
      case 'endsWith':
        return a.endsWith(e);
    }
  };
  const any = actual.some((value) => operator.values.some((expected) => test(value, expected)));
  return operator.operator === 'notEquals' || operator.operator === 'notContains' ? !any : any;
}

/**
 * Whether every condition holds. Property conditions are read from `after`; "changed"
 * conditions compare `before` and `after` and never hold for a newly created incident.
 */
export function conditionsHold(rule: AutomationRule, before: IncidentRecord | null, after: IncidentRecord): boolean {
  return rule.conditions.every((condition) => {
    if (condition.kind === 'property') return matches(condition, propertyValues(after, condition.property));
    if (!before) return false;
    const old = propertyValues(before, condition.property)[0]!;
    const now = propertyValues(after, condition.property)[0]!;
    if (old.toLowerCase() === now.toLowerCase()) return false;
    const watched = condition.direction === 'to' ? now : old;
    return condition.values.some((value) => value.toLowerCase() === watched.toLowerCase());
  });
}

/** The incident patch a modifyProperties action asks for. */
export function patchOf(action: AutomationAction & { kind: 'modifyProperties' }, record: IncidentRecord): IncidentPatch {
  const patch: IncidentPatch = {};
  if (action.severity !== undefined) patch.severity = action.severity;
  if (action.status !== undefined) patch.status = action.status;
  if (action.classification !== undefined) patch.classification = action.classification;
  if (action.determination !== undefined) patch.determination = action.determination;
  if (action.owner !== undefined) patch.assignedTo = action.owner;
  if (action.labels !== undefined) patch.customTags = [...record.customTags, ...action.labels];
  return patch;
}
