import type { Translation } from '../i18n/messages.js';
import type { LinkAlertsMessages } from './messages.js';

const ja: Translation<LinkAlertsMessages> = {
  title: 'アラートを別のインシデントにリンク',
  titleMany: 'アラートを別のインシデントにリンク',
  selected: { other: '{count} 件のアラートを選択済み' },
  alertId: 'アラート ID {id}',
  readOnly: '読み取り専用のアクセス権があります。アラートを移動することはできません。',
  cannotLink: 'このバックエンドではアラートを別のインシデントにリンクできません。',
  noService: 'インシデント サービスが接続されていません。',
  form: 'アラートの移動先',

  modeLegend: 'リンク先',
  modeExisting: '既存のインシデントにリンク',
  modeNew: '新しいインシデントを作成',
  incidentId: 'インシデント ID',
  incidentIdHint: 'インシデント ID を入力するか、名前または ID で検索してインシデントを選択してください。',
  matches: '一致するインシデント',
  searching: '検索しています…',
  noMatches: '「{query}」に一致するインシデントはありません。',
  searchFailed: 'インシデントを検索できませんでした。{message}',
  actionSearch: 'インシデントを検索',
  incidentOption: '{name} (ID {id})',
  chosen: '選択済み: {name} (ID {id})',
  currentIncident: '現在のインシデント',
  incidentName: 'インシデント名',
  incidentNameHint: '名前を指定しない場合、新しいインシデントには最初のアラートのタイトルが使われます。',
  comment: 'コメント',
  commentPlaceholder: 'これらのアラートを移動する理由',
  counter: '{count}/{max}',
  counterUnit: '文字',

  chooseIncident: 'リンク先のインシデントを入力または選択してください。',
  link: 'リンク',
  linking: 'リンクしています…',
  actionLink: 'アラートをリンク',
  refused: 'アラートはリンクされませんでした',

  linkedTitle: 'アラートをリンクしました',
  linkedTo: { other: '{count} 件のアラートが {name} (ID {id}) に移動しました。' },
  openIncident: 'インシデントを開く',
};
export default ja;
