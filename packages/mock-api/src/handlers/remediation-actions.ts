import type { HttpHandler } from 'msw';
import { parseDecision, parseRemediationFilter, parseRemediationRequest } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json } from './responses.js';
import { route } from './route.js';

/** Pending and manual remediation actions: list, approve or reject, start one on an entity. */
export function remediationActionHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/remediation-actions', async ({ url, service }) =>
      itemsResponse(await service.listRemediationActions(parseRemediationFilter(url.searchParams))),
    ),
    route(context, 'post', '/remediation-actions/:id/decision', async ({ params, body, service, actor }) => {
      const { decision, comment } = parseDecision(await body());
      return json(await service.decideRemediationAction(actor, params.id, decision, comment));
    }),
    route(context, 'post', '/entities/:id/remediation', async ({ params, body, service, actor }) => {
      const { type } = parseRemediationRequest(await body());
      return json(await service.runRemediationAction(actor, params.id, type), 201);
    }),
  ];
}
