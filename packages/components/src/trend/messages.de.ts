import type { Translation } from '../i18n/messages.js';
import type { trendMessages } from './messages.js';

const de: Translation<typeof trendMessages> = {
  heading: 'Neueste Vorfälle und Warnungen',
  loading: 'Der Verlauf der Vorfälle und Warnungen wird geladen…',
  actionView: 'den Verlauf der Vorfälle und Warnungen anzeigen',
  loadingWhat: 'den Verlauf der Vorfälle und Warnungen',

  ranges: 'Zeitraum',
  'range.24h': '24 Stunden',
  'range.7d': '7 Tage',
  incidents: { one: '{count} Vorfall', other: '{count} Vorfälle' },
  alerts: { one: '{count} Warnung', other: '{count} Warnungen' },
  totals: '{incidents} · {alerts}',

  'chart.24h': 'Vorfälle und Warnungen pro Stunde',
  'chart.7d': 'Vorfälle und Warnungen pro Tag',
  legendIncidents: 'Vorfälle',
  legendAlerts: 'Warnungen',
  span: '{start}–{end}',
  bucket: '{span}: {incidents}, {alerts}',

  showTable: 'Tabelle anzeigen',
  showChart: 'Diagramm anzeigen',
  'column.24h': 'Stunde',
  'column.7d': 'Tag',
  columnIncidents: 'Vorfälle',
  columnAlerts: 'Warnungen',
  total: 'Gesamt',

  'empty.24h': 'Keine Vorfälle oder Warnungen in den letzten 24 Stunden',
  'empty.7d': 'Keine Vorfälle oder Warnungen in den letzten 7 Tagen',
  truncated: 'Nur aus den neuesten Vorfällen gezählt: Die ältesten Abschnitte zeigen möglicherweise zu wenige.',
};

export default de;
