import type { HttpHandler } from 'msw';
import { parseTimelineQuery } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** An incident's evidence and the entity page: details, timeline, insights. */
export function entityHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/evidence', async ({ params, service }) =>
      itemsResponse(await service.listEvidence(params.id)),
    ),
    route(context, 'get', '/entities/:id', async ({ params, service }) => json(await service.getEntity(params.id))),
    route(context, 'get', '/entities/:id/timeline', async ({ params, url, service }) =>
      json(await service.getEntityTimeline(params.id, parseTimelineQuery(url.searchParams))),
    ),
    route(context, 'get', '/entities/:id/insights', async ({ params, service }) =>
      json(await service.getEntityInsights(params.id)),
    ),
  ];
}
