import { SocLinkAlerts } from './link-alerts.js';

SocLinkAlerts.define('soc-link-alerts');

export { SocLinkAlerts } from './link-alerts.js';
export { AlertsLinkedEvent } from '../events/alerts-linked.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
