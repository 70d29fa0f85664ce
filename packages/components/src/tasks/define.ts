import { SocIncidentTasks } from './incident-tasks.js';

SocIncidentTasks.define('soc-incident-tasks');
