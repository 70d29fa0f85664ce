import { bypass } from 'msw';

/**
 * The essence of every MIME type a browser accepts for a service worker script
 * (the HTML standard's "JavaScript MIME type" list).
 */
const JAVASCRIPT_MIME_TYPE =
  /^(?:(?:application|text)\/(?:x-)?(?:javascript|ecmascript)|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;

/** Whether this page registers MSW's service worker, or MSW falls back to patching `fetch` in the page. */
export function usesServiceWorker(): boolean {
  return 'serviceWorker' in navigator && location.protocol !== 'file:';
}

const SERVED_ELSEWHERE = 'or pass `serviceWorkerUrl` if it is served at another path';

function fixFor(scriptUrl: URL, alternative: string): string {
  return (
    `Run \`npx msw init <your public dir>\` (for example \`npx msw init public\`) so that the site serves ` +
    `the script at its root (${scriptUrl.origin}/mockServiceWorker.js), ${alternative}.`
  );
}

function cannotStart(scriptUrl: URL, problem: string, cause?: unknown, alternative = SERVED_ELSEWHERE): Error {
  return new Error(
    `The mock backend cannot start: MSW's worker script ${scriptUrl.href} ${problem}. ${fixFor(scriptUrl, alternative)}`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Checks, before MSW registers its worker, that the script at `serviceWorkerUrl` exists, is
 * JavaScript and can control this page; rejects with an error naming the URL, the problem and
 * the fix. Without it a missing script surfaces as a MIME-type error from the browser, or as a
 * worker that starts but never sees the page's requests.
 */
export async function checkWorkerScript(serviceWorkerUrl: string): Promise<void> {
  const scriptUrl = new URL(serviceWorkerUrl, location.href);

  let response: Response;
  try {
    // `bypass` marks the request so that an MSW worker already controlling this page passes it
    // to the network instead of matching it against handlers or reporting it as unhandled; the
    // worker strips the mark. `*/*` is what the browser sends when it fetches a worker script,
    // so a fallback that answers by `Accept` answers this request as it would the registration.
    response = await fetch(bypass(scriptUrl, { cache: 'no-store', headers: { Accept: '*/*' } }));
  } catch (error) {
    throw cannotStart(scriptUrl, `could not be fetched (${error instanceof Error ? error.message : error})`, error);
  }
  void response.body?.cancel().catch(() => undefined);

  if (!response.ok) {
    throw cannotStart(scriptUrl, `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  if (response.redirected) {
    throw cannotStart(scriptUrl, `redirects to ${response.url}, and a service worker script must not redirect`);
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  const essence = contentType.split(';')[0].trim().toLowerCase();
  if (!JAVASCRIPT_MIME_TYPE.test(essence)) {
    throw cannotStart(
      scriptUrl,
      contentType
        ? `is served as ${contentType}, not JavaScript (usually a fallback page, such as a single-page app's ` +
            `index.html, answering for a file that is not there)`
        : `is served without a Content-Type, and a service worker script must be served as JavaScript`,
    );
  }

  // MSW registers without a `scope`, so the worker controls only pages under the script's folder.
  const scope = new URL('./', scriptUrl).href;
  if (!location.href.startsWith(scope)) {
    throw cannotStart(
      scriptUrl,
      `can only control pages under ${scope}, and this page (${location.href}) is not one of them, ` +
        `so none of its requests would be mocked`,
      undefined,
      'and leave `serviceWorkerUrl` at its default',
    );
  }
}

/** MSW's own start failure, with the same guidance as the checks above. */
export function workerStartError(serviceWorkerUrl: string, cause: unknown): Error {
  const message = cause instanceof Error ? cause.message : String(cause);
  return cannotStart(
    new URL(serviceWorkerUrl, location.href),
    `could not be registered (${message.replace(/^\[MSW\]\s*/, '').replace(/\s+/g, ' ').trim()})`,
    cause,
  );
}
