import { SocEvidenceResponse } from './evidence-response.js';

SocEvidenceResponse.define('soc-evidence-response');

export { SocEvidenceResponse } from './evidence-response.js';
