import type { Translation } from '../i18n/messages.js';
import type { alertQueueMessages } from './messages.js';

/** Japanese strings of the alert queue, in the words of the Japanese Defender XDR portal. */
const ja: Translation<typeof alertQueueMessages> = {
  title: 'アラート',
  alertCount: { other: '{count} 件のアラート' },
  selectedOfTotal: { other: '{selected} 件選択済み · {count} 件のアラート' },
  selectedOnly: '{count} 件選択済み',
  search: '名前、ID、または資産で検索',
  loadingAlerts: 'アラートを読み込んでいます',
  loadingRow: '読み込み中',
  actionView: 'アラートを表示',
  loadingWhat: 'アラート',
  loadingMore: '追加のアラート',
  noMatches: 'フィルターに一致するアラートはありません',
  noAlerts: 'アラートはありません',
  selectAll: '表示中のすべてのアラートを選択',
  selectAlert: 'アラート {name} を選択',
  moreItems: '+{count}',
  valueSeparator: '、',
  unsupportedTitle: 'アラート キューは利用できません',
  unsupportedMessage: 'このインシデント サービスは、インシデントをまたいでアラートを一覧表示しません。インシデントを開いてアラートを確認してください。',

  manageAlert: 'アラートの管理',
  manageAlerts: 'アラートの管理',
  linkAlert: 'アラートを別のインシデントにリンク',
  linkAlerts: 'アラートを別のインシデントにリンク',
  notAllowed: 'このロールではアラートを表示できますが、変更はできません',

  'column.name': 'アラート名',
  'column.tags': 'タグ',
  'column.severity': '重大度',
  'column.investigationState': '調査の状態',
  'column.status': '状態',
  'column.category': 'カテゴリ',
  'column.detectionSource': '検出ソース',
  'column.impactedAssets': '影響を受ける資産',
  'column.firstActivity': '最初のアクティビティ',
  'column.lastActivity': '最後のアクティビティ',
  'column.assignedTo': '割り当て先',
  'column.incident': 'インシデント',

  summaryLabel: 'アラートの概要',
  closeSummary: 'アラートの概要を閉じる',
  whatHappened: '発生した内容',
  detailsHeading: 'アラートの詳細',
  incidentHeading: 'インシデント',
  incidentLink: 'インシデント {id}',
  openIncidentOnAlert: 'インシデント ページでアラートを開く',
  alertId: 'アラート ID {id}',
  playbooksLabel: 'このアラートのプレイブック',
};

export default ja;
