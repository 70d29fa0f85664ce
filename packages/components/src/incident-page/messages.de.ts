import type { Translation } from '../i18n/messages.js';
import type { IncidentPageMessages } from './messages.js';

const de: Translation<IncidentPageMessages> = {
  noIncident: 'Kein Vorfall ausgewählt.',
  loading: 'Vorfall wird geladen…',
  notFound: 'Vorfall nicht gefunden',
  actionView: 'diesen Vorfall anzeigen',
  loadingWhat: 'Vorfall',
  actionReopen: 'Vorfälle erneut öffnen',
  reopenConflict:
    'Eine andere Person hat diesen Vorfall geändert; die neuere Version wird angezeigt. Öffnen Sie ihn erneut, wenn das weiterhin zutrifft.',
  reopenFailed: 'Der Vorfall wurde nicht erneut geöffnet. {message}',

  manage: 'Vorfall verwalten',
  resolve: 'Vorfall auflösen',
  reopen: 'Vorfall erneut öffnen',
  reopening: 'Wird erneut geöffnet…',
  runPlaybook: 'Playbook ausführen',

  idLabel: 'Vorfall-ID',
  severity: 'Schweregrad',
  status: 'Status',
  assignedTo: 'Zugewiesen an',
  classification: 'Klassifizierung',
  description: 'Beschreibung',
  resolvingComment: 'Kommentar zur Auflösung',
  readOnly: 'Ihre Rolle kann diesen Vorfall anzeigen, aber nicht auflösen, erneut öffnen oder Playbooks darauf ausführen.',
  tags: 'Tags',
  systemTag: 'Systemtag',

  tabList: 'Vorfall',
  'tab.attackStory': 'Angriffsgeschichte',
  'tab.alerts': 'Warnungen',
  'tab.assets': 'Ressourcen',
  'tab.investigations': 'Untersuchungen',
  'tab.evidenceAndResponse': 'Beweise und Reaktion',
  'tab.similarIncidents': 'Ähnliche Vorfälle',
  'tab.activity': 'Aktivität',
  'tab.tasks': 'Aufgaben',
  scrollTabsBack: 'Vorherige Registerkarten',
  scrollTabsForward: 'Weitere Registerkarten',

  playbooksPanel: 'Playbooks',
  closePlaybooks: 'Playbooks schließen',
  liveResponse: 'Live-Reaktion',
  closeLiveResponse: 'Live-Reaktion schließen',

  redirected: 'Vorfall {from} wurde in Vorfall {to} zusammengeführt',
  redirectFailed: 'Der zusammengeführte Vorfall konnte nicht geöffnet werden',
  redirectChain: 'Vorfall {id} wurde mehr als {max}-mal hintereinander in einen anderen Vorfall zusammengeführt.',
};
export default de;
