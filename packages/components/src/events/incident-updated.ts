import type { Incident } from '../api/model.js';

export interface IncidentUpdatedDetail {
  /** The incidents as the backend stored them: one, or every one a bulk update changed. */
  incidents: Incident[];
}

/** Incidents were saved (the manage dialog): whoever shows them refreshes from these versions. */
export class IncidentUpdatedEvent extends CustomEvent<IncidentUpdatedDetail> {
  static readonly type = 'soc-incident-updated';

  constructor(incidents: Incident[]) {
    super(IncidentUpdatedEvent.type, { detail: { incidents }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-updated': IncidentUpdatedEvent;
  }
}
