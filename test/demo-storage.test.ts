import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SocDemoApp } from '../src/demo/demo-app.js';
import { MemoryStorage, openDemoStorage } from '../src/demo/demo-storage.js';
import { startDemo } from '../src/demo/start-demo.js';
import { composedElements } from './support/composed.js';
import { MockBackend } from '@soc-kit/mock-api';
import { TEST_NOW, TEST_SEED } from './support/test-backend.js';
import { openTab, runModule, type Tab } from './support/tabs.js';

const notice = (app: SocDemoApp, name: string) => app.shadowRoot!.querySelector(`[data-notice="${name}"]`);

/** Whether the queue inside `app` shows rows of incidents. */
const queueShowsRows = (app: Element) =>
  [...composedElements(app.shadowRoot!)].some((element) => element.matches('[role="row"] button.open'));

describe('the demo and the browser storage', function () {

  describe('openDemoStorage', () => {
    it("returns the page's localStorage where it can be read", () => {
      expect(openDemoStorage(window)).to.equal(window.localStorage);
    });

    it('returns nothing where reading it throws, and leaves a stand-in that libraries can read', () => {
      const fake = {} as Window;
      Object.defineProperty(fake, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      expect(openDemoStorage(fake)).to.equal(undefined);
      expect(fake.localStorage).to.be.instanceOf(MemoryStorage);
      fake.localStorage.setItem('key', 'value');
      expect(fake.localStorage.getItem('key')).to.equal('value');
    });
  });

  describe('with site data blocked, in a page of its own', () => {
    let tab: Tab;
    afterEach(() => tab?.frame.remove());

    it('starts in memory, says that changes will not persist, and throws nothing', async () => {
      tab = await openTab({ width: 1000, height: 700 });
      const win = tab.window as Window & typeof globalThis;
      const uncaught: unknown[] = [];
      win.addEventListener('error', (event) => uncaught.push(event.error ?? event.message));
      win.addEventListener('unhandledrejection', (event) => uncaught.push(event.reason));
      // What Chromium does where the person blocks site data: reading `localStorage` throws, and
      // service workers are refused (so MSW cannot register its worker either).
      Object.defineProperty(win, 'localStorage', {
        configurable: true,
        get() {
          throw new win.DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
        },
      });
      Object.defineProperty(win.navigator.serviceWorker, 'getRegistrations', {
        configurable: true,
        value: () =>
          Promise.reject(new win.DOMException('Failed to get ServiceWorkerRegistration objects: The user denied permission to use Service Worker.', 'NotSupportedError')),
      });
      const app = win.document.createElement('soc-demo-app') as SocDemoApp;
      win.document.body.append(app);

      await runModule(tab, './demo-boot.ts');
      await waitUntil(() => app.backend && notice(app, 'storage-blocked'), 'the demo started with its storage notice', { timeout: 50_000 });
      expect(notice(app, 'storage-blocked')!.textContent).to.include('changes will not persist after a reload');
      expect(notice(app, 'storage-blocked')!.getAttribute('role')).to.equal('status');
      expect(app.startError).to.equal(undefined);
      expect(app.backend!.persistence).to.equal('none');
      await waitUntil(() => queueShowsRows(app), 'the queue shows incidents, served in the page', { timeout: 50_000 });

      // Writes work, in memory.
      const incident = (await app.api!.listIncidents({ top: 1 })).items[0];
      const saved = await app.api!.updateIncident(incident.id, { displayName: 'Kept in memory' }, { etag: incident.etag });
      expect(saved.displayName).to.equal('Kept in memory');
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('a save the storage refuses', () => {
    /** Full once `full` is set, as a storage at its quota. */
    class FillingStorage extends MemoryStorage {
      full = false;
      override setItem(key: string, value: string): void {
        if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        super.setItem(key, value);
      }
    }

    it('shows a warning that changes will be lost on reload, and none before', async () => {
      const storage = new FillingStorage();
      // The saved state of a small tenant, for the demo to start from.
      new MockBackend({ seed: TEST_SEED, now: TEST_NOW, size: 20, persist: storage }).close();
      const app = await fixture<SocDemoApp>(html`<soc-demo-app></soc-demo-app>`);
      const backend = await startDemo(app, storage, { serviceWorker: false });
      expect(backend?.persistence).to.equal('saved');
      await app.updateComplete;
      expect(notice(app, 'storage-failed')).to.equal(null);
      expect(notice(app, 'storage-blocked')).to.equal(null);

      storage.full = true;
      const incident = (await app.api!.listIncidents({ top: 1 })).items[0];
      await app.api!.updateIncident(incident.id, { displayName: 'Not saved' }, { etag: incident.etag });
      await waitUntil(() => notice(app, 'storage-failed'), 'the warning shows');
      expect(notice(app, 'storage-failed')!.getAttribute('role')).to.equal('alert');
      expect(notice(app, 'storage-failed')!.textContent).to.include("could not be saved in the browser's storage");
      backend!.close();
    });
  });
});
