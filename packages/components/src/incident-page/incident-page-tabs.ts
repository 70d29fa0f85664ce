/** The incident page's tabs, in the order they are shown. */
export const INCIDENT_PAGE_TABS = ['alerts', 'assets'] as const;
export type IncidentPageTab = (typeof INCIDENT_PAGE_TABS)[number];

export const INCIDENT_PAGE_TAB_LABELS: Record<IncidentPageTab, string> = {
  alerts: 'Alerts',
  assets: 'Assets',
};

export function isIncidentPageTab(value: unknown): value is IncidentPageTab {
  return (INCIDENT_PAGE_TABS as readonly unknown[]).includes(value);
}
