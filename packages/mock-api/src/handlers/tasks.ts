import type { HttpHandler } from 'msw';
import { parseTaskDraft } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

export function taskHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/incidents/:id/tasks', async ({ params, service }) =>
      itemsResponse(await service.listTasks(params.id)),
    ),
    route(context, 'post', '/incidents/:id/tasks', async ({ params, body, service, actor }) =>
      json(await service.saveTask(actor, params.id, parseTaskDraft(await body())), 201),
    ),
    route(context, 'put', '/incidents/:id/tasks/:taskId', async ({ params, body, service, actor }) =>
      json(await service.saveTask(actor, params.id, parseTaskDraft(await body(), params.taskId))),
    ),
  ];
}
