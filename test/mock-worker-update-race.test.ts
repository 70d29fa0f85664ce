import { expect, waitUntil } from '@open-wc/testing';
import { startMockBackend, type BrowserMockBackend } from '@soc-kit/mock-api/browser';
import { TEST_NOW, TEST_SEED } from './support/test-backend.js';

/*
 * On a reload, the page going away tells MSW's worker that its client closed, and the worker
 * unregisters itself when no client is left; the new page may already have found the registration
 * and then asks it to update, which fails ("Not found"). MSW drops that promise: its rejection
 * must not reach the console as uncaught. The failing update is played here by the registration
 * itself, so that the race is lost every time.
 */
describe('startMockBackend: the update of a worker that has just unregistered itself', () => {
  // A worker of this page's own: its URL and scope are claimed by no other test page.
  const url = `/mockServiceWorker.js?update-race=${encodeURIComponent(location.search)}`;
  const scriptUrl = new URL(url, location.href).href;
  const nativeUpdate = ServiceWorkerRegistration.prototype.update;
  let registration: ServiceWorkerRegistration;
  let backend: BrowserMockBackend | undefined;
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };

  before(async () => {
    registration = await navigator.serviceWorker.register(url, { scope: `${location.pathname}${location.search}` });
    // The worker claims the page once active: the page is controlled, as on a reload.
    await waitUntil(() => navigator.serviceWorker.controller?.scriptURL === scriptUrl, 'the worker controls the page');
    window.addEventListener('unhandledrejection', onUnhandled);
  });

  after(async () => {
    ServiceWorkerRegistration.prototype.update = nativeUpdate;
    window.removeEventListener('unhandledrejection', onUnhandled);
    backend?.stop();
    await registration.unregister();
  });

  it('starts, serves the API, and leaves no uncaught rejection behind', async () => {
    let updates = 0;
    ServiceWorkerRegistration.prototype.update = function () {
      updates++;
      return Promise.reject(
        new DOMException(`Failed to update a ServiceWorker for scope ('${this.scope}') with script ('${scriptUrl}'): Not found.`, 'InvalidStateError'),
      );
    };
    backend = await startMockBackend({ seed: TEST_SEED, now: TEST_NOW, size: 5, baseUrl: '/api', serviceWorkerUrl: url });
    expect(updates, 'MSW asked the registration it found to update').to.equal(1);
    expect((await (await fetch('/api/incidents?top=1')).json()).totalCount).to.equal(5);

    // A rejection left unhandled now is reported after any left unhandled before it (the test
    // runner logs this one, as it should).
    const marker = new Error('A marker rejection, left unhandled on purpose: none may come before it.');
    void Promise.reject(marker);
    await waitUntil(() => unhandled.includes(marker), 'the marker rejection is reported');
    expect(unhandled).to.deep.equal([marker]);
    // Outside the start, update() is the browser's own again.
    ServiceWorkerRegistration.prototype.update = nativeUpdate;
  });
});
