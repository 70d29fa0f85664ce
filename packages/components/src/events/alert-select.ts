import type { Alert } from '../api/model.js';

export interface AlertSelectDetail {
  alert: Alert;
}

/** A person picked an alert of an incident to look at: its details panel opens. */
export class AlertSelectEvent extends CustomEvent<AlertSelectDetail> {
  static readonly type = 'soc-alert-select';

  constructor(alert: Alert) {
    super(AlertSelectEvent.type, { detail: { alert }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-alert-select': AlertSelectEvent;
  }
}
