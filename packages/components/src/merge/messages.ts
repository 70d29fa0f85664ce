import { defineMessages } from '../i18n/messages.js';

/** The strings of the "Merge incidents" dialog (English source). */
export const mergeMessages = {
  title: 'Merge incidents',
  targetLegend: 'Merge into',
  targetHint: 'The incident that stays. By default the one with the most alerts (the oldest of them, if several have as many).',
  incidentFacts: 'ID {id} · {severity} · {alerts}',
  alertCount: { one: '{count} alert', other: '{count} alerts' },
  incidentName: 'Incident name',
  nameHint: 'The merged incident takes this name.',
  nameRequired: 'Enter a name for the merged incident.',
  nameTooLong: 'Use at most {max} characters.',
  outcome: 'The other incidents will be closed as redirected to the target; their alerts, comments and tasks move to it.',
  merge: 'Merge',
  merging: 'Merging…',
  actionMerge: 'merge incidents',
  mergeFailed: 'The incidents were not merged. {reason}',
} as const;

export const mergeCatalog = defineMessages('merge', mergeMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
