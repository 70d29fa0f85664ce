import { defineMessages } from '../i18n/messages.js';

/** The incident metrics dashboard's strings (English source). */
export const incidentMetricsMessages = {
  heading: 'Incident metrics',
  unavailable: "Incident metrics aren't available",
  unavailableHint: "The connected incident service doesn't compute incident metrics.",
  loading: 'Loading incident metrics…',
  actionView: 'view incident metrics',
  loadingWhat: 'incident metrics',

  range: 'Time range',
  'preset.7d': 'Last 7 days',
  'preset.30d': 'Last 30 days',
  'preset.90d': 'Last 90 days',
  'preset.custom': 'Custom range',
  from: 'From',
  to: 'To',
  applyRange: 'Apply',
  'problem.fromRequired': 'Enter the first day of the range.',
  'problem.fromInvalid': 'Enter the first day as a date.',
  'problem.toRequired': 'Enter the last day of the range.',
  'problem.toInvalid': 'Enter the last day as a date.',
  'problem.toBeforeFrom': 'The last day must not come before the first.',
  'problem.toInFuture': 'The last day must not be after today.',
  'problem.tooLong': 'A range can span at most {days} days.',

  total: { one: '{count} incident created in this range', other: '{count} incidents created in this range' },
  truncated: 'These figures cover only the newest incidents of the range: the service counted a limited number of them.',
  notSupported: 'Not available from this backend',
  empty: 'No incidents in this range',
  emptyHint: 'No incident was created in this range. Choose a longer one.',
  showTable: 'Show table',
  chartKeys: 'Arrow keys move between the figures.',

  'card.open': 'Open incidents by severity and status',
  'card.perDay': 'New and resolved per day',
  'card.time': 'Mean time to acknowledge and resolve',
  'card.classification': 'Incidents by classification and determination',
  'card.tactics': 'Top MITRE tactics',
  'card.workload': 'Workload per analyst',

  byClassification: 'By classification',
  byDetermination: 'By determination',
  noOpen: 'None of the incidents of this range is open.',
  noDeterminations: 'No incident of this range has a determination yet.',
  noTactics: 'No incident of this range shows a MITRE tactic.',
  noWorkload: 'No incident of this range has an owner or is open.',

  'series.created': 'New',
  'series.resolved': 'Resolved',
  'series.open': 'Open',

  'column.incidents': 'Incidents',
  'column.day': 'Day',
  'column.tactic': 'Tactic',
  'column.analyst': 'Analyst',
  'column.total': 'Total',
  'column.mtta': 'Mean time to acknowledge',
  'column.mttr': 'Mean time to resolve',

  'point.open': { one: '{severity}, {status}: {count} incident', other: '{severity}, {status}: {count} incidents' },
  'point.count': { one: '{name}: {count} incident', other: '{name}: {count} incidents' },
  'point.workload': { one: '{owner}, {series}: {count} incident', other: '{owner}, {series}: {count} incidents' },
  'point.day': '{day}: {created} new, {resolved} resolved',

  basis: { one: 'over {count} incident', other: 'over {count} incidents' },
  noDuration: 'No data',
  unsupportedPart: '{what}: not available from this backend',
  noDurationNote: '— No incident of this severity has reached this point in the range yet.',
} as const;

export const incidentMetricsCatalog = defineMessages('metrics', incidentMetricsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
