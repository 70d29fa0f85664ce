import { defineMessages } from '../i18n/messages.js';

/** The entity page's strings (English source), with the Overview's field names no other element shows (the rest are `field.*` in common). */
export const entityPageMessages = {
  noEntity: 'No entity selected.',
  unsupportedTitle: "Entity pages aren't available",
  unsupportedBody: "The connected incident service doesn't provide entity details, timelines or insights.",
  loading: 'Loading entity…',
  notFound: 'Entity not found',
  notFoundHint: 'It may have been removed, or the link that led here is out of date.',
  actionView: 'view entities',
  loadingEntity: 'the entity',
  overview: 'Overview',
  insights: 'Insights',
  timeline: 'Timeline',
  noTimelines: "The connected incident service doesn't provide entity timelines.",
  loadingInsights: 'Loading insights…',
  actionViewInsights: 'view entity insights',
  loadingInsightsWhat: 'insights',
  lastSeen: 'Last seen',
  relatedIncidents: 'Related incidents',
  noRelatedIncidents: 'No incidents name this entity.',
  mostFrequentActivities: 'Most frequent activities',
  noActivity: 'No recent activity.',
  incidentId: 'ID {id}',

  'field.accountName': 'Account name',
  'field.domain': 'Domain',
  'field.entraObjectId': 'Microsoft Entra object ID',
  'field.ipAddress': 'IP address',
  'field.filePath': 'File path',
  'field.imageFileName': 'Image file name',
  'field.instanceName': 'Instance name',
  'field.registryHive': 'Registry hive',
  'field.registryKey': 'Registry key',

  countryWithCode: '{name} ({code})',
  sizeScaled: '{size} {unit} ({bytes})',
} as const;

export const entityPageCatalog = defineMessages('entity-page', entityPageMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
