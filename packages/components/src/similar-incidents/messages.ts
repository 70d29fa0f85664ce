import { defineMessages } from '../i18n/messages.js';

/** The similar incidents' strings (English source). */
export const similarIncidentsMessages = {
  empty: 'Select an incident to see the incidents like it.',
  unavailable: 'Not available from this backend',
  unavailableHint: "The connected incident service doesn't find similar incidents.",
  loading: 'Loading similar incidents…',
  actionView: 'view similar incidents',
  loadingWhat: 'similar incidents',

  heading: 'Similar incidents',
  intro: 'Incidents whose alerts share entities, alert titles or MITRE techniques with this one, most alike first.',
  noSimilar: 'No similar incidents',
  noSimilarHint: "No other incident's alerts share an entity, an alert title or a MITRE technique with this one's.",
  incidentId: 'ID {id}',
  reasonsLabel: 'What they share',

  /** Why an incident is like this one; `{values}` lists the shared values, `{count}` counts them. */
  'reason.entities': { one: '{count} shared entity: {values}', other: '{count} shared entities: {values}' },
  'reason.alertTitles': { one: 'Same alert title: {values}', other: '{count} shared alert titles: {values}' },
  'reason.techniques': { one: '{count} shared technique: {values}', other: '{count} shared techniques: {values}' },
  /** A reason of a kind this version does not know, from a host's own client: its values only. */
  'reason.other': { one: '{count} shared value: {values}', other: '{count} shared values: {values}' },
  /** The end of a shortened list of shared values. */
  moreValues: '+{count} more',
} as const;

export type SimilarIncidentsMessages = typeof similarIncidentsMessages;

export const similarIncidentsCatalog = defineMessages('similar-incidents', similarIncidentsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
