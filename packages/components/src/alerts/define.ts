import { SocAlertList } from './alert-list.js';

SocAlertList.define('soc-alert-list');
