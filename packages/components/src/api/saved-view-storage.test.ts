import { expect } from '@open-wc/testing';
import { ApiError, type ApiErrorKind } from './api-error.js';
import { HttpIncidentApi } from './http-incident-api.js';
import type { Capability, IncidentApi } from './incident-api.js';
import type { SavedViewDraft } from './model.js';
import {
  checkSavedViewDraft,
  DEFAULT_SAVED_VIEW_STORAGE_KEY,
  localSavedViewStorage,
  SAVED_VIEW_LIMITS,
  savedViewStorageFor,
  type SavedViewStorage,
} from './saved-view-storage.js';

/** A `Storage` in memory; `setItem` throws what `refuse` returns, when it returns something. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  refuse: () => unknown = () => undefined;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const error = this.refuse();
    if (error) throw error;
    this.items.set(key, value);
  }
}

const T0 = Date.parse('2025-03-03T09:00:00.000Z');

function draft(overrides: Partial<SavedViewDraft> = {}): SavedViewDraft {
  return { name: 'My queue', query: { status: ['active'], sort: { field: 'severity', direction: 'desc' } }, columns: null, isDefault: false, ...overrides };
}

async function rejection(promise: Promise<unknown>, kind: ApiErrorKind, field?: string): Promise<ApiError> {
  let thrown: unknown;
  try {
    await promise;
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'rejects with an ApiError').to.be.instanceOf(ApiError);
  const error = thrown as ApiError;
  expect(error.kind, error.message).to.equal(kind);
  if (field !== undefined) expect(error.field, error.message).to.equal(field);
  expect(error.message).to.match(/\.$/);
  return error;
}

describe('localSavedViewStorage', () => {
  let storage: MemoryStorage;
  let time: number;
  let views: SavedViewStorage;

  beforeEach(() => {
    storage = new MemoryStorage();
    time = T0;
    views = localSavedViewStorage({ storage, clock: () => time });
  });

  it('saves, lists by name, renames and deletes views, with IDs from crypto.randomUUID', async () => {
    const zulu = await views.saveSavedView(draft({ name: '  Zulu  ', columns: ['severity', 'status'] }));
    expect(zulu).to.deep.equal({
      id: zulu.id,
      name: 'Zulu',
      query: draft().query,
      columns: ['severity', 'status'],
      isDefault: false,
      createdDateTime: '2025-03-03T09:00:00.000Z',
      lastUpdateDateTime: '2025-03-03T09:00:00.000Z',
    });
    expect(zulu.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const alpha = await views.saveSavedView(draft({ name: 'alpha' }));
    expect((await views.listSavedViews()).map((view) => view.name)).to.deep.equal(['alpha', 'Zulu']);

    time += 60_000;
    const renamed = await views.saveSavedView({ ...draft({ name: 'Yankee' }), id: zulu.id });
    expect(renamed).to.include({ id: zulu.id, name: 'Yankee', createdDateTime: zulu.createdDateTime, lastUpdateDateTime: '2025-03-03T09:01:00.000Z' });
    await views.deleteSavedView(alpha.id);
    expect(await views.listSavedViews()).to.deep.equal([renamed]);
  });

  it('keeps them under the key, where another storage over the same key finds them', async () => {
    const saved = await views.saveSavedView(draft());
    expect([...storage.items.keys()]).to.deep.equal([DEFAULT_SAVED_VIEW_STORAGE_KEY]);
    expect(await localSavedViewStorage({ storage }).listSavedViews()).to.deep.equal([saved]);
    expect(await localSavedViewStorage({ storage, key: 'someone-else' }).listSavedViews()).to.deep.equal([]);
  });

  it('keeps one default: making a view the default clears the others', async () => {
    const first = await views.saveSavedView(draft({ name: 'First', isDefault: true }));
    const second = await views.saveSavedView(draft({ name: 'Second', isDefault: true }));
    const defaults = async () => (await views.listSavedViews()).filter((view) => view.isDefault).map((view) => view.id);
    expect(await defaults()).to.deep.equal([second.id]);
    await views.saveSavedView({ ...draft({ name: 'First', isDefault: true }), id: first.id });
    expect(await defaults()).to.deep.equal([first.id]);
  });

  it('applies the rules of the REST API, naming the field, and keeps what was there', async () => {
    const kept = await views.saveSavedView(draft({ name: 'Kept' }));
    const before = storage.items.get(DEFAULT_SAVED_VIEW_STORAGE_KEY);
    const bad = (value: Record<string, unknown>) => ({ ...draft(), ...value }) as unknown as SavedViewDraft;
    await rejection(views.saveSavedView(draft({ name: ' ' })), 'validation', 'name');
    await rejection(views.saveSavedView(draft({ name: 'x'.repeat(SAVED_VIEW_LIMITS.nameLength + 1) })), 'validation', 'name');
    await rejection(views.saveSavedView(draft({ name: 'KEPT' })), 'validation', 'name');
    await rejection(views.saveSavedView(bad({ query: { skip: 10 } })), 'validation', 'query.skip');
    await rejection(views.saveSavedView(bad({ query: { severity: ['critical'] } })), 'validation', 'query.severity[0]');
    await rejection(views.saveSavedView(bad({ query: { sort: { field: 'severity', order: 'asc' } } })), 'validation', 'query.sort.order');
    await rejection(views.saveSavedView(draft({ columns: ['severity', 'severity'] })), 'validation', 'columns[1]');
    await rejection(views.saveSavedView(bad({ isDefault: 1 })), 'validation', 'isDefault');
    await rejection(views.saveSavedView(bad({ owner: 'me' })), 'validation', 'owner');
    await rejection(views.saveSavedView({ ...draft(), id: 'nope' }), 'notFound');
    await rejection(views.deleteSavedView('nope'), 'notFound');
    expect(storage.items.get(DEFAULT_SAVED_VIEW_STORAGE_KEY)).to.equal(before);
    expect(await views.listSavedViews()).to.deep.equal([kept]);
  });

  it('keeps at most 100 views', async () => {
    for (let i = 0; i < SAVED_VIEW_LIMITS.viewsPerUser; i++) await views.saveSavedView(draft({ name: `View ${i}` }));
    await rejection(views.saveSavedView(draft({ name: 'One too many' })), 'validation', 'name');
    expect(await views.listSavedViews()).to.have.length(SAVED_VIEW_LIMITS.viewsPerUser);
  });

  it('reads damaged or foreign data under the key as no views, and replaces it on the next save', async () => {
    for (const foreign of ['{not json', '"a string"', '[1,2]', '{"version":2,"views":[]}', '{"theme":"dark"}', 'null']) {
      storage.items.set(DEFAULT_SAVED_VIEW_STORAGE_KEY, foreign);
      expect(await views.listSavedViews(), foreign).to.deep.equal([]);
    }
    const valid = await views.saveSavedView(draft());
    const stored = JSON.parse(storage.items.get(DEFAULT_SAVED_VIEW_STORAGE_KEY)!) as { views: unknown[] };
    stored.views.push({ id: 'half', name: 'No query' }, 42);
    storage.items.set(DEFAULT_SAVED_VIEW_STORAGE_KEY, JSON.stringify(stored));
    expect(await views.listSavedViews(), 'a damaged view is left out').to.deep.equal([valid]);
  });

  it('rejects a save with a clear error when the storage is full or blocked, and keeps what was there', async () => {
    const kept = await views.saveSavedView(draft());
    storage.refuse = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const full = await rejection(views.saveSavedView(draft({ name: 'Another' })), 'server');
    expect(full.message).to.include('storage for this site is full');
    await rejection(views.deleteSavedView(kept.id), 'server');
    storage.refuse = () => new DOMException('Blocked.', 'SecurityError');
    expect((await rejection(views.saveSavedView(draft({ name: 'Another' })), 'forbidden')).message).to.include('does not let the site store data');
    expect(await views.listSavedViews()).to.deep.equal([kept]);
  });

  it('never throws on reading a storage that refuses to be read', async () => {
    const blocked = { getItem: () => { throw new DOMException('Blocked.', 'SecurityError'); }, setItem: () => undefined };
    expect(await localSavedViewStorage({ storage: blocked }).listSavedViews()).to.deep.equal([]);
  });

  it('rejects as aborted when the signal is already aborted, and changes nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await rejection(views.saveSavedView(draft(), { signal: controller.signal }), 'aborted');
    await rejection(views.listSavedViews({ signal: controller.signal }), 'aborted');
    expect(storage.items.size).to.equal(0);
  });

  it("uses the browser's localStorage by default", async () => {
    const key = `soc-kit.saved-views.test-${Math.random().toString(36).slice(2)}`;
    try {
      const saved = await localSavedViewStorage({ key }).saveSavedView(draft());
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ version: 1, views: [saved] });
      expect(await localSavedViewStorage({ key }).listSavedViews()).to.deep.equal([saved]);
    } finally {
      localStorage.removeItem(key);
    }
  });
});

describe('checkSavedViewDraft', () => {
  it('returns the draft with its name trimmed, ignoring echoed server-set fields', () => {
    const checked = checkSavedViewDraft({ ...draft({ name: ' Mine ' }), id: 'v1', createdDateTime: 'x', lastUpdateDateTime: 'y' });
    expect(checked).to.deep.equal({ id: 'v1', name: 'Mine', query: draft().query, columns: null, isDefault: false });
  });

  it('refuses what is not an object, and an empty ID', () => {
    expect(() => checkSavedViewDraft('view')).to.throw(ApiError).with.property('field', 'body');
    expect(() => checkSavedViewDraft({ ...draft(), id: '' })).to.throw(ApiError).with.property('field', 'id');
  });
});

describe('savedViewStorageFor', () => {
  const apiWith = (capabilities: Capability[]) => ({ capabilities: new Set(capabilities) }) as unknown as IncidentApi;

  it('is the backend when it stores saved views', () => {
    const api = new HttpIncidentApi();
    expect(savedViewStorageFor(api)).to.equal(api);
    expect(savedViewStorageFor(api, localSavedViewStorage())).to.equal(api);
  });

  it("is the host's fallback, else the browser's storage, when the backend does not", async () => {
    const api = apiWith(['tasks']);
    const fallback = localSavedViewStorage({ storage: new MemoryStorage() });
    expect(savedViewStorageFor(api, fallback)).to.equal(fallback);
    const local = savedViewStorageFor(api);
    expect(local).to.not.equal(api);
    expect(local.listSavedViews).to.be.a('function');
    expect(await local.listSavedViews()).to.be.an('array');
  });
});
