import { SocEvidenceResponse } from './evidence-response.js';

SocEvidenceResponse.define('soc-evidence-response');

export { SocEvidenceResponse } from './evidence-response.js';
export { EntityOpenEvent } from '../events/entity-open.js';
export { RemediationChangedEvent } from '../events/remediation-changed.js';
export { RequestLiveResponseEvent } from '../events/request-live-response.js';
