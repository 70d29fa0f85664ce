import '../manage/define.js';
import '../queue/define.js';
import '../trend/define.js';
import '../summary/define.js';
import '../incident-page/define.js';
import '../entity-page/define.js';
import { SocIncidentWorkspace } from './incident-workspace.js';

SocIncidentWorkspace.define('soc-incident-workspace');

export { SocIncidentWorkspace } from './incident-workspace.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
