import { ApiError } from '../api/api-error.js';

/** What a failed call means for the person looking at the screen. */
export interface ErrorDescription {
  /** A short heading for the failure. */
  title: string;
  /** The sentence to show: the error's own message, with what to do next when it adds something. */
  message: string;
  /** Whether a "Retry" button can help. */
  canRetry: boolean;
}

export interface DescribeOptions {
  /** What the person tried, completing "Your role cannot …" (e.g. "change incidents"). */
  action: string;
  /** For a failed load: what could not be loaded (e.g. "incidents"); it names the failure in the title. */
  loading?: string;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function retryHint(error: ApiError): string {
  if (error.retryAfterMs === undefined) return 'Try again in a moment.';
  const wait = seconds(error.retryAfterMs);
  return `Try again in ${wait} second${wait === 1 ? '' : 's'}.`;
}

/** Maps any failure to a UI state: every `ApiError` kind has its own heading and advice. */
export function describeApiError(error: unknown, { action, loading }: DescribeOptions): ErrorDescription {
  const generic = loading ? `Couldn't load ${loading}` : 'Something went wrong';
  if (!(error instanceof ApiError)) {
    const message = error instanceof Error && error.message ? error.message : 'An unexpected error occurred.';
    return { title: generic, message, canRetry: true };
  }
  const { message } = error;
  switch (error.kind) {
    case 'network':
      return { title: "Can't reach the incident service", message, canRetry: true };
    case 'timeout':
      return { title: 'The incident service took too long to answer', message, canRetry: true };
    case 'unauthorized':
      return { title: 'Your session has ended', message: `${message} Sign in again, then retry.`, canRetry: true };
    case 'forbidden':
      return {
        title: loading ? `Your role can't view ${loading}` : 'Not allowed',
        message: `Your role cannot ${action}. ${message}`,
        canRetry: false,
      };
    case 'notFound':
      return { title: loading ? `Couldn't find ${loading}` : 'Not found', message, canRetry: !!loading };
    case 'conflict':
      return { title: 'Changed by someone else', message, canRetry: true };
    case 'validation':
      return { title: loading ? `Couldn't load ${loading} for these filters` : 'Check the values', message, canRetry: false };
    case 'throttled': {
      // Keep the backend's explanation but say once, and precisely, when to try again.
      const explanation = message.replace(/[^.]*\btry again\b[^.]*\.?/gi, '').trim();
      return { title: 'Too many requests', message: `${explanation} ${retryHint(error)}`.trim(), canRetry: true };
    }
    case 'server':
      return { title: loading ? generic : 'Server error', message, canRetry: true };
    case 'badResponse':
      return { title: loading ? generic : 'Unreadable response', message, canRetry: true };
    case 'aborted':
      return { title: 'Cancelled', message, canRetry: true };
  }
}
