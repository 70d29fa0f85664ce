import '../link-alerts/define.js';
import '../manage-alert/define.js';
import '../playbooks/define.js';
import { SocAlertList } from './alert-list.js';

SocAlertList.define('soc-alert-list');

export { SocAlertList } from './alert-list.js';
export { AlertSelectEvent } from '../events/alert-select.js';
export { AlertsUpdatedEvent } from '../events/alerts-updated.js';
export { AlertsLinkedEvent } from '../events/alerts-linked.js';
