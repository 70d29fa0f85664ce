import { SocIncidentGraph } from './incident-graph.js';

SocIncidentGraph.define('soc-incident-graph');

export { SocIncidentGraph } from './incident-graph.js';
export { EntityOpenEvent } from '../events/entity-open.js';
export { GraphSelectEvent } from '../events/graph-select.js';
