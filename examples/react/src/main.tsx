import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';

/** Set in `.env`; Vite replaces it at build time, so with it off the mock backend is not in the bundle at all. */
const DEMO = import.meta.env.VITE_SOC_KIT_DEMO === 'true';

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
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root.');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  document.body.textContent = `Could not start: ${error instanceof Error ? error.message : String(error)}`;
  console.error(error);
});
