import type { Translation } from '../i18n/messages.js';
import type { incidentMetricsMessages } from './messages.js';

const de: Translation<typeof incidentMetricsMessages> = {
  heading: 'Vorfallmetriken',
  unavailable: 'Vorfallmetriken sind nicht verfügbar',
  unavailableHint: 'Der verbundene Vorfalldienst berechnet keine Vorfallmetriken.',
  loading: 'Vorfallmetriken werden geladen…',
  actionView: 'Vorfallmetriken anzeigen',
  loadingWhat: 'Vorfallmetriken',

  range: 'Zeitraum',
  'preset.7d': 'Letzte 7 Tage',
  'preset.30d': 'Letzte 30 Tage',
  'preset.90d': 'Letzte 90 Tage',
  'preset.custom': 'Benutzerdefinierter Zeitraum',
  from: 'Von',
  to: 'Bis',
  applyRange: 'Übernehmen',
  'problem.fromRequired': 'Geben Sie den ersten Tag des Zeitraums ein.',
  'problem.fromInvalid': 'Geben Sie den ersten Tag als Datum ein.',
  'problem.toRequired': 'Geben Sie den letzten Tag des Zeitraums ein.',
  'problem.toInvalid': 'Geben Sie den letzten Tag als Datum ein.',
  'problem.toBeforeFrom': 'Der letzte Tag darf nicht vor dem ersten liegen.',
  'problem.toInFuture': 'Der letzte Tag darf nicht nach heute liegen.',
  'problem.tooLong': 'Ein Zeitraum kann höchstens {days} Tage umfassen.',

  total: { one: '{count} Vorfall in diesem Zeitraum erstellt', other: '{count} Vorfälle in diesem Zeitraum erstellt' },
  truncated: 'Diese Zahlen umfassen nur die neuesten Vorfälle des Zeitraums: Der Dienst hat nur eine begrenzte Anzahl gezählt.',
  notSupported: 'Von diesem Back-End nicht verfügbar',
  empty: 'Keine Vorfälle in diesem Zeitraum',
  emptyHint: 'In diesem Zeitraum wurde kein Vorfall erstellt. Wählen Sie einen längeren.',
  showTable: 'Tabelle anzeigen',
  chartKeys: 'Mit den Pfeiltasten wechseln Sie zwischen den Werten.',

  'card.open': 'Offene Vorfälle nach Schweregrad und Status',
  'card.perDay': 'Neu und behoben pro Tag',
  'card.time': 'Mittlere Zeit bis zur Bestätigung und Behebung',
  'card.classification': 'Vorfälle nach Klassifizierung und Bestimmung',
  'card.tactics': 'Häufigste MITRE-Taktiken',
  'card.workload': 'Arbeitslast pro Analyst',

  byClassification: 'Nach Klassifizierung',
  byDetermination: 'Nach Bestimmung',
  noOpen: 'Keiner der Vorfälle dieses Zeitraums ist offen.',
  noDeterminations: 'Kein Vorfall dieses Zeitraums hat bisher eine Bestimmung.',
  noTactics: 'Kein Vorfall dieses Zeitraums zeigt eine MITRE-Taktik.',
  noWorkload: 'Kein Vorfall dieses Zeitraums hat einen Besitzer oder ist offen.',

  'series.created': 'Neu',
  'series.resolved': 'Behoben',
  'series.open': 'Offen',

  'column.incidents': 'Vorfälle',
  'column.day': 'Tag',
  'column.tactic': 'Taktik',
  'column.analyst': 'Analyst',
  'column.total': 'Gesamt',
  'column.mtta': 'Mittlere Zeit bis zur Bestätigung',
  'column.mttr': 'Mittlere Zeit bis zur Behebung',

  'point.open': { one: '{severity}, {status}: {count} Vorfall', other: '{severity}, {status}: {count} Vorfälle' },
  'point.count': { one: '{name}: {count} Vorfall', other: '{name}: {count} Vorfälle' },
  'point.workload': { one: '{owner}, {series}: {count} Vorfall', other: '{owner}, {series}: {count} Vorfälle' },
  'point.day': '{day}: {created} neu, {resolved} behoben',

  basis: { one: 'über {count} Vorfall', other: 'über {count} Vorfälle' },
  noDuration: 'Keine Daten',
  unsupportedPart: '{what}: von diesem Back-End nicht verfügbar',
  noDurationNote: '— Kein Vorfall dieses Schweregrads hat diesen Punkt im Zeitraum bisher erreicht.',
};
export default de;
