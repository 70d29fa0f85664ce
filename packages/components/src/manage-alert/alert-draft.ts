import type { Alert, AlertPatch } from '../api/model.js';
import { sameValue, withClassificationRule } from '../manage/incident-draft.js';

/** The fields "Manage alert" edits besides the comment, in the order it shows them. */
export const ALERT_DRAFT_FIELDS = ['status', 'classification', 'determination', 'assignedTo'] as const satisfies readonly (keyof AlertPatch &
  keyof Alert)[];
export type AlertDraftField = (typeof ALERT_DRAFT_FIELDS)[number];

/** The editable values of one alert. */
export type AlertDraft = Pick<Alert, AlertDraftField>;

/** The values of a bulk edit: a field is absent while the alerts differ in it and the person has not picked a value. */
export type AlertBulkDraft = Partial<AlertDraft>;

export function alertDraftOf(alert: Alert): AlertDraft {
  return {
    status: alert.status,
    classification: alert.classification,
    determination: alert.determination,
    assignedTo: alert.assignedTo,
  };
}

/** What the alerts have in common: one alert's values, or the fields every alert agrees on. */
export function commonAlertDraft(alerts: readonly Alert[]): AlertBulkDraft {
  const [first, ...rest] = alerts.map(alertDraftOf);
  if (!first) return {};
  const common: Record<string, unknown> = {};
  for (const field of ALERT_DRAFT_FIELDS) {
    if (rest.every((other) => sameValue(other[field], first[field]))) common[field] = first[field];
  }
  return common as AlertBulkDraft;
}

/**
 * The patch that applies `draft` to alerts that had `common` when the dialog opened: the fields the
 * person set to something else, and the comment when there is one. For one alert, `common` is its values.
 */
export function alertPatch(common: AlertBulkDraft, draft: AlertBulkDraft, comment: string): AlertPatch {
  const patch: Record<string, unknown> = {};
  for (const field of ALERT_DRAFT_FIELDS) {
    const value = draft[field];
    if (value !== undefined && !sameValue(value, common[field])) patch[field] = value;
  }
  if (comment.trim()) patch['comment'] = comment;
  return patch as AlertPatch;
}

/** `draft` with `field` set (or back to "keep current" with `undefined`), and the classification rule applied. */
export function withAlertField<F extends AlertDraftField>(draft: AlertBulkDraft, field: F, value: AlertDraft[F] | undefined): AlertBulkDraft {
  const next: AlertBulkDraft = { ...draft };
  if (value === undefined) delete next[field];
  else next[field] = value;
  return field === 'classification' ? withClassificationRule(next) : next;
}
