import type { PlaybookRun } from '../api/model.js';

export interface PlaybookRunStartDetail {
  run: PlaybookRun;
}

/** A person started a playbook run; `detail.run` is the run as the backend queued it. */
export class PlaybookRunStartEvent extends CustomEvent<PlaybookRunStartDetail> {
  static readonly type = 'soc-playbook-run-start';

  constructor(run: PlaybookRun) {
    super(PlaybookRunStartEvent.type, { detail: { run }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-playbook-run-start': PlaybookRunStartEvent;
  }
}
