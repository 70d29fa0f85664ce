import {
  CHANGE_PROPERTIES,
  CONDITION_OPERATORS,
  DETECTION_SOURCES,
  INCIDENT_STATUSES,
  SERVICE_SOURCES,
  SEVERITIES,
  TACTICS,
  type AutomationAction,
  type AutomationCondition,
  type AutomationRule,
  type AutomationRuleDraft,
  type ChangeProperty,
  type Classification,
  type ConditionProperty,
  type Determination,
  type IncidentStatus,
  type Severity,
} from '../api/model.js';

/**
 * The automation rule editor's model: what the form holds while a person types, how it comes
 * from a saved rule and how it becomes the draft a backend checks. The form keeps what was
 * typed as typed (an order of "abc", a condition without values); the backend's validation
 * answers, and the form shows the answer next to the row it names.
 */

/** The rule's trigger as one choice: what it runs on and when. */
export const TRIGGERS = ['incidents.created', 'incidents.updated', 'alerts.created', 'alerts.updated'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** A condition's operator, with "changed to/from" folded in as the editor offers them. */
export const OPERATOR_CHOICES = [...CONDITION_OPERATORS, 'changedTo', 'changedFrom'] as const;
export type OperatorChoice = (typeof OPERATOR_CHOICES)[number];

/** What an action row does; a `modifyProperties` action of several properties becomes several rows. */
export const ACTION_CHOICES = ['status', 'severity', 'classification', 'owner', 'tags', 'playbook', 'task'] as const;
export type ActionChoice = (typeof ACTION_CHOICES)[number];

export interface ConditionRow {
  /** Stable while the form is open, so rows keep their controls when others are removed. */
  key: number;
  property: ConditionProperty;
  operator: OperatorChoice;
  /** Values picked from a list (a severity, an owner). */
  values: string[];
  /** Values typed, one per line (a title, a tag). */
  text: string;
}

export interface ActionRow {
  key: number;
  kind: ActionChoice;
  status: IncidentStatus;
  severity: Severity;
  classification: Classification;
  determination: Determination;
  /** UPN of the new owner; '' unassigns. */
  owner: string;
  /** Tags to add, separated by commas. */
  tags: string;
  playbookId: string;
  title: string;
  description: string;
}

export interface RuleForm {
  /** Set when editing a saved rule. */
  id?: string;
  name: string;
  trigger: Trigger;
  /** As typed; the backend says whether it is a whole number from 1 to 1000. */
  order: string;
  enabled: boolean;
  /** A `datetime-local` value in the person's time zone; '' never expires. */
  expiration: string;
  conditions: ConditionRow[];
  actions: ActionRow[];
}

/** Properties whose values come from a fixed list. */
export const LISTED_VALUES: Partial<Record<ConditionProperty, readonly string[]>> = {
  severity: SEVERITIES.filter((severity) => severity !== 'unknown'),
  status: INCIDENT_STATUSES,
  serviceSource: SERVICE_SOURCES,
  detectionSource: DETECTION_SOURCES,
  tactics: TACTICS,
};

const WHOLE_VALUE_OPERATORS: readonly OperatorChoice[] = ['equals', 'notEquals', 'changedTo', 'changedFrom'];

export const isChangeProperty = (property: ConditionProperty): property is ChangeProperty =>
  (CHANGE_PROPERTIES as readonly string[]).includes(property);

export const isChangeOperator = (operator: OperatorChoice): operator is 'changedTo' | 'changedFrom' =>
  operator === 'changedTo' || operator === 'changedFrom';

export const triggerWhen = (trigger: Trigger) => trigger.split('.')[1] as AutomationRuleDraft['triggersWhen'];

/**
 * The operators a condition on `property` offers: listed properties compare whole values only;
 * severity, status and owner can also be "changed to/from" when the rule runs on updates. The
 * condition's current operator stays offered, so a rule saved elsewhere loses nothing.
 */
export function operatorsFor(property: ConditionProperty, trigger: Trigger, current?: OperatorChoice): OperatorChoice[] {
  const base: OperatorChoice[] = LISTED_VALUES[property] ? ['equals', 'notEquals'] : [...CONDITION_OPERATORS];
  if (isChangeProperty(property) && triggerWhen(trigger) === 'updated') base.push('changedTo', 'changedFrom');
  if (current && !base.includes(current)) base.push(current);
  return base;
}

/** Whether the condition's values are picked from a list (else typed, one per line). */
export function picksValues(property: ConditionProperty, operator: OperatorChoice): boolean {
  return (!!LISTED_VALUES[property] || property === 'owner') && WHOLE_VALUE_OPERATORS.includes(operator);
}

/** The values a condition row stands for. */
export function rowValues(row: ConditionRow): string[] {
  if (picksValues(row.property, row.operator)) return row.values;
  return row.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------

let lastKey = 0;
const nextKey = () => ++lastKey;

export function newConditionRow(): ConditionRow {
  return { key: nextKey(), property: 'title', operator: 'contains', values: [], text: '' };
}

export function newActionRow(kind: ActionChoice = 'status'): ActionRow {
  return {
    key: nextKey(),
    kind,
    status: 'inProgress',
    severity: 'high',
    classification: 'truePositive',
    determination: 'unknown',
    owner: '',
    tags: '',
    playbookId: '',
    title: '',
    description: '',
  };
}

/**
 * The row after its property changed: the operator stays when the new property offers it, and
 * typed text stays while values are still typed; picked values belong to the old property.
 */
export function withProperty(row: ConditionRow, property: ConditionProperty, trigger: Trigger): ConditionRow {
  const offered = operatorsFor(property, trigger);
  const operator = offered.includes(row.operator) ? row.operator : offered[0];
  const typedBefore = !picksValues(row.property, row.operator);
  const typedNow = !picksValues(property, operator);
  return { ...row, property, operator, values: [], text: typedBefore && typedNow ? row.text : '' };
}

/** The row after its operator changed: values carry over between picking and typing. */
export function withOperator(row: ConditionRow, operator: OperatorChoice): ConditionRow {
  const pickedBefore = picksValues(row.property, row.operator);
  const pickedNow = picksValues(row.property, operator);
  if (pickedBefore === pickedNow) return { ...row, operator };
  return pickedNow
    ? { ...row, operator, values: rowValues(row), text: '' }
    : { ...row, operator, values: [], text: row.values.join('\n') };
}

// ---------------------------------------------------------------------------
// Rule ⇄ form ⇄ draft
// ---------------------------------------------------------------------------

export function emptyForm(order: number): RuleForm {
  return {
    name: '',
    trigger: 'incidents.created',
    order: String(order),
    enabled: true,
    expiration: '',
    conditions: [],
    actions: [newActionRow()],
  };
}

/** `YYYY-MM-DDTHH:mm` in local time, as a `datetime-local` input holds it. */
export function localDateTime(iso: string | null): string {
  if (!iso) return '';
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

function conditionRow(condition: AutomationCondition): ConditionRow {
  const operator: OperatorChoice =
    condition.kind === 'changed' ? (condition.direction === 'to' ? 'changedTo' : 'changedFrom') : condition.operator;
  const picked = picksValues(condition.property, operator);
  return {
    key: nextKey(),
    property: condition.property,
    operator,
    values: picked ? [...condition.values] : [],
    text: picked ? '' : condition.values.join('\n'),
  };
}

/** One row per change, so that each can be edited on its own; resolving keeps its classification. */
function actionRows(action: AutomationAction): ActionRow[] {
  if (action.kind === 'runPlaybook') return [{ ...newActionRow('playbook'), playbookId: action.playbookId }];
  if (action.kind === 'addTask') {
    return [{ ...newActionRow('task'), title: action.title, description: action.description ?? '' }];
  }
  const rows: ActionRow[] = [];
  const classified = {
    classification: action.classification ?? 'truePositive',
    determination: action.determination ?? 'unknown',
  };
  if (action.status !== undefined) {
    rows.push({ ...newActionRow('status'), status: action.status, ...(action.status === 'resolved' ? classified : {}) });
  }
  if (action.classification !== undefined && action.status !== 'resolved') {
    rows.push({ ...newActionRow('classification'), ...classified });
  }
  if (action.severity !== undefined) rows.push({ ...newActionRow('severity'), severity: action.severity });
  if (action.owner !== undefined) rows.push({ ...newActionRow('owner'), owner: action.owner ?? '' });
  if (action.labels !== undefined) rows.push({ ...newActionRow('tags'), tags: action.labels.join(', ') });
  return rows;
}

export function formOf(rule: AutomationRule): RuleForm {
  return {
    id: rule.id,
    name: rule.displayName,
    trigger: `${rule.triggersOn}.${rule.triggersWhen}`,
    order: String(rule.order),
    enabled: rule.enabled,
    expiration: localDateTime(rule.expiration),
    conditions: rule.conditions.map(conditionRow),
    actions: rule.actions.flatMap(actionRows),
  };
}

function conditionOf(row: ConditionRow): AutomationCondition {
  const values = rowValues(row);
  if (isChangeOperator(row.operator)) {
    // The editor offers "changed" only for properties that can change; another one goes as is, for the backend to refuse.
    const property = row.property as ChangeProperty;
    return { kind: 'changed', property, direction: row.operator === 'changedTo' ? 'to' : 'from', values };
  }
  return { kind: 'property', property: row.property, operator: row.operator, values };
}

function classificationOf(row: ActionRow): Pick<AutomationAction & { kind: 'modifyProperties' }, 'classification' | 'determination'> {
  return row.classification === 'truePositive' && row.determination !== 'unknown'
    ? { classification: row.classification, determination: row.determination }
    : { classification: row.classification };
}

export function actionOf(row: ActionRow): AutomationAction {
  switch (row.kind) {
    case 'status':
      return row.status === 'resolved'
        ? { kind: 'modifyProperties', status: row.status, ...classificationOf(row) }
        : { kind: 'modifyProperties', status: row.status };
    case 'severity':
      return { kind: 'modifyProperties', severity: row.severity };
    case 'classification':
      return { kind: 'modifyProperties', ...classificationOf(row) };
    case 'owner':
      return { kind: 'modifyProperties', owner: row.owner === '' ? null : row.owner };
    case 'tags':
      return {
        kind: 'modifyProperties',
        labels: row.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => tag !== ''),
      };
    case 'playbook':
      return { kind: 'runPlaybook', playbookId: row.playbookId };
    case 'task':
      return row.description.trim() === ''
        ? { kind: 'addTask', title: row.title }
        : { kind: 'addTask', title: row.title, description: row.description };
  }
}

/** The draft a save sends: conditions and actions in the order of their rows, one each. */
export function draftOf(form: RuleForm): AutomationRuleDraft {
  const [triggersOn, triggersWhen] = form.trigger.split('.') as [
    AutomationRuleDraft['triggersOn'],
    AutomationRuleDraft['triggersWhen'],
  ];
  const order = form.order.trim() === '' ? NaN : Number(form.order);
  const expiration = form.expiration === '' ? null : new Date(form.expiration).toISOString();
  const draft: AutomationRuleDraft = {
    displayName: form.name,
    // JSON has no NaN: an order that is not a number goes as null and the backend names the field.
    order: Number.isFinite(order) ? order : (null as unknown as number),
    enabled: form.enabled,
    expiration,
    triggersOn,
    triggersWhen,
    conditions: form.conditions.map(conditionOf),
    actions: form.actions.map(actionOf),
  };
  return form.id === undefined ? draft : { ...draft, id: form.id };
}

/** A saved rule as a draft, with some fields changed (the list's switch and move buttons). */
export function draftOfRule(rule: AutomationRule, changes: Partial<AutomationRuleDraft> = {}): AutomationRuleDraft {
  const { lastModifiedBy: _by, lastModifiedDateTime: _at, ...draft } = rule;
  return { ...draft, ...changes };
}

// ---------------------------------------------------------------------------
// Where a backend's validation error belongs
// ---------------------------------------------------------------------------

type FieldSection = 'name' | 'trigger' | 'order' | 'expiration' | 'conditions' | 'actions' | 'form';

export type ErrorPlace = { section: FieldSection } | { section: 'condition' | 'action'; index: number };

const TOP_LEVEL: Record<string, FieldSection> = {
  displayName: 'name',
  triggersOn: 'trigger',
  triggersWhen: 'trigger',
  order: 'order',
  expiration: 'expiration',
  conditions: 'conditions',
  actions: 'actions',
};

/**
 * The part of the form a validation error's field names: `displayName` → the name,
 * `conditions[2].values[0]` → the third condition, `actions` → the actions as a whole;
 * anything else → the form.
 */
export function errorPlace(field: string | undefined): ErrorPlace {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(field ?? '');
  if (!match) return { section: 'form' };
  const [, name, index] = match;
  if (index !== undefined && (name === 'conditions' || name === 'actions')) {
    return { section: name === 'conditions' ? 'condition' : 'action', index: Number(index) };
  }
  return { section: TOP_LEVEL[name] ?? 'form' };
}
