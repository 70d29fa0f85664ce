import { SocManageAlert } from './manage-alert.js';

SocManageAlert.define('soc-manage-alert');

export { SocManageAlert } from './manage-alert.js';
export { AlertsUpdatedEvent } from '../events/alerts-updated.js';
