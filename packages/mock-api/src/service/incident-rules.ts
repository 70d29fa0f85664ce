import {
  type ActivityChange,
  type Classification,
  CLASSIFICATIONS,
  type Determination,
  DETERMINATIONS,
  INCIDENT_PATCH_FIELDS,
  INCIDENT_STATUSES,
  type IncidentPatch,
  type IncidentStatus,
  MAX_COMMENT_LENGTH,
  type Role,
  SEVERITIES,
} from '@soc-kit/components/api';
import type { IncidentRecord } from './incident-record.js';
import { ServiceError } from './service-error.js';
import {
  invalid,
  normaliseTags,
  rejectUnknownFields,
  requireAssignee,
  requireDisplayName,
  requireEnum,
  requireObject,
} from './validation.js';

/**
 * Where an incident may go from each status. A redirected incident (merged into another) is
 * final: only an admin may bring it back, and only to active, which clears its redirect.
 */
export const STATUS_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  active: ['inProgress', 'resolved', 'redirected'],
  inProgress: ['active', 'resolved', 'redirected'],
  resolved: ['active', 'inProgress'],
  redirected: [],
};
export const ADMIN_REDIRECT_EXITS: readonly IncidentStatus[] = ['active'];

/** A patch whose fields each hold a valid value (tags trimmed and de-duplicated, assignee canonical). */
export type CheckedPatch = IncidentPatch;

/** Checks the shape and values of a patch, independently of any incident. */
export function checkPatch(patch: unknown): CheckedPatch {
  const input = requireObject('patch', patch);
  rejectUnknownFields('the patch', input, INCIDENT_PATCH_FIELDS);
  const checked: CheckedPatch = {};
  if (input['displayName'] !== undefined) checked.displayName = requireDisplayName(input['displayName']);
  if (input['severity'] !== undefined) checked.severity = requireEnum('severity', input['severity'], SEVERITIES);
  if (input['status'] !== undefined) checked.status = requireEnum('status', input['status'], INCIDENT_STATUSES);
  if (input['classification'] !== undefined) checked.classification = requireEnum('classification', input['classification'], CLASSIFICATIONS);
  if (input['determination'] !== undefined) checked.determination = requireEnum('determination', input['determination'], DETERMINATIONS);
  if (input['assignedTo'] !== undefined) checked.assignedTo = requireAssignee(input['assignedTo']);
  if (input['customTags'] !== undefined) checked.customTags = normaliseTags(input['customTags']);
  if (input['resolvingComment'] !== undefined) checked.resolvingComment = checkResolvingComment(input['resolvingComment']);
  return checked;
}

function checkResolvingComment(value: unknown): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') return invalid('resolvingComment', 'resolvingComment must be a string or null.');
  if (value.length > MAX_COMMENT_LENGTH) {
    return invalid('resolvingComment', `resolvingComment can have at most ${MAX_COMMENT_LENGTH} characters (got ${value.length}).`);
  }
  return value;
}

/**
 * Whether a write that names the versions it was based on may go ahead on the `current` etag:
 * no condition, `*`, or any one of the listed etags matches (HTTP `If-Match`, RFC 9110).
 */
export function ifMatchHolds(ifMatch: string | readonly string[] | null | undefined, current: string): boolean {
  if (ifMatch === undefined || ifMatch === null) return true;
  const etags = typeof ifMatch === 'string' ? [ifMatch] : ifMatch;
  return etags.some((etag) => etag === '*' || etag === current);
}

/**
 * The classification and determination an incident or an alert ends up with after a patch: a
 * determination only for true positives (refused when the patch sets one for anything else), and
 * cleared when the classification changes away from true positive.
 */
export function classifiedAs(
  current: { classification: Classification; determination: Determination },
  patch: { classification?: Classification; determination?: Determination },
): { classification: Classification; determination: Determination } {
  const classification = patch.classification ?? current.classification;
  if (patch.determination !== undefined && patch.determination !== 'unknown' && classification !== 'truePositive') {
    invalid(
      'determination',
      `A determination can only be set when the classification is truePositive (it would be ${classification}).`,
    );
  }
  const determination = classification === 'truePositive' ? (patch.determination ?? current.determination) : 'unknown';
  return { classification, determination };
}

/** The record fields a patch changes, and the audit trail's description of the change. */
export interface PlannedUpdate {
  fields: Partial<Pick<IncidentRecord, 'displayName' | 'severity' | 'status' | 'classification' | 'determination' | 'assignedTo' | 'customTags' | 'resolvingComment' | 'redirectIncidentId'>>;
  changes: ActivityChange[];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Applies the incident rules to a checked patch: status transitions, a classification to
 * resolve, a determination only for true positives. Throws a `ServiceError` and changes
 * nothing when a rule refuses; returns no changes for a patch that changes nothing.
 */
export function planUpdate(record: IncidentRecord, patch: CheckedPatch, role: Role): PlannedUpdate {
  const status = patch.status ?? record.status;
  if (status !== record.status) {
    if (record.status === 'redirected') {
      if (role !== 'admin') {
        throw new ServiceError('forbidden', `Incident ${record.id} was redirected; only an admin can reopen it.`);
      }
      if (!ADMIN_REDIRECT_EXITS.includes(status)) {
        invalid('status', `A redirected incident can only be reopened as active, not moved to ${status}.`);
      }
    } else if (!STATUS_TRANSITIONS[record.status].includes(status)) {
      invalid('status', `Incident ${record.id} cannot go from ${record.status} to ${status}; allowed: ${STATUS_TRANSITIONS[record.status].join(', ')}.`);
    }
  }

  const { classification, determination } = classifiedAs(record, patch);
  if (status === 'resolved' && classification === 'unknown') {
    invalid('classification', 'Resolving an incident needs a classification: truePositive, falsePositive or informationalExpectedActivity.');
  }

  const next: PlannedUpdate['fields'] = {
    displayName: patch.displayName ?? record.displayName,
    severity: patch.severity ?? record.severity,
    status,
    classification,
    determination,
    assignedTo: patch.assignedTo === undefined ? record.assignedTo : patch.assignedTo,
    customTags: patch.customTags ?? record.customTags,
    resolvingComment: patch.resolvingComment === undefined ? record.resolvingComment : patch.resolvingComment,
    redirectIncidentId: record.status === 'redirected' && status !== 'redirected' ? null : record.redirectIncidentId,
  };
  const fields: PlannedUpdate['fields'] = {};
  const changes: ActivityChange[] = [];
  for (const key of Object.keys(next) as (keyof PlannedUpdate['fields'])[]) {
    const from = record[key];
    const to = next[key];
    const same = Array.isArray(from) && Array.isArray(to) ? sameList(from, to) : from === to;
    if (same) continue;
    (fields as Record<string, unknown>)[key] = to;
    changes.push({ field: key, from: Array.isArray(from) ? [...from] : from, to: Array.isArray(to) ? [...to] : to });
  }
  return { fields, changes };
}
