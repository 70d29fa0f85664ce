import type { Translation } from '../i18n/messages.js';
import type { InvestigationsMessages } from './messages.js';

const de: Translation<InvestigationsMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um seine Untersuchungen zu sehen.',
  unsupported: 'Automatisierte Untersuchungen sind über diesen Dienst nicht verfügbar.',
  loading: 'Untersuchungen werden geladen…',
  actionView: 'Untersuchungen anzeigen',
  loadingWhat: 'Untersuchungen',
  loadingLatest: 'aktuellen Untersuchungsstatus',
  bannerTitle: '{title}.',
  noInvestigations: 'Keine automatisierten Untersuchungen',
  noInvestigationsHint:
    'Automatisierte Untersuchungen beginnen bei Warnungen von Defender for Endpoint und Defender for Office 365.',

  caption: 'Automatisierte Untersuchungen',
  'column.id': 'ID',
  'column.triggeringAlert': 'Auslösende Warnung',
  'column.state': 'Status',
  'column.started': 'Gestartet',
  'column.ended': 'Beendet',
  'column.entities': 'Untersuchte Entitäten',
  pendingCount: '{count} ausstehend',

  detailsTitle: 'Untersuchung {id}',
  closeDetails: 'Untersuchungsdetails schließen',
  state: 'Status',
  triggeringAlert: 'Auslösende Warnung',
  started: 'Gestartet',
  ended: 'Beendet',
  notYet: 'Noch nicht',
  pendingActions: 'Ausstehende Aktionen',
  entitiesHeading: 'Untersuchte Entitäten ({count})',
  noEntities: 'Keine Entitäten.',
  remediation: 'Wartung: {status}',

  stateChanged: 'Untersuchung {id}: {state}',
};
export default de;
