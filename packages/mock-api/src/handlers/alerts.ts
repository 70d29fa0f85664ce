import type { HttpHandler } from 'msw';
import { parseAlertBulkUpdate, parseAlertPatch, parseAlertQuery, parseLinkAlertsRequest } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** The alert queue, one alert, managing alerts and moving them between incidents; fixed paths before `/alerts/:id`. */
export function alertHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/alerts', async ({ url, service }) => json(await service.listAlerts(parseAlertQuery(url.searchParams)))),
    route(context, 'get', '/incidents/:id/alerts', async ({ params, service }) =>
      itemsResponse(await service.listIncidentAlerts(params.id)),
    ),
    route(context, 'post', '/alerts/bulk-update', async ({ body, service, actor }) => {
      const { ids, patch } = parseAlertBulkUpdate(await body());
      return json(await service.updateAlerts(actor, ids, patch));
    }),
    route(context, 'post', '/alerts/link', async ({ body, service, actor }) =>
      json(await service.linkAlerts(actor, parseLinkAlertsRequest(await body()))),
    ),
    route(context, 'get', '/alerts/:id', async ({ params, service }) => json(await service.getAlert(params.id))),
    route(context, 'patch', '/alerts/:id', async ({ params, body, service, actor }) =>
      json(await service.updateAlert(actor, params.id, parseAlertPatch(await body()))),
    ),
  ];
}
