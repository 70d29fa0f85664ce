import type { Translation } from '../i18n/messages.js';
import type { trendMessages } from './messages.js';

const ja: Translation<typeof trendMessages> = {
  heading: '最近のインシデントとアラート',
  loading: 'インシデントとアラートの推移を読み込んでいます…',
  actionView: 'インシデントとアラートの推移を表示',
  loadingWhat: 'インシデントとアラートの推移',

  ranges: '期間',
  'range.24h': '24 時間',
  'range.7d': '7 日間',
  incidents: { other: 'インシデント {count} 件' },
  alerts: { other: 'アラート {count} 件' },
  totals: '{incidents} · {alerts}',

  'chart.24h': '1 時間ごとのインシデントとアラート',
  'chart.7d': '1 日ごとのインシデントとアラート',
  legendIncidents: 'インシデント',
  legendAlerts: 'アラート',
  span: '{start}～{end}',
  bucket: '{span}: {incidents}、{alerts}',

  showTable: '表で表示',
  showChart: 'グラフで表示',
  'column.24h': '時間',
  'column.7d': '日',
  columnIncidents: 'インシデント',
  columnAlerts: 'アラート',
  total: '合計',

  'empty.24h': '過去 24 時間にインシデントやアラートはありません',
  'empty.7d': '過去 7 日間にインシデントやアラートはありません',
  truncated: '最新のインシデントのみから集計しています。古い期間の件数は実際より少ない場合があります。',
};

export default ja;
