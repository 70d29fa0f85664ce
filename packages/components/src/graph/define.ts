import { SocIncidentGraph } from './incident-graph.js';

SocIncidentGraph.define('soc-incident-graph');

export { SocIncidentGraph } from './incident-graph.js';
