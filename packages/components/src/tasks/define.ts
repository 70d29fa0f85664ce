import { SocIncidentTasks } from './incident-tasks.js';

SocIncidentTasks.define('soc-incident-tasks');

export { SocIncidentTasks } from './incident-tasks.js';
export { TaskSavedEvent } from '../events/task-saved.js';
