import type { Translation } from '../i18n/messages.js';
import type { savedViewsMessages } from './saved-views-messages.js';

/** Japanese strings of the queue's saved views, in the words of the Japanese Defender XDR portal. */
const ja: Translation<typeof savedViewsMessages> = {
  savedViews: '保存済みビュー',
  appliedPrefix: '保存済みビュー:',
  appliedView: '保存済みビュー: {name}',
  appliedViewModified: '保存済みビュー: {name} (変更あり)',
  modified: '変更あり',
  viewsMenu: '保存済みビュー',
  noSavedViews: '保存済みビューはまだありません',
  loadingViews: 'ビューを読み込んでいます…',
  viewsFailed: 'ビューを読み込めませんでした。{reason}',
  saveView: 'ビューの保存…',
  manageViews: 'ビューの管理…',
  isDefault: '既定',

  saveViewTitle: 'ビューの保存',
  saveViewHint: '現在表示中のフィルター、検索、並べ替え、列を保存します。「1 週間」などの期間は、ビューを開くたびにその直前の期間を対象にします。',
  viewName: '名前',
  makeDefault: 'これを既定のビューにする',
  updateView: '「{name}」を更新',
  saveAsNew: '新しいビューとして保存',
  saveChoice: '保存方法',
  nameRequired: 'ビューの名前を入力してください。',
  nameTooLong: '{max} 文字以内で入力してください。',
  nameTaken: '「{name}」という名前のビューは既にあります。別の名前を指定してください。',
  saveFailed: 'ビューは保存されませんでした。{reason}',
  viewSaved: 'ビュー「{name}」を保存しました',

  manageViewsTitle: 'ビューの管理',
  viewsTable: '保存済みのビュー',
  rename: '名前の変更',
  renameView: '名前の変更: {name}',
  newName: '{name} の新しい名前',
  makeViewDefault: '既定に設定',
  makeViewDefaultLabel: '既定に設定: {name}',
  clearDefault: '既定を解除',
  clearDefaultLabel: '既定を解除: {name}',
  deleteView: '削除: {name}',
  confirmDelete: 'ビュー「{name}」を削除しますか? この操作は元に戻せません。',
  deleteFailed: 'ビューは削除されませんでした。{reason}',
  viewDeleted: 'ビュー「{name}」を削除しました',
  viewRenamed: 'ビューの名前を「{name}」に変更しました',
  defaultSet: '「{name}」が既定のビューになりました',
  defaultCleared: '「{name}」は既定のビューではなくなりました',
  changeFailed: 'ビューは変更されませんでした。{reason}',

  copyLink: 'リストのリンクをコピー',
  linkCopied: 'リンクをコピーしました',
  copyRefused: 'ブラウザーがクリップボードへのコピーを許可しませんでした。ここからリンクをコピーしてください:',
};

export default ja;
