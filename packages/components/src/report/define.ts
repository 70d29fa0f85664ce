import { SocExportIncident } from './export-incident.js';

SocExportIncident.define('soc-export-incident');
