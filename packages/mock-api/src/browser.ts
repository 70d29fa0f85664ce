import type { UnhandledRequestStrategy } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import { MockBackend, type MockBackendOptions } from './backend.js';

export interface BrowserMockBackendOptions extends MockBackendOptions {
  /** What to do with requests no handler answers (assets, other APIs). Default `bypass`. */
  onUnhandledRequest?: UnhandledRequestStrategy;
  /** Where MSW's worker script is served; it must be at the site root to see every request. */
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

/** Starts the mock backend in the browser and resolves once its service worker intercepts requests. */
export async function startMockBackend(options: BrowserMockBackendOptions = {}): Promise<BrowserMockBackend> {
  const { onUnhandledRequest = 'bypass', serviceWorkerUrl = '/mockServiceWorker.js', ...backendOptions } = options;
  const backend = new BrowserMockBackend(backendOptions);
  await backend.worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest, quiet: true });
  return backend;
}
