import type { HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';

/**
 * Starts MSW's worker for this test page only, failing on any request no handler answers.
 *
 * MSW's worker unregisters itself when the last page it controls closes. Test files run in
 * parallel pages of one origin, so a page that opens just as another closes can be left
 * uncontrolled and its requests would reach the real server. Each test page therefore
 * registers the worker for its own URL: its own registration, claimed by no other page.
 */
export async function startPageScopedWorker(
  handlers: HttpHandler[],
  { onUnhandledRequest = 'error' }: { onUnhandledRequest?: 'error' | 'bypass' } = {},
): Promise<SetupWorker> {
  const scope = `${location.pathname}${location.search}`;
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `/mockServiceWorker.js?page=${encodeURIComponent(scope)}`, options: { scope } },
    onUnhandledRequest,
    quiet: true,
  });
  return worker;
}
