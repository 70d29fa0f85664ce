import type { Translation } from '../i18n/messages.js';
import type { mergeMessages } from './messages.js';

/** German strings of the "Merge incidents" dialog, in the words of the German Defender XDR portal. */
const de: Translation<typeof mergeMessages> = {
  title: 'Vorfälle zusammenführen',
  targetLegend: 'Zusammenführen in',
  targetHint: 'Der Vorfall, der bestehen bleibt. Standardmäßig der mit den meisten Warnungen (bei Gleichstand der älteste).',
  incidentFacts: 'ID {id} · {severity} · {alerts}',
  alertCount: { one: '{count} Warnung', other: '{count} Warnungen' },
  incidentName: 'Vorfallname',
  nameHint: 'Der zusammengeführte Vorfall erhält diesen Namen.',
  nameRequired: 'Geben Sie einen Namen für den zusammengeführten Vorfall ein.',
  nameTooLong: 'Verwenden Sie höchstens {max} Zeichen.',
  outcome:
    'Die anderen Vorfälle werden als an das Ziel umgeleitet geschlossen; ihre Warnungen, Kommentare und Aufgaben werden in das Ziel verschoben.',
  merge: 'Zusammenführen',
  merging: 'Wird zusammengeführt…',
  actionMerge: 'Vorfälle zusammenführen',
  mergeFailed: 'Die Vorfälle wurden nicht zusammengeführt. {reason}',
};

export default de;
