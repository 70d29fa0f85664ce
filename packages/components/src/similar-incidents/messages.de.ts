import type { Translation } from '../i18n/messages.js';
import type { SimilarIncidentsMessages } from './messages.js';

const de: Translation<SimilarIncidentsMessages> = {
  empty: 'Wählen Sie einen Vorfall aus, um ähnliche Vorfälle zu sehen.',
  unavailable: 'In diesem Back-End nicht verfügbar',
  unavailableHint: 'Der verbundene Vorfalldienst findet keine ähnlichen Vorfälle.',
  loading: 'Ähnliche Vorfälle werden geladen…',
  actionView: 'ähnliche Vorfälle anzeigen',
  loadingWhat: 'ähnliche Vorfälle',

  heading: 'Ähnliche Vorfälle',
  intro:
    'Vorfälle, deren Warnungen Entitäten, Warnungstitel oder MITRE-Techniken mit diesem Vorfall gemeinsam haben, die ähnlichsten zuerst.',
  noSimilar: 'Keine ähnlichen Vorfälle',
  noSimilarHint: 'Die Warnungen keines anderen Vorfalls haben eine Entität, einen Warnungstitel oder eine MITRE-Technik mit diesem gemeinsam.',
  incidentId: 'ID {id}',
  reasonsLabel: 'Gemeinsamkeiten',

  'reason.entities': { one: '{count} gemeinsame Entität: {values}', other: '{count} gemeinsame Entitäten: {values}' },
  'reason.alertTitles': { one: 'Gleicher Warnungstitel: {values}', other: '{count} gemeinsame Warnungstitel: {values}' },
  'reason.techniques': { one: '{count} gemeinsame Technik: {values}', other: '{count} gemeinsame Techniken: {values}' },
  'reason.other': { one: '{count} gemeinsamer Wert: {values}', other: '{count} gemeinsame Werte: {values}' },
  moreValues: '+{count} weitere',
};
export default de;
