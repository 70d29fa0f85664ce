import type { Incident } from '@soc-kit/components/api';
import { HttpResponse } from 'msw';
import { ServiceError, type ServiceErrorCode } from '../service/service-error.js';

/** The `code` of an error body: the client's `ApiErrorKind` for the same failure. */
export type ErrorCode = ServiceErrorCode | 'methodNotAllowed' | 'throttled' | 'server';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string; current?: Incident };
}

const STATUS_FOR_CODE: Record<ErrorCode, number> = {
  validation: 400,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  conflict: 409,
  throttled: 429,
  server: 500,
};

/** An incident's `etag` as an HTTP entity tag, which is always quoted. */
export function etagHeader(incident: Pick<Incident, 'etag'>): string {
  return /^(?:W\/)?".*"$/.test(incident.etag) ? incident.etag : `"${incident.etag}"`;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(body as never, { status, headers });
}

export function incidentResponse(incident: Incident, status = 200, headers: Record<string, string> = {}): Response {
  return json(incident, status, { ETag: etagHeader(incident), ...headers });
}

export function itemsResponse(items: readonly unknown[]): Response {
  return json({ items });
}

export function noContent(): Response {
  return new HttpResponse(null, { status: 204 });
}

export function errorResponse(
  code: ErrorCode,
  message: string,
  details: { field?: string; current?: Incident; headers?: Record<string, string> } = {},
): Response {
  const body: ErrorBody = { error: { code, message } };
  if (details.field !== undefined) body.error.field = details.field;
  const headers = { ...details.headers };
  if (details.current !== undefined) {
    body.error.current = details.current;
    headers.ETag = etagHeader(details.current);
  }
  return json(body, STATUS_FOR_CODE[code], headers);
}

/** A `ServiceError` as its status and body; anything else is a 500 that reveals nothing inside. */
export function responseForError(error: unknown): Response {
  if (error instanceof ServiceError) {
    return errorResponse(error.code, error.message, error.details);
  }
  console.error('The mock backend failed unexpectedly:', error);
  return errorResponse('server', 'The server hit an unexpected error. Try again later.');
}
