import type { Translation } from '../i18n/messages.js';
import type { AssetsMessages } from './messages.js';

const de: Translation<AssetsMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um seine Ressourcen zu sehen.',
  loading: 'Ressourcen werden geladen…',
  actionView: 'die Ressourcen dieses Vorfalls anzeigen',
  loadingWhat: 'Ressourcen',
  noAssets: 'Keine Ressourcen',
  groupsLabel: 'Ressourcengruppen',

  'groupEmpty.devices': 'Dieser Vorfall enthält keine Geräte.',
  'groupEmpty.users': 'Dieser Vorfall enthält keine Benutzer.',
  'groupEmpty.mailboxes': 'Dieser Vorfall enthält keine Postfächer.',
  'groupEmpty.apps': 'Dieser Vorfall enthält keine Apps.',
  'groupEmpty.ips': 'Dieser Vorfall enthält keine IP-Adressen.',
  'groupEmpty.cloudResources': 'Dieser Vorfall enthält keine Cloudressourcen.',
  'groupEmpty.other': 'Dieser Vorfall enthält keine sonstigen Beweise.',

  'column.name': 'Name',
  'column.health': 'Integrität',
};
export default de;
