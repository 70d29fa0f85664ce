import type { PlaybookRun } from '../api/model.js';

export interface PlaybookRunEndDetail {
  run: PlaybookRun;
}

/**
 * A playbook run the runner had seen queued or running has ended (succeeded or failed);
 * `detail.run` is the run as it ended. What the run did (comments, a ticket) is now in the record.
 */
export class PlaybookRunEndEvent extends CustomEvent<PlaybookRunEndDetail> {
  static readonly type = 'soc-playbook-run-end';

  constructor(run: PlaybookRun) {
    super(PlaybookRunEndEvent.type, { detail: { run }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-playbook-run-end': PlaybookRunEndEvent;
  }
}
