import { defineMessages } from '../i18n/messages.js';

/** The Evidence and Response tab's strings (English source); the dialog's are in `remediation/messages.ts`. */
export const evidenceResponseMessages = {
  noIncident: 'Select an incident to see its evidence.',
  unavailable: 'Evidence is not available from this service.',
  loading: 'Loading evidence…',
  actionView: 'view the evidence of this incident',
  loadingEvidence: 'evidence',
  loadingStates: 'the latest action states',
  errorLead: '{title}.',
  noEvidence: 'No evidence',
  evidenceTypes: 'Evidence types',
  awaitingApproval: {
    zero: 'No actions awaiting approval',
    one: '{count} action awaiting approval',
    other: '{count} actions awaiting approval',
  },
  entity: 'Entity',
  responseActions: 'Response actions',
  manualActions: 'Manual actions',
  actions: 'Actions',
  actionsFor: 'Actions for {name}',
  running: 'Running',
  liveResponse: 'Initiate live response session',
  allEvidence: 'All evidence',
} as const;

export const evidenceResponseCatalog = defineMessages('evidence-response', evidenceResponseMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
