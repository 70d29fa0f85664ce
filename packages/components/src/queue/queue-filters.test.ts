import { expect } from '@open-wc/testing';
import { Localizer } from '../i18n/localizer.js';
import { queueCatalog } from './messages.js';
import { filterChips, hasFilters, timeBounds, toIncidentQuery, withoutFilter } from './queue-filters.js';

const now = new Date('2024-06-01T12:00:00Z');

describe('queue filters', () => {
  it('turns presets into a lower bound counted back from now', () => {
    expect(timeBounds('1d', now)).to.deep.equal({ createdAfter: '2024-05-31T12:00:00.000Z' });
    expect(timeBounds('1w', now)).to.deep.equal({ createdAfter: '2024-05-25T12:00:00.000Z' });
    expect(timeBounds('30d', now)).to.deep.equal({ createdAfter: '2024-05-02T12:00:00.000Z' });
    const sixMonths = new Date(now);
    sixMonths.setMonth(sixMonths.getMonth() - 6);
    expect(timeBounds('6m', now)).to.deep.equal({ createdAfter: sixMonths.toISOString() });
  });

  it('makes the "to" day of a custom range inclusive', () => {
    const { createdAfter, createdBefore } = timeBounds({ from: '2024-05-01', to: '2024-05-03' }, now);
    expect(createdAfter).to.equal(new Date(2024, 4, 1).toISOString());
    expect(createdBefore).to.equal(new Date(2024, 4, 4).toISOString());
  });

  it('builds a server query without empty filters', () => {
    const query = toIncidentQuery(
      { status: ['active'], severity: [], tags: ['VIP'], timeRange: '3d' },
      '  phish ',
      { field: 'severity', direction: 'desc' },
      now,
    );
    expect(query).to.deep.equal({
      status: ['active'],
      tags: ['VIP'],
      createdAfter: '2024-05-29T12:00:00.000Z',
      search: 'phish',
      sort: { field: 'severity', direction: 'desc' },
    });
  });

  it('describes each active filter as a chip in the portal words', () => {
    const filters = {
      status: ['active', 'inProgress'] as const,
      serviceSources: ['microsoftSentinel'] as const,
      assignedTo: ['', 'alice@contoso.com'],
      timeRange: '1w' as const,
    };
    const english = new Localizer(queueCatalog, 'en');
    expect(filterChips({ ...filters, status: [...filters.status], serviceSources: [...filters.serviceSources] }, english)).to.deep.equal([
      { name: 'status', text: 'Status: Active, In progress' },
      { name: 'serviceSources', text: 'Service sources: Microsoft Sentinel' },
      { name: 'assignedTo', text: 'Assigned to: Unassigned, alice@contoso.com' },
      { name: 'timeRange', text: 'Time range: 1 week' },
    ]);
  });

  it('knows when nothing is filtered and removes one filter at a time', () => {
    expect(hasFilters({})).to.be.false;
    expect(hasFilters({ status: [], timeRange: {} })).to.be.false;
    const filters = { status: ['active' as const], tags: ['VIP'] };
    expect(withoutFilter(filters, 'status')).to.deep.equal({ tags: ['VIP'] });
    expect(filters.status, 'the original is untouched').to.deep.equal(['active']);
  });
});
