import { DEFAULT_SCENARIO, MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
import { getResponse, http, type HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { loadOpenApiContract, type OpenApiContract } from './openapi-contract.js';
import { startPageScopedWorker } from './page-worker.js';

import { BASE_URL, TEST_NOW, TEST_SEED, TEST_SIZE } from './test-data.js';

export { BASE_URL, TEST_NOW, TEST_SEED, TEST_SIZE };

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
  const worker = await startPageScopedWorker([checkedAgainstContract(backend, await loadOpenApiContract())]);
  return { backend, worker };
}

/** What the handlers answered that the OpenAPI document does not allow, since the last test ended. */
const contractViolations: string[] = [];

/**
 * The backend's handlers behind one that checks each answer against the OpenAPI document before
 * the page gets it. One-off overrides (`worker.use`) come before it and are not checked: tests
 * break responses on purpose there.
 */
function checkedAgainstContract({ baseUrl, handlers }: MockBackend, contract: OpenApiContract): HttpHandler {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const line = { method: request.method, url: request.url };
    const response = await getResponse(handlers, request);
    if (response && response.type !== 'error') {
      const problems = await contract.checkResponse(line, response.clone()).catch((error: unknown) => [`the check failed: ${String(error)}`]);
      for (const problem of problems) contractViolations.push(`${line.method} ${line.url} → ${response.status}: ${problem}`);
    }
    return response;
  });
}

// Every test of a page that starts a test backend: its responses must match the document. The
// test that received them fails, not this hook: a failing hook would skip the rest of the file.
afterEach(function checkResponsesAgainstOpenApi() {
  const violations = contractViolations.splice(0);
  const test = this.currentTest;
  if (violations.length === 0 || !test || test.state === 'failed') return;
  test.state = 'failed';
  test.err = new Error(`Responses that openapi.yaml does not allow:\n${violations.join('\n')}`);
});

/** A regenerated service, the default scenario, and no one-off handler overrides. */
export function freshState({ backend, worker }: TestBackend): void {
  worker.resetHandlers();
  backend.reset();
  backend.setScenario(DEFAULT_SCENARIO);
}
