import type { Incident, IncidentRef } from '../api/model.js';

export interface IncidentOpenDetail {
  /** The whole incident where the opener has it (a queue row), else what names it (a related incident). */
  incident: Incident | IncidentRef;
}

/** A person asked to open an incident's own page. */
export class IncidentOpenEvent extends CustomEvent<IncidentOpenDetail> {
  static readonly type = 'soc-incident-open';

  constructor(incident: Incident | IncidentRef) {
    super(IncidentOpenEvent.type, { detail: { incident }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-open': IncidentOpenEvent;
  }
}
