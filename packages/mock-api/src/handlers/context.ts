import type { Principal } from '@soc-kit/components/api';
import type { Scenario } from '../scenarios.js';
import type { IncidentService } from '../service/index.js';

/**
 * What a handler needs from the backend that owns it. Handlers ask for the service on every
 * request, so a reset or a new data size takes effect without registering handlers again.
 */
export interface HandlerContext {
  /** The path (or absolute URL) the REST API is served under, without a trailing slash. */
  readonly baseUrl: string;
  readonly service: IncidentService;
  readonly scenario: Readonly<Scenario>;
  /** The signed-in person for the scenario's role. */
  actor(): Principal;
  /** Whether the error-rate scenario fails this request. */
  injectFailure(): boolean;
  /** Called after every handled request, so that writes can be persisted. */
  afterRequest(): void;
}
