import { ApiError } from '../api/api-error.js';

/** How a failed load reads on screen, and whether offering "Retry" makes sense. */
export interface LoadErrorView {
  title: string;
  message: string;
  canRetry: boolean;
}

function seconds(ms: number | undefined): number {
  return Math.max(1, Math.ceil((ms ?? 1000) / 1000));
}

/** Maps each `ApiError` kind to what a person can read and do about it; `what` names the data ("incidents"). */
export function describeLoadError(error: unknown, what: string): LoadErrorView {
  if (!(error instanceof ApiError)) {
    return { title: `Couldn't load ${what}`, message: error instanceof Error ? error.message : String(error), canRetry: true };
  }
  const { message } = error;
  switch (error.kind) {
    case 'forbidden':
      return { title: `Your role can't view ${what}`, message, canRetry: false };
    case 'unauthorized':
      return { title: 'Your session has ended', message: `${message} Sign in again, then retry.`, canRetry: true };
    case 'throttled': {
      const wait = seconds(error.retryAfterMs);
      return {
        title: 'Too many requests',
        message: `${message} Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
        canRetry: true,
      };
    }
    case 'network':
      return { title: "Can't reach the incident service", message, canRetry: true };
    case 'timeout':
      return { title: 'The incident service took too long to answer', message, canRetry: true };
    case 'validation':
      return { title: `Couldn't load ${what} for these filters`, message, canRetry: false };
    case 'notFound':
      return { title: `Couldn't find ${what}`, message, canRetry: true };
    default:
      return { title: `Couldn't load ${what}`, message, canRetry: true };
  }
}
