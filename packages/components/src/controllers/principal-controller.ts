import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ProvidedPrincipal } from '../api/context.js';
import type { CallOptions, IncidentApi } from '../api/incident-api.js';
import type { Principal } from '../api/model.js';

/** Whether the person can only look: every role they hold is the reader role. */
export function isReadOnly(principal: Principal | undefined): boolean {
  const roles = principal?.roles;
  return !!roles && roles.length > 0 && roles.every((role) => role === 'reader');
}

/**
 * The principal signed in to `api`: the one `provided` shares when it was read from the same
 * client, else read from `api` itself (an element used without `soc-api-provider`).
 */
export function principalOf(
  api: IncidentApi,
  provided: ProvidedPrincipal | undefined,
  options?: CallOptions,
): Promise<Principal> {
  return provided?.api === api ? provided.principal : api.whoAmI(options);
}

export interface PrincipalOptions {
  /** The client the host uses. */
  api: () => IncidentApi | undefined;
  /** What the host consumed from `principalContext`. */
  provided: () => ProvidedPrincipal | undefined;
  /** Whether the host needs the principal now (a closed dialog does not); by default always. */
  needed?: () => boolean;
}

/**
 * Who is signed in, for a host that consumes `principalContext`: the principal its provider shares,
 * or, without one, the host's own `whoAmI()`. Unknown (loading or failed) counts as allowed
 * everywhere: the backend has the last word anyway.
 */
export class PrincipalController {
  readonly #options: PrincipalOptions;
  readonly #task: Task<readonly [IncidentApi | undefined, ProvidedPrincipal | undefined, boolean], Principal>;

  constructor(host: ReactiveControllerHost, options: PrincipalOptions) {
    this.#options = options;
    this.#task = new Task(host, {
      args: () => [options.api(), options.provided(), options.needed?.() ?? true] as const,
      task: ([api, provided, needed], { signal }) => (api && needed ? principalOf(api, provided, { signal }) : initialState),
    });
  }

  /** The principal, once read (kept while it is read again). */
  get value(): Principal | undefined {
    return this.#task.value;
  }

  /** Whether the principal is known and holds only the reader role (the last answer holds while it is read again). */
  get readOnly(): boolean {
    return this.#task.status !== TaskStatus.ERROR && isReadOnly(this.#task.value);
  }

  /** Reads the principal again: through the provider, so that every element that shares it learns the change. */
  refresh(): void {
    const provided = this.#options.provided();
    if (provided && provided.api === this.#options.api()) provided.refresh();
    else void this.#task.run();
  }
}
