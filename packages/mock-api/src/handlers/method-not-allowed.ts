import { http, type HttpHandler } from 'msw';
import type { HandlerContext } from './context.js';
import { errorResponse } from './responses.js';
import { scenarioResponse } from './route.js';

/** The order methods are listed in `Allow`. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

interface ServedPath {
  /** `['incidents', ':id']` for `/incidents/:id`. */
  segments: string[];
  methods: string[];
}

/** The paths `handlers` serve under the base URL, each with the methods it answers. */
function servedPaths(baseUrl: string, handlers: readonly HttpHandler[]): ServedPath[] {
  const methodsByPath = new Map<string, Set<string>>();
  for (const { info } of handlers) {
    if (typeof info.method !== 'string' || typeof info.path !== 'string' || !info.path.startsWith(baseUrl)) continue;
    const path = info.path.slice(baseUrl.length);
    const method = info.method.toUpperCase();
    if (path.includes('*') || !(METHODS as readonly string[]).includes(method)) continue;
    methodsByPath.set(path, (methodsByPath.get(path) ?? new Set()).add(method));
  }
  return [...methodsByPath].map(([path, methods]) => ({
    segments: path.split('/').slice(1),
    methods: METHODS.filter((method) => methods.has(method)),
  }));
}

const isParameter = (segment: string) => segment.startsWith(':');

function matches(path: ServedPath, segments: readonly string[]): boolean {
  return (
    path.segments.length === segments.length &&
    path.segments.every((segment, i) => (isParameter(segment) ? segments[i] !== '' : segment === segments[i]))
  );
}

/** Of two paths that both match, the one whose fixed segments come first: `/incidents/bulk-update` over `/incidents/:id`. */
function moreSpecific(a: ServedPath, b: ServedPath): ServedPath {
  const index = a.segments.findIndex((segment, i) => isParameter(segment) !== isParameter(b.segments[i]!));
  return index < 0 || !isParameter(a.segments[index]!) ? a : b;
}

/**
 * A 405 with `Allow` for a method that a served path does not answer (`DELETE /incidents/{id}`).
 * It runs before the endpoints, so that a fixed path is not taken for a parameter of another
 * (`GET /incidents/bulk-update` is a 405, not an incident named "bulk-update"); a request it does
 * not answer falls through to them, and an unknown path to the JSON 404.
 */
export function methodNotAllowedHandler(context: HandlerContext, handlers: readonly HttpHandler[]): HttpHandler {
  const served = servedPaths(context.baseUrl, handlers);
  return http.all(`${context.baseUrl}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const basePath = new URL(context.baseUrl, url).pathname.replace(/\/+$/, '');
    if (!url.pathname.startsWith(`${basePath}/`)) return undefined;
    const path = url.pathname.slice(basePath.length);
    // A trailing slash is ignored, as the endpoints' own path matching ignores it.
    const segments = path.replace(/\/$/, '').split('/').slice(1);
    const found = served.filter((candidate) => matches(candidate, segments)).reduce<ServedPath | undefined>(
      (best, candidate) => (best ? moreSpecific(best, candidate) : candidate),
      undefined,
    );
    if (!found || found.methods.includes(request.method)) return undefined;
    const answered = await scenarioResponse(context);
    if (answered) return answered;
    const allow = found.methods.join(', ');
    return errorResponse('methodNotAllowed', `${request.method} is not supported on ${path}; it supports ${allow}.`, {
      headers: { Allow: allow },
    });
  });
}
