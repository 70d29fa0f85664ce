import { SocAssets } from './assets.js';

SocAssets.define('soc-assets');

export { SocAssets } from './assets.js';
export { EntityOpenEvent } from '../events/entity-open.js';
