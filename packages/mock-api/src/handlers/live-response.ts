import type { HttpHandler } from 'msw';
import { parseLiveResponseRequest } from '../validation.js';
import type { HandlerContext } from './context.js';
import { json } from './responses.js';
import { route } from './route.js';

export function liveResponseHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'post', '/devices/:id/live-response', async ({ params, body, service, actor }) => {
      const { command } = parseLiveResponseRequest(await body());
      return json(await service.runLiveResponseCommand(actor, params.id, command));
    }),
  ];
}
