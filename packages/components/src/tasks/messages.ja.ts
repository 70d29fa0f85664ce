import type { Translation } from '../i18n/messages.js';
import type { tasksMessages } from './messages.js';

const ja: Translation<typeof tasksMessages> = {
  empty: 'インシデントを選択するとタスクが表示されます。',
  unavailable: 'タスクは利用できません',
  unavailableHint: '接続されているインシデント サービスはタスクを保持していません。',
  loading: 'タスクを読み込んでいます…',
  actionView: 'このインシデントのタスクを表示',
  loadingWhat: 'タスク',
  actionChange: 'タスクを変更',
  actionAdd: 'タスクを追加',
  noService: 'インシデント サービスが接続されていません。',

  heading: 'タスク',
  progress: '{count} 件中 {done} 件完了',
  readOnly: 'お使いのロールでは、このインシデントのタスクを表示できますが、変更はできません。',
  noTasks: 'タスクはまだありません',
  noTasksHint: 'このインシデントを完了まで進めるための手順を追加してください。',
  createdBy: '作成者: {user} ({time})',
  completedBy: '完了者: {user} ({time})',
  completedOn: '完了日時: {time}',
  completeFailed: '「{title}」を完了できませんでした。{reason}。',
  reopenFailed: '「{title}」を再開できませんでした。{reason}。',

  addTask: 'タスクの追加',
  adding: '追加しています…',
  title: 'タイトル',
  description: '説明',
  optional: '(省略可能)',
  titleRequired: 'タスクのタイトルを入力してください。',
  addFailed: 'タスクは追加されませんでした。{reason}。',
};
export default ja;
