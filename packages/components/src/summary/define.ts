import { SocIncidentSummary } from './incident-summary.js';

SocIncidentSummary.define('soc-incident-summary');

export { SocIncidentSummary } from './incident-summary.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
export { RequestCloseEvent } from '../events/request-close.js';
export { RequestManageEvent } from '../events/request-manage.js';
