import { DEFAULT_SCENARIO, MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
import type { SetupWorker } from 'msw/browser';
import { startPageScopedWorker } from './page-worker.js';

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
 * A small mock backend served by the real MSW service worker. Call `freshState` before each
 * test and `worker.stop()` after the file.
 */
export async function startTestBackend(options: MockBackendOptions = {}): Promise<TestBackend> {
  const backend = new MockBackend({ baseUrl: BASE_URL, seed: TEST_SEED, size: TEST_SIZE, now: TEST_NOW, ...options });
  const worker = await startPageScopedWorker(backend.handlers);
  return { backend, worker };
}

/** A regenerated service, the default scenario, and no one-off handler overrides. */
export function freshState({ backend, worker }: TestBackend): void {
  worker.resetHandlers();
  backend.reset();
  backend.setScenario(DEFAULT_SCENARIO);
}
