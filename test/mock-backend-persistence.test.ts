import { expect, oneEvent } from '@open-wc/testing';
import { ApiError, HttpIncidentApi } from '@soc-kit/components/api';
import { MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
import { MemoryStorage } from '../src/demo/demo-storage.js';
import { BASE_URL, startTestBackend, TEST_NOW, TEST_SEED, type TestBackend } from './support/test-backend.js';

const STORAGE_KEY = 'soc-kit-persistence-test';

describe('mock backend persistence', () => {
  const options: MockBackendOptions = {
    baseUrl: BASE_URL,
    seed: TEST_SEED,
    size: 20,
    now: TEST_NOW,
    persist: sessionStorage,
    storageKey: STORAGE_KEY,
  };
  let test: TestBackend;
  /** The backend the worker serves in the current test, saving to `sessionStorage`. */
  let backend: MockBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());

  const clearStorage = () => {
    sessionStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(`${STORAGE_KEY}:revision`);
  };

  beforeEach(() => {
    clearStorage();
    backend = new MockBackend(options);
    test.worker.resetHandlers(...backend.handlers);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });
  afterEach(() => {
    backend.close();
    clearStorage();
  });

  it('restores writes and the scenario when a new backend starts over the same storage', async () => {
    const incident = (await api.listIncidents({ top: 1 })).items[0];
    const updated = await api.updateIncident(incident.id, { displayName: 'Survives a reload', severity: 'high' });
    const comment = await api.addComment(incident.id, 'Written before the reload.');
    backend.setScenario({ latencyMs: 250, role: 'admin' });

    const reloaded = new MockBackend(options);
    const restored = await reloaded.service.getIncident(incident.id);
    expect(restored.displayName).to.equal('Survives a reload');
    expect(restored.severity).to.equal('high');
    expect(restored.etag).to.equal(updated.etag);
    expect((await reloaded.service.listComments(incident.id)).map((c) => c.comment)).to.include(comment.comment);
    expect(reloaded.scenario).to.deep.include({ latencyMs: 250, role: 'admin' });
    expect(reloaded.service.journal).to.deep.equal(backend.service.journal);
  });

  it('keeps a regenerated size across a reload', async () => {
    backend.reset({ size: 7 });
    const reloaded = new MockBackend(options);
    expect((await reloaded.service.listIncidents({})).totalCount).to.equal(7);
  });

  it('reset drops the saved writes', async () => {
    const incident = (await api.listIncidents({ top: 1 })).items[0];
    await api.updateIncident(incident.id, { displayName: 'Gone after reset' });
    backend.reset();

    const reloaded = new MockBackend(options);
    expect(reloaded.service.journal).to.have.length(0);
    expect((await reloaded.service.getIncident(incident.id)).displayName).to.equal(incident.displayName);
  });

  it('starts afresh over unreadable saved state', async () => {
    sessionStorage.setItem(STORAGE_KEY, '{not json');
    const fromGarbage = new MockBackend(options);
    expect((await fromGarbage.service.listIncidents({})).totalCount).to.equal(20);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 99 }));
    const fromFuture = new MockBackend(options);
    expect((await fromFuture.service.listIncidents({})).totalCount).to.equal(20);
  });

  describe('two backends over the same storage (two tabs)', () => {
    /** A second backend, with a client that reaches it in the page (no worker). */
    function secondTab() {
      const other = new MockBackend(options);
      return { other, otherApi: new HttpIncidentApi({ baseUrl: BASE_URL, fetch: other.fetch }) };
    }

    it('checks an etag against the other backend\'s latest write: a stale save is a conflict', async () => {
      const { other, otherApi } = secondTab();
      const incident = (await api.listIncidents({ top: 1 })).items[0];
      const seenByOther = await otherApi.getIncident(incident.id);
      const renamed = await api.updateIncident(incident.id, { displayName: 'Renamed here' }, { etag: incident.etag });

      const stale = await otherApi
        .updateIncident(incident.id, { severity: 'low' }, { etag: seenByOther.etag })
        .catch((error: unknown) => error);
      expect(ApiError.is(stale, 'conflict'), String(stale)).to.be.true;
      expect((await otherApi.getIncident(incident.id)).etag).to.equal(renamed.etag);
      other.close();
    });

    it('keeps both writes when they cross (each tab saved before seeing the other\'s)', async () => {
      const { other, otherApi } = secondTab();
      const [first, second] = (await api.listIncidents({ top: 2 })).items;
      // What the storage held before either write: a save of the other tab lands on it, as when
      // two tabs write at the same moment and each saves over the state it last saw.
      const before = [STORAGE_KEY, `${STORAGE_KEY}:revision`].map((key) => [key, sessionStorage.getItem(key)!] as const);
      await api.updateIncident(first.id, { displayName: 'Written here' });
      const afterThisWrite = sessionStorage.getItem(STORAGE_KEY);
      for (const [key, value] of before) sessionStorage.setItem(key, value);
      await otherApi.updateIncident(second.id, { displayName: 'Written in the other tab' });
      expect(sessionStorage.getItem(STORAGE_KEY)).not.to.equal(afterThisWrite);

      // This backend finds its write missing from the saved state and puts it back on top.
      expect((await api.getIncident(second.id)).displayName).to.equal('Written in the other tab');
      const reloaded = new MockBackend(options);
      expect(reloaded.service.getIncident(first.id).displayName).to.equal('Written here');
      expect(reloaded.service.getIncident(second.id).displayName).to.equal('Written in the other tab');
      expect(reloaded.service.journal).to.have.length(2);
      other.close();
      reloaded.close();
    });
  });

  describe('a storage that refuses to save', () => {
    /** Full once `full` is set, as a storage at its quota. */
    class FillingStorage extends MemoryStorage {
      full = false;
      override setItem(key: string, value: string): void {
        if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        super.setItem(key, value);
      }
    }

    it('reports the failed save, keeps the write in memory, and saves it with the next write', async () => {
      const storage = new FillingStorage();
      const filling = new MockBackend({ ...options, persist: storage });
      const fillingApi = new HttpIncidentApi({ baseUrl: BASE_URL, fetch: filling.fetch });
      expect(filling.persistence).to.equal('saved');
      const [first, second] = (await fillingApi.listIncidents({ top: 2 })).items;

      storage.full = true;
      const failed = oneEvent(filling, 'persistencechange');
      const renamed = await fillingApi.updateIncident(first.id, { displayName: 'Not saved yet' });
      await failed;
      expect(filling.persistence).to.equal('failed');
      expect((filling.persistenceError as DOMException).name).to.equal('QuotaExceededError');
      expect(renamed.displayName).to.equal('Not saved yet');
      expect(new MockBackend({ ...options, persist: storage }).service.journal).to.have.length(0);

      storage.full = false;
      const saved = oneEvent(filling, 'persistencechange');
      await fillingApi.updateIncident(second.id, { displayName: 'Saved with the first' });
      await saved;
      expect(filling.persistence).to.equal('saved');
      const reloaded = new MockBackend({ ...options, persist: storage });
      expect(reloaded.service.getIncident(first.id).displayName).to.equal('Not saved yet');
      expect(reloaded.service.getIncident(second.id).displayName).to.equal('Saved with the first');
    });

    it('starts, and says so, over a storage that throws on every call (site data blocked)', () => {
      const blocked = {
        getItem: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
        setItem: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      } as unknown as Storage;
      const started = new MockBackend({ ...options, persist: blocked });
      expect(started.persistence).to.equal('failed');
      expect(started.service.listIncidents({}).totalCount).to.equal(20);
    });
  });

  it('does not save a rejected write', async () => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    const response = await fetch(`${BASE_URL}/incidents/no-such-incident`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ severity: 'low' }),
    });
    expect(response.status).to.equal(404);
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(saved);
  });
});
