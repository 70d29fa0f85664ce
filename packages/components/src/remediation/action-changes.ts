import type { RemediationAction } from '../api/model.js';
import { ENTITY_TYPE_LABELS, REMEDIATION_ACTION_STATUS_LABELS, REMEDIATION_ACTION_TYPE_LABELS } from '../internal/labels.js';

/**
 * The actions of `next` whose status differs from the same action in `previous`. Actions that
 * `previous` did not hold are new to the viewer, not changes, and are left out.
 */
export function changedActions(previous: readonly RemediationAction[], next: readonly RemediationAction[]): RemediationAction[] {
  const before = new Map(previous.map((action) => [action.id, action.status]));
  return next.filter((action) => before.has(action.id) && before.get(action.id) !== action.status);
}

/** "Isolate device on CONTOSO-1: Completed", for announcements and dialog summaries. */
export function describeAction(action: RemediationAction, { withStatus = false } = {}): string {
  const type = REMEDIATION_ACTION_TYPE_LABELS[action.type] ?? action.type;
  const target = action.entityName || `${ENTITY_TYPE_LABELS[action.entityType] ?? action.entityType} ${action.entityId}`;
  const status = REMEDIATION_ACTION_STATUS_LABELS[action.status] ?? action.status;
  return withStatus ? `${type} on ${target}: ${status}` : `${type} on ${target}`;
}
