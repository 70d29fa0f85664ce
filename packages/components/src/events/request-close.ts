/** A person asked to close a pane (its close button). The owner hides it; cancel the event to keep it open. */
export class RequestCloseEvent extends Event {
  static readonly type = 'soc-request-close';

  constructor() {
    super(RequestCloseEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-request-close': RequestCloseEvent;
  }
}
