import { openDemoStorage } from './demo-storage.js';

/**
 * Starts the demo portal in `app` (a `<soc-demo-app>`): storage first, then the elements and the
 * mock backend, loaded only now because MSW reads `localStorage` as it loads, which throws where
 * the browser blocks site data. Resolves once the backend answers, or `app` shows why it cannot.
 */
export async function bootDemo(app: Element): Promise<void> {
  const storage = openDemoStorage(window);
  const { startDemo } = await import('./start-demo.js');
  await startDemo(app as HTMLElementTagNameMap['soc-demo-app'], storage);
}
