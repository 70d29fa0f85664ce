import { ApiError } from './api-error.js';
import { DEFAULT_MESSAGES } from './http-status.js';

export interface FetchTextOptions {
  /** The caller's signal: aborting it rejects with kind `aborted`. */
  signal?: AbortSignal;
  /** The time the request and its body may take before it fails with kind `timeout`. */
  timeoutMs: number;
}

/**
 * One HTTP exchange, start to finish, for every client of an HTTP backend: the body is read
 * inside the time limit too, and a transport failure becomes an `ApiError` (aborted by the
 * caller, timed out, or a network failure). HTTP error statuses are the caller's to map.
 */
export async function fetchText(
  fetchImpl: typeof globalThis.fetch,
  url: string,
  init: Omit<RequestInit, 'signal'>,
  { signal: callerSignal, timeoutMs }: FetchTextOptions,
): Promise<{ response: Response; text: string }> {
  if (callerSignal?.aborted) throw new ApiError('aborted', DEFAULT_MESSAGES.aborted, { cause: callerSignal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
  }, timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const response = await fetchImpl(url, { ...init, signal: controller.signal });
    return { response, text: await response.text() };
  } catch (cause) {
    if (callerSignal?.aborted) throw new ApiError('aborted', DEFAULT_MESSAGES.aborted, { cause });
    if (timedOut) {
      throw new ApiError('timeout', `The server did not answer within ${timeoutMs / 1000} seconds.`, { cause });
    }
    throw new ApiError('network', DEFAULT_MESSAGES.network, { cause });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}
