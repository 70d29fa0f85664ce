import { ApiError } from '../api-error.js';
import {
  type AutomationAction,
  type AutomationCondition,
  type AutomationRule,
  type AutomationRuleDraft,
  type ChangeProperty,
  type ConditionOperator,
  type ConditionProperty,
  type Severity,
  SERVICE_SOURCES,
  type ServiceSource,
  TACTICS,
} from '../model.js';
import {
  classificationFromSentinel,
  classificationToSentinel,
  determinationFromSentinel,
  reasonToSentinel,
  severityFromSentinel,
  severityToSentinel,
  statusFromSentinel,
  statusToSentinel,
  tacticOf,
} from './sentinel-incident.js';
import { child, type Json, objects, personOf, propertiesOf, resourceName, strings, text } from './sentinel-json.js';
import { productNameOfServiceSource, serviceSourceOfProduct } from './sentinel-products.js';

/**
 * Sentinel automation rules ↔ kit automation rules. Conditions map property by property
 * (`IncidentTitle` ↔ title, `IncidentSeverity` ↔ severity, `IncidentLabel` ↔ tags,
 * `AlertProductNames` ↔ serviceSource, `IncidentTactics` ↔ tactics, ...) with their values
 * (`High` ↔ high, `New` ↔ active, product names ↔ service sources); "changed to/from" conditions are
 * Sentinel's `PropertyChanged`. Actions are ModifyProperties, RunPlaybook and AddIncidentTask.
 *
 * A condition or action the kit cannot express (an analytic-rule condition, `NotStartsWith`, a
 * Boolean group) is not shown, and it is not lost: saving starts from the rule as Sentinel last
 * returned it, keeps every condition and action the draft leaves as it was, byte for byte, and
 * writes only what the draft added or changed.
 */

export type SentinelAutomationRule = Json;

const PROPERTY_NAMES: Readonly<Partial<Record<ConditionProperty, string>>> = {
  title: 'IncidentTitle',
  description: 'IncidentDescription',
  severity: 'IncidentSeverity',
  status: 'IncidentStatus',
  owner: 'IncidentOwner',
  tags: 'IncidentLabel',
  serviceSource: 'AlertProductNames',
  tactics: 'IncidentTactics',
};

const CHANGE_PROPERTY_NAMES: Readonly<Record<ChangeProperty, string>> = {
  severity: 'IncidentSeverity',
  status: 'IncidentStatus',
  owner: 'IncidentOwner',
};

const OPERATORS: Readonly<Record<ConditionOperator, string>> = {
  equals: 'Equals',
  notEquals: 'NotEquals',
  contains: 'Contains',
  notContains: 'NotContains',
  startsWith: 'StartsWith',
  endsWith: 'EndsWith',
};

const lookup = <K extends string>(table: Readonly<Partial<Record<K, string>>>, sentinel: string): K | undefined =>
  (Object.keys(table) as K[]).find((key) => table[key]?.toLowerCase() === sentinel.toLowerCase());

/** Condition values in the kit's terms for `property`, or `undefined` when one has no kit value. */
function valuesFromSentinel(property: ConditionProperty, values: string[]): string[] | undefined {
  switch (property) {
    case 'severity': {
      const mapped = values.map(severityFromSentinel);
      return mapped.includes('unknown') ? undefined : mapped;
    }
    case 'status':
      return values.every((value) => ['new', 'active', 'closed'].includes(value.toLowerCase()))
        ? values.map(statusFromSentinel)
        : undefined;
    case 'serviceSource': {
      const mapped = values.map(serviceSourceOfProduct);
      return mapped.includes('unknown') ? undefined : mapped;
    }
    case 'tactics': {
      const mapped = values.map(tacticOf);
      return mapped.every((tactic) => tactic !== undefined) ? (mapped as string[]) : undefined;
    }
    default:
      return values;
  }
}

function valuesToSentinel(property: ConditionProperty, values: string[]): string[] {
  switch (property) {
    case 'severity':
      return values.map((value) => severityToSentinel(value as Severity));
    case 'status':
      return values.map((value) => statusToSentinel(value as Parameters<typeof statusToSentinel>[0]));
    case 'serviceSource':
      return values.map((value) => {
        const source = (SERVICE_SOURCES as readonly string[]).includes(value) ? productNameOfServiceSource(value as ServiceSource) : undefined;
        if (!source) throw new ApiError('validation', `Microsoft Sentinel has no product for the service source "${value}".`, { field: 'conditions' });
        return source;
      });
    case 'tactics':
      return values.map((value) => {
        if (!(TACTICS as readonly string[]).includes(value)) throw new ApiError('validation', `"${value}" is not a MITRE ATT&CK tactic.`, { field: 'conditions' });
        return value.charAt(0).toUpperCase() + value.slice(1);
      });
    default:
      return values;
  }
}

function conditionFromSentinel(condition: Json): AutomationCondition | undefined {
  const type = text(condition.conditionType).toLowerCase();
  const properties = child(condition.conditionProperties);
  const values = strings(properties.propertyValues);
  if (type === 'property') {
    const property = lookup(PROPERTY_NAMES, text(properties.propertyName));
    const operator = lookup(OPERATORS, text(properties.operator));
    const mapped = property && valuesFromSentinel(property, values);
    return property && operator && mapped ? { kind: 'property', property, operator, values: mapped } : undefined;
  }
  if (type === 'propertychanged') {
    const property = lookup(CHANGE_PROPERTY_NAMES, text(properties.propertyName));
    const change = text(properties.changeType).toLowerCase();
    const direction = change === 'changedto' ? 'to' : change === 'changedfrom' ? 'from' : undefined;
    const mapped = property && valuesFromSentinel(property, values);
    const equals = text(properties.operator || 'Equals').toLowerCase() === 'equals';
    return property && direction && mapped && equals ? { kind: 'changed', property, direction, values: mapped } : undefined;
  }
  return undefined;
}

function conditionToSentinel(condition: AutomationCondition): Json {
  if (condition.kind === 'changed') {
    return {
      conditionType: 'PropertyChanged',
      conditionProperties: {
        propertyName: CHANGE_PROPERTY_NAMES[condition.property],
        changeType: condition.direction === 'to' ? 'ChangedTo' : 'ChangedFrom',
        operator: 'Equals',
        propertyValues: valuesToSentinel(condition.property, condition.values),
      },
    };
  }
  const propertyName = PROPERTY_NAMES[condition.property];
  if (!propertyName) {
    throw new ApiError('validation', `Microsoft Sentinel automation rules cannot test an incident's ${condition.property}.`, {
      field: 'conditions',
    });
  }
  return {
    conditionType: 'Property',
    conditionProperties: {
      propertyName,
      operator: OPERATORS[condition.operator],
      propertyValues: valuesToSentinel(condition.property, condition.values),
    },
  };
}

function actionFromSentinel(action: Json): AutomationAction | undefined {
  const type = text(action.actionType).toLowerCase();
  const configuration = child(action.actionConfiguration);
  if (type === 'addincidenttask') {
    const description = text(configuration.description);
    return { kind: 'addTask', title: text(configuration.title), ...(description ? { description } : {}) };
  }
  if (type === 'runplaybook') return { kind: 'runPlaybook', playbookId: text(configuration.logicAppResourceId) };
  if (type !== 'modifyproperties') return undefined;
  const modify: Extract<AutomationAction, { kind: 'modifyProperties' }> = { kind: 'modifyProperties' };
  if (configuration.severity) modify.severity = severityFromSentinel(configuration.severity);
  if (configuration.status) modify.status = statusFromSentinel(configuration.status);
  if (configuration.classification) {
    modify.classification = classificationFromSentinel(configuration.classification);
    modify.determination = determinationFromSentinel(configuration.classification, configuration.classificationReason);
  }
  if (configuration.owner !== undefined) modify.owner = personOf(configuration.owner) || null;
  if (Array.isArray(configuration.labels)) modify.labels = objects(configuration.labels).map((label) => text(label.labelName));
  return modify;
}

function actionToSentinel(action: AutomationAction, order: number): Json {
  switch (action.kind) {
    case 'addTask':
      return {
        order,
        actionType: 'AddIncidentTask',
        actionConfiguration: { title: action.title, ...(action.description ? { description: action.description } : {}) },
      };
    case 'runPlaybook':
      return { order, actionType: 'RunPlaybook', actionConfiguration: { logicAppResourceId: action.playbookId } };
    case 'modifyProperties': {
      const configuration: Json = {};
      if (action.severity !== undefined) configuration.severity = severityToSentinel(action.severity);
      if (action.status !== undefined) configuration.status = statusToSentinel(action.status);
      if (action.classification !== undefined) {
        configuration.classification = classificationToSentinel(action.classification);
        const reason = reasonToSentinel(action.classification, action.determination ?? 'unknown');
        if (reason) configuration.classificationReason = reason;
      }
      if (action.owner !== undefined) {
        configuration.owner = action.owner === null ? { objectId: null } : { userPrincipalName: action.owner };
      }
      if (action.labels !== undefined) configuration.labels = action.labels.map((labelName) => ({ labelName }));
      return { order, actionType: 'ModifyProperties', actionConfiguration: configuration };
    }
  }
}

const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

export function automationRuleFromSentinel(resource: SentinelAutomationRule): AutomationRule {
  const properties = propertiesOf(resource);
  const logic = child(properties.triggeringLogic);
  const actions = objects(properties.actions).sort((a, b) => Number(a.order) - Number(b.order));
  return {
    id: resourceName(resource),
    displayName: text(properties.displayName),
    order: typeof properties.order === 'number' ? properties.order : 1,
    enabled: logic.isEnabled !== false,
    expiration: text(logic.expirationTimeUtc) || null,
    triggersOn: text(logic.triggersOn).toLowerCase() === 'alerts' ? 'alerts' : 'incidents',
    triggersWhen: text(logic.triggersWhen).toLowerCase() === 'updated' ? 'updated' : 'created',
    conditions: objects(logic.conditions)
      .map(conditionFromSentinel)
      .filter((condition): condition is AutomationCondition => condition !== undefined),
    actions: actions.map(actionFromSentinel).filter((action): action is AutomationAction => action !== undefined),
    lastModifiedDateTime: text(properties.lastModifiedTimeUtc) || text(properties.createdTimeUtc),
    lastModifiedBy: personOf(properties.lastModifiedBy),
  };
}

const keyOf = (value: unknown) => JSON.stringify(value);

/**
 * Takes from `previous` (Sentinel's JSON) each item whose kit form is still in `wanted`, and every
 * item with no kit form, as they are; the wanted items left over are new.
 */
function reuse<K>(
  previous: Json[],
  read: (item: Json) => K | undefined,
  wanted: readonly K[],
): { kept: { item: Json; wantedAt: number }[]; added: number[] } {
  const left = wanted.map(keyOf);
  const kept: { item: Json; wantedAt: number }[] = [];
  for (const item of previous) {
    const kit = read(item);
    if (kit === undefined) {
      kept.push({ item, wantedAt: -1 });
      continue;
    }
    const at = left.indexOf(keyOf(kit));
    if (at >= 0) {
      kept.push({ item, wantedAt: at });
      left[at] = '';
    }
  }
  const added = wanted.map((_, index) => index).filter((index) => left[index] !== '');
  return { kept, added };
}

/**
 * The body of `PUT .../automationRules/{id}` for `draft`: `{ etag, properties }` with the writable
 * properties, starting from `previous` when the rule exists.
 */
export function sentinelAutomationRulePutBody(draft: AutomationRuleDraft, previous?: SentinelAutomationRule): Json {
  const before = previous ? propertiesOf(previous) : {};
  const beforeLogic = child(before.triggeringLogic);

  const conditions = reuse(objects(beforeLogic.conditions), conditionFromSentinel, draft.conditions);
  const sentinelConditions = [
    ...conditions.kept.map(({ item }) => item),
    ...conditions.added.map((index) => conditionToSentinel(draft.conditions[index])),
  ];

  const previousActions = objects(before.actions).sort((a, b) => Number(a.order) - Number(b.order));
  const actions = reuse(previousActions, actionFromSentinel, draft.actions);
  // The draft's order wins; actions the kit cannot show keep their place at the end.
  const byDraftOrder = draft.actions.map((action, index) => {
    const kept = actions.kept.find((entry) => entry.wantedAt === index);
    return kept ? kept.item : actionToSentinel(action, index + 1);
  });
  const ordered = [...byDraftOrder, ...actions.kept.filter((entry) => entry.wantedAt < 0).map(({ item }) => item)];
  const orders = ordered.map((action) => Number(action.order));
  const increasing = orders.every((order, index) => Number.isFinite(order) && (index === 0 || order > orders[index - 1]));
  const sentinelActions = increasing ? ordered : ordered.map((action, index) => ({ ...action, order: index + 1 }));

  const triggeringLogic: Json = {
    isEnabled: draft.enabled,
    ...(draft.expiration ? { expirationTimeUtc: draft.expiration } : {}),
    triggersOn: titleCase(draft.triggersOn),
    triggersWhen: titleCase(draft.triggersWhen),
    conditions: sentinelConditions,
  };
  const properties: Json = { displayName: draft.displayName, order: draft.order, triggeringLogic, actions: sentinelActions };
  const etag = previous ? text(previous.etag) : '';
  return etag ? { etag, properties } : { properties };
}
