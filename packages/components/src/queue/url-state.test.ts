import { expect } from '@open-wc/testing';
import { DEFAULT_SORT } from './queue-filters.js';
import { readViewState, writeViewState } from './url-state.js';

describe('queue URL state', () => {
  it('round-trips filters, search and sort through a query string', () => {
    const view = {
      filters: {
        status: ['active' as const, 'inProgress' as const],
        serviceSources: ['microsoftSentinel' as const],
        assignedTo: ['', 'bob@contoso.com'],
        tags: ['a&b=c'],
        timeRange: { from: '2024-05-01', to: '2024-05-31' },
      },
      search: 'ransom',
      sort: { field: 'severity' as const, direction: 'asc' as const },
    };
    const params = new URLSearchParams('tab=queue');
    writeViewState(params, view);
    expect(params.get('tab'), 'parameters of the page survive').to.equal('queue');
    expect(readViewState(new URLSearchParams(params.toString()))).to.deep.equal(view);
  });

  it('carries the visible columns in their order when the view names them', () => {
    const params = new URLSearchParams();
    writeViewState(params, { filters: {}, search: '', sort: DEFAULT_SORT, columns: ['severity', 'name', 'status'] });
    expect(params.get('columns')).to.equal('severity,name,status');
    expect(readViewState(params).columns).to.deep.equal(['severity', 'name', 'status']);
    expect(readViewState(new URLSearchParams('status=active')), 'no columns: the default ones').not.to.have.property('columns');
  });

  it('leaves defaults out of the URL', () => {
    const params = new URLSearchParams();
    writeViewState(params, { filters: {}, search: '  ', sort: DEFAULT_SORT });
    expect(params.toString()).to.equal('');
  });

  it('ignores values it does not know', () => {
    const view = readViewState(new URLSearchParams('status=bogus&status=resolved&severity=<b>&sort=nope&range=2y'));
    expect(view).to.deep.equal({ filters: { status: ['resolved'] }, search: '', sort: DEFAULT_SORT });
  });
});
