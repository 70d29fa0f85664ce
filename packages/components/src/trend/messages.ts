import { defineMessages } from '../i18n/messages.js';

/** The incident trend's strings (English source). */
export const trendMessages = {
  heading: 'Most recent incidents and alerts',
  loading: 'Loading the trend of incidents and alerts…',
  actionView: 'view the trend of incidents and alerts',
  loadingWhat: 'the trend of incidents and alerts',

  ranges: 'Time range',
  'range.24h': '24 hours',
  'range.7d': '7 days',
  incidents: { one: '{count} incident', other: '{count} incidents' },
  alerts: { one: '{count} alert', other: '{count} alerts' },
  totals: '{incidents} · {alerts}',

  'chart.24h': 'Incidents and alerts per hour',
  'chart.7d': 'Incidents and alerts per day',
  legendIncidents: 'Incidents',
  legendAlerts: 'Alerts',
  span: '{start}–{end}',
  bucket: '{span}: {incidents}, {alerts}',

  showTable: 'Show table',
  showChart: 'Show chart',
  'column.24h': 'Hour',
  'column.7d': 'Day',
  columnIncidents: 'Incidents',
  columnAlerts: 'Alerts',
  total: 'Total',

  'empty.24h': 'No incidents or alerts in the last 24 hours',
  'empty.7d': 'No incidents or alerts in the last 7 days',
  truncated: 'Counted from the newest incidents only: the oldest buckets may show fewer than there were.',
} as const;

export const trendCatalog = defineMessages('trend', trendMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
