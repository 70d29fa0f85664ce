import { defineMessages } from '../i18n/messages.js';

/** The Investigations tab's strings (English source); the remediation helpers it uses have their own. */
export const investigationsMessages = {
  empty: 'Select an incident to see its investigations.',
  unsupported: 'Automated investigations are not available from this service.',
  loading: 'Loading investigations…',
  actionView: 'view investigations',
  loadingWhat: 'investigations',
  loadingLatest: 'the latest investigation states',
  /** The heading of a failed reload, before its explanation. */
  bannerTitle: '{title}.',
  noInvestigations: 'No automated investigations',
  noInvestigationsHint: 'Automated investigations start on alerts from Defender for Endpoint and Defender for Office 365.',

  caption: 'Automated investigations',
  'column.id': 'ID',
  'column.triggeringAlert': 'Triggering alert',
  'column.state': 'State',
  'column.started': 'Started',
  'column.ended': 'Ended',
  'column.entities': 'Entities investigated',
  pendingCount: '{count} pending',

  detailsTitle: 'Investigation {id}',
  closeDetails: 'Close investigation details',
  state: 'State',
  triggeringAlert: 'Triggering alert',
  started: 'Started',
  ended: 'Ended',
  notYet: 'Not yet',
  pendingActions: 'Pending actions',
  entitiesHeading: 'Entities investigated ({count})',
  noEntities: 'No entities.',
  remediation: 'Remediation: {status}',

  /** Announced when polling finds an investigation in another state. */
  stateChanged: 'Investigation {id}: {state}',
} as const;

export type InvestigationsMessages = typeof investigationsMessages;

export const investigationsCatalog = defineMessages('investigations', investigationsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
