import { DEFAULT_SCENARIO, MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
import { getResponse, HttpHandler, type RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { loadOpenApiContract, type OpenApiContract, type RequestLine } from './openapi-contract.js';
import { startPageScopedWorker } from './page-worker.js';

import { BASE_URL, TEST_NOW, TEST_SEED, TEST_SIZE } from './test-data.js';

export { BASE_URL, TEST_NOW, TEST_SEED, TEST_SIZE };

export interface TestBackend {
  backend: MockBackend;
  /**
   * The page's worker. Handlers added with `worker.use` are checked against the OpenAPI document
   * as the backend's are; wrap one in `offContract` when a test breaks the contract on purpose.
   */
  worker: SetupWorker;
}

/**
 * A small mock backend served by the real MSW service worker. Call `freshState` before each
 * test and `worker.stop()` after the file.
 */
export async function startTestBackend(options: MockBackendOptions = {}): Promise<TestBackend> {
  const backend = new MockBackend({ baseUrl: BASE_URL, seed: TEST_SEED, size: TEST_SIZE, now: TEST_NOW, ...options });
  const contract = await loadOpenApiContract();
  const worker = await startPageScopedWorker([checkedAgainstContract(ANY_METHOD, `${backend.baseUrl}/*`, backend.handlers, contract)]);
  checkAddedHandlers(worker, contract);
  return { backend, worker };
}

/**
 * Makes `worker.use` and `worker.resetHandlers` check what the handlers they add answer under the
 * REST API's base URL against the OpenAPI document, except those marked `offContract`.
 */
export function checkAddedHandlers(worker: SetupWorker, contract: OpenApiContract): void {
  const checked = (handlers: Parameters<SetupWorker['use']>) =>
    handlers.map((handler) =>
      offContractHandlers.has(handler) || !(handler instanceof HttpHandler)
        ? handler
        : checkedAgainstContract(handler.info.method, handler.info.path, [handler], contract),
    );
  const use = worker.use.bind(worker);
  const resetHandlers = worker.resetHandlers.bind(worker);
  worker.use = (...handlers) => use(...checked(handlers));
  worker.resetHandlers = (...handlers) => resetHandlers(...checked(handlers));
}

/** What the mock answered that the OpenAPI document does not allow, since the last test ended. */
const contractViolations: string[] = [];
const offContractHandlers = new WeakSet<object>();

/**
 * Marks handlers whose answers break the OpenAPI document on purpose (what a gateway or another
 * server might answer: HTML for JSON, a status the document does not list, a body without a
 * required property), to test how a client copes: `worker.use` serves them unchecked.
 */
export function offContract<T extends RequestHandler>(...handlers: T[]): T[] {
  for (const handler of handlers) offContractHandlers.add(handler);
  return handlers;
}

async function noteViolations(contract: OpenApiContract, line: RequestLine, response: Response): Promise<void> {
  const problems = await contract.checkResponse(line, response.clone()).catch((error: unknown) => [`the check failed: ${String(error)}`]);
  for (const problem of problems) contractViolations.push(`${line.method} ${line.url} → ${response.status}: ${problem}`);
}

/** What `http.all` matches. */
const ANY_METHOD = /.+/;

/**
 * A handler for `method` and `path` that answers from `handlers` and checks each answer against
 * the OpenAPI document before the page gets it.
 */
function checkedAgainstContract(
  method: HttpHandler['info']['method'],
  path: HttpHandler['info']['path'],
  handlers: RequestHandler[],
  contract: OpenApiContract,
): HttpHandler {
  return new HttpHandler(method, path, async ({ request }) => {
    const line = { method: request.method, url: request.url };
    const response = await getResponse(handlers, request);
    if (response && response.type !== 'error') await noteViolations(contract, line, response);
    return response;
  });
}

/**
 * A `fetch` whose answers are checked against the OpenAPI document as the worker's are: for a
 * client answered in the page (`backend.fetch`), where no service worker runs.
 */
export function checkedFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  const contract = loadOpenApiContract();
  return async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    const response = await fetch(input, init);
    await noteViolations(await contract, { method: request.method, url: request.url }, response);
    return response;
  };
}

/** What the mock answered against the OpenAPI document since the last call, and no longer held for the test. */
export function takeContractViolations(): string[] {
  return contractViolations.splice(0);
}

// Every test of a page that starts a test backend or uses a checked fetch: the mock's answers
// must match the document. The test that received them fails, not this hook: a failing hook
// would skip the rest of the file.
afterEach(function checkResponsesAgainstOpenApi() {
  const violations = takeContractViolations();
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
