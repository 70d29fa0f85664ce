import { SocPlaybookRunner } from './playbook-runner.js';

SocPlaybookRunner.define('soc-playbook-runner');

export { SocPlaybookRunner } from './playbook-runner.js';
export { PlaybookRunEndEvent } from '../events/playbook-run-end.js';
export { PlaybookRunStartEvent } from '../events/playbook-run-start.js';
