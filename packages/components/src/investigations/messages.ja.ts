import type { Translation } from '../i18n/messages.js';
import type { InvestigationsMessages } from './messages.js';

const ja: Translation<InvestigationsMessages> = {
  empty: 'インシデントを選択すると、その調査が表示されます。',
  unsupported: 'このサービスでは自動調査を利用できません。',
  loading: '調査を読み込んでいます…',
  actionView: '調査の表示',
  loadingWhat: '調査',
  loadingLatest: '最新の調査の状態',
  bannerTitle: '{title}。',
  noInvestigations: '自動調査はありません',
  noInvestigationsHint: '自動調査は、Defender for Endpoint と Defender for Office 365 のアラートで開始されます。',

  caption: '自動調査',
  'column.id': 'ID',
  'column.triggeringAlert': 'トリガーとなったアラート',
  'column.state': '状態',
  'column.started': '開始',
  'column.ended': '終了',
  'column.entities': '調査されたエンティティ',
  pendingCount: '保留中 {count} 件',

  detailsTitle: '調査 {id}',
  closeDetails: '調査の詳細を閉じる',
  state: '状態',
  triggeringAlert: 'トリガーとなったアラート',
  started: '開始',
  ended: '終了',
  notYet: '未終了',
  pendingActions: '保留中の操作',
  entitiesHeading: '調査されたエンティティ ({count})',
  noEntities: 'エンティティはありません。',
  remediation: '修復: {status}',

  stateChanged: '調査 {id}: {state}',
};
export default ja;
