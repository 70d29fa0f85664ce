import { SocActivityLog } from './activity-log.js';

SocActivityLog.define('soc-activity-log');

export { SocActivityLog } from './activity-log.js';
export { CommentAddedEvent } from '../events/comment-added.js';
