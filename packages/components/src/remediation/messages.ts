import type { RemediationActionType } from '../api/model.js';
import { defineMessages } from '../i18n/messages.js';
import { REMEDIATION_ACTION_EFFECTS } from './remediation-catalog.js';

type EffectMessages = { readonly [K in RemediationActionType as `effect.${K}`]: string };

/** What each action does (`REMEDIATION_ACTION_EFFECTS` is the English source), keyed `effect.<type>`. */
const effects = Object.fromEntries(
  Object.entries(REMEDIATION_ACTION_EFFECTS).map(([type, effect]) => [`effect.${type}`, effect]),
) as EffectMessages;

/**
 * The strings of the remediation helpers shared by the Evidence and Response and the
 * Investigations tabs (English source): the confirmation dialog, Approve/Reject, action lines and
 * the read-only note. Elements using those helpers hold a `LocaleController` of this catalog.
 */
export const remediationMessages = {
  ...effects,
  approveTitle: 'Approve action',
  rejectTitle: 'Reject action',
  approve: 'Approve',
  reject: 'Reject',
  approving: 'Approving…',
  rejecting: 'Rejecting…',
  starting: 'Starting…',
  approveNamed: 'Approve {action}',
  rejectNamed: 'Reject {action}',
  confirmApprove: 'Approve {action} on {entity} ({type})?',
  confirmReject: 'Reject {action} on {entity} ({type})?',
  confirmRun: 'Run {action} on {entity} ({type})?',
  rejectEffect: 'The action will not run.',
  proposedByInvestigation: 'Proposed by automated investigation {investigation} on {date}',
  proposedOn: 'Proposed on {date}',
  comment: 'Comment (optional)',
  actionRun: 'run remediation actions',
  actionDecide: 'approve or reject remediation actions',
  noService: 'No incident service is connected.',
  actionOn: '{action} on {target}',
  actionOnWithStatus: '{action} on {target}: {status}',
  unnamedEntity: '{type} {id}',
  inProgress: '{action} in progress',
  readOnlyNote: 'Your role can view remediation actions but not approve, reject or run them; that needs the responder or admin role.',
} as const;

export const remediationCatalog = defineMessages('remediation', remediationMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
