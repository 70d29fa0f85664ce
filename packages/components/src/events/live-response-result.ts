import type { LiveResponseResult } from '../api/model.js';

export interface LiveResponseResultDetail {
  result: LiveResponseResult;
}

/** A live response command was answered (completed or failed on the device); `detail.result` is the answer. */
export class LiveResponseResultEvent extends CustomEvent<LiveResponseResultDetail> {
  static readonly type = 'soc-live-response-result';

  constructor(result: LiveResponseResult) {
    super(LiveResponseResultEvent.type, { detail: { result }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-live-response-result': LiveResponseResultEvent;
  }
}
