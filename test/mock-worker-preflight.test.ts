import { expect } from '@open-wc/testing';
import { checkWorkerScript, startMockBackend, type BrowserMockBackend } from '@soc-kit/mock-api/browser';
import { http, HttpResponse } from 'msw';
import { TEST_NOW, TEST_SEED } from './support/test-backend.js';

/*
 * The broken setups are served by the test runner's middleware (web-test-runner.config.mjs):
 * /missing/mockServiceWorker.js answers 404, /html/mockServiceWorker.js an HTML page (what a
 * single-page app's fallback serves for a file that is not there), and
 * /scoped/mockServiceWorker.js JavaScript from a folder that does not contain the test page, and
 * /broken-mockServiceWorker.js JavaScript that throws, so registration fails after the check.
 */

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(Error);
    return error as Error;
  }
  throw new Error('Expected startMockBackend to reject.');
}

/** Unregisters every service worker registration of this origin whose script is `url`. */
async function unregisterWorker(url: string): Promise<void> {
  const scriptUrl = new URL(url, location.href).href;
  for (const registration of await navigator.serviceWorker.getRegistrations()) {
    const worker = registration.active ?? registration.waiting ?? registration.installing;
    if (worker?.scriptURL === scriptUrl) await registration.unregister();
  }
}

describe('startMockBackend in the browser: the worker script preflight', () => {
  const backendOptions = { seed: TEST_SEED, now: TEST_NOW, size: 5 };
  it('rejects naming the URL, the 404 and `npx msw init` when the script is missing', async () => {
    const error = await rejection(
      startMockBackend({ ...backendOptions, serviceWorkerUrl: '/missing/mockServiceWorker.js' }),
    );
    expect(error.message).to.include(`${location.origin}/missing/mockServiceWorker.js`);
    expect(error.message).to.include('answered 404');
    expect(error.message).to.include('npx msw init <your public dir>');
    expect(error.message).to.include('serviceWorkerUrl');
  });

  it('rejects naming the content type when an HTML page is served instead of the script', async () => {
    const error = await rejection(startMockBackend({ ...backendOptions, serviceWorkerUrl: '/html/mockServiceWorker.js' }));
    expect(error.message).to.include(`${location.origin}/html/mockServiceWorker.js`);
    expect(error.message).to.include('text/html');
    expect(error.message).to.include('npx msw init <your public dir>');
  });

  it('rejects a script whose folder does not contain this page', async () => {
    const error = await rejection(startMockBackend({ ...backendOptions, serviceWorkerUrl: '/scoped/mockServiceWorker.js' }));
    expect(error.message).to.include(`can only control pages under ${location.origin}/scoped/`);
    expect(error.message).to.include('npx msw init <your public dir>');
  });

  it('rethrows a failed registration with the same guidance and the cause', async () => {
    const url = '/broken-mockServiceWorker.js';
    try {
      const error = await rejection(startMockBackend({ ...backendOptions, serviceWorkerUrl: url }));
      expect(error.message).to.include(`${location.origin}${url} could not be registered`);
      expect(error.message).to.include('npx msw init <your public dir>');
      expect(error.cause).to.be.instanceOf(Error);
    } finally {
      await unregisterWorker(url);
    }
  });

  describe('with the script at the site root', () => {
    // A URL of its own, so that no other page's registration is picked up or left behind.
    const url = `/mockServiceWorker.js?preflight=${encodeURIComponent(location.search)}`;
    let backend: BrowserMockBackend;

    before(async () => {
      backend = await startMockBackend({ ...backendOptions, baseUrl: '/api', serviceWorkerUrl: url });
    });
    after(async () => {
      backend.stop();
      await unregisterWorker(url);
    });
    afterEach(() => backend.worker.resetHandlers());

    it('starts, and the worker answers the REST API', async () => {
      expect(navigator.serviceWorker.controller?.scriptURL).to.equal(new URL(url, location.href).href);
      const response = await fetch('/api/incidents?top=1');
      expect(response.status).to.equal(200);
      expect((await response.json()).totalCount).to.equal(5);
    });

    it('checks the script through the running worker without a handler answering the check', async () => {
      const seen: string[] = [];
      backend.worker.use(
        http.all('*', ({ request }) => {
          seen.push(request.url);
          return HttpResponse.text('caught by a handler', { status: 418 });
        }),
      );
      // A plain request for the script is answered by the handlers like any other…
      expect((await fetch(url)).status).to.equal(418);
      seen.length = 0;
      // …while the check's reaches the server, and no handler or unhandled-request check sees it.
      await checkWorkerScript(url);
      expect(seen).to.deep.equal([]);
    });
  });
});
