import type { Translation } from '../i18n/messages.js';
import type { ManageAlertMessages } from './messages.js';

const de: Translation<ManageAlertMessages> = {
  title: 'Warnung verwalten',
  titleMany: 'Warnungen verwalten',
  selected: { one: '{count} Warnung ausgewählt', other: '{count} Warnungen ausgewählt' },
  alertId: 'Warnungs-ID {id}',
  properties: 'Warnungseigenschaften',
  readOnly: 'Sie haben schreibgeschützten Zugriff. Sie können diese Werte sehen, aber nicht ändern.',
  cannotUpdate: 'Dieses Back-End lässt keine Änderung von Warnungen zu.',
  noService: 'Es ist kein Vorfalldienst verbunden.',

  classificationGroup: 'Klassifizierung und Bestimmung',
  'field.assignedTo': 'Zugewiesen an',
  keepCurrent: 'Aktuellen Wert beibehalten',
  keepOwners: 'Aktuelle Besitzer beibehalten',
  assignToMe: 'Mir zuweisen',
  assigneesFailed: 'Die Personen für die Zuweisung konnten nicht geladen werden. {message}',
  actionListAssignees: 'zuweisbare Personen auflisten',
  determinationHint: 'Um welche Art von Bedrohung es sich handelte.',
  determinationDisabled: 'Verfügbar, wenn die Klassifizierung „Richtig positiv“ ist.',

  comment: 'Kommentar',
  commentPlaceholder: 'Kommentar hinzufügen',
  counter: '{count}/{max}',
  counterUnit: 'Zeichen',

  actionChange: 'Warnungen ändern',
  updatedSome: { one: '{saved} von {count} Warnung aktualisiert', other: '{saved} von {count} Warnungen aktualisiert' },
  updatedNone: 'Es wurden keine Warnungen aktualisiert',
  notUpdated: { one: 'Diese Warnung wurde nicht aktualisiert:', other: 'Diese {count} Warnungen wurden nicht aktualisiert:' },
  failure: '{title} (ID {id}): {message}',
  retryFailed: {
    one: 'Speichern Sie erneut, um die Aktualisierung dieser Warnung zu wiederholen.',
    other: 'Speichern Sie erneut, um die Aktualisierung dieser Warnungen zu wiederholen.',
  },
  changesKept: 'Ihre Änderungen bleiben erhalten: Wählen Sie „Speichern“, um es erneut zu versuchen.',
  someNotUpdated: 'Einige Warnungen wurden nicht aktualisiert. Die Liste oben nennt die Gründe.',
};
export default de;
