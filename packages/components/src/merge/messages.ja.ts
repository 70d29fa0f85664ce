import type { Translation } from '../i18n/messages.js';
import type { mergeMessages } from './messages.js';

/** Japanese strings of the "Merge incidents" dialog, in the words of the Japanese Defender XDR portal. */
const ja: Translation<typeof mergeMessages> = {
  title: 'インシデントのマージ',
  targetLegend: 'マージ先',
  targetHint: '残るインシデントです。既定ではアラートが最も多いもの (同数の場合は最も古いもの) です。',
  incidentFacts: 'ID {id} · {severity} · {alerts}',
  alertCount: { other: '{count} 件のアラート' },
  incidentName: 'インシデント名',
  nameHint: 'マージされたインシデントにはこの名前が付きます。',
  nameRequired: 'マージされたインシデントの名前を入力してください。',
  nameTooLong: '{max} 文字以内で入力してください。',
  outcome: 'その他のインシデントはマージ先へのリダイレクトとして閉じられ、それらのアラート、コメント、タスクはマージ先に移動します。',
  merge: 'マージ',
  merging: 'マージしています…',
  actionMerge: 'インシデントをマージ',
  mergeFailed: 'インシデントはマージされませんでした。{reason}',
};

export default ja;
