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
    this.close();
  }
}

/**
 * Whether the browser refuses this page a service worker although it has them: where site data
 * is blocked it does (and `localStorage` throws too). `startMockBackend` cannot start there;
 * answer in the page instead, with `new MockBackend(...)` and a client that calls `backend.fetch`.
 */
export async function serviceWorkersDenied(): Promise<boolean> {
  if (!usesServiceWorker()) return false;
  try {
    await navigator.serviceWorker.getRegistrations();
    return false;
  } catch {
    return true;
  }
}

let starting = 0;
let nativeUpdate: ServiceWorkerRegistration['update'] | undefined;

/**
 * Runs `start` with the failures of `ServiceWorkerRegistration.update()` handled. MSW asks an
 * existing registration to update and drops the promise; when the previous page's worker has just
 * unregistered itself (on reload its last client closed, a race lost on a few reloads in a
 * hundred), that update rejects ("Not found") and the rejection reaches the console as uncaught.
 * The worker still serves this page, and the next load registers afresh, so there is nothing to
 * report. Callers that keep the promise still see the rejection.
 */
async function withUpdateFailuresHandled<T>(start: () => Promise<T>): Promise<T> {
  if (typeof ServiceWorkerRegistration === 'undefined') return start();
  const prototype = ServiceWorkerRegistration.prototype;
  if (starting++ === 0) {
    const update = prototype.update;
    nativeUpdate = update;
    prototype.update = function (this: ServiceWorkerRegistration) {
      const updating = update.call(this);
      updating.catch(() => undefined);
      return updating;
    };
  }
  try {
    return await start();
  } finally {
    if (--starting === 0 && nativeUpdate) {
      prototype.update = nativeUpdate;
      nativeUpdate = undefined;
    }
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
    await withUpdateFailuresHandled(() =>
      backend.worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledRequest, quiet: true }),
    );
  } catch (error) {
    backend.close();
    throw serviceWorker ? workerStartError(serviceWorkerUrl, error) : error;
  }
  return backend;
}
