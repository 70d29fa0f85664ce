import type { HttpHandler } from 'msw';
import { alertHandlers } from './alerts.js';
import { automationRuleHandlers } from './automation-rules.js';
import { commentHandlers } from './comments.js';
import type { HandlerContext } from './context.js';
import { entityHandlers } from './entities.js';
import { incidentHandlers } from './incidents.js';
import { investigationHandlers } from './investigations.js';
import { liveResponseHandlers } from './live-response.js';
import { mergeHandlers } from './merge.js';
import { methodNotAllowedHandler } from './method-not-allowed.js';
import { metricsHandlers } from './metrics.js';
import { notFoundHandler } from './not-found.js';
import { peopleHandlers } from './people.js';
import { playbookHandlers } from './playbooks.js';
import { remediationActionHandlers } from './remediation-actions.js';
import { savedViewHandlers } from './saved-views.js';
import { similarHandlers } from './similar.js';
import { taskHandlers } from './tasks.js';

export type { HandlerContext } from './context.js';
export { errorResponse, type ErrorBody, type ErrorCode } from './responses.js';
export { route, type RouteMethod, type RouteRequest, type RouteResolver } from './route.js';
export {
  alertHandlers,
  automationRuleHandlers,
  commentHandlers,
  entityHandlers,
  incidentHandlers,
  investigationHandlers,
  liveResponseHandlers,
  mergeHandlers,
  methodNotAllowedHandler,
  metricsHandlers,
  notFoundHandler,
  peopleHandlers,
  playbookHandlers,
  remediationActionHandlers,
  savedViewHandlers,
  similarHandlers,
  taskHandlers,
};

/**
 * Every endpoint of the REST API under `context.baseUrl`: first the 405 for a method a served
 * path does not answer, then the endpoints, then the JSON 404 for any other path.
 */
export function createHandlers(context: HandlerContext): HttpHandler[] {
  const endpoints = [
    ...mergeHandlers(context),
    ...incidentHandlers(context),
    ...alertHandlers(context),
    ...similarHandlers(context),
    ...entityHandlers(context),
    ...commentHandlers(context),
    ...taskHandlers(context),
    ...investigationHandlers(context),
    ...remediationActionHandlers(context),
    ...liveResponseHandlers(context),
    ...playbookHandlers(context),
    ...automationRuleHandlers(context),
    ...metricsHandlers(context),
    ...savedViewHandlers(context),
    ...peopleHandlers(context),
  ];
  return [methodNotAllowedHandler(context, endpoints), ...endpoints, notFoundHandler(context)];
}
