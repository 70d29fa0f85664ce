import type { Incident } from '@soc-kit/components/api';

export const SERVICE_ERROR_CODES = ['validation', 'forbidden', 'notFound', 'conflict'] as const;
export type ServiceErrorCode = (typeof SERVICE_ERROR_CODES)[number];

/**
 * A rule of the incident service said no. The service's state is unchanged when one is thrown;
 * the REST layer maps `code` to an HTTP status (400, 403, 404, 409).
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details: { field?: string; current?: Incident } = {},
  ) {
    super(message);
  }
}
