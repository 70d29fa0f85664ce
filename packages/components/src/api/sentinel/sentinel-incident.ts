import { ApiError } from '../api-error.js';
import { enumValue } from '../enum-value.js';
import {
  type Classification,
  type Determination,
  type Incident,
  type IncidentPatch,
  type IncidentStatus,
  type Severity,
  TACTICS,
  type Tactic,
} from '../model.js';
import {
  child,
  type Json,
  objects,
  optionalText,
  personOf,
  propertiesOf,
  resourceName,
  strings,
  text,
  unique,
} from './sentinel-json.js';
import { detectionSourceOfProduct, serviceSourceOfProduct } from './sentinel-products.js';

/**
 * Microsoft Sentinel incidents (ARM, `Microsoft.SecurityInsights/incidents`) ↔ kit incidents.
 *
 * | Sentinel | kit |
 * |---|---|
 * | status New / Active / Closed | active / inProgress / resolved (`redirected` has no Sentinel value) |
 * | severity High / Medium / Low / Informational | high / medium / low / informational |
 * | classification Undetermined / TruePositive / BenignPositive / FalsePositive | unknown / truePositive / informationalExpectedActivity / falsePositive |
 * | classificationReason | determination, below |
 * | classificationComment | resolvingComment |
 * | owner (objectId, email, userPrincipalName, assignedTo) | assignedTo: the UPN, else the e-mail, else the name |
 * | labels, labelType User / AutoAssigned | customTags / systemTags |
 *
 * An incident resource names no entities, devices, threats or sensitivity labels (its entities are
 * a separate call per incident), so device groups, OS platforms, threats and sensitivity labels
 * are empty and the investigation state is `unknown`: the queue's filters on those, and on
 * entities, match no Sentinel incident.
 *
 * Classification reasons follow the mapping Microsoft Defender XDR uses when it synchronises
 * incidents with Sentinel. Reading: FalsePositive + IncorrectAlertLogic → notMalicious,
 * FalsePositive + InaccurateData → notEnoughDataToValidate; SuspiciousActivity (true positive) and
 * SuspiciousButExpected (benign positive) say no more than the classification does and read as
 * `unknown`. Writing: every true-positive determination → SuspiciousActivity; every benign positive
 * → SuspiciousButExpected; false positive → InaccurateData for notEnoughDataToValidate, otherwise
 * IncorrectAlertLogic.
 *
 * Writes start from the incident as Sentinel last returned it and change only what the patch
 * changes, so every value the patch leaves alone, including ones the kit cannot express (a
 * reason, an auto-assigned label, the owner's object ID), goes back exactly as it came.
 */

export type SentinelIncident = Json;

const STATUS_FROM_SENTINEL: Readonly<Record<string, IncidentStatus>> = {
  new: 'active',
  active: 'inProgress',
  closed: 'resolved',
};
export const STATUS_TO_SENTINEL: Readonly<Partial<Record<IncidentStatus, string>>> = {
  active: 'New',
  inProgress: 'Active',
  resolved: 'Closed',
};

export const SEVERITY_TO_SENTINEL: Readonly<Partial<Record<Severity, string>>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  informational: 'Informational',
};

const CLASSIFICATION_FROM_SENTINEL: Readonly<Record<string, Classification>> = {
  undetermined: 'unknown',
  truepositive: 'truePositive',
  benignpositive: 'informationalExpectedActivity',
  falsepositive: 'falsePositive',
};
const CLASSIFICATION_TO_SENTINEL: Readonly<Record<Classification, string>> = {
  unknown: 'Undetermined',
  truePositive: 'TruePositive',
  informationalExpectedActivity: 'BenignPositive',
  falsePositive: 'FalsePositive',
};

const DETERMINATION_FROM_REASON: Readonly<Record<string, Determination>> = {
  incorrectalertlogic: 'notMalicious',
  inaccuratedata: 'notEnoughDataToValidate',
};

export function statusFromSentinel(value: unknown): IncidentStatus {
  return STATUS_FROM_SENTINEL[text(value).toLowerCase()] ?? 'active';
}

export function statusToSentinel(status: IncidentStatus): string {
  const value = STATUS_TO_SENTINEL[status];
  if (!value) throw new ApiError('validation', `Microsoft Sentinel has no incident status "${status}".`, { field: 'status' });
  return value;
}

export function severityFromSentinel(value: unknown): Severity {
  return enumValue<Severity>(value, ['high', 'medium', 'low', 'informational'], 'unknown');
}

export function severityToSentinel(severity: Severity): string {
  const value = SEVERITY_TO_SENTINEL[severity];
  if (!value) throw new ApiError('validation', `Microsoft Sentinel has no incident severity "${severity}".`, { field: 'severity' });
  return value;
}

export function classificationFromSentinel(value: unknown): Classification {
  return CLASSIFICATION_FROM_SENTINEL[text(value).toLowerCase()] ?? 'unknown';
}

export function classificationToSentinel(classification: Classification): string {
  return CLASSIFICATION_TO_SENTINEL[classification];
}

export function determinationFromSentinel(classification: unknown, reason: unknown): Determination {
  if (classificationFromSentinel(classification) !== 'falsePositive') return 'unknown';
  return DETERMINATION_FROM_REASON[text(reason).toLowerCase()] ?? 'unknown';
}

/** The Sentinel classification reason for a kit classification and determination, if it has one. */
export function reasonToSentinel(classification: Classification, determination: Determination): string | undefined {
  switch (classification) {
    case 'truePositive':
      return 'SuspiciousActivity';
    case 'informationalExpectedActivity':
      return 'SuspiciousButExpected';
    case 'falsePositive':
      return determination === 'notEnoughDataToValidate' ? 'InaccurateData' : 'IncorrectAlertLogic';
    case 'unknown':
      return undefined;
  }
}

export function tacticOf(value: string): Tactic | undefined {
  const tactic = enumValue<Tactic | ''>(value, TACTICS, '');
  return tactic === '' ? undefined : tactic;
}

const isAutoAssigned = (label: Json) => text(label.labelType).toLowerCase() === 'autoassigned';

export function incidentFromSentinel(resource: SentinelIncident): Incident {
  const properties = propertiesOf(resource);
  const extra = child(properties.additionalData);
  const labels = objects(properties.labels);
  const created = text(properties.createdTimeUtc);
  const lastUpdate = text(properties.lastModifiedTimeUtc) || created;
  const status = statusFromSentinel(properties.status);
  const alertCount = typeof extra.alertsCount === 'number' ? extra.alertsCount : 0;
  const products = strings(extra.alertProductNames);
  const sources = products.length > 0 ? products : [text(properties.providerName)].filter(Boolean);
  const tacticNames = strings(extra.tactics);
  return {
    id: resourceName(resource),
    displayName: text(properties.title),
    description: text(properties.description),
    severity: severityFromSentinel(properties.severity),
    status,
    classification: classificationFromSentinel(properties.classification),
    determination: determinationFromSentinel(properties.classification, properties.classificationReason),
    assignedTo: personOf(properties.owner) || null,
    customTags: labels.filter((label) => !isAutoAssigned(label)).map((label) => text(label.labelName)),
    systemTags: labels.filter(isAutoAssigned).map((label) => text(label.labelName)),
    createdDateTime: created,
    lastUpdateDateTime: lastUpdate,
    firstActivityDateTime: text(properties.firstActivityTimeUtc) || created,
    lastActivityDateTime: text(properties.lastActivityTimeUtc) || lastUpdate,
    resolvingComment: optionalText(properties.classificationComment),
    redirectIncidentId: null,
    serviceSources: unique(sources.map(serviceSourceOfProduct)),
    detectionSources: unique(sources.map(detectionSourceOfProduct)),
    // Defender's incident categories are its tactic names, as Sentinel lists them.
    categories: tacticNames,
    mitreTechniques: strings(extra.techniques),
    tactics: unique(tacticNames.map(tacticOf).filter((tactic): tactic is Tactic => tactic !== undefined)),
    alertCount,
    // Sentinel counts alerts but not open ones: a closed incident is taken to have none open.
    activeAlertCount: status === 'resolved' ? 0 : alertCount,
    impactedAssets: { devices: 0, users: 0, mailboxes: 0, apps: 0, ips: 0, cloudResources: 0 },
    investigationState: 'unknown',
    deviceGroups: [],
    osPlatforms: [],
    threats: [],
    sensitivityLabels: [],
    etag: text(resource.etag),
  };
}

/** The incident properties a PUT may set; the rest are the server's. */
const WRITABLE = [
  'title',
  'description',
  'severity',
  'status',
  'classification',
  'classificationComment',
  'classificationReason',
  'owner',
  'labels',
  'firstActivityTimeUtc',
  'lastActivityTimeUtc',
] as const;

/** An owner as a write names it: by object ID when there is one, as the API's own example does. */
function ownerToWrite(owner: Json): Json {
  for (const key of ['objectId', 'userPrincipalName', 'email', 'assignedTo']) {
    if (typeof owner[key] === 'string' && owner[key] !== '') return { [key]: owner[key] };
  }
  return {};
}

function labelsToWrite(current: Json[], customTags: readonly string[]): Json[] {
  const wanted = new Set(customTags.map((tag) => tag.toLowerCase()));
  const kept = current.filter((label) => isAutoAssigned(label) || wanted.has(text(label.labelName).toLowerCase()));
  const present = new Set(kept.map((label) => text(label.labelName).toLowerCase()));
  const added = unique(customTags)
    .filter((tag) => !present.has(tag.toLowerCase()))
    .map((tag) => ({ labelName: tag, labelType: 'User' }));
  return [...kept, ...added];
}

/** Refuses, before any request, a patch with values Sentinel has no equivalent for. */
export function checkSentinelPatch(patch: IncidentPatch): void {
  if (patch.severity !== undefined) severityToSentinel(patch.severity);
  if (patch.status !== undefined) statusToSentinel(patch.status);
}

/**
 * The body of `PUT .../incidents/{id}` that applies `patch` to `current` (the incident as Sentinel
 * returned it): `{ etag, properties }` with the writable properties only. Values the kit cannot
 * send (an unknown severity, the status `redirected`) are refused with `ApiError` `validation`.
 */
export function sentinelIncidentPutBody(current: SentinelIncident, patch: IncidentPatch, etag?: string): Json {
  const source = propertiesOf(current);
  const properties: Json = {};
  for (const key of WRITABLE) if (source[key] !== undefined && source[key] !== null) properties[key] = source[key];
  if (properties.owner !== undefined) properties.owner = ownerToWrite(child(properties.owner));
  if (Array.isArray(properties.labels) && properties.labels.length === 0) delete properties.labels;

  const before = incidentFromSentinel(current);
  if (patch.displayName !== undefined) properties.title = patch.displayName;
  if (patch.severity !== undefined) properties.severity = severityToSentinel(patch.severity);
  if (patch.status !== undefined) properties.status = statusToSentinel(patch.status);

  const classification = patch.classification ?? before.classification;
  // A new classification without a determination starts from none.
  const determination = patch.determination ?? (patch.classification !== undefined ? 'unknown' : before.determination);
  if (classification !== before.classification || determination !== before.determination) {
    properties.classification = classificationToSentinel(classification);
    const reason = reasonToSentinel(classification, determination);
    if (reason === undefined) delete properties.classificationReason;
    else properties.classificationReason = reason;
  }

  if (patch.resolvingComment !== undefined && patch.resolvingComment !== before.resolvingComment) {
    if (patch.resolvingComment === null || patch.resolvingComment === '') delete properties.classificationComment;
    else properties.classificationComment = patch.resolvingComment;
  }

  if (patch.assignedTo !== undefined && (patch.assignedTo ?? '').toLowerCase() !== (before.assignedTo ?? '').toLowerCase()) {
    // Sentinel resolves a user from the UPN; all-null fields unassign.
    properties.owner =
      patch.assignedTo === null || patch.assignedTo === ''
        ? { objectId: null, email: null, userPrincipalName: null, assignedTo: null }
        : { userPrincipalName: patch.assignedTo };
  }

  if (patch.customTags !== undefined) {
    const labels = labelsToWrite(objects(source.labels), patch.customTags);
    if (labels.length > 0 || objects(source.labels).length > 0) properties.labels = labels;
  }

  const version = etag ?? text(current.etag);
  return version ? { etag: version, properties } : { properties };
}
