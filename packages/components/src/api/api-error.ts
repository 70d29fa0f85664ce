export const API_ERROR_KINDS = [
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'notFound',
  'conflict',
  'validation',
  'throttled',
  'server',
  'badResponse',
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export interface ApiErrorInit {
  /** HTTP status, when the failure came with a response. */
  status?: number;
  /** For `throttled`: how long the backend asked us to wait. */
  retryAfterMs?: number;
  /** For `validation`: the offending field, when the backend named one. */
  field?: string;
  /** For `conflict`: the newer version, when the backend sent it. */
  current?: unknown;
  cause?: unknown;
}

/** Kinds worth retrying as they are (the same request may succeed later). */
const TRANSIENT: ReadonlySet<ApiErrorKind> = new Set(['network', 'timeout', 'throttled', 'server']);

/**
 * The only error an `IncidentApi` rejects with. `kind` says what went wrong in terms a UI
 * can act on; `message` is a sentence a person can read.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly field?: string;
  readonly current?: unknown;

  constructor(kind: ApiErrorKind, message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.field = init.field;
    this.current = init.current;
  }

  /** Whether retrying the same call later can succeed. */
  get transient(): boolean {
    return TRANSIENT.has(this.kind);
  }

  static is(value: unknown, kind?: ApiErrorKind): value is ApiError {
    return value instanceof ApiError && (kind === undefined || value.kind === kind);
  }
}

/** Whether `error` is the one an aborted `AbortSignal` produced. */
export function isAbort(error: unknown): boolean {
  return ApiError.is(error, 'aborted') || (error instanceof DOMException && error.name === 'AbortError');
}
