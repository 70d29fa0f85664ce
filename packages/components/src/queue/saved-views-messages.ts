import { defineMessages } from '../i18n/messages.js';

/** The strings of the queue's saved views and its "Copy list link" (English source). */
export const savedViewsMessages = {
  savedViews: 'Saved views',
  appliedPrefix: 'Saved view:',
  appliedView: 'Saved view: {name}',
  appliedViewModified: 'Saved view: {name}, modified',
  modified: 'Modified',
  viewsMenu: 'Saved views',
  noSavedViews: 'No saved views yet',
  loadingViews: 'Loading views…',
  viewsFailed: 'Your views could not be loaded. {reason}',
  saveView: 'Save view…',
  manageViews: 'Manage views…',
  isDefault: 'Default',

  saveViewTitle: 'Save view',
  saveViewHint: 'Keeps the filters, search, sort and columns shown now. A time range like "1 week" always covers the week before the view is opened.',
  viewName: 'Name',
  makeDefault: 'Make this my default view',
  updateView: 'Update "{name}"',
  saveAsNew: 'Save as a new view',
  saveChoice: 'Save as',
  nameRequired: 'Enter a name for the view.',
  nameTooLong: 'Use at most {max} characters.',
  nameTaken: 'You already have a view named "{name}". Choose another name.',
  saveFailed: 'The view was not saved. {reason}',
  viewSaved: 'View "{name}" saved',

  manageViewsTitle: 'Manage views',
  viewsTable: 'Your saved views',
  rename: 'Rename',
  renameView: 'Rename {name}',
  newName: 'New name for {name}',
  makeViewDefault: 'Make default',
  makeViewDefaultLabel: 'Make default: {name}',
  clearDefault: 'Remove as default',
  clearDefaultLabel: 'Remove as default: {name}',
  deleteView: 'Delete {name}',
  confirmDelete: 'Delete the view "{name}"? This cannot be undone.',
  deleteFailed: 'The view was not deleted. {reason}',
  viewDeleted: 'View "{name}" deleted',
  viewRenamed: 'View renamed to "{name}"',
  defaultSet: '"{name}" is now your default view',
  defaultCleared: '"{name}" is no longer your default view',
  changeFailed: 'The view was not changed. {reason}',

  copyLink: 'Copy list link',
  linkCopied: 'Link copied',
  copyRefused: 'The browser did not allow copying to the clipboard. Copy the link from here:',
} as const;

export const savedViewsCatalog = defineMessages('queue-saved-views', savedViewsMessages, {
  de: () => import('./saved-views-messages.de.js'),
  ja: () => import('./saved-views-messages.ja.js'),
});
