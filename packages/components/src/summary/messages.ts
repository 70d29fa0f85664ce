import { defineMessages } from '../i18n/messages.js';

/** The summary pane's strings (English source). */
export const summaryMessages = {
  empty: 'Select an incident to see its summary.',
  loading: 'Loading incident…',
  notFound: 'Incident not found',
  actionView: 'view this incident',
  actionViewAlerts: 'view alerts',
  incidentId: 'Incident ID {id}',
  openPage: 'Open incident page',
  manage: 'Manage incident',
  refreshFailed: 'Could not refresh this incident. {message}',
  detailsHeading: 'Incident details',
  status: 'Status',
  severity: 'Severity',
  idLabel: 'Incident ID',
  assignedTo: 'Assigned to',
  classification: 'Classification',
  determination: 'Determination',
  categories: 'Categories',
  firstActivity: 'First activity',
  lastActivity: 'Last activity',
  alertsHeading: 'Alerts',
  activeAlerts: '{active}/{count} active alerts',
  loadingAlerts: 'Loading alerts…',
  alertsFailed: 'Could not load the alerts. {message}',
  noAlerts: 'No alerts.',
  moreAlerts: 'and {count} more',
  assetsHeading: 'Impacted assets',
  noAssets: 'No impacted assets.',
  tacticsHeading: 'MITRE ATT&CK tactics',
  noTactics: 'No tactics identified.',
  tagsHeading: 'Tags',
  noTags: 'No tags.',
  resolvingComment: 'Resolving comment',
  systemTag: 'System tag',
} as const;

export const summaryCatalog = defineMessages('summary', summaryMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
