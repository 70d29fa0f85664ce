import type { ApiErrorKind } from './api-error.js';

/**
 * What an HTTP failure means to a UI, shared by every client of an HTTP backend:
 * the error kind for a status, a sentence for each kind, and the `Retry-After` delay.
 */

export const DEFAULT_MESSAGES: Readonly<Record<ApiErrorKind, string>> = {
  network: 'Could not reach the server. Check the connection and try again.',
  timeout: 'The server took too long to answer. Try again.',
  aborted: 'The request was cancelled.',
  unauthorized: 'Your session has expired or you are not signed in. Sign in and try again.',
  forbidden: 'You do not have permission to do this.',
  notFound: 'The item was not found. It may have been deleted or moved.',
  conflict: 'Someone else changed this item. Review the latest version and try again.',
  validation: 'The server did not accept the request. Check the values and try again.',
  throttled: 'The server is busy. Wait a moment and try again.',
  server: 'The server had a problem. Try again later.',
  badResponse: 'The server sent a response the app could not read.',
};

export function kindForStatus(status: number): ApiErrorKind {
  switch (status) {
    case 400:
    case 413:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
    case 410:
      return 'notFound';
    case 408:
      return 'timeout';
    case 409:
    case 412:
      return 'conflict';
    case 429:
      return 'throttled';
    default:
      return status >= 500 ? 'server' : 'badResponse';
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
