import { ApiError } from '../api-error.js';
import { enumValue } from '../enum-value.js';
import {
  ALERT_STATUSES,
  type Alert,
  type AlertComment,
  type AlertPatch,
  CLASSIFICATIONS,
  type Comment,
  DETECTION_SOURCES,
  type DetectionSource,
  DETERMINATIONS,
  type Determination,
  type Evidence,
  type ImpactedAssets,
  type Incident,
  INCIDENT_STATUSES,
  type IncidentPatch,
  type IncidentStatus,
  MAX_COMMENT_LENGTH,
  SERVICE_SOURCES,
  type ServiceSource,
  SEVERITIES,
  TACTICS,
  type Tactic,
} from '../model.js';
import { entityFromGraphEvidence } from './evidence.js';

/**
 * Microsoft Graph security v1.0 JSON ↔ SOC Kit model. The kit's names and enum values are
 * Graph's, so mapping is mostly parsing: enum values in any letter case (the published examples
 * mix `TruePositive` and `truePositive`), evolvable members Graph sends because of
 * `Prefer: include-unknown-enum-members`, and defaults for what a payload leaves out.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** Names the Graph documentation uses besides the `alertDetermination` members. */
const DETERMINATION_ALIASES: Readonly<Record<string, Determination>> = {
  compromiseduser: 'compromisedAccount',
  confirmeduseractivity: 'confirmedActivity',
};

/** `awaitingAction` waits on the customer, which the kit shows as being worked on. */
const INCIDENT_STATUS_ALIASES: Readonly<Record<string, IncidentStatus>> = {
  awaitingaction: 'inProgress',
};

export const severityOf = (value: unknown) => enumValue(value, SEVERITIES, 'unknown');
export const classificationOf = (value: unknown) => enumValue(value, CLASSIFICATIONS, 'unknown');
export const determinationOf = (value: unknown) => enumValue(value, DETERMINATIONS, 'unknown', DETERMINATION_ALIASES);
export const incidentStatusOf = (value: unknown) =>
  enumValue(value, INCIDENT_STATUSES, 'active', INCIDENT_STATUS_ALIASES);

/**
 * Graph incidents carry no version. The etag is derived from `lastUpdateDateTime`, which every
 * write moves on, so two reads of an unchanged incident give the same etag.
 */
export function graphEtag(lastUpdateDateTime: string): string {
  return `W/"${lastUpdateDateTime}"`;
}

export function alertFromGraph(json: Json): Alert {
  const id = text(json.id);
  const created = text(json.createdDateTime);
  const evidence: Evidence[] = Array.isArray(json.evidence)
    ? json.evidence
        .filter(isObject)
        .map((item) => ({ ...entityFromGraphEvidence(item, { fallbackTime: created }), alertIds: [id] }))
    : [];
  return {
    id,
    incidentId: text(json.incidentId),
    title: text(json.title),
    description: text(json.description),
    severity: severityOf(json.severity),
    status: enumValue(json.status, ALERT_STATUSES, 'new'),
    classification: classificationOf(json.classification),
    determination: determinationOf(json.determination),
    serviceSource: enumValue<ServiceSource>(json.serviceSource, SERVICE_SOURCES, 'unknown'),
    detectionSource: enumValue<DetectionSource>(json.detectionSource, DETECTION_SOURCES, 'unknown'),
    category: text(json.category),
    mitreTechniques: strings(json.mitreTechniques),
    recommendedActions: text(json.recommendedActions),
    createdDateTime: created,
    firstActivityDateTime: text(json.firstActivityDateTime) || created,
    lastActivityDateTime: text(json.lastActivityDateTime) || text(json.lastUpdateDateTime) || created,
    lastUpdateDateTime: text(json.lastUpdateDateTime) || created,
    assignedTo: optionalText(json.assignedTo),
    tags: strings(json.systemTags),
    // Graph alerts do not say how an automated investigation of them went.
    investigationState: 'unknown',
    comments: alertCommentsFromGraph(json.comments),
    evidence,
  };
}

/** Graph `alertComment`s, oldest first as Graph lists them. */
export function alertCommentsFromGraph(comments: unknown): AlertComment[] {
  if (!Array.isArray(comments)) return [];
  return comments.filter(isObject).map((comment) => ({
    comment: text(comment.comment),
    createdBy: text(comment.createdByDisplayName) || text(comment.createdBy),
    createdDateTime: text(comment.createdDateTime) || text(comment.createdTime),
  }));
}

/** The evidence of `alerts`, one entry per entity, naming every alert that has it. */
export function mergeEvidence(alerts: readonly Alert[]): Evidence[] {
  const byId = new Map<string, Evidence>();
  for (const alert of alerts) {
    for (const item of alert.evidence) {
      const known = byId.get(item.id);
      if (known) known.alertIds = unique([...known.alertIds, ...item.alertIds]);
      else byId.set(item.id, { ...item, alertIds: [...item.alertIds] });
    }
  }
  return [...byId.values()];
}

const ASSET_KINDS: Readonly<Partial<Record<Evidence['type'], keyof ImpactedAssets>>> = {
  device: 'devices',
  user: 'users',
  mailbox: 'mailboxes',
  cloudApplication: 'apps',
  ip: 'ips',
  azureResource: 'cloudResources',
};

export function impactedAssetsOf(evidence: readonly Evidence[]): ImpactedAssets {
  const assets: ImpactedAssets = { devices: 0, users: 0, mailboxes: 0, apps: 0, ips: 0, cloudResources: 0 };
  for (const item of evidence) {
    const kind = ASSET_KINDS[item.type];
    if (kind) assets[kind] += 1;
  }
  return assets;
}

const earliest = (times: string[], fallback: string): string =>
  times.reduce((best, time) => (Date.parse(time) < Date.parse(best) ? time : best), times[0] ?? fallback);
const latest = (times: string[], fallback: string): string =>
  times.reduce((best, time) => (Date.parse(time) > Date.parse(best) ? time : best), times[0] ?? fallback);

/** The evidence of an incident's expanded alerts, for search and the entity filter. */
export function evidenceFromGraph(json: Json): Evidence[] {
  const alerts = Array.isArray(json.alerts) ? json.alerts.filter(isObject).map(alertFromGraph) : [];
  return mergeEvidence(alerts);
}

/** The threat an alert names: `threatDisplayName` ("Qakbot"), else `threatFamilyName`. */
const threatOf = (alert: Json): string => text(alert.threatDisplayName) || text(alert.threatFamilyName);

/** The device groups and OS platforms of an incident's devices. */
function devicesOf(evidence: readonly Evidence[]): { deviceGroups: string[]; osPlatforms: string[] } {
  const devices = evidence.filter((item) => item.type === 'device');
  return {
    deviceGroups: unique(devices.map((device) => device.rbacGroupName ?? '').filter(Boolean)),
    osPlatforms: unique(devices.map((device) => device.osPlatform).filter(Boolean)),
  };
}

/**
 * A Graph `incident` as a kit incident. Sources, categories, tactics, techniques, alert counts,
 * impacted assets and first/last activity come from the incident's alerts, so they are filled
 * only when the payload has them (`$expand=alerts`); first/last activity fall back to the
 * incident's created and last-update times. So do device groups, OS platforms (of the evidence's
 * devices) and threats (alerts' `threatDisplayName`). Graph has no investigation state and no
 * sensitivity labels on incidents.
 */
export function incidentFromGraph(json: Json): Incident {
  const rawAlerts = Array.isArray(json.alerts) ? json.alerts.filter(isObject) : [];
  const alerts = rawAlerts.map(alertFromGraph);
  const evidence = mergeEvidence(alerts);
  const created = text(json.createdDateTime);
  const lastUpdate = text(json.lastUpdateDateTime) || created;
  const categories = unique(alerts.map((alert) => alert.category).filter(Boolean));
  return {
    id: text(json.id),
    displayName: text(json.displayName),
    description: text(json.description),
    severity: severityOf(json.severity),
    status: incidentStatusOf(json.status),
    classification: classificationOf(json.classification),
    determination: determinationOf(json.determination),
    assignedTo: optionalText(json.assignedTo),
    // Example 2 of "List incidents" publishes `tags` where every other example has `customTags`.
    customTags: strings(json.customTags ?? json.tags),
    systemTags: strings(json.systemTags),
    createdDateTime: created,
    lastUpdateDateTime: lastUpdate,
    firstActivityDateTime: earliest(alerts.map((alert) => alert.firstActivityDateTime).filter(Boolean), created),
    lastActivityDateTime: latest(alerts.map((alert) => alert.lastActivityDateTime).filter(Boolean), lastUpdate),
    resolvingComment: optionalText(json.resolvingComment),
    redirectIncidentId: optionalText(json.redirectIncidentId),
    serviceSources: unique(alerts.map((alert) => alert.serviceSource)),
    detectionSources: unique(alerts.map((alert) => alert.detectionSource)),
    categories,
    mitreTechniques: unique(alerts.flatMap((alert) => alert.mitreTechniques)),
    tactics: unique(
      categories
        .map((category) => enumValue<Tactic | ''>(category, TACTICS, ''))
        .filter((tactic): tactic is Tactic => tactic !== ''),
    ),
    alertCount: alerts.length,
    activeAlertCount: alerts.filter((alert) => alert.status !== 'resolved').length,
    impactedAssets: impactedAssetsOf(evidence),
    investigationState: 'unknown',
    ...devicesOf(evidence),
    threats: unique(rawAlerts.map(threatOf).filter(Boolean)),
    sensitivityLabels: [],
    etag: graphEtag(lastUpdate),
  };
}

/**
 * Graph comments have no ID; they are only ever appended, so an incident's comment is named by
 * its position. Incidents publish `createdBy`/`createdTime`, comment responses
 * `createdByDisplayName`/`createdDateTime`: both are read.
 */
export function commentsFromGraph(incidentId: string, comments: unknown): Comment[] {
  if (!Array.isArray(comments)) return [];
  return comments.filter(isObject).map((comment, index) => ({
    id: `${incidentId}:comment:${index}`,
    incidentId,
    comment: text(comment.comment),
    createdBy: text(comment.createdBy) || text(comment.createdByDisplayName),
    createdDateTime: text(comment.createdDateTime) || text(comment.createdTime),
  }));
}

/** What `PATCH /security/incidents/{id}` accepts. */
export const GRAPH_WRITABLE_FIELDS = ['assignedTo', 'classification', 'determination', 'status', 'customTags'] as const;

/**
 * The PATCH body for a kit patch. Graph lets only some fields of an incident change; a patch
 * touching any other (name, severity, resolving comment) is refused here, before any request,
 * with an `ApiError` of kind `validation` that names the field.
 */
export function graphPatchBody(patch: IncidentPatch): Json {
  const body: Json = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (!(GRAPH_WRITABLE_FIELDS as readonly string[]).includes(field)) {
      throw new ApiError(
        'validation',
        `The Microsoft Graph security API does not let an incident's ${field} be changed.`,
        { field },
      );
    }
    body[field] = value;
  }
  return body;
}

/** What `PATCH /security/alerts_v2/{id}` accepts; a patch's `comment` goes to `POST .../comments` instead. */
export const GRAPH_ALERT_WRITABLE_FIELDS = ['status', 'classification', 'determination', 'assignedTo'] as const;

/**
 * The PATCH body and the comment for an alert patch. Any field Graph does not let change is refused
 * here, before any request, with an `ApiError` of kind `validation` that names it; so is an empty
 * patch, and a comment that is blank or longer than Graph takes.
 */
export function graphAlertPatch(patch: AlertPatch): { body: Json; comment?: string } {
  const body: Json = {};
  let comment: string | undefined;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (field === 'comment') {
      if (typeof value !== 'string' || value.trim() === '') {
        throw new ApiError('validation', 'Write a comment first.', { field });
      }
      if (value.length > MAX_COMMENT_LENGTH) {
        throw new ApiError('validation', `A comment can be at most ${MAX_COMMENT_LENGTH} characters long.`, { field });
      }
      comment = value;
    } else if ((GRAPH_ALERT_WRITABLE_FIELDS as readonly string[]).includes(field)) {
      body[field] = value;
    } else {
      throw new ApiError('validation', `The Microsoft Graph security API does not let an alert's ${field} be changed.`, { field });
    }
  }
  if (Object.keys(body).length === 0 && comment === undefined) {
    throw new ApiError('validation', 'Choose something to change on the alert.', { field: 'patch' });
  }
  return { body, comment };
}
