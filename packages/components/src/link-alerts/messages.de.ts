import type { Translation } from '../i18n/messages.js';
import type { LinkAlertsMessages } from './messages.js';

const de: Translation<LinkAlertsMessages> = {
  title: 'Warnung mit einem anderen Vorfall verknüpfen',
  titleMany: 'Warnungen mit einem anderen Vorfall verknüpfen',
  selected: { one: '{count} Warnung ausgewählt', other: '{count} Warnungen ausgewählt' },
  alertId: 'Warnungs-ID {id}',
  readOnly: 'Sie haben schreibgeschützten Zugriff. Sie können keine Warnungen verschieben.',
  cannotLink: 'Dieses Back-End lässt keine Verknüpfung von Warnungen mit anderen Vorfällen zu.',
  noService: 'Es ist kein Vorfalldienst verbunden.',
  form: 'Ziel der Warnungen',

  modeLegend: 'Verknüpfen mit',
  modeExisting: 'Mit einem vorhandenen Vorfall verknüpfen',
  modeNew: 'Neuen Vorfall erstellen',
  incidentId: 'Vorfall-ID',
  incidentIdHint: 'Geben Sie eine Vorfall-ID ein, oder suchen Sie nach Name oder ID und wählen Sie den Vorfall aus.',
  matches: 'Passende Vorfälle',
  searching: 'Suche läuft…',
  noMatches: 'Kein Vorfall entspricht „{query}“.',
  searchFailed: 'Die Vorfälle konnten nicht durchsucht werden. {message}',
  actionSearch: 'Vorfälle durchsuchen',
  incidentOption: '{name} (ID {id})',
  chosen: 'Ausgewählt: {name} (ID {id})',
  currentIncident: 'Aktueller Vorfall',
  incidentName: 'Vorfallname',
  incidentNameHint: 'Ohne Namen erhält der neue Vorfall den Titel der ersten Warnung.',
  comment: 'Kommentar',
  commentPlaceholder: 'Warum werden diese Warnungen verschoben?',
  counter: '{count}/{max}',
  counterUnit: 'Zeichen',

  chooseIncident: 'Geben Sie den Vorfall ein, mit dem verknüpft werden soll, oder wählen Sie ihn aus.',
  link: 'Verknüpfen',
  linking: 'Wird verknüpft…',
  actionLink: 'Warnungen verknüpfen',
  refused: 'Die Warnungen wurden nicht verknüpft',

  linkedTitle: 'Warnungen verknüpft',
  linkedTo: {
    one: '{count} Warnung befindet sich jetzt in {name} (ID {id}).',
    other: '{count} Warnungen befinden sich jetzt in {name} (ID {id}).',
  },
  openIncident: 'Vorfall öffnen',
};
export default de;
