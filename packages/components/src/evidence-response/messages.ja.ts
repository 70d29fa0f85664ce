import type { Translation } from '../i18n/messages.js';
import type { evidenceResponseMessages } from './messages.js';

const ja: Translation<typeof evidenceResponseMessages> = {
  noIncident: '証拠を表示するインシデントを選択してください。',
  unavailable: 'このサービスでは証拠を利用できません。',
  loading: '証拠を読み込んでいます…',
  actionView: 'このインシデントの証拠の表示',
  loadingEvidence: '証拠',
  loadingStates: '最新のアクションの状態',
  errorLead: '{title}。',
  noEvidence: '証拠はありません',
  evidenceTypes: '証拠の種類',
  awaitingApproval: {
    zero: '承認待ちのアクションはありません',
    other: '承認待ちのアクション: {count} 件',
  },
  entity: 'エンティティ',
  responseActions: '対応アクション',
  manualActions: '手動アクション',
  actions: 'アクション',
  actionsFor: '{name} のアクション',
  running: '実行中',
  liveResponse: 'ライブ応答セッションを開始',
  allEvidence: 'すべての証拠',
};
export default ja;
