import type { Translation } from '../i18n/messages.js';
import type { AttackStoryMessages } from './messages.js';

const de: Translation<AttackStoryMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um seine Angriffsgeschichte zu sehen.',
  storyHeading: 'Warnungsgeschichte',
  graphHeading: 'Vorfalldiagramm',
  alertCount: { one: '{count} Warnung', other: '{count} Warnungen' },
  loading: 'Warnungen werden geladen…',
  actionView: 'die Warnungen dieses Vorfalls anzeigen',
  loadingWhat: 'Warnungen',
  noAlerts: 'Keine Warnungen',
  graphMatches: {
    one: '{count} Warnung entspricht der Auswahl im Diagramm.',
    other: '{count} Warnungen entsprechen der Auswahl im Diagramm.',
  },
  listLabel: 'Warnungen, älteste zuerst',
  selectedInGraph: 'Im Diagramm ausgewählt',
  showDetails: 'Details anzeigen',
  hideDetails: 'Details ausblenden',
  detailsPrefix: 'Details:',
  entitiesLabel: 'Entitäten',
  entityTypePrefix: '{type}:',
  moreEntities: '+{count} weitere',
  playbooksLabel: 'Playbooks für diese Warnung',
};
export default de;
