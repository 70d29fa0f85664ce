import { SocIncidentTrend } from './incident-trend.js';

SocIncidentTrend.define('soc-incident-trend');

export { SocIncidentTrend, TREND_VIEWS, type TrendView } from './incident-trend.js';
