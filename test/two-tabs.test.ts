import { expect, oneEvent } from '@open-wc/testing';
import { ApiError, HttpIncidentApi } from '@soc-kit/components/api';
import type { MockBackend, MockBackendChangeEvent } from '@soc-kit/mock-api';
import { BASE_URL, checkedFetch } from './support/test-backend.js';
import { openTab, runModule, type Tab } from './support/tabs.js';

/*
 * Two tabs of the demo, each with its own mock backend over the one `localStorage` of the origin:
 * same-origin iframes, so each has its own window, realm and storage events, as tabs do.
 */

const STORAGE_KEY = 'soc-kit-two-tabs-test';

/**
 * A tab running a mock backend over its own window's `localStorage`, and a client that reaches it;
 * its answers are checked against the OpenAPI document.
 */
async function openBackendTab(): Promise<{ tab: Tab; backend: MockBackend; api: HttpIncidentApi }> {
  const tab = await openTab();
  await runModule(tab, './tab-backend.ts');
  const backend = tab.window.openTabBackend!(STORAGE_KEY);
  return { tab, backend, api: new HttpIncidentApi({ baseUrl: BASE_URL, fetch: checkedFetch(backend.fetch) }) };
}

function clearStorage() {
  localStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(`${STORAGE_KEY}:revision`);
}

describe('the mock backend in two tabs', function () {
  const opened: Tab[] = [];

  async function open() {
    const tab = await openBackendTab();
    opened.push(tab.tab);
    return tab;
  }

  beforeEach(clearStorage);
  afterEach(() => {
    for (const tab of opened.splice(0)) tab.frame.remove();
    clearStorage();
  });

  it("meets a stale save with a conflict, and keeps both tabs' writes across a reload", async () => {
    const a = await open();
    const b = await open();
    const id = (await a.api.listIncidents({ top: 1 })).items[0].id;
    // Both tabs show the incident before either writes.
    const seenByA = await a.api.getIncident(id);
    const seenByB = await b.api.getIncident(id);
    expect(seenByB.etag).to.equal(seenByA.etag);

    const renamed = await a.api.updateIncident(id, { displayName: 'Renamed in tab A' }, { etag: seenByA.etag });

    // Tab B saves over what it loaded: the conflict the kit shows, not a silent overwrite.
    const stale = await b.api.updateIncident(id, { severity: 'low' }, { etag: seenByB.etag }).catch((error: unknown) => error);
    expect(ApiError.is(stale, 'conflict'), String(stale)).to.be.true;
    const latest = await b.api.getIncident(id);
    expect(latest.displayName).to.equal('Renamed in tab A');
    expect(latest.etag).to.equal(renamed.etag);
    const resaved = await b.api.updateIncident(id, { severity: 'low' }, { etag: latest.etag });
    expect(resaved.displayName).to.equal('Renamed in tab A');

    // Tab A sees B's write too.
    expect((await a.api.getIncident(id)).severity).to.equal('low');

    // Reload: both tabs gone, a new one over the same storage.
    for (const tab of opened.splice(0)) tab.frame.remove();
    const reloaded = await open();
    const restored = await reloaded.api.getIncident(id);
    expect(restored.displayName).to.equal('Renamed in tab A');
    expect(restored.severity).to.equal('low');
    expect(restored.etag).to.equal(resaved.etag);
  });

  it('keeps comments written in both tabs', async () => {
    const a = await open();
    const b = await open();
    const id = (await a.api.listIncidents({ top: 1 })).items[0].id;
    await a.api.addComment(id, 'From tab A');
    await b.api.addComment(id, 'From tab B');
    await a.api.addComment(id, 'From tab A again');

    for (const tab of opened.splice(0)) tab.frame.remove();
    const reloaded = await open();
    const comments = (await reloaded.api.listComments(id)).map((comment) => comment.comment);
    expect(comments).to.include.members(['From tab A', 'From tab B', 'From tab A again']);
  });

  it('takes in a scenario switched in the other tab as it happens, without a request', async () => {
    const a = await open();
    const b = await open();
    const switched = oneEvent(b.backend, 'change') as Promise<MockBackendChangeEvent>;
    a.backend.setScenario({ offline: true });
    const event = await switched;
    expect(event.change).to.equal('scenario');
    expect(event.external).to.be.true;
    expect(b.backend.scenario.offline).to.be.true;
    // And its requests meet it.
    const failure = await b.api.listIncidents({ top: 1 }).catch((error: unknown) => error);
    expect(ApiError.is(failure, 'network'), String(failure)).to.be.true;
  });

  it('takes in a reset made in the other tab', async () => {
    const a = await open();
    const b = await open();
    const id = (await a.api.listIncidents({ top: 1 })).items[0].id;
    const original = await b.api.getIncident(id);
    await b.api.updateIncident(id, { displayName: 'Gone after the reset' }, { etag: original.etag });

    const reset = oneEvent(b.backend, 'change') as Promise<MockBackendChangeEvent>;
    a.backend.reset({ size: 7 });
    expect((await reset).change).to.equal('reset');
    expect((await b.api.listIncidents({})).totalCount).to.equal(7);
    // Its write went with the old data, rather than onto the new.
    expect(b.backend.service.journal).to.have.length(0);
  });
});
