import { defineMessages } from '../i18n/messages.js';

/** The workspace's own strings (English source); the queue, pane and pages bring theirs. */
export const workspaceMessages = {
  summaryPane: 'Incident summary',
  backToQueue: 'Incidents',
  entityPage: 'Entity page',
  backToIncident: 'Back to incident',
  backToIncidents: 'Back to incidents',
} as const;

export const workspaceCatalog = defineMessages('workspace', workspaceMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
