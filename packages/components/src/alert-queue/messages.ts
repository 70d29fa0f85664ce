import { defineMessages } from '../i18n/messages.js';

/**
 * The strings of the alert queue and its summary pane (English source). Words it shares with the
 * incident queue (filters, chips, time ranges) come from the queue's catalog.
 */
export const alertQueueMessages = {
  title: 'Alerts',
  alertCount: { one: '{count} alert', other: '{count} alerts' },
  selectedOfTotal: { one: '{selected} selected · {count} alert', other: '{selected} selected · {count} alerts' },
  selectedOnly: '{count} selected',
  search: 'Search for name, ID or asset',
  loadingAlerts: 'Loading alerts',
  loadingRow: 'Loading',
  actionView: 'view alerts',
  loadingWhat: 'alerts',
  loadingMore: 'more alerts',
  noMatches: 'No alerts match your filters',
  noAlerts: 'There are no alerts',
  selectAll: 'Select all alerts in view',
  selectAlert: 'Select alert {name}',
  moreItems: '+{count}',
  valueSeparator: ', ',
  unsupportedTitle: 'The alert queue is not available',
  unsupportedMessage: "This incident service doesn't list alerts across incidents. Open an incident to see its alerts.",

  manageAlert: 'Manage alert',
  manageAlerts: 'Manage alerts',
  linkAlert: 'Link alert to another incident',
  linkAlerts: 'Link alerts to another incident',
  notAllowed: "Your role can view alerts but can't change them",

  'column.name': 'Alert name',
  'column.tags': 'Tags',
  'column.severity': 'Severity',
  'column.investigationState': 'Investigation state',
  'column.status': 'Status',
  'column.category': 'Category',
  'column.detectionSource': 'Detection source',
  'column.impactedAssets': 'Impacted assets',
  'column.firstActivity': 'First activity',
  'column.lastActivity': 'Last activity',
  'column.assignedTo': 'Assigned to',
  'column.incident': 'Incident',

  summaryLabel: 'Alert summary',
  closeSummary: 'Close alert summary',
  whatHappened: 'What happened',
  detailsHeading: 'Alert details',
  incidentHeading: 'Incident',
  incidentLink: 'Incident {id}',
  openIncidentOnAlert: 'Open alert in incident page',
  alertId: 'Alert ID {id}',
  playbooksLabel: 'Playbooks for this alert',
} as const;

export const alertQueueCatalog = defineMessages('alert-queue', alertQueueMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
