import { SocExportIncident } from './export-incident.js';

SocExportIncident.define('soc-export-incident');

export { SocExportIncident } from './export-incident.js';
