import { expect } from '@open-wc/testing';
import type { Principal, SavedViewDraft } from '@soc-kit/components/api';
import { MockBackend } from '../backend.js';
import { IncidentService } from './incident-service.js';
import type { JournalEntry } from './journal.js';
import { createTestService, expectServiceError, reader, responder } from './testing.js';

const other: Principal = { id: 'lee.gu@contoso.com', displayName: 'Lee Gu', roles: ['responder'] };

function draft(overrides: Partial<SavedViewDraft> = {}): SavedViewDraft {
  return { name: 'My high severity', query: { severity: ['high'], status: ['active'] }, columns: null, isDefault: false, ...overrides };
}

/** A draft with a field the contract does not have, or a value of the wrong type. */
const loose = (value: Record<string, unknown>) => value as unknown as SavedViewDraft;

describe('saved views', () => {
  it('saves a view for the actor, trimmed, with times from the clock', () => {
    const { service, clock } = createTestService();
    const view = service.saveSavedView(responder, draft({ name: '  Unassigned phishing  ', columns: ['displayName', 'severity'] }));
    expect(view).to.deep.equal({
      id: view.id,
      name: 'Unassigned phishing',
      query: { severity: ['high'], status: ['active'] },
      columns: ['displayName', 'severity'],
      isDefault: false,
      createdDateTime: new Date(clock.time).toISOString(),
      lastUpdateDateTime: new Date(clock.time).toISOString(),
    });
    expect(service.listSavedViews(responder)).to.deep.equal([view]);
  });

  it('keeps a relative span as such, beside the other filters', () => {
    const { service } = createTestService();
    const view = service.saveSavedView(responder, draft({ query: { severity: ['high'], createdWithin: '1w' } }));
    expect(view.query).to.deep.equal({ severity: ['high'], createdWithin: '1w' });
    expect(service.listSavedViews(responder)[0]!.query).to.deep.equal({ severity: ['high'], createdWithin: '1w' });
  });

  it('renames and changes a view, keeping its creation time', () => {
    const { service, clock } = createTestService();
    const view = service.saveSavedView(responder, draft());
    const created = view.createdDateTime;
    clock.advance(60_000);
    const renamed = service.saveSavedView(responder, { ...draft({ name: 'Critical now', query: { search: 'ransom' } }), id: view.id });
    expect(renamed).to.include({ id: view.id, name: 'Critical now', createdDateTime: created, lastUpdateDateTime: new Date(clock.time).toISOString() });
    expect(renamed.query).to.deep.equal({ search: 'ransom' });
    expect(service.listSavedViews(responder)).to.deep.equal([renamed]);
  });

  it('lists by name without regard to case, the same in every locale', () => {
    const { service } = createTestService();
    for (const name of ['beta', 'Alpha', 'Zulu', 'ábc', 'alpha 2']) service.saveSavedView(responder, draft({ name }));
    expect(service.listSavedViews(responder).map((view) => view.name)).to.deep.equal(['ábc', 'Alpha', 'alpha 2', 'beta', 'Zulu']);
  });

  it('keeps one default per person: making a view the default clears the others', () => {
    const { service } = createTestService();
    const first = service.saveSavedView(responder, draft({ name: 'First', isDefault: true }));
    const theirs = service.saveSavedView(other, draft({ name: 'Theirs', isDefault: true }));
    const second = service.saveSavedView(responder, draft({ name: 'Second', isDefault: true }));
    const defaults = (actor: Principal) => service.listSavedViews(actor).filter((view) => view.isDefault).map((view) => view.id);
    expect(defaults(responder)).to.deep.equal([second.id]);
    expect(defaults(other)).to.deep.equal([theirs.id]);
    service.saveSavedView(responder, { ...draft({ name: 'First', isDefault: true }), id: first.id });
    expect(defaults(responder)).to.deep.equal([first.id]);
  });

  it('keeps each person to their own views: another person neither sees nor changes them', () => {
    const { service } = createTestService();
    const mine = service.saveSavedView(responder, draft());
    expect(service.listSavedViews(other)).to.deep.equal([]);
    expectServiceError(() => service.saveSavedView(other, { ...draft(), id: mine.id }), 'notFound');
    expectServiceError(() => service.deleteSavedView(other, mine.id), 'notFound');
    // The same name is free for someone else.
    expect(service.saveSavedView(other, draft()).name).to.equal(mine.name);
    expect(service.listSavedViews(responder)).to.deep.equal([mine]);
  });

  it('lets a reader keep views, but not someone without a role', () => {
    const { service } = createTestService();
    expect(service.saveSavedView(reader, draft()).name).to.equal('My high severity');
    const nobody: Principal = { id: 'guest@contoso.com', displayName: 'Guest', roles: [] };
    expectServiceError(() => service.saveSavedView(nobody, draft()), 'forbidden');
    expectServiceError(() => service.listSavedViews(nobody), 'forbidden');
  });

  it('deletes a view, and an unknown ID is not found', () => {
    const { service } = createTestService();
    const view = service.saveSavedView(responder, draft());
    service.deleteSavedView(responder, view.id);
    expect(service.listSavedViews(responder)).to.deep.equal([]);
    expectServiceError(() => service.deleteSavedView(responder, view.id), 'notFound');
    expectServiceError(() => service.saveSavedView(responder, { ...draft(), id: 'view-999' }), 'notFound');
  });

  describe('refuses a bad draft, naming the field, and changes nothing', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an empty name', { name: '   ' }, 'name'],
      ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name'],
      ['a name that is not a string', { name: 7 }, 'name'],
      ['a missing query', { query: undefined }, 'query'],
      ['a query that is not an object', { query: ['high'] }, 'query'],
      ['a page size in the query', { query: { top: 50 } }, 'query.top'],
      ['an offset in the query', { query: { skip: 100 } }, 'query.skip'],
      ['a cursor in the query', { query: { cursor: 'abc' } }, 'query.cursor'],
      ['an unknown filter', { query: { colour: ['red'] } }, 'query.colour'],
      ['an unknown severity', { query: { severity: ['critical'] } }, 'query.severity[0]'],
      ['a filter that is not a list', { query: { status: 'active' } }, 'query.status'],
      ['a bad time bound', { query: { createdAfter: 'yesterday' } }, 'query.createdAfter'],
      ['an unknown relative span', { query: { createdWithin: '2w' } }, 'query.createdWithin'],
      ['a relative span beside dates', { query: { createdWithin: '1w', createdAfter: '2024-05-01T00:00:00Z' } }, 'query.createdWithin'],
      ['an unknown sort field', { query: { sort: { field: 'colour', direction: 'asc' } } }, 'query.sort.field'],
      ['an empty column list', { columns: [] }, 'columns'],
      ['51 columns', { columns: Array.from({ length: 51 }, (_, i) => `c${i}`) }, 'columns'],
      ['a blank column', { columns: ['severity', ' '] }, 'columns[1]'],
      ['a column named twice', { columns: ['severity', 'status', 'severity'] }, 'columns[2]'],
      ['a column name of 51 characters', { columns: ['x'.repeat(51)] }, 'columns[0]'],
      ['columns that are not a list', { columns: 'severity' }, 'columns'],
      ['isDefault that is not a boolean', { isDefault: 'yes' }, 'isDefault'],
      ['a missing isDefault', { isDefault: undefined }, 'isDefault'],
      ['an unknown field', { colour: 'red' }, 'colour'],
    ];
    for (const [what, change, field] of cases) {
      it(`${what} (${field})`, () => {
        const { service } = createTestService();
        const kept = service.saveSavedView(responder, draft({ name: 'Kept', isDefault: true }));
        const journal = service.journal.length;
        expectServiceError(() => service.saveSavedView(responder, loose({ ...draft(), ...change })), 'validation', field);
        expectServiceError(() => service.saveSavedView(responder, loose({ ...draft(), ...change, id: kept.id })), 'validation', field);
        expect(service.listSavedViews(responder)).to.deep.equal([kept]);
        expect(service.journal).to.have.length(journal);
      });
    }

    it('a name another of the person’s views has, without regard to case', () => {
      const { service } = createTestService();
      const kept = service.saveSavedView(responder, draft({ name: 'Phishing' }));
      const other = service.saveSavedView(responder, draft({ name: 'Malware' }));
      expectServiceError(() => service.saveSavedView(responder, draft({ name: ' PHISHING ' })), 'validation', 'name');
      expectServiceError(() => service.saveSavedView(responder, { ...draft({ name: 'phishing' }), id: other.id }), 'validation', 'name');
      // A view may keep its own name in another case.
      expect(service.saveSavedView(responder, { ...draft({ name: 'PHISHING' }), id: kept.id }).name).to.equal('PHISHING');
    });

    it('a 101st view, while its views can still be changed', () => {
      const { service } = createTestService();
      for (let i = 0; i < 100; i++) service.saveSavedView(responder, draft({ name: `View ${i}` }));
      expectServiceError(() => service.saveSavedView(responder, draft({ name: 'One too many' })), 'validation', 'name');
      expect(service.listSavedViews(responder)).to.have.length(100);
      const first = service.listSavedViews(responder)[0]!;
      expect(service.saveSavedView(responder, { ...draft({ name: 'Renamed' }), id: first.id }).name).to.equal('Renamed');
      expect(service.saveSavedView(other, draft()).name, 'the limit is per person').to.equal('My high severity');
    });
  });

  it('returns copies: changing a result changes nothing in the service', () => {
    const { service } = createTestService();
    const view = service.saveSavedView(responder, draft({ columns: ['severity'] }));
    view.columns!.push('status');
    (view.query.severity as string[]).push('low');
    service.listSavedViews(responder)[0]!.name = 'Changed';
    expect(service.listSavedViews(responder)[0]).to.include({ name: 'My high severity' });
    expect(service.listSavedViews(responder)[0]!.columns).to.deep.equal(['severity']);
    expect(service.listSavedViews(responder)[0]!.query).to.deep.equal({ severity: ['high'], status: ['active'] });
  });

  it('journals every write, so a replay rebuilds the same views for each person', () => {
    const { service, clock } = createTestService();
    const first = service.saveSavedView(responder, draft({ name: 'First', isDefault: true }));
    clock.advance(1000);
    service.saveSavedView(other, draft({ name: 'Theirs' }));
    const second = service.saveSavedView(responder, draft({ name: 'Second', columns: ['severity'] }));
    clock.advance(1000);
    service.saveSavedView(responder, { ...draft({ name: 'First, renamed' }), id: first.id });
    service.deleteSavedView(responder, second.id);
    const ops = service.journal.map((entry) => entry.op).filter((op) => op.endsWith('SavedView'));
    expect(ops).to.deep.equal(['saveSavedView', 'saveSavedView', 'saveSavedView', 'saveSavedView', 'deleteSavedView']);
    const journal = JSON.parse(JSON.stringify(service.journal)) as JournalEntry[];
    const restored = IncidentService.restore({ ...service.options, clock: clock.now }, journal);
    expect(restored.listSavedViews(responder)).to.deep.equal(service.listSavedViews(responder));
    expect(restored.listSavedViews(other)).to.deep.equal(service.listSavedViews(other));
    // New IDs continue where the original left off.
    expect(restored.saveSavedView(responder, draft({ name: 'Third' })).id).to.equal(service.saveSavedView(responder, draft({ name: 'Third' })).id);
  });

  it('survives a reload of the demo’s backend, and a reset clears them', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
      removeItem: (key: string) => void saved.delete(key),
    } as Storage;
    const options = { persist: storage, size: 5, seed: 3, now: Date.parse('2025-03-03T09:00:00.000Z') };
    const backend = new MockBackend(options);
    const view = backend.service.saveSavedView(backend.actor(), draft({ isDefault: true }));
    backend.close();

    const reloaded = new MockBackend(options);
    expect(reloaded.service.listSavedViews(reloaded.actor())).to.deep.equal([view]);
    reloaded.reset();
    expect(reloaded.service.listSavedViews(reloaded.actor())).to.deep.equal([]);
    reloaded.close();
    const afterReset = new MockBackend(options);
    expect(afterReset.service.listSavedViews(afterReset.actor())).to.deep.equal([]);
    afterReset.close();
  });
});
