import { SocInvestigations } from './investigations.js';

SocInvestigations.define('soc-investigations');

export { SocInvestigations } from './investigations.js';
export { RemediationChangedEvent } from '../events/remediation-changed.js';
