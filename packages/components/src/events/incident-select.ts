import type { Incident } from '../api/model.js';

export interface IncidentSelectDetail {
  incident: Incident;
}

/** A person picked an incident to look at (a queue row clicked): show its summary. */
export class IncidentSelectEvent extends CustomEvent<IncidentSelectDetail> {
  static readonly type = 'soc-incident-select';

  constructor(incident: Incident) {
    super(IncidentSelectEvent.type, { detail: { incident }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-select': IncidentSelectEvent;
  }
}
