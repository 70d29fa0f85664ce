import type { Translation } from '../i18n/messages.js';
import type { AssetsMessages } from './messages.js';

const ja: Translation<AssetsMessages> = {
  empty: 'インシデントを選択すると、その資産が表示されます。',
  loading: '資産を読み込んでいます…',
  actionView: 'このインシデントの資産の表示',
  loadingWhat: '資産',
  noAssets: '資産はありません',
  groupsLabel: '資産グループ',

  'groupEmpty.devices': 'このインシデントにデバイスはありません。',
  'groupEmpty.users': 'このインシデントにユーザーはありません。',
  'groupEmpty.mailboxes': 'このインシデントにメールボックスはありません。',
  'groupEmpty.apps': 'このインシデントにアプリはありません。',
  'groupEmpty.ips': 'このインシデントに IP アドレスはありません。',
  'groupEmpty.cloudResources': 'このインシデントにクラウド リソースはありません。',
  'groupEmpty.other': 'このインシデントにその他の証拠はありません。',

  'column.name': '名前',
  'column.health': '正常性',
};
export default ja;
