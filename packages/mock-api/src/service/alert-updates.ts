import {
  type ActivityChange,
  ALERT_PATCH_FIELDS,
  ALERT_STATUSES,
  type AlertPatch,
  CLASSIFICATIONS,
  type Classification,
  type Determination,
  DETERMINATIONS,
} from '@soc-kit/components/api';
import type { StoredAlert } from './incident-details.js';
import type { IncidentRecord } from './incident-record.js';
import { classifiedAs } from './incident-rules.js';
import { rejectUnknownFields, requireAssignee, requireComment, requireEnum, requireObject } from './validation.js';

/** An alert patch whose fields each hold a valid value (the owner canonical, the comment as written). */
export type CheckedAlertPatch = AlertPatch;

/**
 * Checks the shape and values of an alert patch, independently of any alert: known fields only,
 * values of their enumerations, a known assignee (or null), a comment of 1–30,000 characters.
 */
export function checkAlertPatch(patch: unknown): CheckedAlertPatch {
  const input = requireObject('patch', patch);
  rejectUnknownFields('the alert patch', input, ALERT_PATCH_FIELDS);
  const checked: CheckedAlertPatch = {};
  if (input['status'] !== undefined) checked.status = requireEnum('status', input['status'], ALERT_STATUSES);
  if (input['classification'] !== undefined) checked.classification = requireEnum('classification', input['classification'], CLASSIFICATIONS);
  if (input['determination'] !== undefined) checked.determination = requireEnum('determination', input['determination'], DETERMINATIONS);
  if (input['assignedTo'] !== undefined) checked.assignedTo = requireAssignee(input['assignedTo']);
  if (input['comment'] !== undefined) checked.comment = requireComment(input['comment']);
  return checked;
}

/** The alert fields a patch changes, as the incident's audit trail names them (`alert.status`, ...). */
export interface PlannedAlertUpdate {
  fields: Partial<Pick<StoredAlert, 'status' | 'classification' | 'determination' | 'assignedTo'>>;
  changes: ActivityChange[];
}

/**
 * Applies the alert rules to a checked patch: any status may follow any other (as in the portal);
 * a determination only for a true positive, cleared when the classification changes away from it
 * (the incident rule). Throws a validation error and changes nothing when a rule refuses.
 */
export function planAlertUpdate(alert: StoredAlert, patch: CheckedAlertPatch): PlannedAlertUpdate {
  const { classification, determination } = classifiedAs(alert, patch);
  const next: PlannedAlertUpdate['fields'] = {
    status: patch.status ?? alert.status,
    classification,
    determination,
    assignedTo: patch.assignedTo === undefined ? alert.assignedTo : patch.assignedTo,
  };
  const fields: PlannedAlertUpdate['fields'] = {};
  const changes: ActivityChange[] = [];
  for (const key of Object.keys(next) as (keyof PlannedAlertUpdate['fields'])[]) {
    if (alert[key] === next[key]) continue;
    (fields as Record<string, unknown>)[key] = next[key];
    changes.push({ field: `alert.${key}`, from: alert[key], to: next[key] });
  }
  return { fields, changes };
}

/** What an incident becomes when its alerts changed: the record fields that change, and why. */
export interface IncidentFollowing {
  fields: Partial<Pick<IncidentRecord, 'status' | 'classification' | 'determination' | 'activeAlertCount'>>;
  /** The status change and what came with it, for the audit trail (empty when only the count changed). */
  changes: ActivityChange[];
  detail: string | null;
}

/** The one value every alert has, or `fallback` when they differ. */
function agreed<T>(values: readonly T[], fallback: T): T {
  return values.length > 0 && values.every((value) => value === values[0]) ? values[0]! : fallback;
}

/**
 * How an incident follows its alerts, as Defender XDR does: its active alert count is its alerts'.
 * When the last active alert of an active or in-progress incident is resolved, the incident is
 * resolved too, classified as its alerts are when they all agree, else `unknown` (and determined
 * likewise, for a true positive). When an alert of a resolved incident becomes active again, the
 * incident is reactivated (`active`), keeping its classification.
 */
export function incidentFollowing(
  record: IncidentRecord,
  alerts: readonly Pick<StoredAlert, 'status' | 'classification' | 'determination'>[],
): IncidentFollowing {
  const activeAlertCount = alerts.filter((alert) => alert.status !== 'resolved').length;
  const fields: IncidentFollowing['fields'] = {};
  const changes: ActivityChange[] = [];
  let detail: string | null = null;
  if (activeAlertCount !== record.activeAlertCount) fields.activeAlertCount = activeAlertCount;
  const open = record.status === 'active' || record.status === 'inProgress';
  if (open && alerts.length > 0 && activeAlertCount === 0 && record.activeAlertCount > 0) {
    const classification: Classification = agreed(alerts.map((alert) => alert.classification), 'unknown');
    const determination: Determination =
      classification === 'truePositive' ? agreed(alerts.map((alert) => alert.determination), 'unknown') : 'unknown';
    fields.status = 'resolved';
    changes.push({ field: 'status', from: record.status, to: 'resolved' });
    if (classification !== record.classification) {
      fields.classification = classification;
      changes.push({ field: 'classification', from: record.classification, to: classification });
    }
    if (determination !== record.determination) {
      fields.determination = determination;
      changes.push({ field: 'determination', from: record.determination, to: determination });
    }
    detail = 'Resolved with its last active alert';
  } else if (record.status === 'resolved' && activeAlertCount > 0) {
    fields.status = 'active';
    changes.push({ field: 'status', from: 'resolved', to: 'active' });
    detail = 'Reactivated: one of its alerts is active again';
  }
  return { fields, changes, detail };
}
