import type { Translation } from '../i18n/messages.js';
import type { manageMessages } from './messages.js';

const ja: Translation<typeof manageMessages> = {
  titleManage: 'インシデントの管理',
  titleManageMany: 'インシデントの管理',
  titleResolve: 'インシデントの解決',
  titleResolveMany: 'インシデントの解決',
  selected: { other: '{count} 件のインシデントを選択済み' },
  incidentId: 'インシデント ID {id}',
  properties: 'インシデントのプロパティ',
  readOnly: '読み取り専用のアクセス権があります。これらの値は表示できますが、変更はできません。',
  resolve: '解決',
  noService: 'インシデント サービスが接続されていません。',

  'field.displayName': 'インシデント名',
  'field.customTags': 'タグ',
  'field.assignedTo': '割り当て先',
  lockedName: 'このバックエンドでは名前を変更できません。',
  lockedSeverity: 'このバックエンドでは重大度を変更できません。',

  chosenTags: '選択したタグ',
  removeTag: 'タグ {tag} を削除',
  removeTagTitle: 'タグの削除',
  addTags: 'タグを追加',
  createTag: '新しいタグを作成:「{tag}」',
  bulkTagsHint:
    '選択したすべてのインシデントに共通するタグが表示されます。追加したタグは各インシデントに追加され、削除したタグは各インシデントから削除されます。',
  noTags: 'タグなし',
  listSeparator: '、',

  keepOwners: '現在の所有者を維持',
  keepCurrent: '現在の値を維持',
  assignToMe: '自分に割り当て',
  assigneesFailed: '割り当て先のユーザーを読み込めませんでした。{message}',
  actionListAssignees: '割り当て先を一覧表示',

  determinationHint: 'どのような種類の脅威であったか。',
  determinationDisabled: '分類が「真陽性」の場合に使用できます。',

  comment: 'コメント',
  resolvingComment: '解決コメント',
  commentPlaceholder: 'コメントを追加',
  resolvingPlaceholder: '解決内容と分類の理由を説明してください',
  counter: '{count}/{max}',
  counterUnit: '文字',

  nameRequired: 'インシデントの名前を入力してください。',
  classifyToResolve: 'このインシデントを解決するには、分類を選択してください。',
  classifyToResolveMany: 'これらのインシデントを解決するには、分類を選択してください。',

  conflictTitle: '編集中にこのインシデントが変更されました',
  conflictBy: '{who} が新しいバージョンを保存しました。変更内容と比較してください。',
  conflictBySomeone: '別のユーザーが新しいバージョンを保存しました。変更内容と比較してください。',
  columnField: 'フィールド',
  columnNewer: '新しいバージョン',
  columnMine: 'あなたの変更',
  noChange: '変更なし',
  applyAgain: '変更を再適用',
  discard: '変更を破棄',

  actionChange: 'インシデントを変更',
  actionComment: 'インシデントにコメント',
  commentNotAdded: 'コメントは追加されませんでした。{message}',
  updatedSome: { other: '{count} 件中 {saved} 件のインシデントを更新しました' },
  updatedNone: 'インシデントは更新されませんでした',
  notUpdated: { other: '次の {count} 件のインシデントは更新されませんでした:' },
  failure: '{name} (ID {id}): {message}',
  retryFailed: { other: 'もう一度保存すると再試行します。' },
  savedWithoutComment: '変更は保存されましたが、コメントは追加されませんでした',
  changesKept: '変更内容は保持されています。[保存] を選択してもう一度お試しください。',
  someNotUpdated: '一部のインシデントは更新されませんでした。理由は上の一覧をご覧ください。',
};
export default ja;
