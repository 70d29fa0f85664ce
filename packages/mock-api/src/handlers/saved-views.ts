import type { HttpHandler } from 'msw';
import { parseSavedViewDraft } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json, noContent } from './responses.js';
import { route } from './route.js';

/** The signed-in person's saved queue views. */
export function savedViewHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/saved-views', async ({ service, actor }) => itemsResponse(await service.listSavedViews(actor))),
    route(context, 'post', '/saved-views', async ({ body, service, actor }) =>
      json(await service.saveSavedView(actor, parseSavedViewDraft(await body())), 201),
    ),
    route(context, 'put', '/saved-views/:id', async ({ params, body, service, actor }) =>
      json(await service.saveSavedView(actor, parseSavedViewDraft(await body(), params.id))),
    ),
    route(context, 'delete', '/saved-views/:id', async ({ params, service, actor }) => {
      await service.deleteSavedView(actor, params.id);
      return noContent();
    }),
  ];
}
