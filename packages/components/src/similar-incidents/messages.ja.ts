import type { Translation } from '../i18n/messages.js';
import type { SimilarIncidentsMessages } from './messages.js';

const ja: Translation<SimilarIncidentsMessages> = {
  empty: 'インシデントを選択すると、類似のインシデントが表示されます。',
  unavailable: 'このバックエンドでは利用できません',
  unavailableHint: '接続されているインシデント サービスは類似のインシデントを検索しません。',
  loading: '類似のインシデントを読み込んでいます…',
  actionView: '類似のインシデントの表示',
  loadingWhat: '類似のインシデント',

  heading: '類似のインシデント',
  intro: 'アラートのエンティティ、アラート タイトル、MITRE 手法がこのインシデントと共通するインシデント (類似度の高い順)。',
  noSimilar: '類似のインシデントはありません',
  noSimilarHint: 'エンティティ、アラート タイトル、MITRE 手法がこのインシデントのアラートと共通するインシデントはほかにありません。',
  incidentId: 'ID {id}',
  reasonsLabel: '共通点',

  'reason.entities': { other: '共通のエンティティ {count} 件: {values}' },
  'reason.alertTitles': { other: '共通のアラート タイトル {count} 件: {values}' },
  'reason.techniques': { other: '共通の手法 {count} 件: {values}' },
  'reason.other': { other: '共通の値 {count} 件: {values}' },
  moreValues: '他 {count} 件',
};
export default ja;
