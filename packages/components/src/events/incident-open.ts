import type { Incident, IncidentRef } from '../api/model.js';

export interface IncidentOpenDetail {
  /**
   * The whole incident where the opener has it (a queue row), else what names it (a related
   * incident), or only its ID (an alert's incident, from the alert queue).
   */
  incident: Incident | IncidentRef | Pick<Incident, 'id'>;
  /** The alert the page should show, when the incident was opened from one of its alerts. */
  alertId?: string;
}

/** A person asked to open an incident's own page. */
export class IncidentOpenEvent extends CustomEvent<IncidentOpenDetail> {
  static readonly type = 'soc-incident-open';

  constructor(incident: Incident | IncidentRef | Pick<Incident, 'id'>, alertId?: string) {
    super(IncidentOpenEvent.type, { detail: alertId === undefined ? { incident } : { incident, alertId }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-open': IncidentOpenEvent;
  }
}
