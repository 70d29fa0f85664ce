import type { Translation } from '../i18n/messages.js';
import type { AlertsMessages } from './messages.js';

const ja: Translation<AlertsMessages> = {
  empty: 'インシデントを選択すると、そのアラートが表示されます。',
  loading: 'アラートを読み込んでいます…',
  actionView: 'アラートの表示',
  loadingWhat: 'アラート',
  noAlerts: 'アラートはありません',
  listLabel: 'アラート',

  'column.name': 'アラート名',
  'column.entities': 'エンティティ',
  moreEntities: '+{count}',

  closeDetails: 'アラートの詳細を閉じる',
  detailsHeading: 'アラートの詳細',
  generatedOn: '生成日時',
  playbooksLabel: 'このアラートのプレイブック',

  actionsLabel: '選択したアラートに対する操作',
  manageAlert: 'アラートの管理',
  linkAlerts: 'アラートを別のインシデントにリンク',
  selectHint: '操作するアラートを選択してください',
  selectedCount: { other: '{count} 件のアラートを選択済み' },
};
export default ja;
