import type { RemediationAction } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { remediationMessages } from './messages.js';

/**
 * The actions of `next` whose status differs from the same action in `previous`. Actions that
 * `previous` did not hold are new to the viewer, not changes, and are left out.
 */
export function changedActions(previous: readonly RemediationAction[], next: readonly RemediationAction[]): RemediationAction[] {
  const before = new Map(previous.map((action) => [action.id, action.status]));
  return next.filter((action) => before.has(action.id) && before.get(action.id) !== action.status);
}

/** "Isolate device on CONTOSO-1: Completed", for announcements and dialog summaries, in the language of `l10n`. */
export function describeAction(
  action: RemediationAction,
  l10n: Localizer<typeof remediationMessages>,
  { withStatus = false } = {},
): string {
  const type = l10n.t(`actionType.${action.type}`);
  const target = action.entityName || l10n.t('unnamedEntity', { type: l10n.t(`entityType.${action.entityType}`), id: action.entityId });
  return withStatus
    ? l10n.t('actionOnWithStatus', { action: type, target, status: l10n.t(`actionStatus.${action.status}`) })
    : l10n.t('actionOn', { action: type, target });
}
