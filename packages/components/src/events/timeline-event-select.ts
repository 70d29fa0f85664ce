import type { TimelineEvent } from '../api/model.js';

export interface TimelineEventSelectDetail {
  timelineEvent: TimelineEvent;
}

/** A person picked an event on an entity's timeline: its details open beside the list. */
export class TimelineEventSelectEvent extends CustomEvent<TimelineEventSelectDetail> {
  static readonly type = 'soc-timeline-event-select';

  constructor(timelineEvent: TimelineEvent) {
    super(TimelineEventSelectEvent.type, { detail: { timelineEvent }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-timeline-event-select': TimelineEventSelectEvent;
  }
}
