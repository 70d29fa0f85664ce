import type { Translation } from '../i18n/messages.js';
import type { workspaceMessages } from './messages.js';

const ja: Translation<typeof workspaceMessages> = {
  summaryPane: 'インシデントの概要',
  backToQueue: 'インシデント',
  entityPage: 'エンティティ ページ',
  backToIncident: 'インシデントに戻る',
  backToIncidents: 'インシデント一覧に戻る',
};
export default ja;
