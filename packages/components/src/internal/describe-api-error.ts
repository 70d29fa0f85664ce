import { ApiError } from '../api/api-error.js';
import { isolate } from '../i18n/isolate.js';
import type { Localizer } from '../i18n/localizer.js';

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

function retryHint(error: ApiError, l10n: Localizer): string {
  if (error.retryAfterMs === undefined) return l10n.t('error.tryAgainSoon');
  return l10n.t('error.tryAgainIn', { count: seconds(error.retryAfterMs) });
}

/**
 * Maps any failure to a UI state: every `ApiError` kind has its own heading and advice, in the
 * language of `l10n`. `action` and `loading` are phrases already in that language.
 */
export function describeApiError(error: unknown, { action, loading }: DescribeOptions, l10n: Localizer): ErrorDescription {
  const generic = loading ? l10n.t('error.couldNotLoad', { what: loading }) : l10n.t('error.generic');
  if (!(error instanceof ApiError)) {
    const message = error instanceof Error && error.message ? isolate(error.message) : l10n.t('error.unexpected');
    return { title: generic, message, canRetry: true };
  }
  // The service's own words are data, in its language: isolated so they neither reorder a
  // right-to-left sentence around them nor pass for a translated string.
  const message = isolate(error.message);
  switch (error.kind) {
    case 'network':
      return { title: l10n.t('error.network'), message, canRetry: true };
    case 'timeout':
      return { title: l10n.t('error.timeout'), message, canRetry: true };
    case 'unauthorized':
      return { title: l10n.t('error.unauthorized'), message: l10n.t('error.signInAgain', { message }), canRetry: true };
    case 'forbidden':
      return {
        title: loading ? l10n.t('error.forbiddenView', { what: loading }) : l10n.t('error.forbidden'),
        message: l10n.t('error.forbiddenMessage', { action, message }),
        canRetry: false,
      };
    case 'notFound':
      return { title: loading ? l10n.t('error.notFoundWhat', { what: loading }) : l10n.t('error.notFound'), message, canRetry: !!loading };
    case 'conflict':
      return { title: l10n.t('error.conflict'), message, canRetry: true };
    case 'validation':
      return { title: loading ? l10n.t('error.validationLoad', { what: loading }) : l10n.t('error.validation'), message, canRetry: false };
    case 'throttled': {
      // Keep the backend's explanation but say once, and precisely, when to try again.
      const explanation = isolate(error.message.replace(/[^.]*\btry again\b[^.]*\.?/gi, '').trim());
      return { title: l10n.t('error.throttled'), message: `${explanation} ${retryHint(error, l10n)}`.trim(), canRetry: true };
    }
    case 'server':
      return { title: loading ? generic : l10n.t('error.server'), message, canRetry: true };
    case 'badResponse':
      return { title: loading ? generic : l10n.t('error.badResponse'), message, canRetry: true };
    case 'aborted':
      return { title: l10n.t('error.aborted'), message, canRetry: true };
  }
}
