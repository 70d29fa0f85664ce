import { expect } from '@open-wc/testing';
import { HttpIncidentApi, type SavedView, type SavedViewDraft } from '@soc-kit/components/api';
import type { ErrorBody } from '@soc-kit/mock-api';
import { http, HttpResponse } from 'msw';
import { failure, send } from './support/rest-calls.js';
import { BASE_URL, freshState, offContract, startTestBackend, type TestBackend } from './support/test-backend.js';

const draft = (overrides: Partial<SavedViewDraft> = {}): SavedViewDraft => ({
  name: 'New high severity',
  query: { status: ['active'], severity: ['high'], sort: { field: 'severity', direction: 'desc' } },
  columns: ['displayName', 'severity', 'status'],
  isDefault: false,
  ...overrides,
});

/**
 * The saved-view endpoints over the real service worker, through `HttpIncidentApi` and raw
 * requests; every answer is checked against openapi.yaml by the test backend.
 */
describe('REST API: saved views', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  it('creates (201), lists, replaces and deletes (204) a view', async () => {
    const created = await send('POST', '/saved-views', draft());
    expect(created.status).to.equal(201);
    const view = created.body as SavedView;
    expect(view).to.include({ name: 'New high severity', isDefault: false });
    expect(await send('GET', '/saved-views')).to.deep.equal({ status: 200, body: { items: [view] } });

    const replaced = await send('PUT', `/saved-views/${view.id}`, { ...draft({ name: 'Renamed', columns: null }), id: view.id });
    expect(replaced.status).to.equal(200);
    expect(replaced.body).to.include({ id: view.id, name: 'Renamed', columns: null, createdDateTime: view.createdDateTime });

    expect(await send('DELETE', `/saved-views/${view.id}`)).to.deep.equal({ status: 204, body: undefined });
    expect(await send('GET', '/saved-views')).to.deep.equal({ status: 200, body: { items: [] } });
    expect((await send('DELETE', `/saved-views/${view.id}`)).status).to.equal(404);
  });

  it('HttpIncidentApi saves with POST without an ID and PUT with one, lists by name and deletes', async () => {
    const zulu = await api.saveSavedView(draft({ name: 'Zulu', isDefault: true }));
    const alpha = await api.saveSavedView(draft({ name: 'alpha' }));
    expect((await api.listSavedViews()).map((view) => view.name)).to.deep.equal(['alpha', 'Zulu']);

    const defaulted = await api.saveSavedView({ ...draft({ name: 'Alpha', isDefault: true }), id: alpha.id });
    expect(defaulted).to.include({ id: alpha.id, name: 'Alpha', isDefault: true });
    expect((await api.listSavedViews()).map((view) => [view.id, view.isDefault])).to.deep.equal([
      [alpha.id, true],
      [zulu.id, false],
    ]);

    await api.deleteSavedView(zulu.id);
    expect((await api.listSavedViews()).map((view) => view.id)).to.deep.equal([alpha.id]);
  });

  it('keeps every role to its own views, a reader included', async () => {
    test.backend.setScenario({ role: 'reader' });
    const view = await api.saveSavedView(draft());
    expect((await api.listSavedViews()).map((each) => each.id)).to.deep.equal([view.id]);
    await api.deleteSavedView(view.id);
    expect(await api.listSavedViews()).to.deep.equal([]);
  });

  it('maps refusals to ApiError: validation naming the field, notFound, and nothing changes', async () => {
    const kept = await api.saveSavedView(draft({ name: 'Kept' }));
    const journal = test.backend.service.journal.length;

    const taken = await failure(api.saveSavedView(draft({ name: ' KEPT ' })));
    expect([taken.kind, taken.status, taken.field]).to.deep.equal(['validation', 400, 'name']);
    const paged = await failure(api.saveSavedView(draft({ query: { top: 50 } as SavedViewDraft['query'] })));
    expect([paged.kind, paged.field]).to.deep.equal(['validation', 'query.top']);
    const columns = await failure(api.saveSavedView(draft({ columns: [] })));
    expect([columns.kind, columns.field]).to.deep.equal(['validation', 'columns']);
    const missing = await failure(api.saveSavedView({ ...draft(), id: 'view-404' }));
    expect([missing.kind, missing.status]).to.deep.equal(['notFound', 404]);
    expect((await failure(api.deleteSavedView('view-404'))).kind).to.equal('notFound');

    expect(await api.listSavedViews()).to.deep.equal([kept]);
    expect(test.backend.service.journal).to.have.length(journal);
  });

  it('refuses a body that is not a view, an unknown field, and an echoed ID that is not the path’s', async () => {
    const view = (await send('POST', '/saved-views', draft())).body as SavedView;
    const cases: [string, string, unknown, string][] = [
      ['POST', '/saved-views', ['a list'], 'body'],
      ['POST', '/saved-views', { ...draft(), colour: 'red' }, 'colour'],
      ['POST', '/saved-views', { ...draft(), id: view.id }, 'id'],
      ['POST', '/saved-views', { ...draft(), name: 'x'.repeat(101) }, 'name'],
      ['POST', '/saved-views', { ...draft(), query: { severity: ['critical'] } }, 'query.severity[0]'],
      ['POST', '/saved-views', { ...draft(), query: { cursor: 'abc' } }, 'query.cursor'],
      ['POST', '/saved-views', { ...draft(), isDefault: 'yes' }, 'isDefault'],
      ['PUT', `/saved-views/${view.id}`, { ...draft(), id: 'view-2' }, 'id'],
    ];
    for (const [method, path, body, field] of cases) {
      const result = await send(method, path, body);
      expect(result.status, `${method} ${JSON.stringify(body).slice(0, 80)}`).to.equal(400);
      expect((result.body as ErrorBody).error).to.include({ code: 'validation', field });
    }
    expect((await send('GET', '/saved-views')).body).to.deep.equal({ items: [view] });
  });

  it('accepts the server-set fields echoed back from a read, and ignores them', async () => {
    const view = await api.saveSavedView(draft());
    const echoed = await api.saveSavedView({ ...view, name: 'Renamed', createdDateTime: '2000-01-01T00:00:00.000Z' } as SavedViewDraft);
    expect(echoed).to.include({ id: view.id, name: 'Renamed', createdDateTime: view.createdDateTime });
  });

  it('a reset of the mock clears them', async () => {
    await api.saveSavedView(draft());
    test.backend.reset();
    expect(await api.listSavedViews()).to.deep.equal([]);
  });

  it('a response without the fields of a view is a badResponse', async () => {
    test.worker.use(...offContract(http.get(`${BASE_URL}/saved-views`, () => HttpResponse.json({ items: [{ id: 'v1', name: 'No query' }] }))));
    expect((await failure(api.listSavedViews())).kind).to.equal('badResponse');
  });
});
