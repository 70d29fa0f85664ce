import { SocAssets } from './assets.js';

SocAssets.define('soc-assets');
