import type { Alert, AlertStatus } from '../api/model.js';

/** The portal's words for alert statuses. */
export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  new: 'New',
  inProgress: 'In progress',
  resolved: 'Resolved',
};

const time = (iso: string) => {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
};

/** Alerts in the order their activity began, as the story of the attack unfolds; ties keep the backend's order. */
export function byFirstActivity(alerts: Alert[]): Alert[] {
  return [...alerts].sort((a, b) => {
    const difference = time(a.firstActivityDateTime) - time(b.firstActivityDateTime);
    return Number.isNaN(difference) ? 0 : difference;
  });
}
