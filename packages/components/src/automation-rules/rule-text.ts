import type {
  Assignee,
  AutomationAction,
  AutomationCondition,
  AutomationRule,
  ConditionProperty,
  Playbook,
} from '../api/model.js';
import {
  CLASSIFICATION_LABELS,
  CONDITION_OPERATOR_LABELS,
  CONDITION_PROPERTY_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  TACTIC_LABELS,
} from '../internal/labels.js';
import type { ActionChoice, OperatorChoice, Trigger } from './rule-form.js';

/** How automation rules read on screen, in the words of the portal's automation blade. */

export const TRIGGER_LABELS: Record<Trigger, string> = {
  'incidents.created': 'When incident is created',
  'incidents.updated': 'When incident is updated',
  'alerts.created': 'When alert is created',
  'alerts.updated': 'When alert is updated',
};

export const OPERATOR_CHOICE_LABELS: Record<OperatorChoice, string> = {
  ...CONDITION_OPERATOR_LABELS,
  changedTo: 'Changed to',
  changedFrom: 'Changed from',
};

export const ACTION_CHOICE_LABELS: Record<ActionChoice, string> = {
  status: 'Change status',
  severity: 'Change severity',
  classification: 'Change classification',
  owner: 'Assign owner',
  tags: 'Add tags',
  playbook: 'Run playbook',
  task: 'Add task',
};

const LISTED_VALUE_LABELS: Partial<Record<ConditionProperty, Record<string, string>>> = {
  severity: SEVERITY_LABELS,
  status: INCIDENT_STATUS_LABELS,
  serviceSource: SERVICE_SOURCE_LABELS,
  detectionSource: DETECTION_SOURCE_LABELS,
  tactics: TACTIC_LABELS,
};

/** Names the list and the editor use for people and playbooks; ids stand in for unknown ones. */
export interface RuleVocabulary {
  assignees?: readonly Assignee[];
  playbooks?: readonly Playbook[];
}

export function ownerName(upn: string | null, vocabulary: RuleVocabulary): string {
  if (!upn) return 'Unassigned';
  return vocabulary.assignees?.find((person) => person.id.toLowerCase() === upn.toLowerCase())?.displayName ?? upn;
}

export function playbookName(id: string, vocabulary: RuleVocabulary): string {
  return vocabulary.playbooks?.find((playbook) => playbook.id === id)?.name ?? id;
}

/** A condition value as people read it: a label for listed values, the text quoted otherwise. */
export function valueText(property: ConditionProperty, value: string, vocabulary: RuleVocabulary): string {
  const labels = LISTED_VALUE_LABELS[property];
  if (labels) return Object.hasOwn(labels, value) ? labels[value] : value;
  if (property === 'owner') return value === '' ? 'Unassigned' : ownerName(value, vocabulary);
  return `“${value}”`;
}

export function conditionText(condition: AutomationCondition, vocabulary: RuleVocabulary): string {
  const operator: OperatorChoice =
    condition.kind === 'changed' ? (condition.direction === 'to' ? 'changedTo' : 'changedFrom') : condition.operator;
  const values = condition.values.map((value) => valueText(condition.property, value, vocabulary)).join(' or ');
  return `${CONDITION_PROPERTY_LABELS[condition.property] ?? condition.property} ${OPERATOR_CHOICE_LABELS[operator]
    .toLowerCase()} ${values}`;
}

/** Each change an action makes, as one line: a `modifyProperties` action can make several. */
export function actionTexts(action: AutomationAction, vocabulary: RuleVocabulary): string[] {
  switch (action.kind) {
    case 'runPlaybook':
      return [`Run playbook ${playbookName(action.playbookId, vocabulary)}`];
    case 'addTask':
      return [`Add task “${action.title}”`];
    case 'modifyProperties': {
      const lines: string[] = [];
      const classification = action.classification
        ? `${CLASSIFICATION_LABELS[action.classification] ?? action.classification}${
            action.determination && action.determination !== 'unknown'
              ? `, ${DETERMINATION_LABELS[action.determination] ?? action.determination}`
              : ''
          }`
        : undefined;
      if (action.status) {
        const status = INCIDENT_STATUS_LABELS[action.status] ?? action.status;
        lines.push(`Change status to ${status}${action.status === 'resolved' && classification ? ` (${classification})` : ''}`);
      }
      if (classification && action.status !== 'resolved') lines.push(`Change classification to ${classification}`);
      if (action.severity) lines.push(`Change severity to ${SEVERITY_LABELS[action.severity] ?? action.severity}`);
      if (action.owner !== undefined) {
        lines.push(action.owner ? `Assign owner ${ownerName(action.owner, vocabulary)}` : 'Unassign owner');
      }
      if (action.labels?.length) lines.push(`Add tags ${action.labels.join(', ')}`);
      return lines;
    }
  }
}

/** Whether the rule no longer acts because its expiration has passed. */
export function isExpired(rule: Pick<AutomationRule, 'expiration'>, now: number): boolean {
  return rule.expiration !== null && Date.parse(rule.expiration) <= now;
}
