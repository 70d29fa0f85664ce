import type { Translation } from '../i18n/messages.js';
import type { remediationMessages } from './messages.js';

const ja: Translation<typeof remediationMessages> = {
  'effect.isolateDevice':
    'デバイスはネットワークから切断されます。Defender サービスへの接続のみが維持されます。後で分離から解放できます。',
  'effect.releaseDevice': 'デバイスのネットワーク接続が復元されます。',
  'effect.collectInvestigationPackage': 'フォレンジック データ (プロセス、サービス、ログ、ネットワーク接続) がデバイスから収集されます。',
  'effect.runAntivirusScan': 'Microsoft Defender ウイルス対策がデバイスのフル スキャンを実行します。',
  'effect.disableUser': 'アカウントは再度有効にされるまでサインインできなくなります。',
  'effect.enableUser': 'アカウントは再びサインインできるようになります。',
  'effect.resetPassword': 'ユーザーは次回のサインイン時に新しいパスワードを設定する必要があります。',
  'effect.quarantineFile': 'ファイルは、検出されたデバイス上で検疫されます。',
  'effect.stopAndQuarantine': 'プロセスが停止され、そのファイルが検疫されます。',
  'effect.deleteEmail': 'メールはメールボックスの [回復可能なアイテム] フォルダーに移動されます (論理的な削除)。',
  'effect.blockUrl': 'このアドレスへの接続が組織全体でブロックされます。',
  approveTitle: 'アクションの承認',
  rejectTitle: 'アクションの拒否',
  approve: '承認',
  reject: '拒否',
  approving: '承認しています…',
  rejecting: '拒否しています…',
  starting: '開始しています…',
  approveNamed: '{action}を承認',
  rejectNamed: '{action}を拒否',
  confirmApprove: '{entity} ({type}) に対する「{action}」を承認しますか?',
  confirmReject: '{entity} ({type}) に対する「{action}」を拒否しますか?',
  confirmRun: '{entity} ({type}) に対して「{action}」を実行しますか?',
  rejectEffect: 'このアクションは実行されません。',
  proposedByInvestigation: '自動調査 {investigation} により {date} に提案されました',
  proposedOn: '{date} に提案されました',
  comment: 'コメント (省略可能)',
  actionRun: '修復アクションの実行',
  actionDecide: '修復アクションの承認または拒否',
  noService: 'インシデント サービスが接続されていません。',
  actionOn: '{target} の{action}',
  actionOnWithStatus: '{target} の{action}: {status}',
  unnamedEntity: '{type} {id}',
  inProgress: '{action}を実行中',
  readOnlyNote:
    'お使いのロールでは修復アクションを表示できますが、承認、拒否、実行はできません。これにはレスポンダーまたは管理者のロールが必要です。',
};
export default ja;
