import { defineMessages } from '../i18n/messages.js';

/** The Assets tab's strings (English source); group names, field labels and values are in the common catalog. */
export const assetsMessages = {
  empty: 'Select an incident to see its assets.',
  loading: 'Loading assets…',
  actionView: 'view the assets of this incident',
  loadingWhat: 'assets',
  noAssets: 'No assets',
  groupsLabel: 'Asset groups',

  'groupEmpty.devices': 'No devices in this incident.',
  'groupEmpty.users': 'No users in this incident.',
  'groupEmpty.mailboxes': 'No mailboxes in this incident.',
  'groupEmpty.apps': 'No apps in this incident.',
  'groupEmpty.ips': 'No IP addresses in this incident.',
  'groupEmpty.cloudResources': 'No cloud resources in this incident.',
  'groupEmpty.other': 'No other evidence in this incident.',

  'column.name': 'Name',
  'column.health': 'Health',
} as const;

export type AssetsMessages = typeof assetsMessages;

export const assetsCatalog = defineMessages('assets', assetsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
