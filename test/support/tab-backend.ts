import { MockBackend } from '@soc-kit/mock-api';
import { BASE_URL, TEST_NOW, TEST_SEED } from './test-data.js';

/**
 * Loaded into a page of its own (an iframe of `tab.html`): a mock backend over that page's
 * `localStorage`, as each tab of the demo runs one.
 */
declare global {
  interface Window {
    openTabBackend?: (storageKey: string) => MockBackend;
  }
}

window.openTabBackend = (storageKey) =>
  new MockBackend({ baseUrl: BASE_URL, seed: TEST_SEED, size: 20, now: TEST_NOW, persist: localStorage, storageKey });
