import type { Translation } from '../i18n/messages.js';
import type { IncidentPageMessages } from './messages.js';

const ja: Translation<IncidentPageMessages> = {
  noIncident: 'インシデントが選択されていません。',
  loading: 'インシデントを読み込んでいます…',
  notFound: 'インシデントが見つかりません',
  actionView: 'このインシデントの表示',
  loadingWhat: 'インシデント',
  actionReopen: 'インシデントの再オープン',
  reopenConflict:
    '他のユーザーがこのインシデントを変更したため、新しいバージョンを表示しています。引き続き該当する場合は、もう一度再オープンしてください。',
  reopenFailed: 'インシデントを再オープンできませんでした。{message}',

  manage: 'インシデントの管理',
  resolve: 'インシデントを解決',
  reopen: 'インシデントを再オープン',
  reopening: '再オープンしています…',
  runPlaybook: 'プレイブックの実行',

  idLabel: 'インシデント ID',
  severity: '重大度',
  status: '状態',
  assignedTo: '割り当て先',
  classification: '分類',
  description: '説明',
  resolvingComment: '解決時のコメント',
  readOnly: 'このロールではインシデントを表示できますが、解決、再オープン、プレイブックの実行はできません。',
  tags: 'タグ',
  systemTag: 'システム タグ',

  tabList: 'インシデント',
  'tab.attackStory': '攻撃ストーリー',
  'tab.alerts': 'アラート',
  'tab.assets': '資産',
  'tab.investigations': '調査',
  'tab.evidenceAndResponse': '証拠と対応',
  'tab.similarIncidents': '類似のインシデント',
  'tab.activity': 'アクティビティ',
  'tab.tasks': 'タスク',
  scrollTabsBack: '前のタブ',
  scrollTabsForward: 'その他のタブ',

  playbooksPanel: 'プレイブック',
  closePlaybooks: 'プレイブックを閉じる',
  liveResponse: 'ライブ応答',
  closeLiveResponse: 'ライブ応答を閉じる',

  redirected: 'インシデント {from} はインシデント {to} にマージされました',
  redirectFailed: 'マージされたインシデントを開けませんでした',
  redirectChain: 'インシデント {id} は {max} 回を超えて連続で別のインシデントにマージされています。',
};
export default ja;
