import { SocLiveResponse } from './live-response.js';

SocLiveResponse.define('soc-live-response');

export { SocLiveResponse } from './live-response.js';
export { LiveResponseResultEvent } from '../events/live-response-result.js';
