import type { Capability } from '../api/incident-api.js';
import { incidentPageMessages, type IncidentPageMessages } from './messages.js';

/** The incident page's tabs, in the order they are shown; the values are what a URL names. */
export const INCIDENT_PAGE_TABS = [
  'attack-story',
  'alerts',
  'assets',
  'investigations',
  'evidence-and-response',
  'similar-incidents',
  'activity',
  'tasks',
] as const;
export type IncidentPageTab = (typeof INCIDENT_PAGE_TABS)[number];

/** Each tab's name in the incident page's catalog. */
export const INCIDENT_PAGE_TAB_MESSAGES = {
  'attack-story': 'tab.attackStory',
  alerts: 'tab.alerts',
  assets: 'tab.assets',
  investigations: 'tab.investigations',
  'evidence-and-response': 'tab.evidenceAndResponse',
  'similar-incidents': 'tab.similarIncidents',
  activity: 'tab.activity',
  tasks: 'tab.tasks',
} as const satisfies Record<IncidentPageTab, keyof IncidentPageMessages>;

/** The tabs' English names, to iterate over or document; the page shows them through its catalog. */
export const INCIDENT_PAGE_TAB_LABELS: Record<IncidentPageTab, string> = Object.fromEntries(
  INCIDENT_PAGE_TABS.map((tab) => [tab, incidentPageMessages[INCIDENT_PAGE_TAB_MESSAGES[tab]]]),
) as Record<IncidentPageTab, string>;

/** A tab shows only when the client can fill it: no tab that could only ever say "not supported". */
const TAB_CAPABILITIES: Partial<Record<IncidentPageTab, Capability>> = {
  investigations: 'investigations',
  'evidence-and-response': 'evidence',
  'similar-incidents': 'similarIncidents',
  tasks: 'tasks',
};

/** The tabs a client with `capabilities` can fill, in order. */
export function incidentPageTabsFor(capabilities: ReadonlySet<Capability>): IncidentPageTab[] {
  return INCIDENT_PAGE_TABS.filter((tab) => {
    const needed = TAB_CAPABILITIES[tab];
    return !needed || capabilities.has(needed);
  });
}

export function isIncidentPageTab(value: unknown): value is IncidentPageTab {
  return (INCIDENT_PAGE_TABS as readonly unknown[]).includes(value);
}

/** The tab an incident page opens on. */
export const DEFAULT_INCIDENT_PAGE_TAB: IncidentPageTab = 'attack-story';
