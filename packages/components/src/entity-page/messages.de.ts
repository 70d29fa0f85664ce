import type { Translation } from '../i18n/messages.js';
import type { entityPageMessages } from './messages.js';

const de: Translation<typeof entityPageMessages> = {
  noEntity: 'Keine Entität ausgewählt.',
  unsupportedTitle: 'Entitätsseiten sind nicht verfügbar',
  unsupportedBody: 'Der verbundene Vorfalldienst stellt keine Entitätsdetails, Zeitachsen oder Erkenntnisse bereit.',
  loading: 'Entität wird geladen…',
  notFound: 'Entität nicht gefunden',
  notFoundHint: 'Sie wurde möglicherweise entfernt, oder der Link, der hierher geführt hat, ist veraltet.',
  actionView: 'Entitäten anzeigen',
  loadingEntity: 'Entität',
  overview: 'Übersicht',
  insights: 'Erkenntnisse',
  timeline: 'Zeitachse',
  noTimelines: 'Der verbundene Vorfalldienst stellt keine Entitätszeitachsen bereit.',
  loadingInsights: 'Erkenntnisse werden geladen…',
  actionViewInsights: 'Entitätserkenntnisse anzeigen',
  loadingInsightsWhat: 'Erkenntnisse',
  lastSeen: 'Zuletzt gesehen',
  relatedIncidents: 'Verknüpfte Vorfälle',
  noRelatedIncidents: 'Kein Vorfall nennt diese Entität.',
  mostFrequentActivities: 'Häufigste Aktivitäten',
  noActivity: 'Keine aktuellen Aktivitäten.',
  incidentId: 'ID {id}',

  'field.accountName': 'Kontoname',
  'field.domain': 'Domäne',
  'field.entraObjectId': 'Microsoft Entra-Objekt-ID',
  'field.ipAddress': 'IP-Adresse',
  'field.filePath': 'Dateipfad',
  'field.imageFileName': 'Name der Imagedatei',
  'field.instanceName': 'Instanzname',
  'field.registryHive': 'Registrierungsstruktur',
  'field.registryKey': 'Registrierungsschlüssel',

  countryWithCode: '{name} ({code})',
  sizeScaled: '{size} {unit} ({bytes})',
};
export default de;
