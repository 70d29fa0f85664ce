import type { HttpHandler } from 'msw';
import { parseAutomationRuleDraft } from '../validation.js';
import type { HandlerContext } from './context.js';
import { itemsResponse, json, noContent } from './responses.js';
import { route } from './route.js';

export function automationRuleHandlers(context: HandlerContext): HttpHandler[] {
  return [
    route(context, 'get', '/automation-rules', async ({ service }) =>
      itemsResponse(await service.listAutomationRules()),
    ),
    route(context, 'post', '/automation-rules', async ({ body, service, actor }) =>
      json(await service.saveAutomationRule(actor, parseAutomationRuleDraft(await body())), 201),
    ),
    route(context, 'put', '/automation-rules/:id', async ({ params, body, service, actor }) =>
      json(await service.saveAutomationRule(actor, parseAutomationRuleDraft(await body(), params.id))),
    ),
    route(context, 'delete', '/automation-rules/:id', async ({ params, service, actor }) => {
      await service.deleteAutomationRule(actor, params.id);
      return noContent();
    }),
  ];
}
