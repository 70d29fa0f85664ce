import { HttpIncidentApi } from '@soc-kit/components/api';
import '@soc-kit/components/api-provider';
import '@soc-kit/components/incident-queue';
import '@soc-kit/components/incident-summary';

/** Set in `.env`; Vite replaces it at build time, so with it off the mock backend is not in the bundle at all. */
const DEMO = import.meta.env.VITE_SOC_KIT_DEMO === 'true';

const status = document.querySelector<HTMLElement>('#app-status');
const selected = document.querySelector<HTMLOutputElement>('#selected-incident');

async function start(): Promise<void> {
  if (DEMO) {
    // A lazy chunk: only a demo build loads MSW and the generated data.
    const { startMockBackend } = await import('@soc-kit/mock-api/browser');
    await startMockBackend({
      baseUrl: '/api',
      serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
      size: 200,
    });
  }

  // The tag maps in the package's typings give each element its class: no casts.
  const provider = document.querySelector('soc-api-provider');
  const queue = document.querySelector('soc-incident-queue');
  const summary = document.querySelector('soc-incident-summary');
  if (!provider || !queue || !summary) throw new Error('The page is missing an element.');

  provider.api = new HttpIncidentApi({ baseUrl: '/api' });

  // `soc-incident-select` is in GlobalEventHandlersEventMap: `event.detail.incident` is an `Incident`.
  queue.addEventListener('soc-incident-select', (event) => {
    const { incident } = event.detail;
    if (selected) selected.textContent = incident.id;
    summary.incident = incident;
  });
  if (status) status.textContent = DEMO ? 'Mock backend running in this page.' : 'Connected to /api.';
}

start().catch((error: unknown) => {
  if (status) status.textContent = `Could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
