import { createContext } from '@lit/context';
import type { IncidentApi } from './incident-api.js';

/**
 * The context every SOC Kit element consumes its `IncidentApi` from. Keyed by a registered
 * symbol, so a provider and consumers from two copies of the kit on one page still meet.
 */
export const apiContext = createContext<IncidentApi | undefined>(Symbol.for('soc-kit-incident-api'));
