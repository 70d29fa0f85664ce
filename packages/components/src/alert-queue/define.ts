import '../link-alerts/define.js';
import '../manage-alert/define.js';
import '../playbooks/define.js';
import { SocQueueFilterPanel } from '../queue/queue-filter-panel.js';
import { SocAlertQueue } from './alert-queue.js';
import { SocAlertSummary } from './alert-summary.js';

SocQueueFilterPanel.define('soc-queue-filter-panel');
SocAlertSummary.define('soc-alert-summary');
SocAlertQueue.define('soc-alert-queue');

export { SocAlertQueue } from './alert-queue.js';
export { SocAlertSummary } from './alert-summary.js';
export { AlertSelectEvent } from '../events/alert-select.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
export { RequestAlertActionEvent } from '../events/request-alert-action.js';
export { RequestCloseEvent } from '../events/request-close.js';
