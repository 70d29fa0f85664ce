import { SocInvestigations } from './investigations.js';

SocInvestigations.define('soc-investigations');

export { SocInvestigations } from './investigations.js';
