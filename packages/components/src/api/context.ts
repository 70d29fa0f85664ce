import { createContext } from '@lit/context';
import type { IncidentApi } from './incident-api.js';
import type { Principal } from './model.js';

/**
 * The context every SOC Kit element consumes its `IncidentApi` from. Keyed by a registered
 * symbol, so a provider and consumers from two copies of the kit on one page still meet.
 */
export const apiContext = createContext<IncidentApi | undefined>(Symbol.for('soc-kit-incident-api'));

/**
 * Who is signed in, read once for a client and shared by every element that uses that client
 * (`soc-api-provider` provides it beside the client).
 */
export interface ProvidedPrincipal {
  /** The client the principal was read from; an element that uses another client reads its own. */
  readonly api: IncidentApi;
  /** Resolves to the principal; read on first use, then shared. */
  readonly principal: Promise<Principal>;
  /** Reads the principal again (a role may have changed): consumers are handed a new `ProvidedPrincipal`. */
  refresh(): void;
}

/**
 * The context SOC Kit elements consume who is signed in from, beside `apiContext`. Keyed by a
 * registered symbol, as `apiContext` is.
 */
export const principalContext = createContext<ProvidedPrincipal | undefined>(Symbol.for('soc-kit-principal'));
