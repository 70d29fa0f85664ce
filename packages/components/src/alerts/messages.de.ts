import type { Translation } from '../i18n/messages.js';
import type { AlertsMessages } from './messages.js';

const de: Translation<AlertsMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um seine Warnungen zu sehen.',
  loading: 'Warnungen werden geladen…',
  actionView: 'Warnungen anzeigen',
  loadingWhat: 'Warnungen',
  noAlerts: 'Keine Warnungen',
  listLabel: 'Warnungen',

  'column.name': 'Warnungsname',
  'column.entities': 'Entitäten',
  moreEntities: '+{count}',

  closeDetails: 'Warnungsdetails schließen',
  detailsHeading: 'Warnungsdetails',
  generatedOn: 'Generiert am',
  playbooksLabel: 'Playbooks für diese Warnung',

  actionsLabel: 'Aktionen für die ausgewählten Warnungen',
  manageAlert: 'Warnung verwalten',
  linkAlerts: 'Warnung mit einem anderen Vorfall verknüpfen',
  selectHint: 'Wählen Sie Warnungen aus, um sie zu bearbeiten',
  selectedCount: { one: '{count} Warnung ausgewählt', other: '{count} Warnungen ausgewählt' },
};
export default de;
