import '../playbooks/define.js';
import { SocAlertList } from './alert-list.js';

SocAlertList.define('soc-alert-list');

export { SocAlertList } from './alert-list.js';
export { AlertSelectEvent } from '../events/alert-select.js';
