import type { Classification, Determination, Entity, ImpactedAssets, MergeIncidentsRequest, Severity } from '@soc-kit/components/api';
import type { StoredAlert } from './incident-details.js';
import { SEVERITY_RANK } from './incident-generator.js';
import type { IncidentRecord } from './incident-record.js';
import { deviceFactsOf } from './ingestion.js';
import { tacticsOf } from './mitre.js';
import { invalid, LIMITS, rejectUnknownFields, requireObject, requireText } from './validation.js';

/**
 * At most this many incidents, the target included, in one merge. The portal's page on merging
 * names no number; ten keeps a merge something a person can review before confirming it.
 */
export const MAX_MERGED_INCIDENTS = 10;
/** At most this many alerts in the merged incident: as many as an ingested incident may have. */
export const MAX_MERGED_ALERTS = LIMITS.alertsPerIncident;
/** The longest name a merge may give the merged incident (trimmed). */
export const MAX_MERGED_NAME_LENGTH = 500;

/** A merge request whose shape holds: ids as sent, the new name trimmed (or `null` to keep the target's). */
export interface CheckedMerge {
  targetId: string;
  sourceIds: string[];
  displayName: string | null;
}

/** Checks the shape of a merge request, independently of the incidents it names. */
export function checkMergeRequest(request: MergeIncidentsRequest): CheckedMerge {
  const input = requireObject('request', request);
  rejectUnknownFields('the merge request', input, ['targetId', 'sourceIds', 'displayName']);
  const targetId = input['targetId'];
  if (typeof targetId !== 'string' || targetId === '') invalid('targetId', 'targetId must be a non-empty incident id.');
  const sourceIds = input['sourceIds'];
  if (!Array.isArray(sourceIds) || sourceIds.some((id) => typeof id !== 'string' || id === '')) {
    invalid('sourceIds', 'sourceIds must be a list of incident ids.');
  }
  const ids = sourceIds as string[];
  if (ids.length === 0) invalid('sourceIds', 'sourceIds must name at least one incident to merge into the target.');
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) invalid('sourceIds', `sourceIds names incident ${repeated} more than once.`);
  if (ids.includes(targetId)) invalid('sourceIds', `Incident ${targetId} is the target; it cannot also be merged into itself.`);
  if (ids.length + 1 > MAX_MERGED_INCIDENTS) {
    invalid('sourceIds', `At most ${MAX_MERGED_INCIDENTS} incidents can be merged at once, the target included (got ${ids.length + 1}).`);
  }
  const name = input['displayName'];
  const displayName = name === undefined ? null : requireText('displayName', name, 1, MAX_MERGED_NAME_LENGTH);
  return { targetId, sourceIds: [...ids], displayName };
}

/** The fields the merged incident takes over from its sources when it has none of its own. */
export interface MergedOwnership {
  assignedTo: string | null;
  classification: Classification;
  determination: Determination;
}

/**
 * The portal's rules on the incidents themselves: none resolved or already merged; owner,
 * classification and determination either the same or unset on each; the merged incident within
 * `MAX_MERGED_ALERTS`. Throws a validation error naming the incident and the reason; returns
 * the owner, classification and determination the merged incident ends up with.
 */
export function checkMergeable(target: IncidentRecord, sources: readonly IncidentRecord[], mergedAlertCount: number): MergedOwnership {
  const all = [target, ...sources];
  const fieldOf = (record: IncidentRecord) => (record === target ? 'targetId' : 'sourceIds');
  for (const record of all) {
    if (record.status === 'redirected') {
      const into = record.redirectIncidentId ?? 'another';
      invalid(fieldOf(record), `Incident ${record.id} was already merged into incident ${into}; it cannot be merged again.`);
    }
    if (record.status === 'resolved') {
      invalid(fieldOf(record), `Incident ${record.id} is resolved; reopen it before merging it.`);
    }
  }
  const agreed = <K extends 'assignedTo' | 'classification' | 'determination'>(field: K, unset: IncidentRecord[K], label: string) => {
    const set = all.filter((record) => record[field] !== unset);
    const other = set.find((record) => record[field] !== set[0]![field]);
    if (other) {
      const values = `${String(set[0]![field])}, ${String(other[field])}`;
      invalid(fieldOf(other), `Incidents ${set[0]!.id} and ${other.id} have different ${label}s (${values}); clear or align one before merging.`);
    }
    return set[0]?.[field] ?? unset;
  };
  const ownership: MergedOwnership = {
    assignedTo: agreed('assignedTo', null, 'owner'),
    classification: agreed('classification', 'unknown', 'classification'),
    determination: agreed('determination', 'unknown', 'determination'),
  };
  if (mergedAlertCount > MAX_MERGED_ALERTS) {
    invalid('sourceIds', `The merged incident would have ${mergedAlertCount} alerts; an incident can have at most ${MAX_MERGED_ALERTS}.`);
  }
  return ownership;
}

/** The record fields an incident's alerts decide, recomputed after alerts moved to it. */
export type AlertFacts = Pick<
  IncidentRecord,
  | 'severity'
  | 'serviceSources'
  | 'detectionSources'
  | 'categories'
  | 'mitreTechniques'
  | 'tactics'
  | 'alertCount'
  | 'activeAlertCount'
  | 'impactedAssets'
  | 'deviceGroups'
  | 'osPlatforms'
  | 'firstActivity'
  | 'lastActivity'
>;

/**
 * What the merged incident's alerts say about it: its severity is the highest of the merged
 * incidents' severities and its alerts' (a severity an analyst raised is kept), its sources,
 * categories, techniques and tactics are its alerts', its impacted assets count the entities
 * their evidence names, and its activity spans that of every merged incident.
 */
export function alertFactsOf(alerts: readonly StoredAlert[], entities: readonly Entity[], merged: readonly IncidentRecord[]): AlertFacts {
  const unique = <T>(values: readonly T[]) => [...new Set(values)];
  const categories = unique(alerts.map((alert) => alert.category).filter(Boolean));
  const mitreTechniques = unique(alerts.flatMap((alert) => alert.mitreTechniques)).sort();
  const severity = [...merged.map((record) => record.severity), ...alerts.map((alert) => alert.severity)].reduce<Severity>(
    (max, candidate) => (SEVERITY_RANK[candidate] > SEVERITY_RANK[max] ? candidate : max),
    'unknown',
  );
  const firstTimes = [...merged.map((record) => record.firstActivity), ...alerts.map((alert) => Date.parse(alert.firstActivityDateTime))];
  const lastTimes = [...merged.map((record) => record.lastActivity), ...alerts.map((alert) => Date.parse(alert.lastActivityDateTime))];
  const impactedAssets = impactedAssetsOf(entities);
  return {
    severity,
    serviceSources: unique(alerts.map((alert) => alert.serviceSource)),
    detectionSources: unique(alerts.map((alert) => alert.detectionSource)),
    categories,
    mitreTechniques,
    tactics: tacticsOf(mitreTechniques, categories),
    alertCount: alerts.length,
    activeAlertCount: alerts.filter((alert) => alert.status !== 'resolved').length,
    impactedAssets,
    ...deviceFactsOf(entities),
    firstActivity: Math.min(...firstTimes),
    lastActivity: Math.max(...lastTimes),
  };
}

/** The impacted assets the entities of an incident's evidence make, by kind. */
export function impactedAssetsOf(entities: readonly Entity[]): ImpactedAssets {
  const count = (type: Entity['type']) => entities.filter((entity) => entity.type === type).length;
  return {
    devices: count('device'),
    users: count('user'),
    mailboxes: count('mailbox'),
    apps: count('cloudApplication'),
    ips: count('ip'),
    cloudResources: count('azureResource'),
  };
}

/** "12", "12 and 34", "12, 34 and 56": incident ids as the audit trail names them. */
export function incidentList(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids.at(-1)!}`;
}
