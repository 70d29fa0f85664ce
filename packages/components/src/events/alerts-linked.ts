import type { LinkAlertsResult } from '../api/model.js';

export interface AlertsLinkedDetail {
  /** The alerts that moved. */
  alertIds: string[];
  /** The incident they are in now, and the incidents they left, as the backend has them after the move. */
  result: LinkAlertsResult;
}

/**
 * Alerts were moved to another incident or into a new one ("Link alert to another incident"):
 * whoever shows those alerts or incidents loads them again.
 */
export class AlertsLinkedEvent extends CustomEvent<AlertsLinkedDetail> {
  static readonly type = 'soc-alerts-linked';

  constructor(alertIds: string[], result: LinkAlertsResult) {
    super(AlertsLinkedEvent.type, { detail: { alertIds, result }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-alerts-linked': AlertsLinkedEvent;
  }
}
