import type { Translation } from '../i18n/messages.js';
import type { AttackStoryMessages } from './messages.js';

const ja: Translation<AttackStoryMessages> = {
  empty: 'インシデントを選択すると、その攻撃ストーリーが表示されます。',
  storyHeading: 'アラート ストーリー',
  graphHeading: 'インシデント グラフ',
  alertCount: { other: 'アラート {count} 件' },
  loading: 'アラートを読み込んでいます…',
  actionView: 'このインシデントのアラートの表示',
  loadingWhat: 'アラート',
  noAlerts: 'アラートはありません',
  graphMatches: { other: 'グラフの選択に一致するアラートが {count} 件あります。' },
  listLabel: 'アラート (古い順)',
  selectedInGraph: 'グラフで選択済み',
  showDetails: '詳細を表示',
  hideDetails: '詳細を非表示',
  detailsPrefix: '詳細:',
  entitiesLabel: 'エンティティ',
  entityTypePrefix: '{type}:',
  moreEntities: 'ほか {count} 件',
  playbooksLabel: 'このアラートのプレイブック',
};
export default ja;
