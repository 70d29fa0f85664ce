import { defineMessages } from '../i18n/messages.js';

/** The "Manage incident" dialog's strings (English source). */
export const manageMessages = {
  titleManage: 'Manage incident',
  titleManageMany: 'Manage incidents',
  titleResolve: 'Resolve incident',
  titleResolveMany: 'Resolve incidents',
  selected: { one: '{count} incident selected', other: '{count} incidents selected' },
  incidentId: 'Incident ID {id}',
  properties: 'Incident properties',
  readOnly: 'You have read-only access. You can see these values but not change them.',
  resolve: 'Resolve',
  noService: 'No incident service is connected.',

  'field.displayName': 'Incident name',
  'field.customTags': 'Tags',
  'field.assignedTo': 'Assigned to',
  lockedName: 'This backend does not allow changing the name.',
  lockedSeverity: 'This backend does not allow changing the severity.',

  chosenTags: 'Chosen tags',
  removeTag: 'Remove tag {tag}',
  removeTagTitle: 'Remove tag',
  addTags: 'Add tags',
  createTag: 'Create new tag: “{tag}”',
  bulkTagsHint: 'Shows the tags every selected incident has. Added tags go to each incident; removed ones leave each.',
  noTags: 'No tags',
  listSeparator: ', ',

  keepOwners: 'Keep current owners',
  keepCurrent: 'Keep current',
  assignToMe: 'Assign to me',
  assigneesFailed: 'Could not load the people to assign to. {message}',
  actionListAssignees: 'list assignees',

  determinationHint: 'What kind of threat this was.',
  determinationDisabled: 'Available when the classification is True positive.',

  comment: 'Comment',
  resolvingComment: 'Resolving comment',
  commentPlaceholder: 'Add a comment',
  resolvingPlaceholder: 'Explain the resolution and the classification',
  counter: '{count}/{max}',
  counterUnit: 'characters',

  nameRequired: 'Enter a name for the incident.',
  classifyToResolve: 'Choose a classification to resolve this incident.',
  classifyToResolveMany: 'Choose a classification to resolve these incidents.',

  conflictTitle: 'This incident was changed while you were editing',
  conflictBy: '{who} saved a newer version. Compare it with your changes.',
  conflictBySomeone: 'Someone else saved a newer version. Compare it with your changes.',
  columnField: 'Field',
  columnNewer: 'Newer version',
  columnMine: 'Your change',
  noChange: 'No change',
  applyAgain: 'Apply my changes again',
  discard: 'Discard my changes',

  actionChange: 'change incidents',
  actionComment: 'comment on incidents',
  commentNotAdded: 'The comment was not added. {message}',
  updatedSome: { one: 'Updated {saved} of {count} incident', other: 'Updated {saved} of {count} incidents' },
  updatedNone: 'No incidents were updated',
  notUpdated: { one: 'This incident was not updated:', other: 'These {count} incidents were not updated:' },
  failure: '{name} (ID {id}): {message}',
  retryFailed: { one: 'Save again to retry it.', other: 'Save again to retry them.' },
  savedWithoutComment: 'Your changes were saved, but the comment was not added',
  changesKept: 'Your changes are kept: select Save to try again.',
  someNotUpdated: 'Some incidents were not updated. The list above says why.',
} as const;

export const manageCatalog = defineMessages('manage', manageMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
