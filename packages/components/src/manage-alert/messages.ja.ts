import type { Translation } from '../i18n/messages.js';
import type { ManageAlertMessages } from './messages.js';

const ja: Translation<ManageAlertMessages> = {
  title: 'アラートの管理',
  titleMany: 'アラートの管理',
  selected: { other: '{count} 件のアラートを選択済み' },
  alertId: 'アラート ID {id}',
  properties: 'アラートのプロパティ',
  readOnly: '読み取り専用のアクセス権があります。これらの値は表示できますが、変更はできません。',
  cannotUpdate: 'このバックエンドではアラートを変更できません。',
  noService: 'インシデント サービスが接続されていません。',

  classificationGroup: '分類と判定',
  'field.assignedTo': '割り当て先',
  keepCurrent: '現在の値を維持',
  keepOwners: '現在の所有者を維持',
  assignToMe: '自分に割り当て',
  assigneesFailed: '割り当て先のユーザーを読み込めませんでした。{message}',
  actionListAssignees: '割り当て先を一覧表示',
  determinationHint: 'どのような種類の脅威であったか。',
  determinationDisabled: '分類が「真陽性」の場合に使用できます。',

  comment: 'コメント',
  commentPlaceholder: 'コメントを追加',
  counter: '{count}/{max}',
  counterUnit: '文字',

  actionChange: 'アラートを変更',
  updatedSome: { other: '{count} 件中 {saved} 件のアラートを更新しました' },
  updatedNone: 'アラートは更新されませんでした',
  notUpdated: { other: '次の {count} 件のアラートは更新されませんでした:' },
  failure: '{title} (ID {id}): {message}',
  retryFailed: { other: 'もう一度保存すると再試行します。' },
  changesKept: '変更内容は保持されています。[保存] を選択してもう一度お試しください。',
  someNotUpdated: '一部のアラートは更新されませんでした。理由は上の一覧をご覧ください。',
};
export default ja;
