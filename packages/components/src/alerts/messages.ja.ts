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
};
export default ja;
