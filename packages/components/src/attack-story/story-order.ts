import type { Alert } from '../api/model.js';

/** An unreadable time sorts last: the story still shows the alert, after those it can place. */
const startOf = (alert: Alert) => {
  const parsed = Date.parse(alert.firstActivityDateTime);
  return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
};

/**
 * Alerts as the attack unfolded: oldest first activity first. Alerts that began at the same
 * moment keep a fixed order by ID, so the story reads the same whatever order the backend sent.
 */
export function inStoryOrder(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => {
    const startA = startOf(a);
    const startB = startOf(b);
    if (startA !== startB) return startA < startB ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
