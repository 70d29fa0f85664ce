import type { HttpHandler } from 'msw';
import { parseComment } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

export function commentHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/comments', async ({ params, service }) =>
      itemsResponse(await service.listComments(params.id)),
    ),
    route(context, 'post', '/incidents/:id/comments', async ({ params, body, service, actor }) =>
      json(await service.addComment(actor, params.id, parseComment(await body())), 201),
    ),
  ];
}
