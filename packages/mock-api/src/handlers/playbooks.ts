import type { HttpHandler } from 'msw';
import { parsePlaybookRunRequest, parsePlaybookTargetQuery } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** Playbooks and their runs on an incident, alert or entity. */
export function playbookHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/playbooks', async ({ service }) => itemsResponse(await service.listPlaybooks())),
    route(context, 'post', '/playbooks/:id/runs', async ({ params, body, service, actor }) => {
      const { target } = parsePlaybookRunRequest(await body());
      return json(await service.runPlaybook(actor, params.id, target), 201);
    }),
    route(context, 'get', '/playbook-runs', async ({ url, service }) =>
      itemsResponse(await service.listPlaybookRuns(parsePlaybookTargetQuery(url.searchParams))),
    ),
  ];
}
