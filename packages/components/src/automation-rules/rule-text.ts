import type {
  Assignee,
  AutomationAction,
  AutomationCondition,
  AutomationRule,
  ConditionProperty,
  DetectionSource,
  IncidentStatus,
  Playbook,
  ServiceSource,
  Severity,
  Tactic,
} from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import {
  CONDITION_PROPERTY_LABELS,
  DETECTION_SOURCE_LABELS,
  INCIDENT_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  TACTIC_LABELS,
} from '../internal/labels.js';
import { isolate } from '../i18n/isolate.js';
import type { automationRulesMessages } from './messages.js';
import { TRIGGERS, type ActionChoice, type OperatorChoice, type Trigger } from './rule-form.js';

/**
 * How automation rules read on screen, in the words of the portal's automation blade and in the
 * language of the localizer given. Each condition and each action is one whole sentence; user data
 * in it (typed values, names, tags, titles) is marked with `isolate`, so render it with
 * `renderIsolated`.
 */

export type RuleLocalizer = Localizer<typeof automationRulesMessages>;

/** Names the list and the editor use for people and playbooks; ids stand in for unknown ones. */
export interface RuleVocabulary {
  assignees?: readonly Assignee[];
  playbooks?: readonly Playbook[];
}

/** "When incident is created"; a trigger the editor does not know stays as the backend wrote it. */
export function triggerLabel(trigger: Trigger, l10n: RuleLocalizer): string {
  return TRIGGERS.includes(trigger) ? l10n.t(`trigger.${trigger}`) : trigger;
}

/** "Equals", "Changed to". */
export function operatorLabel(operator: OperatorChoice, l10n: RuleLocalizer): string {
  return operator === 'changedTo' || operator === 'changedFrom'
    ? l10n.t(`operator.${operator}`)
    : l10n.t(`conditionOperator.${operator}`);
}

/** "Change status", "Run playbook". */
export function actionChoiceLabel(choice: ActionChoice, l10n: RuleLocalizer): string {
  return l10n.t(`actionChoice.${choice}`);
}

/** "Incident title", "Severity"; a property the editor does not know stays as the backend wrote it. */
export function propertyLabel(property: ConditionProperty, l10n: RuleLocalizer): string {
  return Object.hasOwn(CONDITION_PROPERTY_LABELS, property) ? l10n.t(`conditionProperty.${property}`) : property;
}

/** A person's display name, else the UPN (user data: not marked). */
export function personName(upn: string, vocabulary: RuleVocabulary): string {
  return vocabulary.assignees?.find((person) => person.id.toLowerCase() === upn.toLowerCase())?.displayName ?? upn;
}

/** A person's name, or "Unassigned" for none (not marked: render it in an isolated element). */
export function ownerName(upn: string | null, vocabulary: RuleVocabulary, l10n: RuleLocalizer): string {
  return upn ? personName(upn, vocabulary) : l10n.t('state.unassigned');
}

export function playbookName(id: string, vocabulary: RuleVocabulary): string {
  return vocabulary.playbooks?.find((playbook) => playbook.id === id)?.name ?? id;
}

/** The label of a value from a fixed list; `undefined` when the value is not on it. */
function listedValueLabel(property: ConditionProperty, value: string, l10n: RuleLocalizer): string | undefined {
  switch (property) {
    case 'severity':
      return Object.hasOwn(SEVERITY_LABELS, value) ? l10n.t(`severity.${value as Severity}`) : undefined;
    case 'status':
      return Object.hasOwn(INCIDENT_STATUS_LABELS, value) ? l10n.t(`status.${value as IncidentStatus}`) : undefined;
    case 'serviceSource':
      return Object.hasOwn(SERVICE_SOURCE_LABELS, value) ? l10n.t(`serviceSource.${value as ServiceSource}`) : undefined;
    case 'detectionSource':
      return Object.hasOwn(DETECTION_SOURCE_LABELS, value)
        ? l10n.t(`detectionSource.${value as DetectionSource}`)
        : undefined;
    case 'tactics':
      return Object.hasOwn(TACTIC_LABELS, value) ? l10n.t(`tactic.${value as Tactic}`) : undefined;
    default:
      return undefined;
  }
}

const LISTED_PROPERTIES: readonly ConditionProperty[] = ['severity', 'status', 'serviceSource', 'detectionSource', 'tactics'];

/** A condition value as people read it: a label for listed values, the text quoted otherwise. */
export function valueText(property: ConditionProperty, value: string, vocabulary: RuleVocabulary, l10n: RuleLocalizer): string {
  if (LISTED_PROPERTIES.includes(property)) return listedValueLabel(property, value, l10n) ?? isolate(value);
  if (property === 'owner') return value === '' ? l10n.t('state.unassigned') : isolate(personName(value, vocabulary));
  return l10n.t('quotedValue', { value: isolate(value) });
}

const itemLists = new Map<string, Intl.ListFormat>();

/**
 * Items of an enumeration ("drill, closed"; "drill、closed"): the narrow list of the locale, which
 * in English is the plain comma list the portal shows. (`Localizer.list` has the long style only.)
 */
export function itemList(items: readonly string[], l10n: Pick<Localizer, 'locale'>): string {
  let format = itemLists.get(l10n.locale);
  if (!format) {
    format = new Intl.ListFormat(l10n.locale, { type: 'conjunction', style: 'narrow' });
    itemLists.set(l10n.locale, format);
  }
  return format.format(items);
}

/**
 * Whether a condition value is a whole category the portal names ("InitialAccess" reads "Initial
 * access"): only for equals / not equals, as a part of a word ("contains Access") is still typed text.
 */
function wholeCategory(property: ConditionProperty, operator: OperatorChoice, value: string): boolean {
  if (property !== 'category' || (operator !== 'equals' && operator !== 'notEquals')) return false;
  const tactic = value.charAt(0).toLowerCase() + value.slice(1);
  return Object.hasOwn(TACTIC_LABELS, tactic);
}

/** "Severity changed to High", "Incident title contains “ransom” or “encrypted”". */
export function conditionText(condition: AutomationCondition, vocabulary: RuleVocabulary, l10n: RuleLocalizer): string {
  const operator: OperatorChoice =
    condition.kind === 'changed' ? (condition.direction === 'to' ? 'changedTo' : 'changedFrom') : condition.operator;
  const values = condition.values.map((value) =>
    wholeCategory(condition.property, operator, value)
      ? l10n.category(value)
      : valueText(condition.property, value, vocabulary, l10n),
  );
  return l10n.t(`condition.${operator}`, {
    property: propertyLabel(condition.property, l10n),
    values: l10n.list(values, 'disjunction'),
  });
}

/** Each change an action makes, as one sentence: a `modifyProperties` action can make several. */
export function actionTexts(action: AutomationAction, vocabulary: RuleVocabulary, l10n: RuleLocalizer): string[] {
  switch (action.kind) {
    case 'runPlaybook':
      return [l10n.t('runPlaybook', { playbook: isolate(playbookName(action.playbookId, vocabulary)) })];
    case 'addTask':
      return [l10n.t('addTask', { title: isolate(action.title) })];
    case 'modifyProperties': {
      const lines: string[] = [];
      let classification: string | undefined;
      if (action.classification) {
        classification = l10n.t(`classification.${action.classification}`);
        if (action.determination && action.determination !== 'unknown') {
          classification = l10n.t('classificationWithDetermination', {
            classification,
            determination: l10n.t(`determination.${action.determination}`),
          });
        }
      }
      if (action.status) {
        const status = l10n.t(`status.${action.status}`);
        lines.push(
          action.status === 'resolved' && classification
            ? l10n.t('changeStatusClassified', { status, classification })
            : l10n.t('changeStatus', { status }),
        );
      }
      if (classification && action.status !== 'resolved') lines.push(l10n.t('changeClassification', { classification }));
      if (action.severity) lines.push(l10n.t('changeSeverity', { severity: l10n.t(`severity.${action.severity}`) }));
      if (action.owner !== undefined) {
        lines.push(
          action.owner
            ? l10n.t('assignOwner', { owner: isolate(personName(action.owner, vocabulary)) })
            : l10n.t('unassignOwner'),
        );
      }
      if (action.labels?.length) lines.push(l10n.t('addTags', { tags: itemList(action.labels.map(isolate), l10n) }));
      return lines;
    }
  }
}

/** Whether the rule no longer acts because its expiration has passed. */
export function isExpired(rule: Pick<AutomationRule, 'expiration'>, now: number): boolean {
  return rule.expiration !== null && Date.parse(rule.expiration) <= now;
}
