import { createContext } from '@lit/context';
import type { IncidentApi } from './incident-api.js';

/** The context every SOC Kit element consumes its `IncidentApi` from. */
export const apiContext = createContext<IncidentApi | undefined>(Symbol('soc-kit-incident-api'));
