import type { Translation } from '../i18n/messages.js';
import type { entityPageMessages } from './messages.js';

const ja: Translation<typeof entityPageMessages> = {
  noEntity: 'エンティティが選択されていません。',
  unsupportedTitle: 'エンティティ ページは利用できません',
  unsupportedBody: '接続されているインシデント サービスは、エンティティの詳細、タイムライン、分析情報を提供していません。',
  loading: 'エンティティを読み込んでいます…',
  notFound: 'エンティティが見つかりません',
  notFoundHint: '削除されたか、ここに移動したリンクが古くなっている可能性があります。',
  actionView: 'エンティティの表示',
  loadingEntity: 'エンティティ',
  overview: '概要',
  insights: '分析情報',
  timeline: 'タイムライン',
  noTimelines: '接続されているインシデント サービスは、エンティティのタイムラインを提供していません。',
  loadingInsights: '分析情報を読み込んでいます…',
  actionViewInsights: 'エンティティの分析情報の表示',
  loadingInsightsWhat: '分析情報',
  lastSeen: '最後の検出',
  relatedIncidents: '関連インシデント',
  noRelatedIncidents: 'このエンティティを含むインシデントはありません。',
  mostFrequentActivities: '最も頻繁なアクティビティ',
  noActivity: '最近のアクティビティはありません。',
  incidentId: 'ID {id}',

  'field.accountName': 'アカウント名',
  'field.domain': 'ドメイン',
  'field.entraObjectId': 'Microsoft Entra オブジェクト ID',
  'field.ipAddress': 'IP アドレス',
  'field.filePath': 'ファイル パス',
  'field.imageFileName': 'イメージ ファイル名',
  'field.instanceName': 'インスタンス名',
  'field.registryHive': 'レジストリ ハイブ',
  'field.registryKey': 'レジストリ キー',

  countryWithCode: '{name} ({code})',
  sizeScaled: '{size} {unit} ({bytes})',
};
export default ja;
