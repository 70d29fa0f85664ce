import { defineMessages } from '../i18n/messages.js';

/** The "Manage alert" dialog's strings (English source). */
export const manageAlertMessages = {
  title: 'Manage alert',
  titleMany: 'Manage alerts',
  selected: { one: '{count} alert selected', other: '{count} alerts selected' },
  alertId: 'Alert ID {id}',
  properties: 'Alert properties',
  readOnly: 'You have read-only access. You can see these values but not change them.',
  cannotUpdate: 'This backend does not allow changing alerts.',
  noService: 'No incident service is connected.',

  classificationGroup: 'Classification and determination',
  'field.assignedTo': 'Assigned to',
  keepCurrent: 'Keep current',
  keepOwners: 'Keep current owners',
  assignToMe: 'Assign to me',
  assigneesFailed: 'Could not load the people to assign to. {message}',
  actionListAssignees: 'list assignees',
  determinationHint: 'What kind of threat this was.',
  determinationDisabled: 'Available when the classification is True positive.',

  comment: 'Comment',
  commentPlaceholder: 'Add a comment',
  counter: '{count}/{max}',
  counterUnit: 'characters',

  actionChange: 'change alerts',
  updatedSome: { one: 'Updated {saved} of {count} alert', other: 'Updated {saved} of {count} alerts' },
  updatedNone: 'No alerts were updated',
  notUpdated: { one: 'This alert was not updated:', other: 'These {count} alerts were not updated:' },
  failure: '{title} (ID {id}): {message}',
  retryFailed: { one: 'Save again to retry it.', other: 'Save again to retry them.' },
  changesKept: 'Your changes are kept: select Save to try again.',
  someNotUpdated: 'Some alerts were not updated. The list above says why.',
} as const;

export type ManageAlertMessages = typeof manageAlertMessages;

export const manageAlertCatalog = defineMessages('manage-alert', manageAlertMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
