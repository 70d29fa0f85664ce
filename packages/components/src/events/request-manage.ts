import type { Incident } from '../api/model.js';

export interface RequestManageDetail {
  /** The incidents to manage together: one, or many for a bulk update. */
  incidents: Incident[];
}

/**
 * A person asked to manage incidents ("Manage incidents" in the queue). Whoever owns the manage
 * dialog opens it; cancel the event to refuse.
 */
export class RequestManageEvent extends CustomEvent<RequestManageDetail> {
  static readonly type = 'soc-request-manage';

  constructor(incidents: Incident[]) {
    super(RequestManageEvent.type, { detail: { incidents }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-request-manage': RequestManageEvent;
  }
}
