import type { Translation } from '../i18n/messages.js';
import type { alertQueueMessages } from './messages.js';

/**
 * German strings of the alert queue, in the words of the German Defender XDR portal. The
 * `loading…What` phrases fill `{what}` of the shared failure messages, hence the dative.
 */
const de: Translation<typeof alertQueueMessages> = {
  title: 'Warnungen',
  alertCount: { one: '{count} Warnung', other: '{count} Warnungen' },
  selectedOfTotal: { one: '{selected} ausgewählt · {count} Warnung', other: '{selected} ausgewählt · {count} Warnungen' },
  selectedOnly: '{count} ausgewählt',
  search: 'Nach Name, ID oder Ressource suchen',
  loadingAlerts: 'Warnungen werden geladen',
  loadingRow: 'Wird geladen',
  actionView: 'Warnungen anzeigen',
  loadingWhat: 'Warnungen',
  loadingMore: 'weiteren Warnungen',
  noMatches: 'Keine Warnungen entsprechen Ihren Filtern',
  noAlerts: 'Es sind keine Warnungen vorhanden',
  selectAll: 'Alle angezeigten Warnungen auswählen',
  selectAlert: 'Warnung {name} auswählen',
  moreItems: '+{count}',
  valueSeparator: ', ',
  unsupportedTitle: 'Die Warnungswarteschlange ist nicht verfügbar',
  unsupportedMessage: 'Dieser Vorfalldienst listet keine Warnungen über Vorfälle hinweg auf. Öffnen Sie einen Vorfall, um seine Warnungen zu sehen.',

  manageAlert: 'Warnung verwalten',
  manageAlerts: 'Warnungen verwalten',
  linkAlert: 'Warnung mit einem anderen Vorfall verknüpfen',
  linkAlerts: 'Warnungen mit einem anderen Vorfall verknüpfen',
  notAllowed: 'Mit Ihrer Rolle können Sie Warnungen anzeigen, aber nicht ändern',

  'column.name': 'Warnungsname',
  'column.tags': 'Tags',
  'column.severity': 'Schweregrad',
  'column.investigationState': 'Untersuchungsstatus',
  'column.status': 'Status',
  'column.category': 'Kategorie',
  'column.detectionSource': 'Erkennungsquelle',
  'column.impactedAssets': 'Betroffene Ressourcen',
  'column.firstActivity': 'Erste Aktivität',
  'column.lastActivity': 'Letzte Aktivität',
  'column.assignedTo': 'Zugewiesen an',
  'column.incident': 'Vorfall',

  summaryLabel: 'Warnungszusammenfassung',
  closeSummary: 'Warnungszusammenfassung schließen',
  whatHappened: 'Was ist passiert',
  detailsHeading: 'Warnungsdetails',
  incidentHeading: 'Vorfall',
  incidentLink: 'Vorfall {id}',
  openIncidentOnAlert: 'Warnung auf der Vorfallseite öffnen',
  alertId: 'Warnungs-ID {id}',
  playbooksLabel: 'Playbooks für diese Warnung',
};

export default de;
