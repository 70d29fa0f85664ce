import type { Incident } from '../api/model.js';

export interface IncidentOpenDetail {
  incident: Incident;
}

/** A person asked to open an incident's own page. */
export class IncidentOpenEvent extends CustomEvent<IncidentOpenDetail> {
  static readonly type = 'soc-incident-open';

  constructor(incident: Incident) {
    super(IncidentOpenEvent.type, { detail: { incident }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-open': IncidentOpenEvent;
  }
}
