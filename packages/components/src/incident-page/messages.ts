import { defineMessages } from '../i18n/messages.js';

/** The incident page's strings (English source): header, actions, tabs and states. */
export const incidentPageMessages = {
  noIncident: 'No incident selected.',
  loading: 'Loading incident…',
  notFound: 'Incident not found',
  actionView: 'view this incident',
  loadingWhat: 'the incident',
  actionReopen: 'reopen incidents',
  reopenConflict: 'Someone else changed this incident; the newer version is shown. Reopen it again if it still applies.',
  reopenFailed: 'The incident was not reopened. {message}',

  manage: 'Manage incident',
  resolve: 'Resolve incident',
  reopen: 'Reopen incident',
  reopening: 'Reopening…',
  runPlaybook: 'Run playbook',

  idLabel: 'Incident ID',
  severity: 'Severity',
  status: 'Status',
  assignedTo: 'Assigned to',
  classification: 'Classification',
  description: 'Description',
  resolvingComment: 'Resolving comment',
  readOnly: 'Your role can view this incident but not resolve, reopen or run playbooks on it.',
  tags: 'Tags',
  systemTag: 'System tag',

  tabList: 'Incident',
  'tab.attackStory': 'Attack story',
  'tab.alerts': 'Alerts',
  'tab.assets': 'Assets',
  'tab.investigations': 'Investigations',
  'tab.evidenceAndResponse': 'Evidence and Response',
  'tab.similarIncidents': 'Similar incidents',
  'tab.activity': 'Activity',
  'tab.tasks': 'Tasks',
  /** Tooltips of the arrows beside a tab row too long for the page (pointer only: keys move through the tabs). */
  scrollTabsBack: 'Previous tabs',
  scrollTabsForward: 'More tabs',

  playbooksPanel: 'Playbooks',
  closePlaybooks: 'Close playbooks',
  liveResponse: 'Live response',
  closeLiveResponse: 'Close live response',

  redirected: 'Incident {from} was merged into incident {to}',
  redirectFailed: "Couldn't open the merged incident",
  redirectChain: 'Incident {id} was merged into another incident more than {max} times in a row.',
} as const;

export type IncidentPageMessages = typeof incidentPageMessages;

export const incidentPageCatalog = defineMessages('incident-page', incidentPageMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
