import type { HttpHandler } from 'msw';
import { parseMetricsQuery, parseTrendQuery } from '../validation.js';
import type { HandlerContext } from './context.js';
import { json } from './responses.js';
import { route } from './route.js';

/** The queue's trend and the SOC lead's incident metrics; every role may read them. */
export function metricsHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/metrics/incident-trend', async ({ url, service }) =>
      json(await service.getIncidentTrend(parseTrendQuery(url.searchParams))),
    ),
    route(context, 'get', '/metrics/incidents', async ({ url, service }) =>
      json(await service.getIncidentMetrics(parseMetricsQuery(url.searchParams))),
    ),
  ];
}
