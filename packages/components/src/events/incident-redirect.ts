import type { Incident } from '../api/model.js';

export interface IncidentRedirectDetail {
  /** The incident that was asked for: merged into another, it has no content of its own any more. */
  fromId: string;
  /** The incident it was merged into (at the end of a chain of merges), which is shown instead. */
  incident: Incident;
}

/**
 * The incident page was asked for a merged incident and shows the incident it was merged into:
 * a host that names the shown incident (in the URL, say) names `detail.incident` now.
 */
export class IncidentRedirectEvent extends CustomEvent<IncidentRedirectDetail> {
  static readonly type = 'soc-incident-redirect';

  constructor(fromId: string, incident: Incident) {
    super(IncidentRedirectEvent.type, { detail: { fromId, incident }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-redirect': IncidentRedirectEvent;
  }
}
