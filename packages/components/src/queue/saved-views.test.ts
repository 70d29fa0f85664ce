import { expect } from '@open-wc/testing';
import { defaultColumnLayout } from './column-layout.js';
import { DEFAULT_SORT } from './queue-filters.js';
import { layoutOfColumns, queueViewKey, queueViewOf, savedQueryOf, visibleColumnIds } from './saved-views.js';

describe('queue views as saved views', () => {
  it('keeps the default columns as null, and others as the visible ones in order, the name always among them', () => {
    expect(visibleColumnIds(defaultColumnLayout())).to.equal(null);
    const layout = layoutOfColumns(['severity', 'name', 'status', 'bogus']);
    expect(visibleColumnIds(layout)).to.deep.equal(['severity', 'name', 'status']);
    expect(visibleColumnIds(layoutOfColumns(['status'])), 'the name is added').to.deep.equal(['name', 'status']);
    expect(layoutOfColumns(['bogus'])).to.deep.equal(defaultColumnLayout());
    expect(layoutOfColumns(null)).to.deep.equal(defaultColumnLayout());
  });

  it('turns a view into a query and back, time bounds as a custom range of local days', () => {
    const now = new Date(2024, 4, 20, 15, 30);
    const view = {
      filters: { status: ['active' as const], tags: ['VIP'], timeRange: { from: '2024-05-01', to: '2024-05-31' } },
      search: 'ransom',
      sort: { field: 'severity' as const, direction: 'asc' as const },
      columnLayout: layoutOfColumns(['name', 'severity']),
    };
    const query = savedQueryOf(view, now);
    expect(query).to.deep.include({ status: ['active'], tags: ['VIP'], search: 'ransom', sort: view.sort });
    const back = queueViewOf({ query, columns: visibleColumnIds(view.columnLayout) });
    expect(back.filters).to.deep.equal(view.filters);
    expect(queueViewKey(back)).to.equal(queueViewKey(view));

    const weekQuery = savedQueryOf({ ...view, filters: { timeRange: '1w' } }, now);
    expect(weekQuery, '"1 week" is kept as a span, not as dates').to.deep.include({ createdWithin: '1w' });
    expect(weekQuery).not.to.have.any.keys('createdAfter', 'createdBefore');
    expect(queueViewOf({ query: weekQuery, columns: null }).filters.timeRange).to.equal('1w');
    expect(queueViewOf({ query: {}, columns: null })).to.deep.equal({
      filters: {},
      search: '',
      sort: DEFAULT_SORT,
      columnLayout: defaultColumnLayout(),
    });
  });
});
