import { SocIncidentQueue } from './incident-queue.js';
import { SocQueueColumnPicker } from './queue-column-picker.js';
import { SocQueueFilterPanel } from './queue-filter-panel.js';

SocQueueFilterPanel.define('soc-queue-filter-panel');
SocQueueColumnPicker.define('soc-queue-column-picker');
SocIncidentQueue.define('soc-incident-queue');

export { SocIncidentQueue } from './incident-queue.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
export { IncidentSelectEvent } from '../events/incident-select.js';
export { RequestManageEvent } from '../events/request-manage.js';
