import type { Alert } from '../api/model.js';

/** What a person asked to do with alerts: "Manage alert" or "Link alert to another incident". */
export type AlertAction = 'manage' | 'link';

export interface RequestAlertActionDetail {
  action: AlertAction;
  /** The alerts to act on: one, or many for a bulk action. */
  alerts: Alert[];
}

/**
 * A person asked to manage alerts or link them to another incident (the alert summary pane's
 * buttons). Whoever owns the dialog opens it; cancel the event to refuse.
 */
export class RequestAlertActionEvent extends CustomEvent<RequestAlertActionDetail> {
  static readonly type = 'soc-request-alert-action';

  constructor(action: AlertAction, alerts: Alert[]) {
    super(RequestAlertActionEvent.type, { detail: { action, alerts }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-request-alert-action': RequestAlertActionEvent;
  }
}
