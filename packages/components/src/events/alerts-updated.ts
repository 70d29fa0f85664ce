import type { Alert } from '../api/model.js';

export interface AlertsUpdatedDetail {
  /** The alerts as the backend stored them: one, or every one a bulk update changed. */
  alerts: Alert[];
}

/** Alerts were saved ("Manage alert"): whoever shows them refreshes from these versions. */
export class AlertsUpdatedEvent extends CustomEvent<AlertsUpdatedDetail> {
  static readonly type = 'soc-alerts-updated';

  constructor(alerts: Alert[]) {
    super(AlertsUpdatedEvent.type, { detail: { alerts }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-alerts-updated': AlertsUpdatedEvent;
  }
}
