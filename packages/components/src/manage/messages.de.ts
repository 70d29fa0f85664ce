import type { Translation } from '../i18n/messages.js';
import type { manageMessages } from './messages.js';

const de: Translation<typeof manageMessages> = {
  titleManage: 'Vorfall verwalten',
  titleManageMany: 'Vorfälle verwalten',
  titleResolve: 'Vorfall auflösen',
  titleResolveMany: 'Vorfälle auflösen',
  selected: { one: '{count} Vorfall ausgewählt', other: '{count} Vorfälle ausgewählt' },
  incidentId: 'Vorfall-ID {id}',
  properties: 'Vorfalleigenschaften',
  readOnly: 'Sie haben schreibgeschützten Zugriff. Sie können diese Werte sehen, aber nicht ändern.',
  resolve: 'Auflösen',
  noService: 'Es ist kein Vorfalldienst verbunden.',

  'field.displayName': 'Vorfallname',
  'field.customTags': 'Tags',
  'field.assignedTo': 'Zugewiesen an',
  lockedName: 'Dieses Back-End lässt keine Änderung des Namens zu.',
  lockedSeverity: 'Dieses Back-End lässt keine Änderung des Schweregrads zu.',

  chosenTags: 'Ausgewählte Tags',
  removeTag: 'Tag {tag} entfernen',
  removeTagTitle: 'Tag entfernen',
  addTags: 'Tags hinzufügen',
  createTag: 'Neues Tag erstellen: „{tag}“',
  bulkTagsHint:
    'Zeigt die Tags, die alle ausgewählten Vorfälle haben. Hinzugefügte Tags erhält jeder Vorfall; entfernte werden bei jedem entfernt.',
  noTags: 'Keine Tags',
  listSeparator: ', ',

  keepOwners: 'Aktuelle Besitzer beibehalten',
  keepCurrent: 'Aktuellen Wert beibehalten',
  assignToMe: 'Mir zuweisen',
  assigneesFailed: 'Die Personen für die Zuweisung konnten nicht geladen werden. {message}',
  actionListAssignees: 'zuweisbare Personen auflisten',

  determinationHint: 'Um welche Art von Bedrohung es sich handelte.',
  determinationDisabled: 'Verfügbar, wenn die Klassifizierung „Richtig positiv“ ist.',

  comment: 'Kommentar',
  resolvingComment: 'Auflösungskommentar',
  commentPlaceholder: 'Kommentar hinzufügen',
  resolvingPlaceholder: 'Erläutern Sie die Auflösung und die Klassifizierung',
  counter: '{count}/{max}',
  counterUnit: 'Zeichen',

  nameRequired: 'Geben Sie einen Namen für den Vorfall ein.',
  classifyToResolve: 'Wählen Sie eine Klassifizierung aus, um diesen Vorfall aufzulösen.',
  classifyToResolveMany: 'Wählen Sie eine Klassifizierung aus, um diese Vorfälle aufzulösen.',

  conflictTitle: 'Dieser Vorfall wurde während Ihrer Bearbeitung geändert',
  conflictBy: '{who} hat eine neuere Version gespeichert. Vergleichen Sie sie mit Ihren Änderungen.',
  conflictBySomeone: 'Eine andere Person hat eine neuere Version gespeichert. Vergleichen Sie sie mit Ihren Änderungen.',
  columnField: 'Feld',
  columnNewer: 'Neuere Version',
  columnMine: 'Ihre Änderung',
  noChange: 'Keine Änderung',
  applyAgain: 'Meine Änderungen erneut anwenden',
  discard: 'Meine Änderungen verwerfen',

  actionChange: 'Vorfälle ändern',
  actionComment: 'Vorfälle kommentieren',
  commentNotAdded: 'Der Kommentar wurde nicht hinzugefügt. {message}',
  updatedSome: { one: '{saved} von {count} Vorfall aktualisiert', other: '{saved} von {count} Vorfällen aktualisiert' },
  updatedNone: 'Es wurden keine Vorfälle aktualisiert',
  notUpdated: { one: 'Dieser Vorfall wurde nicht aktualisiert:', other: 'Diese {count} Vorfälle wurden nicht aktualisiert:' },
  failure: '{name} (ID {id}): {message}',
  retryFailed: {
    one: 'Speichern Sie erneut, um die Aktualisierung dieses Vorfalls zu wiederholen.',
    other: 'Speichern Sie erneut, um die Aktualisierung dieser Vorfälle zu wiederholen.',
  },
  savedWithoutComment: 'Ihre Änderungen wurden gespeichert, aber der Kommentar wurde nicht hinzugefügt',
  changesKept: 'Ihre Änderungen bleiben erhalten: Wählen Sie „Speichern“, um es erneut zu versuchen.',
  someNotUpdated: 'Einige Vorfälle wurden nicht aktualisiert. Die Liste oben nennt die Gründe.',
};
export default de;
