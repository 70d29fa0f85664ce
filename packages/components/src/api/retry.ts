import { ApiError } from './api-error.js';
import { DEFAULT_MESSAGES } from './http-status.js';

/**
 * Bounded retries for backends that throttle (Microsoft Graph, Azure Resource Manager): wait what
 * the server asked for in `Retry-After`, plus jitter so that clients throttled together do not
 * return together, and give up after `maxRetries`. Every wait ends at once when the call is aborted.
 */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 turns retrying off. */
  maxRetries: number;
  /** First backoff when the server gave no `Retry-After`; doubles on each retry. */
  baseDelayMs: number;
  /** Longest backoff without `Retry-After`. */
  maxDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the call fails `throttled` at once. */
  maxRetryAfterMs: number;
  /** Source of jitter, in [0, 1). */
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
};

/** The share of a server-given delay added as jitter, and its ceiling. */
const RETRY_AFTER_JITTER = 0.2;
const MAX_RETRY_AFTER_JITTER_MS = 1_000;

/**
 * How long to wait before retry number `retry` (0-based). With `Retry-After` the wait is at least
 * what the server asked for, never less; without it, "full jitter" exponential backoff.
 */
export function retryDelayMs(retry: number, retryAfterMs: number | undefined, policy: RetryPolicy): number {
  if (retryAfterMs !== undefined) {
    const jitter = Math.min(MAX_RETRY_AFTER_JITTER_MS, retryAfterMs * RETRY_AFTER_JITTER);
    return Math.round(retryAfterMs + policy.random() * jitter);
  }
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(policy.random() * ceiling);
}

/** Resolves after `ms`, or rejects with `ApiError` kind `aborted` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => new ApiError('aborted', DEFAULT_MESSAGES.aborted, { cause: signal?.reason });
    if (signal?.aborted) {
      reject(aborted());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Whether a failure is one the server asked us to come back from later. */
export function isRetryable(error: unknown): error is ApiError {
  return ApiError.is(error, 'throttled');
}

/**
 * Runs `attempt` until it succeeds, fails with something other than `throttled`, or has been
 * retried `policy.maxRetries` times; the last `throttled` error is rethrown as it is, with its
 * `retryAfterMs`.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || retry >= policy.maxRetries) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) throw error;
      await sleep(retryDelayMs(retry, error.retryAfterMs, policy), signal);
    }
  }
}
