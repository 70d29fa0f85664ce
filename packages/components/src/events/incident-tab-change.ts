import type { IncidentPageTab } from '../incident-page/incident-page-tabs.js';

export interface IncidentTabChangeDetail {
  /** The tab now shown. */
  tab: IncidentPageTab;
}

/** A person chose another tab on the incident page; a host can put it in the URL. */
export class IncidentTabChangeEvent extends CustomEvent<IncidentTabChangeDetail> {
  static readonly type = 'soc-incident-tab-change';

  constructor(tab: IncidentPageTab) {
    super(IncidentTabChangeEvent.type, { detail: { tab }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-incident-tab-change': IncidentTabChangeEvent;
  }
}
