import type { Alert } from '../api/model.js';

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
