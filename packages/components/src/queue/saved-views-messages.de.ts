import type { Translation } from '../i18n/messages.js';
import type { savedViewsMessages } from './saved-views-messages.js';

/** German strings of the queue's saved views, in the words of the German Defender XDR portal. */
const de: Translation<typeof savedViewsMessages> = {
  savedViews: 'Gespeicherte Ansichten',
  appliedPrefix: 'Gespeicherte Ansicht:',
  appliedView: 'Gespeicherte Ansicht: {name}',
  appliedViewModified: 'Gespeicherte Ansicht: {name}, geändert',
  modified: 'Geändert',
  viewsMenu: 'Gespeicherte Ansichten',
  noSavedViews: 'Noch keine gespeicherten Ansichten',
  loadingViews: 'Ansichten werden geladen…',
  viewsFailed: 'Ihre Ansichten konnten nicht geladen werden. {reason}',
  saveView: 'Ansicht speichern…',
  manageViews: 'Ansichten verwalten…',
  isDefault: 'Standard',

  saveViewTitle: 'Ansicht speichern',
  saveViewHint:
    'Speichert die aktuell angezeigten Filter, Suche, Sortierung und Spalten. Ein Zeitraum wie „1 Woche“ umfasst immer die Woche vor dem Öffnen der Ansicht.',
  viewName: 'Name',
  makeDefault: 'Als meine Standardansicht festlegen',
  updateView: '„{name}“ aktualisieren',
  saveAsNew: 'Als neue Ansicht speichern',
  saveChoice: 'Speichern als',
  nameRequired: 'Geben Sie einen Namen für die Ansicht ein.',
  nameTooLong: 'Verwenden Sie höchstens {max} Zeichen.',
  nameTaken: 'Sie haben bereits eine Ansicht namens „{name}“. Wählen Sie einen anderen Namen.',
  saveFailed: 'Die Ansicht wurde nicht gespeichert. {reason}',
  viewSaved: 'Ansicht „{name}“ gespeichert',

  manageViewsTitle: 'Ansichten verwalten',
  viewsTable: 'Ihre gespeicherten Ansichten',
  rename: 'Umbenennen',
  renameView: 'Umbenennen: {name}',
  newName: 'Neuer Name für {name}',
  makeViewDefault: 'Als Standard festlegen',
  makeViewDefaultLabel: 'Als Standard festlegen: {name}',
  clearDefault: 'Nicht mehr als Standard',
  clearDefaultLabel: 'Nicht mehr als Standard: {name}',
  deleteView: 'Löschen: {name}',
  confirmDelete: 'Die Ansicht „{name}“ löschen? Dies kann nicht rückgängig gemacht werden.',
  deleteFailed: 'Die Ansicht wurde nicht gelöscht. {reason}',
  viewDeleted: 'Ansicht „{name}“ gelöscht',
  viewRenamed: 'Ansicht in „{name}“ umbenannt',
  defaultSet: '„{name}“ ist jetzt Ihre Standardansicht',
  defaultCleared: '„{name}“ ist nicht mehr Ihre Standardansicht',
  changeFailed: 'Die Ansicht wurde nicht geändert. {reason}',

  copyLink: 'Listenlink kopieren',
  linkCopied: 'Link kopiert',
  copyRefused: 'Der Browser hat das Kopieren in die Zwischenablage nicht erlaubt. Kopieren Sie den Link von hier:',
};

export default de;
