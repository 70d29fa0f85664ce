import { ApiError, type ApiErrorKind } from './api-error.js';
import { DEFAULT_MESSAGES, kindForStatus, parseRetryAfter } from './http-status.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, withRetries } from './retry.js';
import { fetchText } from './fetch-text.js';

/** Hands out an OAuth access token for `scope`; the host owns sign-in, caching and refresh. */
export type AccessTokenProvider = (scope: string) => Promise<string>;

export interface BearerTransportOptions {
  /** The OAuth scope every request's token is asked for, e.g. `https://graph.microsoft.com/.default`. */
  scope: string;
  getAccessToken: AccessTokenProvider;
  fetch?: typeof globalThis.fetch;
  /** Limit for one attempt, reading the body included. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  url: string;
  body?: unknown;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; `undefined` when the response had none (204). */
  body: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Microsoft Graph and ARM both fail with `{ error: { code, message, target? } }`. */
function errorDetails(body: unknown): { message?: string; target?: string } {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const message = typeof error.message === 'string' && error.message.trim() !== '' ? error.message : undefined;
  return { message, target: typeof error.target === 'string' ? error.target : undefined };
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * JSON over `fetch` with a bearer token, for Microsoft cloud APIs. Asks the host for a token on
 * every attempt and keeps none; maps every failure to an `ApiError`; retries 429 and 503 within
 * the retry policy, honouring `Retry-After`. 503 counts as throttling because both Graph and ARM
 * answer an overloaded service with it and a `Retry-After`.
 */
export class BearerTransport {
  readonly timeoutMs: number;
  readonly retryPolicy: RetryPolicy;
  private readonly scope: string;
  private readonly getAccessToken: AccessTokenProvider;
  private readonly fetchImpl: typeof globalThis.fetch;
  private readonly headers: Record<string, string>;

  constructor(options: BearerTransportOptions) {
    this.scope = options.scope;
    this.getAccessToken = options.getAccessToken;
    // Looked up per call so that a fetch patched after construction is honoured.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.headers = options.headers ?? {};
  }

  async send(request: TransportRequest): Promise<TransportResponse> {
    return withRetries(() => this.attempt(request), this.retryPolicy, request.signal);
  }

  private async attempt(request: TransportRequest): Promise<TransportResponse> {
    const callerSignal = request.signal;
    if (callerSignal?.aborted) throw aborted(callerSignal.reason);
    const token = await this.token(callerSignal);

    const { response, text } = await fetchText(
      this.fetchImpl,
      request.url,
      {
        method: request.method,
        headers: {
          Accept: 'application/json',
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...this.headers,
          Authorization: `Bearer ${token}`,
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
      },
      { signal: callerSignal, timeoutMs: this.timeoutMs },
    );
    const parsed = parseBody(text);
    if (!response.ok) throw errorFor(response, parsed.ok ? parsed.value : undefined);
    if (!parsed.ok) {
      throw new ApiError('badResponse', `${DEFAULT_MESSAGES.badResponse} It was not JSON.`, {
        status: response.status,
      });
    }
    return { status: response.status, headers: response.headers, body: parsed.value };
  }

  private async token(signal: AbortSignal | undefined): Promise<string> {
    try {
      return await this.getAccessToken(this.scope);
    } catch (cause) {
      if (cause instanceof ApiError) throw cause;
      if (signal?.aborted) throw aborted(cause);
      throw new ApiError('unauthorized', 'Could not get an access token for the request. Sign in and try again.', {
        cause,
      });
    }
  }
}

/**
 * Whether `link` (a next-page link a response gave) points at the same server as `base`. Tokens
 * are only ever sent there, wherever a response points.
 */
export function isSameOrigin(link: unknown, base: string): link is string {
  if (typeof link !== 'string') return false;
  try {
    return new URL(link).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

function aborted(cause: unknown): ApiError {
  return new ApiError('aborted', DEFAULT_MESSAGES.aborted, { cause });
}

function errorFor(response: Response, body: unknown): ApiError {
  const kind: ApiErrorKind = response.status === 503 ? 'throttled' : kindForStatus(response.status);
  const { message, target } = errorDetails(body);
  const retryAfterMs = kind === 'throttled' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  return new ApiError(kind, message ?? defaultMessage(kind, response.status, retryAfterMs), {
    status: response.status,
    retryAfterMs,
    field: kind === 'validation' ? target : undefined,
  });
}

function defaultMessage(kind: ApiErrorKind, status: number, retryAfterMs: number | undefined): string {
  if (kind === 'throttled' && retryAfterMs !== undefined) {
    return `The server is busy. Try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} seconds.`;
  }
  if (kind === 'server' || kind === 'badResponse') return `${DEFAULT_MESSAGES[kind]} (HTTP ${status})`;
  return DEFAULT_MESSAGES[kind];
}
