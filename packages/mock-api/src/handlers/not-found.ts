import type { HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { errorResponse } from './responses.js';
import { route } from './route.js';

/** Anything else under the base URL: a JSON 404 rather than a request that falls through. */
export function notFoundHandler(context: HandlerContext): HttpHandler {
  return route(context, 'all', '/*', ({ request, url, baseUrl }) => {
    const basePath = new URL(baseUrl, url).pathname.replace(/\/+$/, '');
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
    return errorResponse('notFound', `The API has no ${request.method} ${path}.`);
  });
}
