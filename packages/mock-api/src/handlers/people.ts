import type { HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** Who incidents can be assigned to, and who is signed in. */
export function peopleHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/assignees', async ({ service }) => itemsResponse(await service.listAssignees())),
    route(context, 'get', '/me', ({ actor }) => json(actor)),
  ];
}
