import { expect } from '@open-wc/testing';
import { HttpIncidentApi } from '@soc-kit/components/api';
import { MockBackend, type MockBackendOptions } from '@soc-kit/mock-api';
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

  beforeEach(() => {
    sessionStorage.removeItem(STORAGE_KEY);
    backend = new MockBackend(options);
    test.worker.resetHandlers(...backend.handlers);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });
  afterEach(() => sessionStorage.removeItem(STORAGE_KEY));

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
