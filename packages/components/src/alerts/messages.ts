import { defineMessages } from '../i18n/messages.js';

/** The Alerts tab's strings (English source). */
export const alertsMessages = {
  empty: 'Select an incident to see its alerts.',
  loading: 'Loading alerts…',
  actionView: 'view alerts',
  loadingWhat: 'alerts',
  noAlerts: 'No alerts',
  listLabel: 'Alerts',

  'column.name': 'Alert name',
  'column.entities': 'Entities',
  moreEntities: '+{count}',

  closeDetails: 'Close alert details',
  detailsHeading: 'Alert details',
  generatedOn: 'Generated on',
  playbooksLabel: 'Playbooks on this alert',

  actionsLabel: 'Actions on the selected alerts',
  manageAlert: 'Manage alert',
  linkAlerts: 'Link alert to another incident',
  selectHint: 'Select alerts to act on them',
  selectedCount: { one: '{count} alert selected', other: '{count} alerts selected' },
} as const;

export type AlertsMessages = typeof alertsMessages;

export const alertsCatalog = defineMessages('alerts', alertsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
