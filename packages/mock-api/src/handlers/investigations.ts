import type { HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { itemsResponse } from './responses.js';
import { route } from './route.js';

export function investigationHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/investigations', async ({ params, service }) =>
      itemsResponse(await service.listInvestigations(params.id)),
    ),
  ];
}
