import { SocActivityLog } from './activity-log.js';

SocActivityLog.define('soc-activity-log');
