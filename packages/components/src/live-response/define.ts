import { SocLiveResponse } from './live-response.js';

SocLiveResponse.define('soc-live-response');
