import { DEFAULT_SCENARIO, MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
import { setupWorker, type SetupWorker } from 'msw/browser';

/** Fixed so that every run sees the same generated data. */
export const TEST_SEED = 20240601;
export const TEST_NOW = Date.parse('2024-06-01T12:00:00Z');
export const TEST_SIZE = 30;
export const BASE_URL = '/api';

export interface TestBackend {
  backend: MockBackend;
  worker: SetupWorker;
}

/**
 * MSW's worker unregisters itself when the last page it controls closes. Test files run in
 * parallel pages of one origin, so a page that opens just as another closes can be left
 * uncontrolled and its requests would reach the real server. Each test page therefore
 * registers the worker for its own URL only: its own registration, claimed by no other page.
 */
function pageScopedWorker(): { url: string; options: RegistrationOptions } {
  const scope = `${location.pathname}${location.search}`;
  return {
    url: `/mockServiceWorker.js?page=${encodeURIComponent(scope)}`,
    options: { scope },
  };
}

/**
 * A small mock backend served by the real MSW service worker. Call `freshState` before each
 * test and `worker.stop()` after the file.
 */
export async function startTestBackend(options: MockBackendOptions = {}): Promise<TestBackend> {
  const backend = new MockBackend({ baseUrl: BASE_URL, seed: TEST_SEED, size: TEST_SIZE, now: TEST_NOW, ...options });
  const worker = setupWorker(...backend.handlers);
  await worker.start({ serviceWorker: pageScopedWorker(), onUnhandledRequest: 'error', quiet: true });
  return { backend, worker };
}

/** A regenerated service, the default scenario, and no one-off handler overrides. */
export function freshState({ backend, worker }: TestBackend): void {
  worker.resetHandlers();
  backend.reset();
  backend.setScenario(DEFAULT_SCENARIO);
}
