import '../alerts/define.js';
import '../assets/define.js';
import '../manage/define.js';
import '../report/define.js';
import { SocIncidentPage } from './incident-page.js';

SocIncidentPage.define('soc-incident-page');
