import type { HttpHandler } from 'msw';
import { parseSimilarQuery } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse } from './responses.js';
import { route } from './route.js';

/** The incidents like one, most alike first, with what they share. */
export function similarHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/similar', async ({ params, url, service }) =>
      itemsResponse(await service.listSimilarIncidents(params.id, parseSimilarQuery(url.searchParams))),
    ),
  ];
}
