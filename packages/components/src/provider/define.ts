import { SocApiProvider } from './api-provider.js';

SocApiProvider.define('soc-api-provider');

export { SocApiProvider } from './api-provider.js';
