import { defineMessages } from '../i18n/messages.js';

/** The "Link alert to another incident" dialog's strings (English source). */
export const linkAlertsMessages = {
  title: 'Link alert to another incident',
  titleMany: 'Link alerts to another incident',
  selected: { one: '{count} alert selected', other: '{count} alerts selected' },
  alertId: 'Alert ID {id}',
  readOnly: 'You have read-only access. You cannot move alerts.',
  cannotLink: 'This backend does not allow linking alerts to other incidents.',
  noService: 'No incident service is connected.',
  form: 'Where the alerts go',

  modeLegend: 'Link to',
  modeExisting: 'Link to an existing incident',
  modeNew: 'Create new incident',
  incidentId: 'Incident ID',
  incidentIdHint: 'Enter an incident ID, or search by name or ID and choose the incident.',
  matches: 'Matching incidents',
  searching: 'Searching…',
  noMatches: 'No incident matches “{query}”.',
  searchFailed: 'Could not search incidents. {message}',
  actionSearch: 'search incidents',
  incidentOption: '{name} (ID {id})',
  chosen: 'Chosen: {name} (ID {id})',
  currentIncident: 'Current incident',
  incidentName: 'Incident name',
  incidentNameHint: 'Without a name, the new incident takes the first alert’s title.',
  comment: 'Comment',
  commentPlaceholder: 'Why are these alerts moving?',
  counter: '{count}/{max}',
  counterUnit: 'characters',

  chooseIncident: 'Enter or choose the incident to link to.',
  link: 'Link',
  linking: 'Linking…',
  actionLink: 'link alerts',
  refused: 'The alerts were not linked',

  linkedTitle: 'Alerts linked',
  linkedTo: { one: '{count} alert is now in {name} (ID {id}).', other: '{count} alerts are now in {name} (ID {id}).' },
  openIncident: 'Open incident',
} as const;

export type LinkAlertsMessages = typeof linkAlertsMessages;

export const linkAlertsCatalog = defineMessages('link-alerts', linkAlertsMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
