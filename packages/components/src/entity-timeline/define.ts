import { SocEntityTimeline } from './entity-timeline.js';

SocEntityTimeline.define('soc-entity-timeline');
