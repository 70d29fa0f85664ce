import { MockBackend } from '@soc-kit/mock-api';
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
