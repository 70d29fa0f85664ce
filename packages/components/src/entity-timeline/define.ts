import { SocEntityTimeline } from './entity-timeline.js';

SocEntityTimeline.define('soc-entity-timeline');

export { SocEntityTimeline } from './entity-timeline.js';
export { TimelineEventSelectEvent } from '../events/timeline-event-select.js';
