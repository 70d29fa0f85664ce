import { SocInvestigations } from './investigations.js';

SocInvestigations.define('soc-investigations');
