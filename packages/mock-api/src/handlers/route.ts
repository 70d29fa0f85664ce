import type { Principal } from '@soc-kit/components/api';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { THROTTLE_RETRY_AFTER_SECONDS } from '../scenarios.js';
import type { IncidentService } from '../service/index.js';
import { parseJsonBody } from '../validation.js';
import type { HandlerContext } from './context.js';
import { errorResponse, responseForError } from './responses.js';

export type RouteMethod = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';

/** What a route's resolver gets: the request, its path parameters, and the live service. */
export interface RouteRequest {
  request: Request;
  url: URL;
  params: Record<string, string>;
  service: IncidentService;
  /** The signed-in person, who performs every write. */
  actor: Principal;
  baseUrl: string;
  /** The request body as JSON; a body that is not JSON is a validation error. */
  body(): Promise<unknown>;
}

export type RouteResolver = (request: RouteRequest) => Response | Promise<Response>;

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) result[key] = typeof value === 'string' ? value : value.join('/');
  }
  return result;
}

/**
 * What the scenario makes of a request before any endpoint sees it: it waits out the latency,
 * then answers for the endpoint when offline, throttled or failing; otherwise `undefined`.
 */
export async function scenarioResponse(context: HandlerContext): Promise<Response | undefined> {
  const scenario = context.scenario;
  if (scenario.latencyMs > 0) await delay(scenario.latencyMs);
  if (scenario.offline) return HttpResponse.error();
  if (scenario.throttled) {
    return errorResponse('throttled', 'Too many requests. Wait a moment and try again.', {
      headers: { 'Retry-After': String(THROTTLE_RETRY_AFTER_SECONDS) },
    });
  }
  if (context.injectFailure()) {
    return errorResponse('server', 'The server failed to process the request (simulated failure).');
  }
  return undefined;
}

/**
 * One endpoint of the REST API. The scenario applies first (latency, offline, throttling,
 * injected failures), then the resolver; every error it throws becomes a JSON error response.
 */
export function route(context: HandlerContext, method: RouteMethod, path: string, resolve: RouteResolver): HttpHandler {
  return http[method](`${context.baseUrl}${path}`, async ({ request, params }) => {
    const answered = await scenarioResponse(context);
    if (answered) return answered;
    try {
      return await resolve({
        request,
        url: new URL(request.url),
        params: stringParams(params),
        service: context.service,
        actor: context.actor(),
        baseUrl: context.baseUrl,
        body: async () => parseJsonBody(await request.text()),
      });
    } catch (error) {
      return responseForError(error);
    } finally {
      context.afterRequest();
    }
  });
}
