import { SocSimilarIncidents } from './similar-incidents.js';

SocSimilarIncidents.define('soc-similar-incidents');

export { SocSimilarIncidents } from './similar-incidents.js';
export { IncidentOpenEvent } from '../events/incident-open.js';
