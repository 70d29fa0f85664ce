import type { UnhandledRequestStrategy } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { MockBackend, type MockBackendOptions } from './backend.js';
import { checkWorkerScript, usesServiceWorker, workerStartError } from './worker-preflight.js';

export { checkWorkerScript };

export interface BrowserMockBackendOptions extends MockBackendOptions {
  /** What to do with requests no handler answers (assets, other APIs). Default `bypass`. */
  onUnhandledRequest?: UnhandledRequestStrategy;
  /**
   * Where MSW's worker script is served (copy it there with `npx msw init <your public dir>`).
   * The worker controls only pages under the script's folder, so keep it at the site root.
   * Default `/mockServiceWorker.js`.
   */
  serviceWorkerUrl?: string;
}

/** A mock backend served in the page by MSW's service worker. */
export class BrowserMockBackend extends MockBackend {
  readonly worker: SetupWorker;

  constructor(options: MockBackendOptions = {}) {
    super(options);
    this.worker = setupWorker(...this.handlers);
  }

  /** Stops answering requests; the page's requests go to the network again. */
  stop(): void {
    this.worker.stop();
  }
}

/**
 * Starts the mock backend in the browser and resolves once its service worker intercepts requests.
 * Rejects, naming the URL and the fix, when MSW's worker script is missing, is not served as
 * JavaScript, or cannot control this page.
 */
export async function startMockBackend(options: BrowserMockBackendOptions = {}): Promise<BrowserMockBackend> {
  const { onUnhandledRequest = 'bypass', serviceWorkerUrl = '/mockServiceWorker.js', ...backendOptions } = options;
  const serviceWorker = usesServiceWorker();
  // Where service workers are unavailable (a file: page, an insecure origin), MSW patches `fetch`
  // in the page instead and needs no script.
  if (serviceWorker) await checkWorkerScript(serviceWorkerUrl);
  const backend = new BrowserMockBackend(backendOptions);
  try {
    await backend.worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest, quiet: true });
  } catch (error) {
    throw serviceWorker ? workerStartError(serviceWorkerUrl, error) : error;
  }
  return backend;
}
