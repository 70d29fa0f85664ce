import type { Translation } from '../i18n/messages.js';
import type { evidenceResponseMessages } from './messages.js';

const de: Translation<typeof evidenceResponseMessages> = {
  noIncident: 'Wählen Sie einen Vorfall aus, um seine Beweise zu sehen.',
  unavailable: 'Beweise sind über diesen Dienst nicht verfügbar.',
  loading: 'Beweise werden geladen…',
  actionView: 'die Beweise dieses Vorfalls anzeigen',
  loadingEvidence: 'Beweise',
  loadingStates: 'Aktionsstatus',
  errorLead: '{title}.',
  noEvidence: 'Keine Beweise',
  evidenceTypes: 'Beweistypen',
  awaitingApproval: {
    zero: 'Keine Aktionen mit ausstehender Genehmigung',
    one: '{count} Aktion mit ausstehender Genehmigung',
    other: '{count} Aktionen mit ausstehender Genehmigung',
  },
  entity: 'Entität',
  responseActions: 'Reaktionsaktionen',
  manualActions: 'Manuelle Aktionen',
  actions: 'Aktionen',
  actionsFor: 'Aktionen für {name}',
  running: 'Wird ausgeführt',
  liveResponse: 'Live-Reaktion-Sitzung starten',
  allEvidence: 'Alle Beweise',
};
export default de;
