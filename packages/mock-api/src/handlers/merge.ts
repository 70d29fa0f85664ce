import type { HttpHandler } from 'msw';
import { parseMergeRequest } from '../validation.js';
import type { HandlerContext } from './context.js';
import { json } from './responses.js';
import { route } from './route.js';

/** Merging incidents into one of them; `/incidents/merge` is not an incident id, so it is served before `/incidents/:id`. */
export function mergeHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'post', '/incidents/merge', async ({ body, service, actor }) =>
      json(await service.mergeIncidents(actor, parseMergeRequest(await body()))),
    ),
  ];
}
