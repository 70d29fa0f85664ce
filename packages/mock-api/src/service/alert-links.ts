import type { LinkAlertsRequest } from '@soc-kit/components/api';
import type { IncidentRecord } from './incident-record.js';
import { MAX_MERGED_NAME_LENGTH } from './merge.js';
import { invalid, LIMITS, rejectUnknownFields, requireComment, requireObject, requireText } from './validation.js';

/**
 * At most this many alerts in one link: as many as an incident may have (`LIMITS.alertsPerIncident`),
 * which keeps a move something a person can review, in the spirit of the merge's limits.
 */
export const MAX_LINKED_ALERTS = LIMITS.alertsPerIncident;

/** A link request whose shape holds: ids as sent, the new name trimmed, the comment as written. */
export interface CheckedLink {
  alertIds: string[];
  targetIncidentId: string | null;
  displayName: string | null;
  comment: string | null;
}

/** Checks the shape of a link request, independently of the alerts and incidents it names. */
export function checkLinkRequest(request: LinkAlertsRequest): CheckedLink {
  const input = requireObject('request', request);
  rejectUnknownFields('the link request', input, ['alertIds', 'targetIncidentId', 'displayName', 'comment']);
  const alertIds = input['alertIds'];
  if (!Array.isArray(alertIds) || alertIds.some((id) => typeof id !== 'string' || id === '')) {
    invalid('alertIds', 'alertIds must be a list of alert ids.');
  }
  const ids = alertIds as string[];
  if (ids.length === 0) invalid('alertIds', 'alertIds must name at least one alert to move.');
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) invalid('alertIds', `alertIds names alert ${repeated} more than once.`);
  if (ids.length > MAX_LINKED_ALERTS) invalid('alertIds', `At most ${MAX_LINKED_ALERTS} alerts can be moved at once (got ${ids.length}).`);
  const target = input['targetIncidentId'];
  if (target !== undefined && (typeof target !== 'string' || target === '')) {
    invalid('targetIncidentId', 'targetIncidentId must be a non-empty incident id, or absent for a new incident.');
  }
  const name = input['displayName'];
  if (name !== undefined && target !== undefined) {
    invalid('displayName', 'displayName names a new incident; leave it out when moving alerts to an existing one.');
  }
  const displayName = name === undefined ? null : requireText('displayName', name, 1, MAX_MERGED_NAME_LENGTH);
  const comment = input['comment'] === undefined ? null : requireComment(input['comment']);
  return { alertIds: [...ids], targetIncidentId: (target as string | undefined) ?? null, displayName, comment };
}

/**
 * The rules on the incidents of a link, checked before anything changes: no alert of a redirected
 * incident; a target neither resolved nor redirected, and not already holding every alert; owners
 * the same or unset on the target and every incident an alert leaves (as a merge requires); the
 * target within `LIMITS.alertsPerIncident` afterwards. Throws a validation error naming the field
 * and the reason; returns the owner the incidents agree on (`null` when none is set).
 */
export function checkLinkable(target: IncidentRecord | null, sources: readonly IncidentRecord[], moving: number, targetAlertCount: number): string | null {
  for (const source of sources) {
    if (source.status === 'redirected') {
      invalid('alertIds', `Incident ${source.id} was merged into incident ${source.redirectIncidentId ?? 'another'}; its alerts cannot be moved from it.`);
    }
  }
  if (target) {
    if (target.status === 'redirected') {
      invalid('targetIncidentId', `Incident ${target.id} was merged into incident ${target.redirectIncidentId ?? 'another'}; move the alerts there instead.`);
    }
    if (target.status === 'resolved') invalid('targetIncidentId', `Incident ${target.id} is resolved; reopen it before moving alerts to it.`);
    if (moving === 0) invalid('alertIds', `The alerts are already in incident ${target.id}.`);
  }
  const owned = [...(target ? [target] : []), ...sources].filter((record) => record.assignedTo !== null);
  const other = owned.find((record) => record.assignedTo !== owned[0]!.assignedTo);
  if (other) {
    const field = target && owned[0] === target ? 'targetIncidentId' : 'alertIds';
    const owners = `${owned[0]!.assignedTo}, ${other.assignedTo}`;
    invalid(field, `Incidents ${owned[0]!.id} and ${other.id} have different owners (${owners}); clear or align one before moving alerts between them.`);
  }
  if (target && targetAlertCount + moving > LIMITS.alertsPerIncident) {
    invalid('alertIds', `Incident ${target.id} would have ${targetAlertCount + moving} alerts; an incident can have at most ${LIMITS.alertsPerIncident}.`);
  }
  return owned[0]?.assignedTo ?? null;
}
