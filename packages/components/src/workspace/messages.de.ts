import type { Translation } from '../i18n/messages.js';
import type { workspaceMessages } from './messages.js';

const de: Translation<typeof workspaceMessages> = {
  summaryPane: 'Vorfallzusammenfassung',
  backToQueue: 'Vorfälle',
  entityPage: 'Entitätsseite',
  backToIncident: 'Zurück zum Vorfall',
  backToIncidents: 'Zurück zu den Vorfällen',
};
export default de;
