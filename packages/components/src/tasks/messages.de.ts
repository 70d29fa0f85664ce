import type { Translation } from '../i18n/messages.js';
import type { tasksMessages } from './messages.js';

const de: Translation<typeof tasksMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um seine Aufgaben zu sehen.',
  unavailable: 'Aufgaben sind nicht verfügbar',
  unavailableHint: 'Der verbundene Vorfalldienst speichert keine Aufgaben.',
  loading: 'Aufgaben werden geladen…',
  actionView: 'die Aufgaben dieses Vorfalls anzeigen',
  loadingWhat: 'Aufgaben',
  actionChange: 'Aufgaben ändern',
  actionAdd: 'Aufgaben hinzufügen',
  noService: 'Es ist kein Vorfalldienst verbunden.',

  heading: 'Aufgaben',
  progress: '{done} von {count} abgeschlossen',
  readOnly: 'Mit Ihrer Rolle können Sie die Aufgaben dieses Vorfalls anzeigen, aber nicht ändern.',
  noTasks: 'Noch keine Aufgaben',
  noTasksHint: 'Fügen Sie die Schritte hinzu, mit denen dieser Vorfall bis zum Abschluss bearbeitet wird.',
  createdBy: 'Erstellt von {user} am {time}',
  completedBy: 'Abgeschlossen von {user} am {time}',
  completedOn: 'Abgeschlossen am {time}',
  completeFailed: '„{title}“ konnte nicht abgeschlossen werden. {reason}.',
  reopenFailed: '„{title}“ konnte nicht erneut geöffnet werden. {reason}.',

  addTask: 'Aufgabe hinzufügen',
  adding: 'Wird hinzugefügt…',
  title: 'Titel',
  description: 'Beschreibung',
  optional: '(optional)',
  titleRequired: 'Geben Sie einen Titel für die Aufgabe ein.',
  addFailed: 'Die Aufgabe wurde nicht hinzugefügt. {reason}.',
};
export default de;
