import '../activity-log/define.js';
import '../alerts/define.js';
import '../assets/define.js';
import '../attack-story/define.js';
import '../evidence-response/define.js';
import '../investigations/define.js';
import '../live-response/define.js';
import '../playbooks/define.js';
import '../tasks/define.js';
import '../manage/define.js';
import '../report/define.js';
import '../similar-incidents/define.js';
import { SocIncidentPage } from './incident-page.js';

SocIncidentPage.define('soc-incident-page');

export { SocIncidentPage } from './incident-page.js';
export { AlertSelectEvent } from '../events/alert-select.js';
export { EntityOpenEvent } from '../events/entity-open.js';
export { IncidentTabChangeEvent } from '../events/incident-tab-change.js';
export { IncidentUpdatedEvent } from '../events/incident-updated.js';
export { IncidentRedirectEvent } from '../events/incident-redirect.js';
