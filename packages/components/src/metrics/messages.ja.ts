import type { Translation } from '../i18n/messages.js';
import type { incidentMetricsMessages } from './messages.js';

const ja: Translation<typeof incidentMetricsMessages> = {
  heading: 'インシデント メトリック',
  unavailable: 'インシデント メトリックは利用できません',
  unavailableHint: '接続されているインシデント サービスはインシデント メトリックを計算しません。',
  loading: 'インシデント メトリックを読み込んでいます…',
  actionView: 'インシデント メトリックを表示',
  loadingWhat: 'インシデント メトリック',

  range: '期間',
  'preset.7d': '過去 7 日間',
  'preset.30d': '過去 30 日間',
  'preset.90d': '過去 90 日間',
  'preset.custom': 'カスタム期間',
  from: '開始日',
  to: '終了日',
  applyRange: '適用',
  'problem.fromRequired': '期間の最初の日を入力してください。',
  'problem.fromInvalid': '最初の日を日付で入力してください。',
  'problem.toRequired': '期間の最後の日を入力してください。',
  'problem.toInvalid': '最後の日を日付で入力してください。',
  'problem.toBeforeFrom': '最後の日を最初の日より前にすることはできません。',
  'problem.toInFuture': '最後の日を今日より後にすることはできません。',
  'problem.tooLong': '期間は最大 {days} 日間です。',

  total: { other: 'この期間に作成されたインシデント: {count} 件' },
  truncated: 'これらの数値は期間内の最新のインシデントのみを対象としています。サービスが集計した件数には上限があります。',
  notSupported: 'このバックエンドでは利用できません',
  empty: 'この期間のインシデントはありません',
  emptyHint: 'この期間に作成されたインシデントはありません。より長い期間を選択してください。',
  showTable: '表を表示',
  chartKeys: '方向キーで値の間を移動します。',

  'card.open': '重大度と状態別のアクティブなインシデント',
  'card.perDay': '1 日あたりの新規と解決済み',
  'card.time': '確認と解決までの平均時間',
  'card.classification': '分類と判定別のインシデント',
  'card.tactics': '上位の MITRE 戦術',
  'card.workload': 'アナリスト別の作業量',

  byClassification: '分類別',
  byDetermination: '判定別',
  noOpen: 'この期間のインシデントでアクティブなものはありません。',
  noDeterminations: 'この期間のインシデントで判定があるものはまだありません。',
  noTactics: 'この期間のインシデントで MITRE 戦術を示すものはありません。',
  noWorkload: 'この期間のインシデントで所有者がいるもの、またはアクティブなものはありません。',

  'series.created': '新規',
  'series.resolved': '解決済み',
  'series.open': 'アクティブ',

  'column.incidents': 'インシデント',
  'column.day': '日',
  'column.tactic': '戦術',
  'column.analyst': 'アナリスト',
  'column.total': '合計',
  'column.mtta': '確認までの平均時間',
  'column.mttr': '解決までの平均時間',

  'point.open': { other: '{severity}、{status}: {count} 件のインシデント' },
  'point.count': { other: '{name}: {count} 件のインシデント' },
  'point.workload': { other: '{owner}、{series}: {count} 件のインシデント' },
  'point.day': '{day}: 新規 {created} 件、解決済み {resolved} 件',

  basis: { other: '{count} 件のインシデントの平均' },
  noDuration: 'データなし',
  unsupportedPart: '{what}: このバックエンドでは利用できません',
  noDurationNote: '— この重大度のインシデントで、期間内にこの段階に達したものはまだありません。',
};
export default ja;
