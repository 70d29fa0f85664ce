import { SocIncidentSummary } from './incident-summary.js';

SocIncidentSummary.define('soc-incident-summary');

export { SocIncidentSummary } from './incident-summary.js';
