import { HttpIncidentApi } from '@soc-kit/components/api';
import '@soc-kit/components/define';
import { MockBackend, type MockBackendChangeEvent } from '@soc-kit/mock-api';
import { serviceWorkersDenied, startMockBackend } from '@soc-kit/mock-api/browser';
import type { SocDemoApp } from './demo-app.js';
import './demo-app.js';
import './mock-backend-panel.js';

const BASE_URL = '/api';

export interface DemoStartOptions {
  /**
   * Whether MSW's service worker serves the API; otherwise the backend answers in the page.
   * Default: the worker, unless the browser refuses it (site data blocked).
   */
  serviceWorker?: boolean;
}

/**
 * Starts the mock backend over `storage` (in memory without one) and hands it and a client to
 * `app`. Resolves with the backend, or undefined when it could not start (`app` says why).
 */
export async function startDemo(
  app: SocDemoApp,
  storage: Storage | undefined,
  { serviceWorker }: DemoStartOptions = {},
): Promise<MockBackend | undefined> {
  try {
    const options = { baseUrl: BASE_URL, persist: storage };
    const inPage = serviceWorker === undefined ? await serviceWorkersDenied() : !serviceWorker;
    const backend = inPage ? new MockBackend(options) : await startMockBackend(options);
    const connect = () => new HttpIncidentApi(inPage ? { baseUrl: BASE_URL, fetch: backend.fetch } : { baseUrl: BASE_URL });
    // Data reset here: a new client makes every view load afresh. A scenario switch changes nothing
    // on screen (typed text and open dialogs stay); the next request meets it.
    backend.addEventListener('change', (event) => {
      const change = event as MockBackendChangeEvent;
      if (change.change === 'reset' && !change.external) app.api = connect();
    });
    app.backend = backend;
    app.api = connect();
    return backend;
  } catch (error) {
    app.startError = error instanceof Error ? error.message : String(error);
    return undefined;
  }
}
