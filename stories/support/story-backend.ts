import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** The data's clock: the generator dates incidents back from it, so relative time ranges find them. */
export const DATA_NOW = Date.parse('2026-11-26T09:00:00Z');
export const SEED = 7;

const backends = new Map<number, MockBackend>();
let ownWorker: SetupWorker | undefined;

/** One shared backend per data size: generating 100,000 incidents once is enough. */
export function backendOfSize(size: number): MockBackend {
  let backend = backends.get(size);
  if (!backend) {
    backend = new MockBackend({ baseUrl: '/api', size, seed: SEED, now: DATA_NOW });
    backends.set(size, backend);
  }
  return backend;
}

/**
 * Serves `backend` through the Storybook MSW addon's worker when the story runs in Storybook,
 * else (a test rendering the story's template) through a worker of its own.
 */
export async function serveBackend(backend: MockBackend, context: unknown): Promise<void> {
  const addonWorker = (context as { msw?: SetupWorker }).msw;
  if (addonWorker) {
    addonWorker.use(...backend.handlers);
    return;
  }
  if (!ownWorker) {
    ownWorker = setupWorker();
    await ownWorker.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
  }
  ownWorker.resetHandlers(...backend.handlers);
}

/** The controls of a story over a generated backend: how many incidents, how slow and unreliable, and whose role. */
export interface BackendArgs {
  /** Incidents the mock backend generates (each with a few alerts). */
  size: number;
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
}

export const BACKEND_ARGS: BackendArgs = { size: 500, latencyMs: 150, errorRate: 0, role: 'responder' };

export const BACKEND_ARG_TYPES = {
  size: { control: { type: 'select' }, options: [0, 30, 500, 5_000, 100_000] },
  latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
  errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
  role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
} as const;

/** A story loader: serves the backend the story's `BackendArgs` describe, and gives the story a REST client of it. */
export async function loadBackend(context: { args: unknown }): Promise<{ api: IncidentApi }> {
  const { size, latencyMs, errorRate, role } = context.args as BackendArgs;
  const backend = backendOfSize(size);
  backend.setScenario({ latencyMs, errorRate, role });
  await serveBackend(backend, context);
  return { api: new HttpIncidentApi({ baseUrl: '/api' }) };
}
