import { SocManageIncident } from './manage-incident.js';

SocManageIncident.define('soc-manage-incident');

export { SocManageIncident } from './manage-incident.js';
export { IncidentUpdatedEvent } from '../events/incident-updated.js';
