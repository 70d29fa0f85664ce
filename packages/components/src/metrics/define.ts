import { SocIncidentMetrics } from './incident-metrics.js';

SocIncidentMetrics.define('soc-incident-metrics');

export { SocIncidentMetrics } from './incident-metrics.js';
