import type { DeviceEntity } from '../api/model.js';

export interface RequestLiveResponseDetail {
  /** The device to open a live response session on. */
  device: DeviceEntity;
}

/**
 * A person asked to start a live response session on a device ("Initiate live response").
 * The page decides where the console opens; cancel the event to refuse.
 */
export class RequestLiveResponseEvent extends CustomEvent<RequestLiveResponseDetail> {
  static readonly type = 'soc-request-live-response';

  constructor(device: DeviceEntity) {
    super(RequestLiveResponseEvent.type, { detail: { device }, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-request-live-response': RequestLiveResponseEvent;
  }
}
