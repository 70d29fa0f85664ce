import type { Incident } from '../api/model.js';

export interface IncidentsMergedDetail {
  /** The incident that stayed, as it is after the merge. */
  incident: Incident;
  /** The incidents merged into it, now `redirected` with `redirectIncidentId` naming it. */
  redirected: Incident[];
}

/** Incidents were merged ("Merge incidents" in the queue): whoever shows them refreshes from these versions. */
export class IncidentsMergedEvent extends CustomEvent<IncidentsMergedDetail> {
  static readonly type = 'soc-incidents-merged';

  constructor(incident: Incident, redirected: Incident[]) {
    super(IncidentsMergedEvent.type, { detail: { incident, redirected }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incidents-merged': IncidentsMergedEvent;
  }
}
