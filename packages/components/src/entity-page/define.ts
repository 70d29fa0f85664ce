import '../entity-timeline/define.js';
import '../playbooks/define.js';
import { SocEntityPage } from './entity-page.js';

SocEntityPage.define('soc-entity-page');

export { SocEntityPage } from './entity-page.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
export { RequestCloseEvent } from '../events/request-close.js';
