import type { HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

export function alertHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/alerts', async ({ params, service }) =>
      itemsResponse(await service.listAlerts(params.id)),
    ),
    route(context, 'get', '/alerts/:id', async ({ params, service }) => json(await service.getAlert(params.id))),
  ];
}
