import { defineMessages } from '../i18n/messages.js';

/** The Attack story tab's strings (English source). */
export const attackStoryMessages = {
  empty: 'Select an incident to see its attack story.',
  storyHeading: 'Alert story',
  graphHeading: 'Incident graph',
  alertCount: { one: '{count} alert', other: '{count} alerts' },
  loading: 'Loading alerts…',
  actionView: 'view the alerts of this incident',
  loadingWhat: 'alerts',
  noAlerts: 'No alerts',
  graphMatches: {
    one: '{count} alert matches the graph selection.',
    other: '{count} alerts match the graph selection.',
  },
  listLabel: 'Alerts, oldest first',
  selectedInGraph: 'Selected in graph',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  /** Read before the alert's title as the disclosure button's name ("Details: <title>"). */
  detailsPrefix: 'Details:',
  entitiesLabel: 'Entities',
  /** Read before an entity's name in a chip ("Device: <name>"). */
  entityTypePrefix: '{type}:',
  moreEntities: '+{count} more',
  playbooksLabel: 'Playbooks on this alert',
} as const;

export type AttackStoryMessages = typeof attackStoryMessages;

export const attackStoryCatalog = defineMessages('attack-story', attackStoryMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});
