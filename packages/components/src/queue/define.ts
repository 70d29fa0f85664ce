import { SocMergeIncidentsDialog } from '../merge/merge-incidents-dialog.js';
import { SocIncidentQueue } from './incident-queue.js';
import { SocQueueColumnPicker } from './queue-column-picker.js';
import { SocQueueFilterPanel } from './queue-filter-panel.js';
import { SocQueueSavedViews } from './saved-views-menu.js';

SocQueueFilterPanel.define('soc-queue-filter-panel');
SocQueueColumnPicker.define('soc-queue-column-picker');
SocQueueSavedViews.define('soc-queue-saved-views');
SocMergeIncidentsDialog.define('soc-merge-incidents-dialog');
SocIncidentQueue.define('soc-incident-queue');

export { SocIncidentQueue } from './incident-queue.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
export { IncidentSelectEvent } from '../events/incident-select.js';
export { IncidentsMergedEvent } from '../events/incidents-merged.js';
export { RequestManageEvent } from '../events/request-manage.js';
export { SavedViewApplyEvent } from '../events/saved-view-apply.js';
export { SavedViewDeletedEvent } from '../events/saved-view-deleted.js';
export { SavedViewSavedEvent } from '../events/saved-view-saved.js';
